using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using OutcomesFramework.Scoring;
using OutcomesFramework.Scoring.Uncertainty;

namespace OutcomesFramework.Outputs;

/// <summary>
/// The formats a league with rank intervals (<see cref="RankUncertaintyView"/>) is written in: <c>table</c> (each rank
/// as "41 (28–63)", thin coverage said beside it), <c>json</c> (<see cref="JsonSchema"/>, docs/schemas/rank-uncertainty.schema.json:
/// every series, overall, outcomes and indicators) and <c>csv</c> (the chosen series, one row per council).
/// </summary>
public static class RankUncertaintyOutput
{
    /// <summary>The <c>schema</c> value of the JSON form.</summary>
    public const string JsonSchema = "outcomes-rank-uncertainty/1";

    private static readonly string[] TableColumns = { "rank (5–95%)", "coverage", "council", "median", "score" };

    private static readonly string[] CsvColumns =
        { "code", "council", "series", "rank", "median", "rank_5", "rank_95", "ranked_runs", "runs", "score", "ranking_score", "coverage", "thin_coverage" };

    private static readonly JsonWriterOptions JsonOptions = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Gets the formats: <c>table</c>, <c>json</c>, <c>csv</c>.</summary>
    public static OutputFormatRegistry<RankUncertaintyView> Formats { get; } = new OutputFormatRegistry<RankUncertaintyView>()
        .With(new OutputFormat<RankUncertaintyView>("table", "text/plain", "ranks with their 5–95% intervals, \"41 (28–63)\", thin coverage beside the rank", (v, w) => OutputTable.Formats.Find("table")!.Write(Table(v), w)))
        .With(new OutputFormat<RankUncertaintyView>("json", "application/json", JsonSchema + " JSON: every series (docs/schemas/rank-uncertainty.schema.json)", WriteJson))
        .With(new OutputFormat<RankUncertaintyView>("csv", "text/csv", "RFC 4180 CSV, one row per council on the chosen series", (v, w) => OutputTable.Formats.Find("csv")!.Write(Csv(v), w)));

    /// <summary>The table for reading: one row per council in rank order on the chosen series.</summary>
    /// <param name="view">The view.</param>
    /// <returns>The table.</returns>
    internal static OutputTable Table(RankUncertaintyView view)
    {
        var league = view.League;
        var result = view.Uncertainty;
        var rows = league.Ranked(view.OutcomeId).Select(card =>
        {
            var interval = result.Find(card.Area)?.Of(view.OutcomeId);
            var (score, coverage, thin, _) = Measure(card, view.OutcomeId);
            return new[]
            {
                OutputCell.OfText(interval?.ToString() ?? (League.RankOf(card, view.OutcomeId) is { } r ? r.ToString(CultureInfo.InvariantCulture) : null)),
                OutputCell.OfText(Numbers.Percent(coverage) + (thin ? " thin" : string.Empty)),
                OutputCell.OfText(card.Area.Name),
                OutputCell.OfWhole(interval?.Median),
                OutputCell.OfNumber(score, 1),
            };
        });
        var rule = league.Policy.RankingCoverage;
        var notes = new List<string>
        {
            "rank (5–95%): the rank on the published figures, then the 5th and 95th percentiles of the rank over the runs; median: the median rank.",
            "thin: coverage below the ranking threshold (" + Numbers.Percent(rule.Threshold) + "); rule: " + Describe(rule) + ".",
        };
        if (!result.HeldFixed.IsEmpty)
        {
            notes.Add("Held fixed (no numerator and denominator to draw from), councils per indicator: "
                + string.Join(", ", result.HeldFixed.Select(p => p.Key + " " + p.Value.ToString(CultureInfo.InvariantCulture))) + ".");
        }
        var title = "Rank with its 5–95% interval, " + (view.OutcomeId ?? "overall") + ", " + result.Year.ToString(CultureInfo.InvariantCulture) + ": "
            + result.Options.Runs.ToString(CultureInfo.InvariantCulture) + " Monte Carlo runs, seed " + result.Options.Seed.ToString(CultureInfo.InvariantCulture);
        return new OutputTable(title, TableColumns, rows, notes);
    }

    /// <summary>The CSV rows: one per council in rank order on the chosen series, full precision.</summary>
    /// <param name="view">The view.</param>
    /// <returns>The table.</returns>
    internal static OutputTable Csv(RankUncertaintyView view)
    {
        var series = view.OutcomeId ?? "overall";
        var runs = view.Uncertainty.Options.Runs;
        var rows = view.League.Ranked(view.OutcomeId).Select(card =>
        {
            var interval = view.Uncertainty.Find(card.Area)?.Of(view.OutcomeId);
            var (score, coverage, thin, rankingScore) = Measure(card, view.OutcomeId);
            return new[]
            {
                OutputCell.OfText(card.Area.Code), OutputCell.OfText(card.Area.Name), OutputCell.OfText(series),
                OutputCell.OfWhole(League.RankOf(card, view.OutcomeId)), OutputCell.OfWhole(interval?.Median), OutputCell.OfWhole(interval?.Lower), OutputCell.OfWhole(interval?.Upper),
                OutputCell.OfWhole(interval?.RankedRuns ?? 0), OutputCell.OfWhole(runs),
                OutputCell.OfNumber(score, 1), OutputCell.OfNumber(rankingScore, 1), OutputCell.OfNumber(coverage, 4), OutputCell.OfText(thin ? "true" : "false"),
            };
        });
        return new OutputTable(null, CsvColumns, rows);
    }

