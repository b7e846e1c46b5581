using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;
using OutcomesFramework.Returns.Derivation;
using OutcomesFramework.Returns.Ssda903;
using Xunit;

namespace OutcomesFramework.Returns.Tests.Synthetic;

/// <summary>
/// Property: one council's multi-year episode history, split into yearly 903 returns as the DfE collects them (each
/// year's file holds the episodes open during it, an episode still open on its 31 March without DEC or REC), gives
/// the same indicators for the last year when the earlier files are given as history as when the whole history is
/// read as one return. The yearly files cover every episode (the histories begin on 1 April 2020, the first file's
/// first day), so nothing is lost in the splitting and the two must agree exactly.
/// </summary>
public sealed class SplitHistoryPropertyTest
{
    private const int First = 2021;
    private const int Current = 2025;

    private static readonly string[] Episodes = SyntheticReturns.Columns903["Episodes"];

    [Fact]
    public void SplittingAHistoryIntoYearlyReturnsGivesTheSameIndicatorsAsReadingItWhole()
    {
        var arbitrary = Gen.Choose(0, 100_000).SelectMany(seed => Gen.Choose(1, 40).Select(children => (seed, children))).ToArbitrary();
        Prop.ForAll(arbitrary, t =>
        {
            var history = History(t.seed, t.children);
            var whole = ReturnsDeriver.Derive(Year(history, Current, whole: true), null);
            var yearly = Enumerable.Range(First, Current - First).Select(y => Year(history, y, whole: false)).ToList();
            var split = ReturnsDeriver.Derive(Year(history, Current, whole: false), null, new DerivationOptions(ssda903History: yearly));
            return Same(whole, split);
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void TheLastYearAloneDiffers()
    {
        // Guards the property against histories too short to need stitching: with 40 children over five years, the
        // last year's return alone starts some periods of care too late.
        var history = History(7, 40);
        var whole = ReturnsDeriver.Derive(Year(history, Current, whole: true), null);
        var alone = ReturnsDeriver.Derive(Year(history, Current, whole: false), null);
        Assert.False(Same(whole, alone));
        // Whole, a period of care seems to start late only where its first episode was a short break (left out);
        // alone, wherever it began before the year.
        Assert.True(alone.UncertainCareStarts > whole.UncertainCareStarts);
    }

    /// <summary>A seeded history: each child's periods of care (RNE S, then P, L, T, U or B changes ending X1, then a leaving reason), from 1 April 2020 on.</summary>
    private static List<(string Child, LocalDate Birth, string[] Row, LocalDate Start, LocalDate? End)> History(int seed, int children)
    {
        var random = new Random(seed);
        var from = new LocalDate(2020, 4, 1);
        var until = new CollectionYear(Current).End;
        var rows = new List<(string, LocalDate, string[], LocalDate, LocalDate?)>();
        for (var c = 0; c < children; c++)
        {
            var child = "C" + c.ToString(CultureInfo.InvariantCulture);
            var birth = new LocalDate(2005, 1, 1).PlusDays(random.Next(0, 6500));
            var t = from.PlusDays(random.Next(0, 1700));
            var open = false;
            while (t <= until && !open)
            {
                var episodes = random.Next(1, 6);
                for (var j = 0; j < episodes && !open; j++)
                {
                    var end = t.PlusDays(random.Next(1, 500));
                    var last = j == episodes - 1;
                    open = end > until;
                    var rne = j == 0 ? "S" : Pick(random, "P", "L", "T", "U", "B");
                    var ls = random.Next(20) == 0 ? "V3" : Pick(random, "C1", "C2", "E1", "V2");
                    var place = Pick(random, "U1", "U3", "U4", "A3", "A5", "R1");
                    var rec = open ? string.Empty : last ? Pick(random, "E11", "E12", "E4A", "E13", "E8") : "X1";
                    rows.Add((child, birth, new[] { child, Date(t), rne, ls, "N1", place, "PR1", open ? string.Empty : Date(end), rec, string.Empty, string.Empty, string.Empty, string.Empty }, t, open ? null : end));
                    t = last ? end.PlusDays(random.Next(1, 400)) : end;
                }
            }
        }
        return rows;
    }

    /// <summary>
    /// The return for the year ending 31 March <paramref name="endYear"/>: its episodes and header. With
    /// <paramref name="whole"/>, every episode of the history, as it is; otherwise those open during the year, an
    /// episode that ends after it without DEC or REC.
    /// </summary>
    private static ReturnData Year(List<(string Child, LocalDate Birth, string[] Row, LocalDate Start, LocalDate? End)> history, int endYear, bool whole)
    {
        var year = new CollectionYear(endYear);
        var kept = history.Where(e => whole || (e.Start <= year.End && (e.End is null || e.End >= year.Start))).ToList();
        var episodes = new StringBuilder(string.Join(",", Episodes)).Append('\n');
        foreach (var e in kept)
        {
            var row = (string[])e.Row.Clone();
            if (e.End > year.End)
            {
                row[7] = string.Empty;
                row[8] = string.Empty;
            }
            episodes.Append(string.Join(",", row)).Append('\n');
        }
        var header = new StringBuilder("CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB\n");
        foreach (var c in kept.Select(e => (e.Child, e.Birth)).Distinct())
        {
            header.Append(c.Child).Append(",1,").Append(Date(c.Birth)).Append(",WBRI,,,\n");
        }
        return new Ssda903Reader(year).Read(new[]
        {
            new KeyValuePair<string, Func<TextReader>>(endYear + "-episodes.csv", () => new StringReader(episodes.ToString())),
            new KeyValuePair<string, Func<TextReader>>(endYear + "-header.csv", () => new StringReader(header.ToString())),
        });
    }

    private static string Pick(Random random, params string[] codes) => codes[random.Next(codes.Length)];

    private static string Date(LocalDate d) => d.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    /// <summary>Every indicator's value, numerator, denominator and children (the notes say where the periods of care came from, so they differ).</summary>
    private static bool Same(DerivationResult a, DerivationResult b) =>
        a.Indicators.Length == b.Indicators.Length && a.Indicators.Zip(b.Indicators).All(p =>
            p.First.Id == p.Second.Id && p.First.Value == p.Second.Value && p.First.Numerator == p.Second.Numerator && p.First.Denominator == p.Second.Denominator
            && a.ChildLevel(p.First.Id).Numerator.SequenceEqual(b.ChildLevel(p.Second.Id).Numerator)
            && a.ChildLevel(p.First.Id).Denominator.SequenceEqual(b.ChildLevel(p.Second.Id).Denominator));
}
