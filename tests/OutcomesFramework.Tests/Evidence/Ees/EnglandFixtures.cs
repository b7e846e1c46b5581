using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using OutcomesFramework.Areas;
using OutcomesFramework.Evidence;
using OutcomesFramework.Evidence.Ees;
using OutcomesFramework.Indicators;
using OutcomesFramework.Periods;
using OutcomesFramework.Statistics.Tests;

namespace OutcomesFramework.Tests.Evidence.Ees;

/// <summary>
/// The England fixtures (real EES files and the LA lookup), an area catalogue built from them, and a CSV parser
/// written separately from the product's so that expectations do not come from the code under test.
/// </summary>
internal static class EnglandFixtures
{
    private static readonly Lazy<AreaCatalogue> LazyCatalogue = new(BuildCatalogue);

    public static string Root => Path.Combine(AppContext.BaseDirectory, "Fixtures", "england");

    public static string EesDirectory => Path.Combine(Root, "ees");

    public static string EesPath(string name) => Path.Combine(EesDirectory, name);

    /// <summary>England, the 9 ONS regions, the 153 current LAs; Inner/Outer London resolve to London.</summary>
    public static AreaCatalogue Catalogue => LazyCatalogue.Value;

    /// <summary>Old (3-digit) code to current ONS code of the 153 LAs, from la_153_current.csv.</summary>
    public static IReadOnlyDictionary<string, string> LaCodeByOldCode { get; } = ReadCsv(Path.Combine(Root, "lookups", "la_153_current.csv"))
        .Rows.ToDictionary(r => r["old_la_code"], r => r["new_la_code"], StringComparer.Ordinal);

    public static Indicator Make(
        string id,
        string file,
        IEnumerable<KeyValuePair<string, string>>? filters,
        string? value,
        string? numerator = null,
        string? denominator = null,
        DenominatorSource? denominatorSource = null,
        double multiplier = 1.0,
        PeriodKind kind = PeriodKind.YearEnding31March,
        MeasureKind measure = MeasureKind.Proportion,
        int snapshotMonth = 9,
        int snapshotDay = 30) =>
        // The indicator's own measure says what values it can take: a proportion here is a percentage (0-100, as the
        // published *_percent columns are), anything else is scaled by the source's multiplier (10,000 for a rate per
        // 10,000). The reader rejects values the measure cannot take, so a fixture must declare its measure truly.
        new Indicator(id, id, "stay-safe", new[] { "aim-1" }, measure, Polarity.NoPolarity, measure == MeasureKind.Proportion ? "%" : "value", kind)
            .WithSource(new IndicatorSource("Test publication", file, filters, value, numerator, denominator, denominatorSource, multiplier))
            .WithMultiplier(measure == MeasureKind.Proportion ? 100 : multiplier)
            .WithSnapshot(snapshotMonth, snapshotDay);

    public static Dictionary<string, string> Filters(params string[] pairs)
    {
        var d = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < pairs.Length; i += 2)
        {
            d.Add(pairs[i], pairs[i + 1]);
        }
        return d;
    }

    public static EesIngest ReadReal(params Indicator[] indicators) =>
        new EesReader(Catalogue).Read(indicators, EesFiles.FromDirectory(EesDirectory));

    /// <summary>Counts the data lines of a file: its non-empty physical lines less the header (none of the fixtures has a line break inside a quoted field).</summary>
    public static int DataLineCount(string path) => File.ReadAllLines(path, Encoding.UTF8).Count(l => l.Length > 0) - 1;

    /// <summary>A plain RFC 4180 reader for expectations: char by char, no buffers, BOM stripped.</summary>
    public static TestCsv ReadCsv(string path)
    {
        var text = File.ReadAllText(path, Encoding.UTF8).TrimStart('\uFEFF');
        var records = FixtureCsv.Parse(text).Select(r => r.ToList()).ToList();
        var header = records[0];
        return new TestCsv(header, records.Skip(1).Select(r => new TestRow(header, r)).ToList());
    }

    /// <summary>The area code a row should map to, by the documented rules, or null for legacy/combined/sub-region rows.</summary>
    public static string? ExpectedArea(TestRow row) => row["geographic_level"] switch
    {
        "National" => row["country_code"],
        "Regional" => row["region_code"].StartsWith("E13", StringComparison.Ordinal) ? null : row["region_code"],
        _ => LaCodeByOldCode.TryGetValue(row["old_la_code"], out var code) ? code : null,
    };

    /// <summary>The status a symbol stands for, by the EES standard (written out here, not taken from the product).</summary>
    public static ObservationStatus? ExpectedSymbol(string cell) => cell switch
    {
        "c" => ObservationStatus.Suppressed,
        "x" or ":" => ObservationStatus.NotAvailable,
        "z" => ObservationStatus.NotApplicable,
        "u" => ObservationStatus.LowReliability,
        "k" or "low" or "~" => ObservationStatus.RoundsToZero,
        _ => null,
    };

    public static double Number(string cell) => double.Parse(cell, NumberStyles.Float, CultureInfo.InvariantCulture);

    private static AreaCatalogue BuildCatalogue()
    {
        var regions = ReadCsv(Path.Combine(Root, "lookups", "dfe_screener_regions.csv")).Rows
            .Where(r => r["region_code"].StartsWith("E12", StringComparison.Ordinal))
            .Select(r => new Area(r["region_code"], r["region_name"], AreaLevel.Region))
            .ToList();
        var las = ReadCsv(Path.Combine(Root, "lookups", "la_153_current.csv")).Rows
            .Select(r => new Area(r["new_la_code"], r["la_name"], AreaLevel.LocalAuthority, r["old_la_code"], r["region_code"], r["dfe_cs_region_code"]))
            .ToList();
        var london = new[] { new SubRegion("E13000001", "Inner London", "E12000007"), new SubRegion("E13000002", "Outer London", "E12000007") };
        return new AreaCatalogue(new Area("E92000001", "England", AreaLevel.Country), regions, las, london);
    }
}

internal sealed class TestCsv
{
    public TestCsv(List<string> header, List<TestRow> rows)
    {
        Header = header;
        Rows = rows;
    }

    public List<string> Header { get; }

    public List<TestRow> Rows { get; }
}

internal sealed class TestRow
{
    private readonly List<string> header;
    private readonly List<string> cells;

    public TestRow(List<string> header, List<string> cells)
    {
        this.header = header;
        this.cells = cells;
    }

    public string this[string column] => cells[header.IndexOf(column)].Trim();

    public bool Matches(IReadOnlyDictionary<string, string> filters) => filters.All(f => this[f.Key] == f.Value);
}
