using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using OutcomesFramework.Scoring;
using OutcomesFramework.Scoring.Sensitivity;
using OutcomesFramework.Scoring.Uncertainty;

namespace OutcomesFramework.Cli.Commands;

/// <summary>Table, JSON and CSV for <c>league --uncertainty</c> and <c>sensitivity</c>: ranks as "41 (28–63)".</summary>
internal static class UncertaintyReport
{
    public static string Table(League league, RankUncertainty result, string? outcomeId)
    {
        var rows = league.Ranked(outcomeId).Select(card =>
        {
            var entry = result.Find(card.Area);
            var interval = entry?.Of(outcomeId);
            var coverage = outcomeId is null ? card.Overall.Coverage : card.FindOutcome(outcomeId)!.Coverage;
            var thin = outcomeId is null ? card.Overall.IsThinCoverage : card.FindOutcome(outcomeId)!.IsThinCoverage;
            return new[]
            {
                interval?.ToString() ?? "-",
                card.Area.Name,
                interval is null ? "-" : interval.Median.ToString(CultureInfo.InvariantCulture),
                Percent(coverage) + (thin ? " (thin)" : string.Empty),
            };
        }).ToList();
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        text.WriteLine("Rank (5–95% interval) " + (outcomeId ?? "overall") + ", " + result.Year + ": " + result.Options.Runs.ToString(CultureInfo.InvariantCulture)
            + " Monte Carlo runs, seed " + result.Options.Seed.ToString(CultureInfo.InvariantCulture) + "; ranking coverage rule: " + league.Policy.RankingCoverage);
        TextTable.Write(text, UncertaintyHeader, rows);
        if (!result.HeldFixed.IsEmpty)
        {
            text.WriteLine("Held fixed (no numerator and denominator to draw from): " + string.Join(", ", result.HeldFixed.Select(p => p.Key + " (" + p.Value.ToString(CultureInfo.InvariantCulture) + ")")));
        }
        return text.ToString();
    }

    public static string Csv(League league, RankUncertainty result, string? outcomeId)
    {
        var b = new StringBuilder();
        b.Append("area_code,area_name,series,point_rank,median_rank,rank_5,rank_95,ranked_runs,runs,coverage,thin_coverage\r\n");
        foreach (var card in league.Ranked(outcomeId))
        {
            var entry = result.Find(card.Area)!;
            var interval = entry.Of(outcomeId);
            var coverage = outcomeId is null ? card.Overall.Coverage : card.FindOutcome(outcomeId)!.Coverage;
            var thin = outcomeId is null ? card.Overall.IsThinCoverage : card.FindOutcome(outcomeId)!.IsThinCoverage;
            b.Append(card.Area.Code).Append(',').Append(Quote(card.Area.Name)).Append(',').Append(outcomeId ?? "overall").Append(',')
                .Append(interval?.PointRank?.ToString(CultureInfo.InvariantCulture) ?? string.Empty).Append(',')
                .Append(interval?.Median.ToString(CultureInfo.InvariantCulture) ?? string.Empty).Append(',')
                .Append(interval?.Lower.ToString(CultureInfo.InvariantCulture) ?? string.Empty).Append(',')
                .Append(interval?.Upper.ToString(CultureInfo.InvariantCulture) ?? string.Empty).Append(',')
                .Append(interval?.RankedRuns.ToString(CultureInfo.InvariantCulture) ?? "0").Append(',')
                .Append(result.Options.Runs.ToString(CultureInfo.InvariantCulture)).Append(',')
                .Append(coverage.ToString("0.####", CultureInfo.InvariantCulture)).Append(',').Append(thin ? "true" : "false").Append("\r\n");
        }
        return b.ToString();
    }

