using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using OutcomesFramework.Evidence.Ees;
using OutcomesFramework.Indicators;
using Xunit;
using static OutcomesFramework.Tests.Evidence.Ees.EnglandFixtures;

namespace OutcomesFramework.Tests.Evidence.Ees;

/// <summary>Small hand-written EES files for the edge cases, with the real England catalogue.</summary>
internal static class EesTestFiles
{
    public const string ClaFile = "cla.csv";
    public const string Header = "time_period,time_identifier,geographic_level,country_code,country_name,region_code,region_name,old_la_code,new_la_code,la_name,population_type,count,rate,population";
    public const string Cla = "CLA on 31 March";

    public static Indicator ClaRate { get; } = Make("cla-rate", ClaFile, Filters("population_type", Cla), "rate", "count", "population",
        multiplier: 10000, measure: MeasureKind.Rate);

    public static string Nat(int year, string count = "81770", string rate = "67", string population = "12183016", string type = Cla) =>
        $"{year},Reporting year,National,E92000001,England,,,,,,{type},{count},{rate},{population}";

    public static string Reg(int year, string code, string name, string count = "100", string rate = "50", string population = "20000", string type = Cla) =>
        $"{year},Reporting year,Regional,E92000001,England,{code},{name},,,,{type},{count},{rate},{population}";

    public static string La(int year, string oldCode, string newCode, string name, string count = "10", string rate = "40", string population = "2500", string type = Cla) =>
        $"{year},Reporting year,Local authority,E92000001,England,E12000007,London,{oldCode},{newCode},{name},{type},{count},{rate},{population}";

    public static string Csv(params string[] lines) => string.Join("\n", lines) + "\n";

    public static EesIngest Read(string text, params Indicator[] indicators) => Read(new Dictionary<string, string> { [ClaFile] = text }, indicators);

    public static EesIngest Read(Dictionary<string, string> files, params Indicator[] indicators)
    {
        var ingest = new EesReader(Catalogue).Read(indicators.Length == 0 ? new[] { ClaRate } : indicators, EesFiles.FromText(files));
        AssertBalanced(ingest.Report);
        return ingest;
    }

    public static EesFormatException ReadFails(string text, params Indicator[] indicators) =>
        Assert.Throws<EesFormatException>(() => new EesReader(Catalogue).Read(indicators.Length == 0 ? new[] { ClaRate } : indicators,
            EesFiles.FromText(new Dictionary<string, string> { [ClaFile] = text })));

    /// <summary>used + filtered + rejected = read, for every file and in total; every rejected row has a problem listed.</summary>
    public static void AssertBalanced(EesIngestReport report)
    {
        foreach (var f in report.Files)
        {
            Assert.Equal(f.RowsRead, f.RowsUsed + f.RowsFiltered + f.RowsRejected);
            Assert.True(f.Rejections.Select(r => r.Line).Distinct().Count() >= f.RowsRejected, "a rejected row has no problem listed");
        }
        Assert.Equal(report.RowsRead, report.RowsUsed + report.RowsFiltered + report.RowsRejected);
    }

    public static EesRejection SingleRejection(EesIngest ingest) => Assert.Single(ingest.Report.Rejections);

    public static TextReader Text(string s) => new StringReader(s);
}
