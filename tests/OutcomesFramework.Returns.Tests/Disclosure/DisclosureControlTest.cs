using System;
using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using OutcomesFramework.Returns.Disclosure;
using Xunit;

namespace OutcomesFramework.Returns.Tests.Disclosure;

public sealed class DisclosureControlTest
{
    [Fact]
    public void SmallCountsAndTheirPartnersAreSuppressed()
    {
        // Row 1: 3 is below 6 (primary); the row total 23 would give it away, so the smallest other cell (20) goes too.
        var t = DisclosureControl.Suppress(new[] { new long[] { 3, 20 }, new long[] { 40, 50 } });
        Assert.Equal(new[] { "c", "c", "23" }, t[0]);
        // The column partners: 40 then 50 are suppressed so neither column is a single unknown.
        Assert.Equal(new[] { "c", "c", "90" }, t[1]);
        Assert.Equal(new[] { "43", "70" }, t[2]);
    }

    [Fact]
    public void NoSuppressedCellCanBeWorkedOutFromATotal()
    {
        Prop.ForAll(Gen.Choose(1, 4).Two().SelectMany(d => Gen.Choose(0, 30).Select(v => (long)v).ArrayOf(d.Item2).ArrayOf(d.Item1)).ToArbitrary(), rows =>
        {
            var table = DisclosureControl.Suppress(rows);
            var r = rows.Length;
            var c = rows[0].Length;
            // Primary: every count from 1 to 5 is suppressed.
            var primary = Enumerable.Range(0, r).All(i => Enumerable.Range(0, c).All(j => rows[i][j] is < 1 or > 5 || table[i][j] == "c"));
            // Secondary: no row (cells + total) or column (cells + total) has exactly one suppressed entry.
            var rowsOk = Enumerable.Range(0, r).All(i => table[i].Count(x => x == "c") != 1);
            var colsOk = Enumerable.Range(0, c).All(j => Enumerable.Range(0, r + 1).Count(i => table[i][j] == "c") != 1);
            // Published cells are the true counts.
            var honest = Enumerable.Range(0, r).All(i => Enumerable.Range(0, c).All(j => table[i][j] == "c" || table[i][j] == rows[i][j].ToString(System.Globalization.CultureInfo.InvariantCulture)));
            return primary && rowsOk && colsOk && honest;
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void NoSuppressedCellCanBeSolvedFromAllThePublishedFiguresTogether()
    {
        // Stronger than "no line has a single c": an attacker may combine every row and column equation. A suppressed
        // figure x_k is worked out exactly when the unit vector e_k lies in the row space of the equations over the
        // suppressed figures (the published ones moved to the right-hand side): rank([A; e_k]) == rank(A).
        Prop.ForAll(Gen.Choose(1, 5).Two().SelectMany(d => Gen.Choose(0, 12).Select(v => (long)v).ArrayOf(d.Item2).ArrayOf(d.Item1)).ToArbitrary(), rows =>
        {
            var table = DisclosureControl.Suppress(rows);
            var r = rows.Length;
            var c = rows[0].Length;
            // Unknowns: every suppressed cell and suppressed total, numbered in reading order.
            var unknown = new Dictionary<(int, int), int>();
            for (var i = 0; i <= r; i++)
            {
                for (var j = 0; j < table[i].Length; j++)
                {
                    if (table[i][j] == "c")
                    {
                        unknown[(i, j)] = unknown.Count;
                    }
                }
            }
            if (unknown.Count == 0)
            {
                return true;
            }
            // One equation per row (cells - row total = 0) and per column (cells - column total = 0).
            var equations = new List<double[]>();
            for (var i = 0; i < r; i++)
            {
                equations.Add(Equation(unknown, Enumerable.Range(0, c).Select(j => (i, j)), (i, c)));
            }
            for (var j = 0; j < c; j++)
            {
                equations.Add(Equation(unknown, Enumerable.Range(0, r).Select(i => (i, j)), (r, j)));
            }
            var rank = Rank(equations, unknown.Count);
            return unknown.Values.All(k =>
            {
                var unit = new double[unknown.Count];
                unit[k] = 1;
                return Rank(equations.Append(unit).ToList(), unknown.Count) > rank;
            });
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(500));
    }

    private static double[] Equation(Dictionary<(int, int), int> unknown, IEnumerable<(int, int)> cells, (int, int) total)
    {
        var row = new double[unknown.Count];
        foreach (var cell in cells)
        {
            if (unknown.TryGetValue(cell, out var k))
            {
                row[k] += 1;
            }
        }
        if (unknown.TryGetValue(total, out var t))
        {
            row[t] -= 1;
        }
        return row;
    }

    /// <summary>Rank by Gaussian elimination with partial pivoting (small 0/±1 systems, so a tolerance is safe).</summary>
    private static int Rank(List<double[]> rows, int columns)
    {
        var m = rows.Select(x => (double[])x.Clone()).ToList();
        var rank = 0;
        for (var col = 0; col < columns && rank < m.Count; col++)
        {
            var pivot = Enumerable.Range(rank, m.Count - rank).OrderByDescending(i => Math.Abs(m[i][col])).First();
            if (Math.Abs(m[pivot][col]) < 1e-9)
            {
                continue;
            }
            (m[rank], m[pivot]) = (m[pivot], m[rank]);
            for (var i = 0; i < m.Count; i++)
            {
                if (i != rank && Math.Abs(m[i][col]) > 1e-12)
                {
                    var f = m[i][col] / m[rank][col];
                    for (var j = col; j < columns; j++)
                    {
                        m[i][j] -= f * m[rank][j];
                    }
                }
            }
            rank++;
        }
        return rank;
    }
}