    private static (double? Score, double Coverage, bool Thin, double? RankingScore) Measure(Scorecard card, string? outcomeId)
    {
        if (outcomeId is null)
        {
            return (card.Overall.Score, card.Overall.Coverage, card.Overall.IsThinCoverage, card.Overall.RankingScore);
        }
        var o = card.FindOutcome(outcomeId)!;
        return (o.Score, o.Coverage, o.IsThinCoverage, o.RankingScore);
    }

    private static string Describe(RankingCoverage rule) => rule.Handling switch
    {
        ThinCoverageHandling.Exclude => "not ranked below the threshold",
        ThinCoverageHandling.Shrink => "ranked on the shrunk score Z·s + (1 − Z)·m (Z the coverage, m the mean score)",
        _ => "ranked and flagged",
    };

    private static void WriteJson(RankUncertaintyView view, TextWriter output)
    {
        var league = view.League;
        var result = view.Uncertainty;
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, JsonOptions))
        {
            w.WriteStartObject();
            w.WriteString("schema", JsonSchema);
            w.WriteNumber("year", result.Year);
            w.WriteNumber("runs", result.Options.Runs);
            w.WriteString("seed", result.Options.Seed.ToString(CultureInfo.InvariantCulture));
            w.WriteString("rankedBy", view.OutcomeId ?? "overall");
            w.WriteStartObject("rankingCoverage");
            w.WriteString("rule", RankingCoverage.Code(league.Policy.RankingCoverage.Handling));
            w.WriteNumber("threshold", league.Policy.RankingCoverage.Threshold);
            w.WriteEndObject();
            Counts(w, "drawn", result.Drawn);
            Counts(w, "heldFixed", result.HeldFixed);
            w.WriteStartArray("councils");
            foreach (var card in league.Ranked(view.OutcomeId))
            {
                var c = result.Find(card.Area);
                w.WriteStartObject();
                w.WriteString("code", card.Area.Code);
                w.WriteString("name", card.Area.Name);
                Series(w, "overall", c?.Overall, card.Overall.Rank, card.Overall.Score, card.Overall.Coverage, card.Overall.IsThinCoverage);
                w.WriteStartObject("outcomes");
                foreach (var o in card.Outcomes)
                {
                    Series(w, o.Outcome.Id, c?.Of(o.Outcome.Id), o.Rank, o.Score, o.Coverage, o.IsThinCoverage);
                }
                w.WriteEndObject();
                w.WriteStartObject("indicators");
                if (c is not null)
                {
                    foreach (var p in c.Indicators)
                    {
                        Series(w, p.Key, p.Value, p.Value.PointRank, null, null, false);
                    }
                }
                w.WriteEndObject();
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteEndObject();
        }
        output.Write(Encoding.UTF8.GetString(stream.ToArray()).Replace("\r\n", "\n") + "\n");
    }

    private static void Counts(Utf8JsonWriter w, string name, IEnumerable<KeyValuePair<string, int>> counts)
    {
        w.WriteStartObject(name);
        foreach (var p in counts)
        {
            w.WriteNumber(p.Key, p.Value);
        }
        w.WriteEndObject();
    }

    private static void Series(Utf8JsonWriter w, string name, RankInterval? r, int? rank, double? score, double? coverage, bool thin)
    {
        w.WriteStartObject(name);
        Nullable(w, "rank", rank);
        Nullable(w, "median", r?.Median);
        Nullable(w, "lower", r?.Lower);
        Nullable(w, "upper", r?.Upper);
        w.WriteNumber("rankedRuns", r?.RankedRuns ?? 0);
        if (r is null)
        {
            w.WriteNull("text");
        }
        else
        {
            w.WriteString("text", r.ToString());
        }
        if (coverage is { } cv)
        {
            if (score is { } s)
            {
                w.WriteNumber("score", s);
            }
            else
            {
                w.WriteNull("score");
            }
            w.WriteNumber("coverage", cv);
            w.WriteBoolean("thinCoverage", thin);
        }
        w.WriteEndObject();
    }

    private static void Nullable(Utf8JsonWriter w, string name, int? value)
    {
        if (value is { } v)
        {
            w.WriteNumber(name, v);
        }
        else
        {
            w.WriteNull(name);
        }
    }
}
