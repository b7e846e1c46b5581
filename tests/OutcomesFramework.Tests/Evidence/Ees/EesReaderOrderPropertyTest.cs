using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using OutcomesFramework.Evidence.Ees;
using OutcomesFramework.Indicators;
using static OutcomesFramework.Tests.Evidence.Ees.EesTestFiles;
using static OutcomesFramework.Tests.Evidence.Ees.EnglandFixtures;

namespace OutcomesFramework.Tests.Evidence.Ees;

/// <summary>The order of the rows in a file never changes the observations or the account.</summary>
public sealed class EesReaderOrderPropertyTest
{
    // Every kind of row: good, symbols, a duplicate pair, legacy, combined, sub-regions beside London, bad cells, other filters.
    private static readonly string[] MixedRows =
    {
        Nat(2025), Nat(2024, rate: "c"), Reg(2025, "E12000007", "London", rate: "60"), Reg(2025, "E13000001", "Inner London"),
        Reg(2025, "E13000002", "Outer London"), La(2025, "301", "E09000002", "Barking and Dagenham"),
        La(2025, "302", "E09000003", "Barnet", rate: "41"), La(2025, "302", "E09000003", "Barnet", rate: "42"),
        La(2025, "909", "E10000006", "Cumbria"), La(2025, "940 / 941", "E06000061 / E06000062", "North Northamptonshire / West Northamptonshire"),
        La(2024, "301", "E09000002", "Barking and Dagenham", rate: "NA"), La(2024, "370", "E08000016", "Barnsley", rate: "low"),
        La(2023, "370", string.Empty, "Barnsley", count: "x", rate: "z"), Nat(2025, type: "Starting"), Reg(2025, "E12000099", "Nowhere"),
    };

    [FsCheck.Xunit.Property(MaxTest = 100)]
    public Property Read_ShuffledRows_GiveTheSameObservationSetAndAccount() =>
        Prop.ForAll(Gen.Shuffle(MixedRows).ToArbitrary(), rows => SameAsInOrder(Csv(new[] { Header }.Concat(MixedRows).ToArray()), Csv(new[] { Header }.Concat(rows).ToArray())));

    [FsCheck.Xunit.Property(MaxTest = 10)]
    public Property Read_ShuffledRealWorkforceFile_GivesTheSameObservationSetAndAccount()
    {
        var lines = File.ReadAllLines(EesPath(EesReaderRealFilesTest.Workforce));
        var body = lines.Skip(1).ToArray();
        return Prop.ForAll(Gen.Shuffle(body).ToArbitrary(), rows =>
            SameAsInOrder(string.Join("\n", lines) + "\n", lines[0] + "\n" + string.Join("\n", rows) + "\n", EesReaderRealFilesTest.IndicatorsFor(EesReaderRealFilesTest.Workforce)));
    }

    private static bool SameAsInOrder(string inOrder, string shuffled, Indicator[]? indicators = null)
    {
        var set = indicators ?? new[] { ClaRate };
        var file = set[0].Source!.File;
        var a = Read(new Dictionary<string, string> { [file] = inOrder }, set);
        var b = Read(new Dictionary<string, string> { [file] = shuffled }, set);
        var fa = a.Report.Files.Single();
        var fb = b.Report.Files.Single();
        return a.Observations.SequenceEqual(b.Observations)
            && (fa.RowsRead, fa.RowsUsed, fa.RowsFiltered, fa.RowsRejected) == (fb.RowsRead, fb.RowsUsed, fb.RowsFiltered, fb.RowsRejected)
            && fa.Filtered.SequenceEqual(fb.Filtered)
            && fa.Rejections.Select(r => r.Kind).OrderBy(k => k).SequenceEqual(fb.Rejections.Select(r => r.Kind).OrderBy(k => k))
            && fa.ExcludedAreas.Select(e => e.ToString()).SequenceEqual(fb.ExcludedAreas.Select(e => e.ToString()));
    }
}
