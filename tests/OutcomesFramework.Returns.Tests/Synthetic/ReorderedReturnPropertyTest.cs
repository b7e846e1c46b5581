using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using OutcomesFramework.Returns.Derivation;
using OutcomesFramework.Returns.Ssda903;
using Xunit;

namespace OutcomesFramework.Returns.Tests.Synthetic;

/// <summary>
/// Property: an SSDA903 return gives the same indicators (values, numerators, denominators, notes and the children
/// counted) however its CSV files are arranged: rows shuffled, columns in another order, each table split across
/// several files, and the files given in any order under any names.
/// </summary>
public sealed class ReorderedReturnPropertyTest
{
    private const int Year = 2025;

    [Fact]
    public void AnyArrangementOfThe903FilesGivesTheSameIndicators()
    {
        var arbitrary = Gen.Choose(0, 10_000).SelectMany(seed => Gen.Choose(1, 60).SelectMany(children => Gen.Choose(0, int.MaxValue).Select(shuffle => (seed, children, shuffle)))).ToArbitrary();
        Prop.ForAll(arbitrary, t =>
        {
            var tables = SyntheticReturns.Ssda903(t.seed, t.children, Year);
            var plain = Read(tables.Select(p => (p.Key + ".csv", Csv(p.Key, p.Value, null))));
            var rearranged = Read(Rearrange(tables, new Random(t.shuffle)));
            return Same(ReturnsDeriver.Derive(plain, null, new DerivationOptions(50_000)), ReturnsDeriver.Derive(rearranged, null, new DerivationOptions(50_000)));
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void TheRearrangementReallyMovesRowsAndColumns()
    {
        // Guards the property above against a rearrangement that does nothing.
        var tables = SyntheticReturns.Ssda903(1, 40, Year);
        var files = Rearrange(tables, new Random(3)).ToList();
        Assert.True(files.Count > tables.Count);
        var plain = Read(tables.Select(p => (p.Key + ".csv", Csv(p.Key, p.Value, null))));
        var rearranged = Read(files);
        Assert.NotEqual(plain.Table("Episodes").Select(r => r.ChildId), rearranged.Table("Episodes").Select(r => r.ChildId));
        Assert.Equal(plain.Table("Episodes").Select(r => r.ChildId).OrderBy(c => c, StringComparer.Ordinal), rearranged.Table("Episodes").Select(r => r.ChildId).OrderBy(c => c, StringComparer.Ordinal));
    }

    private static List<(string Name, string Text)> Rearrange(Dictionary<string, List<string[]>> tables, Random random)
    {
        var files = new List<(string Name, string Text)>();
        foreach (var (table, rows) in tables)
        {
            var shuffled = rows.OrderBy(_ => random.Next()).ToList();
            var columns = Enumerable.Range(0, SyntheticReturns.Columns903[table].Length).OrderBy(_ => random.Next()).ToArray();
            var parts = random.Next(1, 4);
            var size = (shuffled.Count / parts) + 1;
            for (var p = 0; p < parts; p++)
            {
                // Unrelated names: the reader knows a table by its columns.
                files.Add(("part-" + random.Next(1_000_000) + "-" + p + ".csv", Csv(table, shuffled.Skip(p * size).Take(size), columns)));
            }
        }
        return files.OrderBy(_ => random.Next()).ToList();
    }

    private static string Csv(string table, IEnumerable<string[]> rows, int[]? columns)
    {
        var writer = new StringWriter();
        SyntheticReturns.WriteCsv(writer, table, rows, columns);
        return writer.ToString();
    }

    private static ReturnData Read(IEnumerable<(string Name, string Text)> files) =>
        new Ssda903Reader(new CollectionYear(Year)).Read(files.Select(f => new KeyValuePair<string, Func<TextReader>>(f.Name, () => new StringReader(f.Text))).ToList());

    private static bool Same(DerivationResult a, DerivationResult b) =>
        a.Indicators.Length == b.Indicators.Length && a.Indicators.Zip(b.Indicators).All(p =>
            p.First.Id == p.Second.Id && p.First.Value == p.Second.Value && p.First.Numerator == p.Second.Numerator && p.First.Denominator == p.Second.Denominator
            && p.First.Notes.SequenceEqual(p.Second.Notes)
            && a.ChildLevel(p.First.Id).Numerator.SequenceEqual(b.ChildLevel(p.Second.Id).Numerator)
            && a.ChildLevel(p.First.Id).Denominator.SequenceEqual(b.ChildLevel(p.Second.Id).Denominator));
}
