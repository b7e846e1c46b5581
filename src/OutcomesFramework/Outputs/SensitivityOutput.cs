using System;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using OutcomesFramework.Scoring;
using OutcomesFramework.Scoring.Sensitivity;

namespace OutcomesFramework.Outputs;

/// <summary>
/// The formats a sensitivity analysis (<see cref="SensitivityResult"/>) is written in: <c>table</c> (the choices by total
/// index, then each council's nominal rank with its interval over the design), <c>json</c> (<see cref="JsonSchema"/>,
/// docs/schemas/sensitivity.schema.json) and <c>csv</c> (one row per choice: its first-order and total indices).
/// </summary>
public static class SensitivityOutput
{
    /// <summary>The <c>schema</c> value of the JSON form.</summary>
    public const string JsonSchema = "outcomes-sensitivity/1";

    /// <summary>What the analysed output is, in words (COINr's: the mean absolute change of the overall rank from the nominal rank).</summary>
    private const string OutputMeasure = "mean absolute change of the overall rank from the nominal rank";

    private static readonly string[] IndexColumns = { "choice", "first-order", "total", "alternatives" };
    private static readonly string[] CsvColumns = { "choice", "first_order", "total_order", "alternatives" };
    private static readonly string[] CouncilColumns = { "nominal rank (5–95% over the design)", "council", "median" };

    private static readonly JsonWriterOptions JsonOptions = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Gets the formats: <c>table</c>, <c>json</c>, <c>csv</c>.</summary>
    public static OutputFormatRegistry<SensitivityResult> Formats { get; } = new OutputFormatRegistry<SensitivityResult>()
        .With(new OutputFormat<SensitivityResult>("table", "text/plain", "the choices by total index, then each council's nominal rank with its interval over the design", WriteText))
        .With(new OutputFormat<SensitivityResult>("json", "application/json", JsonSchema + " JSON (docs/schemas/sensitivity.schema.json)", WriteJson))
        .With(new OutputFormat<SensitivityResult>("csv", "text/csv", "RFC 4180 CSV, one row per choice: first-order and total indices", (r, w) => OutputTable.Formats.Find("csv")!.Write(Indices(r, CsvColumns, null), w)));

    /// <summary>Gets the name a factor has in every output.</summary>
    /// <param name="factor">The factor.</param>
    /// <returns>The name: <c>weights</c>, <c>normalisation</c>, <c>aggregation</c> or <c>coverageThreshold</c>.</returns>
    public static string NameOf(SensitivityFactor factor) => factor switch
    {
        SensitivityFactor.Normalisation => "normalisation",
        SensitivityFactor.Aggregation => "aggregation",
        SensitivityFactor.CoverageThreshold => "coverageThreshold",
        _ => "weights",
    };

    private static string Alternatives(SensitivityDesign design, SensitivityFactor factor) => factor switch
    {
        SensitivityFactor.Normalisation => string.Join(" | ", design.Normalisations.Select(n => n.ToString())),
        SensitivityFactor.Aggregation => string.Join(" | ", design.Aggregations.Select(a => a.ToString().ToLowerInvariant())),
        SensitivityFactor.CoverageThreshold => string.Join(" | ", design.CoverageThresholds.Select(t => t.ToString("R", CultureInfo.InvariantCulture))),
        _ => "each weight × (1 ± up to " + design.WeightNoise.ToString("R", CultureInfo.InvariantCulture) + ")",
    };

    private static OutputTable Indices(SensitivityResult result, string[] columns, string? title)
    {
        var ordered = title is null ? result.Indices.AsEnumerable() : result.Indices.OrderByDescending(i => i.TotalOrder).ThenBy(i => i.Factor);
        return new OutputTable(title, columns, ordered.Select(i => new[]
        {
            OutputCell.OfText(NameOf(i.Factor)), OutputCell.OfNumber(i.FirstOrder, 3), OutputCell.OfNumber(i.TotalOrder, 3), OutputCell.OfText(Alternatives(result.Design, i.Factor)),
        }));
    }

    private static void WriteText(SensitivityResult result, TextWriter output)
    {
        var title = "Sensitivity of the overall ranks, " + result.Year.ToString(CultureInfo.InvariantCulture) + ": "
            + result.Evaluations.ToString(CultureInfo.InvariantCulture) + " evaluations, seed " + result.Design.Seed.ToString(CultureInfo.InvariantCulture)
            + " (Saltelli 2010 first-order, Jansen 1999 total; output: " + OutputMeasure + ")";
        var table = OutputTable.Formats.Find("table")!;
        table.Write(Indices(result, IndexColumns, title), output);
        output.Write("\n");
        var councils = result.Councils.Where(c => c.Overall is not null)
            .OrderBy(c => c.Overall!.PointRank ?? int.MaxValue).ThenBy(c => c.Area.Name, StringComparer.Ordinal)
            .Select(c => new[] { OutputCell.OfText(c.Overall!.ToString()), OutputCell.OfText(c.Area.Name), OutputCell.OfWhole(c.Overall.Median) });
        table.Write(new OutputTable(null, CouncilColumns, councils), output);
    }

    private static void WriteJson(SensitivityResult result, TextWriter output)
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, JsonOptions))
        {
            w.WriteStartObject();
            w.WriteString("schema", JsonSchema);
            w.WriteNumber("year", result.Year);
            w.WriteNumber("evaluations", result.Evaluations);
            w.WriteNumber("baseSamples", result.Design.BaseSamples);
            w.WriteString("seed", result.Design.Seed.ToString(CultureInfo.InvariantCulture));
            w.WriteString("output", OutputMeasure);
            w.WriteNumber("variance", result.Variance);
            w.WriteStartArray("indices");
            foreach (var i in result.Indices)
            {
                w.WriteStartObject();
                w.WriteString("factor", NameOf(i.Factor));
                w.WriteNumber("firstOrder", i.FirstOrder);
                w.WriteNumber("totalOrder", i.TotalOrder);
                w.WriteString("alternatives", Alternatives(result.Design, i.Factor));
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteStartArray("councils");
            foreach (var c in result.Councils)
            {
                w.WriteStartObject();
                w.WriteString("code", c.Area.Code);
                w.WriteString("name", c.Area.Name);
                w.WriteStartObject("overall");
                var r = c.Overall;
                if (r?.PointRank is { } p)
                {
                    w.WriteNumber("rank", p);
                }
                else
                {
                    w.WriteNull("rank");
                }
                if (r is null)
                {
                    w.WriteNull("median");
                    w.WriteNull("lower");
                    w.WriteNull("upper");
                    w.WriteNumber("rankedRuns", 0);
                    w.WriteNull("text");
                }
                else
                {
                    w.WriteNumber("median", r.Median);
                    w.WriteNumber("lower", r.Lower);
                    w.WriteNumber("upper", r.Upper);
                    w.WriteNumber("rankedRuns", r.RankedRuns);
                    w.WriteString("text", r.ToString());
                }
                w.WriteEndObject();
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteEndObject();
        }
        output.Write(Encoding.UTF8.GetString(stream.ToArray()).Replace("\r\n", "\n") + "\n");
    }
}