    public static string Json(League league, RankUncertainty result)
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            w.WriteStartObject();
            w.WriteNumber("year", result.Year);
            w.WriteNumber("runs", result.Options.Runs);
            w.WriteString("seed", result.Options.Seed.ToString(CultureInfo.InvariantCulture));
            w.WriteString("rankingCoverage", league.Policy.RankingCoverage.ToString());
            w.WriteStartObject("heldFixed");
            foreach (var p in result.HeldFixed)
            {
                w.WriteNumber(p.Key, p.Value);
            }
            w.WriteEndObject();
            w.WriteStartArray("councils");
            foreach (var c in result.Councils)
            {
                var card = league.Find(c.Area)!;
                w.WriteStartObject();
                w.WriteString("code", c.Area.Code);
                w.WriteString("name", c.Area.Name);
                Interval(w, "overall", c.Overall, card.Overall.Coverage, card.Overall.IsThinCoverage);
                w.WriteStartObject("outcomes");
                foreach (var o in card.Outcomes)
                {
                    Interval(w, o.Outcome.Id, c.Of(o.Outcome.Id), o.Coverage, o.IsThinCoverage);
                }
                w.WriteEndObject();
                w.WriteStartObject("indicators");
                foreach (var p in c.Indicators)
                {
                    Interval(w, p.Key, p.Value, null, false);
                }
                w.WriteEndObject();
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteEndObject();
        }
        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    public static string Sensitivity(SensitivityResult result, string format)
    {
        switch (format)
        {
            case "json":
                using (var stream = new MemoryStream())
                {
                    using (var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
                    {
                        w.WriteStartObject();
                        w.WriteNumber("year", result.Year);
                        w.WriteNumber("evaluations", result.Evaluations);
                        w.WriteString("seed", result.Design.Seed.ToString(CultureInfo.InvariantCulture));
                        w.WriteString("output", "mean absolute change of the overall rank from the nominal rank");
                        w.WriteNumber("variance", Math.Round(result.Variance, 6));
                        w.WriteStartArray("indices");
                        foreach (var i in result.Indices)
                        {
                            w.WriteStartObject();
                            w.WriteString("factor", Code(i.Factor));
                            w.WriteNumber("firstOrder", Math.Round(i.FirstOrder, 4));
                            w.WriteNumber("totalOrder", Math.Round(i.TotalOrder, 4));
                            w.WriteEndObject();
                        }
                        w.WriteEndArray();
                        w.WriteStartArray("councils");
                        foreach (var c in result.Councils)
                        {
                            w.WriteStartObject();
                            w.WriteString("code", c.Area.Code);
                            w.WriteString("name", c.Area.Name);
                            Interval(w, "overall", c.Overall, null, false);
                            w.WriteEndObject();
                        }
                        w.WriteEndArray();
                        w.WriteEndObject();
                    }
                    return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
                }
            case "csv":
            {
                var b = new StringBuilder("factor,first_order,total_order\r\n");
                foreach (var i in result.Indices)
                {
                    b.Append(Code(i.Factor)).Append(',').Append(i.FirstOrder.ToString("0.####", CultureInfo.InvariantCulture)).Append(',')
                        .Append(i.TotalOrder.ToString("0.####", CultureInfo.InvariantCulture)).Append("\r\n");
                }
                return b.ToString();
            }
            default:
            {
                using var text = new StringWriter(CultureInfo.InvariantCulture);
                text.WriteLine("Sensitivity of the overall ranks, " + result.Year + ": " + result.Evaluations.ToString(CultureInfo.InvariantCulture)
                    + " evaluations (Saltelli first-order, Jansen total-order; output: mean absolute rank change)");
                TextTable.Write(text, SensitivityHeader,
                    result.Indices.OrderByDescending(i => i.TotalOrder).Select(i => new[] { Code(i.Factor), i.FirstOrder.ToString("0.000", CultureInfo.InvariantCulture), i.TotalOrder.ToString("0.000", CultureInfo.InvariantCulture) }).ToList());
                text.WriteLine();
                TextTable.Write(text, NominalHeader,
                    result.Councils.Where(c => c.Overall is not null).OrderBy(c => c.Overall!.PointRank ?? int.MaxValue).ThenBy(c => c.Area.Name, StringComparer.Ordinal)
                        .Select(c => new[] { c.Overall!.ToString(), c.Area.Name }).ToList());
                return text.ToString();
            }
        }
    }

    private static string Code(SensitivityFactor factor) => factor switch
    {
        SensitivityFactor.Normalisation => "normalisation",
        SensitivityFactor.Aggregation => "aggregation",
        SensitivityFactor.CoverageThreshold => "coverageThreshold",
        _ => "weights",
    };

    private static void Interval(Utf8JsonWriter w, string name, RankInterval? r, double? coverage, bool thin)
    {
        w.WriteStartObject(name);
        if (r is null)
        {
            w.WriteNull("rank");
        }
        else
        {
            if (r.PointRank is { } p)
            {
                w.WriteNumber("rank", p);
            }
            else
            {
                w.WriteNull("rank");
            }
            w.WriteNumber("median", r.Median);
            w.WriteNumber("lower", r.Lower);
            w.WriteNumber("upper", r.Upper);
            w.WriteNumber("rankedRuns", r.RankedRuns);
            w.WriteString("text", r.ToString());
        }
        if (coverage is { } c)
        {
            w.WriteNumber("coverage", Math.Round(c, 4));
            w.WriteBoolean("thinCoverage", thin);
        }
        w.WriteEndObject();
    }

    private static readonly string[] UncertaintyHeader = { "Rank (5–95%)", "Council", "Median", "Coverage" };
    private static readonly string[] SensitivityHeader = { "Choice", "First-order", "Total" };
    private static readonly string[] NominalHeader = { "Nominal rank (5–95% over the design)", "Council" };
    private static readonly System.Buffers.SearchValues<char> CsvSpecials = System.Buffers.SearchValues.Create(",\"\r\n");

    private static string Percent(double share) => (share * 100).ToString("0.#", CultureInfo.InvariantCulture) + "%";

    private static string Quote(string s) => s.AsSpan().IndexOfAny(CsvSpecials) >= 0 ? "\"" + s.Replace("\"", "\"\"") + "\"" : s;
}
