using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using BenchmarkDotNet.Attributes;
using OutcomesFramework.Areas;
using OutcomesFramework.Evidence.Ees;
using OutcomesFramework.Indicators;
using OutcomesFramework.Periods;

namespace OutcomesFramework.Benchmarks;

/// <summary>
/// The EES reader on the largest real file, <c>la_care_leavers_activity.csv</c> (3.3 MB, 20,040 rows, 8,630 quoted
/// fields), held in memory so that the disk is not measured (docs/performance/ees.md). The file and the LA lookup are
/// linked from the test fixtures into the benchmark's output folder <c>Data/</c>.
/// </summary>
[MemoryDiagnoser]
public class EesReaderBenchmarks
{
    private const string FileName = "la_care_leavers_activity.csv";

    private string text = string.Empty;
    private EesReader reader = null!;
    private Indicator[] twoIndicators = Array.Empty<Indicator>();
    private Indicator[] everyBreakdown = Array.Empty<Indicator>();

    /// <summary>Loads the file and the LA lookup, and builds the catalogue and the indicator sets.</summary>
    [GlobalSetup]
    public void Setup()
    {
        text = File.ReadAllText(DataPath(FileName));
        reader = new EesReader(Catalogue(DataPath("la_153_current.csv")));
        var breakdowns = new[]
        {
            "Education other than higher education", "Higher education i.e. studies beyond A level", "In an apprenticeship",
            "In training or employment", "In training or employment (excl. apprenticeship)",
            "Not in education, training or employment, owing to illness or disability",
            "Not in education, training or employment, owing to other reasons",
            "Not in education, training or employment, owing to pregnancy or parenting", "Total",
            "Total in education, employment or training", "Total information not known", "Total not in education, employment or training",
        };
        var ages = new[] { "17 to 18 years", "19 to 21 years" };
        everyBreakdown = ages.SelectMany(a => breakdowns.Select(b => Make("cl-" + Array.IndexOf(ages, a) + "-" + Array.IndexOf(breakdowns, b), a, b))).ToArray();
        twoIndicators = new[] { Make("eet-19-21", "19 to 21 years", "Total in education, employment or training"), Make("neet-19-21", "19 to 21 years", "Total not in education, employment or training") };
    }

    /// <summary>Two indicators (the usual case): every row is parsed and filtered, 1 in 12 is used.</summary>
    [Benchmark(Baseline = true)]
    public int TwoIndicators() => reader.Read(twoIndicators, _ => new StringReader(text)).Observations.Count;

    /// <summary>24 indicators, one per filter combination: every row becomes an observation (about 18,600).</summary>
    [Benchmark]
    public int EveryRowUsed() => reader.Read(everyBreakdown, _ => new StringReader(text)).Observations.Count;

    /// <summary>The tokenizer alone: split every record into fields (the floor under the two above).</summary>
    [Benchmark]
    public int TokenizeOnly()
    {
        var csv = new CsvRecordReader(new StringReader(text), FileName);
        var fields = 0;
        while (csv.Read())
        {
            fields += csv.FieldCount;
        }
        return fields;
    }

    private static Indicator Make(string id, string age, string breakdown) =>
        new Indicator(id, id, "achieve-economic-well-being", new[] { "aim" }, MeasureKind.Proportion, Polarity.NoPolarity, "%", PeriodKind.YearEnding31March)
            .WithDecimalPlaces(0)
            .WithSource(new IndicatorSource("Children looked after in England", FileName,
                new Dictionary<string, string> { ["care_leaver_age"] = age, ["breakdown"] = breakdown }, "care_leaver_percent", "care_leaver_count"));

    private static string DataPath(string name)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Data", name);
        return File.Exists(path) ? path : throw new FileNotFoundException("Benchmark data missing; build the benchmarks project.", path);
    }

    /// <summary>England, the 9 regions named by the lookup, the 153 LAs; Inner/Outer London resolve to London.</summary>
    private static AreaCatalogue Catalogue(string lookup)
    {
        using var file = new StreamReader(lookup);
        var csv = new CsvRecordReader(file, "la_153_current.csv");
        csv.Read();
        var las = new List<Area>();
        while (csv.Read())
        {
            las.Add(new Area(csv.GetString(1), csv.GetString(2), AreaLevel.LocalAuthority, csv.GetString(0), csv.GetString(3), csv.GetString(6)));
        }
        var regions = las.Select(a => a.RegionCode!).Distinct(StringComparer.Ordinal).Select(c => new Area(c, "Region " + c, AreaLevel.Region));
        var london = new[] { new SubRegion("E13000001", "Inner London", "E12000007"), new SubRegion("E13000002", "Outer London", "E12000007") };
        return new AreaCatalogue(new Area("E92000001", "England", AreaLevel.Country), regions, las, london);
    }
}
