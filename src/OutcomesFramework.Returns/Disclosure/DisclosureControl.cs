using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using OutcomesFramework.Utility;

namespace OutcomesFramework.Returns.Disclosure;

/// <summary>
/// Disclosure control for publishing derived counts, following the DfE's practice for its children's social care
/// statistics: a count above zero and below the threshold is suppressed as "c" (primary suppression); then, so no
/// suppressed cell can be worked out from a published total, every row and column (its cells with its total) that
/// has exactly one suppressed entry has its smallest other cell suppressed too (secondary suppression), until none has;
/// then the rows and columns are audited together as equations, and while any suppressed figure can still be solved
/// from them, its smallest published neighbour is suppressed too.
/// </summary>
public static class DisclosureControl
{
    /// <summary>The DfE's marker for a suppressed figure.</summary>
    public const string Suppressed = "c";

    /// <summary>Suppresses a table of counts with its row and column totals.</summary>
    /// <param name="counts">The counts, rows of equal length, none negative.</param>
    /// <param name="threshold">Counts from 1 to threshold − 1 are suppressed (default 6: 1 to 5).</param>
    /// <returns>The published table: cells, then each row's total as the last column, then a last row of column totals.</returns>
    /// <exception cref="ArgumentException">The rows differ in length or a count is negative.</exception>
    public static ImmutableArray<ImmutableArray<string>> Suppress(IReadOnlyList<IReadOnlyList<long>> counts, int threshold = 6)
    {
        Preconditions.CheckNotNull(counts, nameof(counts));
        Preconditions.CheckArgumentRange(nameof(threshold), threshold, 1, 1000);
        var rows = counts.Count;
        var cols = rows == 0 ? 0 : counts[0].Count;
        Preconditions.CheckArgument(counts.All(r => r.Count == cols), nameof(counts), "Every row must have the same number of cells.");
        Preconditions.CheckArgument(counts.All(r => r.All(v => v >= 0)), nameof(counts), "Counts must not be negative.");
        // The grid with totals: value[r, c] for r < rows, c < cols; row totals in column cols; column totals in row rows.
        var value = new long[rows + 1, cols + 1];
        var hidden = new bool[rows + 1, cols + 1];
        for (var r = 0; r < rows; r++)
        {
            for (var c = 0; c < cols; c++)
            {
                value[r, c] = counts[r][c];
                value[r, cols] += counts[r][c];
                value[rows, c] += counts[r][c];
                hidden[r, c] = counts[r][c] > 0 && counts[r][c] < threshold;
            }
        }
        for (var r = 0; r <= rows; r++)
        {
            for (var c = 0; c <= cols; c++)
            {
                if ((r == rows) != (c == cols) && value[r, c] > 0 && value[r, c] < threshold)
                {
                    hidden[r, c] = true;
                }
            }
        }
        while (true)
        {
            var changed = true;
            while (changed)
            {
                changed = false;
                for (var r = 0; r < rows; r++)
                {
                    changed |= Protect(Enumerable.Range(0, cols + 1).Select(c => (r, c)).ToList(), value, hidden);
                }
                for (var c = 0; c < cols; c++)
                {
                    changed |= Protect(Enumerable.Range(0, rows + 1).Select(r => (r, c)).ToList(), value, hidden);
                }
            }
            // No line has a single suppressed entry; but the rows and columns together may still pin one down (a
            // suppressed cell beside a published zero, say). Audit them as simultaneous equations and, while one
            // is determined, suppress its smallest published neighbour.
            if (Determined(rows, cols, hidden) is not { } pinned || !HidePartner(pinned, rows, cols, value, hidden))
            {
                break;
            }
        }
        var result = ImmutableArray.CreateBuilder<ImmutableArray<string>>();
        for (var r = 0; r <= rows; r++)
        {
            var line = ImmutableArray.CreateBuilder<string>();
            for (var c = 0; c <= cols; c++)
            {
                if (r == rows && c == cols)
                {
                    continue;
                }
                line.Add(hidden[r, c] ? Suppressed : value[r, c].ToString(CultureInfo.InvariantCulture));
            }
            result.Add(line.ToImmutable());
        }
        return result.ToImmutable();
    }

