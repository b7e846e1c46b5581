using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using OutcomesFramework.Statistics.Spc;

namespace OutcomesFramework.Statistics.Tests.Spc;

/// <summary>Reads the SPC fixtures (Fixtures/spc, see its README) from the test output folder.</summary>
internal static class SpcFixtures
{
    public const string NhsrVectors = "nhsrplotthedots-test-vectors.json";
    public const string PythonVectors = "nhspy-plotthedots-test-vectors.json";
    public const string MdcSummary = "mdc-xmr-test-summary.json";
    public const string MdcCases = "mdc-xmr-test-cases.csv";

    public static JsonElement Json(string file)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(PathOf(file)));
        return document.RootElement.Clone();
    }

    public static string PathOf(string file) => Path.Combine(AppContext.BaseDirectory, "Fixtures", "spc", file);

    public static double?[] Values(JsonElement array) =>
        array.EnumerateArray().Select(e => e.ValueKind == JsonValueKind.Null ? (double?)null : e.GetDouble()).ToArray();

    public static int[] Ints(JsonElement array) => array.EnumerateArray().Select(e => e.GetInt32()).ToArray();

    public static bool[] Bools(JsonElement array) =>
        array.EnumerateArray().Select(e => e.ValueKind == JsonValueKind.True || (e.ValueKind == JsonValueKind.Number && e.GetInt32() != 0)).ToArray();

    public static ImprovementDirection Direction(string text) => text switch
    {
        "increase" or "up" => ImprovementDirection.Increase,
        "decrease" or "down" => ImprovementDirection.Decrease,
        "neutral" or "neither" => ImprovementDirection.Neither,
        _ => throw new FormatException("Unknown improvement direction '" + text + "'."),
    };

    /// <summary>The MDC colour words of the fixtures for a category.</summary>
    public static string ColourWord(VariationCategory category) => category switch
    {
        VariationCategory.CommonCause => "grey",
        VariationCategory.Improvement => "blue",
        VariationCategory.Concern => "orange",
        _ => "purple",
    };

    /// <summary>NHSRplotthedots' <c>point_type</c> for a variation.</summary>
    public static string NhsrPointType(Variation variation) => variation switch
    {
        Variation.CommonCause => "common_cause",
        Variation.ImprovementHigh or Variation.ImprovementLow => "special_cause_improvement",
        Variation.ConcernHigh or Variation.ConcernLow => "special_cause_concern",
        Variation.NeitherHigh => "special_cause_neutral_high",
        _ => "special_cause_neutral_low",
    };

    /// <summary>NHSRplotthedots' icon name (<c>ptd_get_icons</c>) for a variation icon.</summary>
    public static string NhsrIcon(Variation variation) => variation switch
    {
        Variation.CommonCause => "common_cause",
        Variation.ImprovementHigh => "improvement_high",
        Variation.ImprovementLow => "improvement_low",
        Variation.ConcernHigh => "concern_high",
        Variation.ConcernLow => "concern_low",
        Variation.NeitherHigh => "neutral_high",
        _ => "neutral_low",
    };

    public static IReadOnlyList<MdcRow> MdcRows()
    {
        var lines = File.ReadAllLines(PathOf(MdcCases));
        var header = SplitCsv(lines[0]);
        int Column(string name) => Array.IndexOf(header, name) is var i and >= 0 ? i : throw new FormatException("No column " + name);
        var rows = new List<MdcRow>();
        for (var line = 1; line < lines.Length; line++)
        {
            if (lines[line].Length == 0)
            {
                continue;
            }
            var f = SplitCsv(lines[line]);
            rows.Add(new MdcRow(
                f[Column("metric")],
                int.Parse(f[Column("index")], CultureInfo.InvariantCulture),
                double.Parse(f[Column("value")], CultureInfo.InvariantCulture),
                f[Column("direction")],
                OptionalInt(f[Column("recalculation_at")]),
                OptionalInt(f[Column("baseline_points")]),
                f[Column("expected_colour_mdc_single_chart_tool_v5")],
                f[Column("nhsrplotthedots_special_cause_type")],
                f[Column("nhsrplotthedots_point_type")],
                f[Column("nhsrplotthedots_colour")],
                double.Parse(f[Column("nhsrplotthedots_mean")], CultureInfo.InvariantCulture),
                double.Parse(f[Column("nhsrplotthedots_lpl")], CultureInfo.InvariantCulture),
                double.Parse(f[Column("nhsrplotthedots_upl")], CultureInfo.InvariantCulture)));
        }
        return rows;
    }

    /// <summary>The MDC rows grouped into series, in file order, each series' rows in index order.</summary>
    public static IReadOnlyList<MdcSeries> MdcSeriesList()
    {
        var series = new List<MdcSeries>();
        foreach (var row in MdcRows())
        {
            if (series.Count == 0 || series[^1].Metric != row.Metric)
            {
                series.Add(new MdcSeries(row.Metric, new List<MdcRow>()));
            }
            var rows = (List<MdcRow>)series[^1].Rows;
            if (row.Index != rows.Count + 1)
            {
                throw new FormatException("Row " + row.Index + " of " + row.Metric + " is out of order.");
            }
            rows.Add(row);
        }
        return series;
    }

    private static int? OptionalInt(string text) =>
        text.Length == 0 ? null : int.Parse(text, CultureInfo.InvariantCulture);

    private static string[] SplitCsv(string line)
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < line.Length && line[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else
            {
                field.Append(c);
            }
        }
        fields.Add(field.ToString());
        return fields.ToArray();
    }
}

internal sealed record MdcRow(
    string Metric,
    int Index,
    double Value,
    string Direction,
    int? RecalculationAt,
    int? BaselinePoints,
    string ExpectedColour,
    string NhsrSpecialCauseType,
    string NhsrPointType,
    string NhsrColour,
    double NhsrMean,
    double NhsrLpl,
    double NhsrUpl);

internal sealed record MdcSeries(string Metric, IReadOnlyList<MdcRow> Rows)
{
    public ImprovementDirection Direction => SpcFixtures.Direction(Rows[0].Direction);

    public double?[] Values => Rows.Select(r => (double?)r.Value).ToArray();

    /// <summary>The recalculation point as a 0-based index (the fixture's is 1-based), or none.</summary>
    public int[] RecalculateAt => Rows[0].RecalculationAt is { } at ? [at - 1] : [];

    public int? BaselinePoints => Rows[0].BaselinePoints;
}