    /// <summary>
    /// The first suppressed entry that the published figures determine exactly, or null. The unknowns are the
    /// suppressed cells and totals; each row and each column gives one equation (its cells minus its total is zero).
    /// An unknown is determined when, in the reduced row echelon form of those equations, it is a pivot whose row has
    /// no other non-zero entry. The equations are 0/±1 row-and-column incidences (totally unimodular), so elimination
    /// in doubles with a tolerance is exact here.
    /// </summary>
    private static (int R, int C)? Determined(int rows, int cols, bool[,] hidden)
    {
        var index = new Dictionary<(int, int), int>();
        var unknowns = new List<(int R, int C)>();
        for (var r = 0; r <= rows; r++)
        {
            for (var c = 0; c <= cols; c++)
            {
                if (hidden[r, c] && !(r == rows && c == cols))
                {
                    index[(r, c)] = unknowns.Count;
                    unknowns.Add((r, c));
                }
            }
        }
        if (unknowns.Count == 0)
        {
            return null;
        }
        var m = new List<double[]>();
        for (var r = 0; r < rows; r++)
        {
            var e = new double[unknowns.Count];
            for (var c = 0; c <= cols; c++)
            {
                if (index.TryGetValue((r, c), out var k))
                {
                    e[k] += c == cols ? -1 : 1;
                }
            }
            m.Add(e);
        }
        for (var c = 0; c < cols; c++)
        {
            var e = new double[unknowns.Count];
            for (var r = 0; r <= rows; r++)
            {
                if (index.TryGetValue((r, c), out var k))
                {
                    e[k] += r == rows ? -1 : 1;
                }
            }
            m.Add(e);
        }
        var n = unknowns.Count;
        var pivots = new List<int>();
        var rank = 0;
        for (var col = 0; col < n && rank < m.Count; col++)
        {
            var pivot = -1;
            for (var i = rank; i < m.Count; i++)
            {
                if (Math.Abs(m[i][col]) > 1e-9 && (pivot < 0 || Math.Abs(m[i][col]) > Math.Abs(m[pivot][col])))
                {
                    pivot = i;
                }
            }
            if (pivot < 0)
            {
                continue;
            }
            (m[rank], m[pivot]) = (m[pivot], m[rank]);
            var p = m[rank][col];
            for (var j = col; j < n; j++)
            {
                m[rank][j] /= p;
            }
            for (var i = 0; i < m.Count; i++)
            {
                if (i != rank && Math.Abs(m[i][col]) > 1e-12)
                {
                    var f = m[i][col];
                    for (var j = col; j < n; j++)
                    {
                        m[i][j] -= f * m[rank][j];
                    }
                }
            }
            pivots.Add(col);
            rank++;
        }
        for (var i = 0; i < pivots.Count; i++)
        {
            var alone = true;
            for (var j = 0; j < n && alone; j++)
            {
                alone = j == pivots[i] || Math.Abs(m[i][j]) < 1e-9;
            }
            if (alone)
            {
                return unknowns[pivots[i]];
            }
        }
        return null;
    }

    /// <summary>Suppresses the smallest published cell (else total) in the entry's row or column, else anywhere; false when nothing is left to suppress.</summary>
    private static bool HidePartner((int R, int C) entry, int rows, int cols, long[,] value, bool[,] hidden)
    {
        var candidates = new List<(int R, int C)>();
        for (var r = 0; r <= rows; r++)
        {
            for (var c = 0; c <= cols; c++)
            {
                if (!hidden[r, c] && !(r == rows && c == cols))
                {
                    candidates.Add((r, c));
                }
            }
        }
        if (candidates.Count == 0)
        {
            return false;
        }
        var pick = candidates
            .OrderBy(p => (entry.R < rows && p.R == entry.R) || (entry.C < cols && p.C == entry.C) ? 0 : 1)
            .ThenBy(p => p.R == rows || p.C == cols ? 1 : 0)
            .ThenBy(p => value[p.R, p.C]).ThenBy(p => p.R).ThenBy(p => p.C).First();
        hidden[pick.R, pick.C] = true;
        return true;
    }

    /// <summary>In one line (cells then total), a single hidden entry gets a partner: the smallest other cell, or the total.</summary>
    private static bool Protect(List<(int R, int C)> line, long[,] value, bool[,] hidden)
    {
        if (line.Count(p => hidden[p.R, p.C]) != 1)
        {
            return false;
        }
        var cells = line.Take(line.Count - 1).Where(p => !hidden[p.R, p.C]).OrderBy(p => value[p.R, p.C]).ThenBy(p => p.R).ThenBy(p => p.C).ToList();
        var pick = cells.Count > 0 ? cells[0] : line[line.Count - 1];
        hidden[pick.R, pick.C] = true;
        return true;
    }
}
