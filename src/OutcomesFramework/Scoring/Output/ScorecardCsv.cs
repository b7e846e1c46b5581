using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Text;
using OutcomesFramework.Utility;

namespace OutcomesFramework.Scoring.Output;

/// <summary>
/// Writes scorecards as tidy CSV (RFC 4180: comma-separated, CRLF line ends, fields with a comma, quote or line
/// break quoted with inner quotes doubled; UTF-8 without BOM): one row per area × indicator, or one row per area ×
/// outcome plus an <c>overall</c> row per area. The columns are documented in <c>docs/scorecard-json.md</c>.
/// Numbers are culture-invariant and rounded as in the JSON; a missing number is an empty field.
/// </summary>
public static class ScorecardCsv
{
    /// <summary>Gets the columns of the indicator table, in order.</summary>
    public static ImmutableArray<string> IndicatorColumns { get; } = ImmutableArray.Create(
        "area_code", "area_old_code", "area_name", "year", "indicator_id", "indicator_title", "outcome_id", "role", "polarity",
        "period", "period_end", "stale", "status", "value", "numerator", "denominator", "ci_lower", "ci_upper", "ci_level", "ci_method",
        "england_value", "region_code", "region_value", "neighbour_average", "neighbour_value", "neighbours_used", "neighbours_excluded",
        "rank", "rank_of", "band", "comparator", "comparator_value", "comparison", "previous_period", "previous_value", "change", "direction",
        "trend", "target", "target_status", "score", "score_raw", "score_clamped", "normalisation", "weight", "counts_towards_outcome");

    /// <summary>Gets the columns of the outcome table, in order.</summary>
    public static ImmutableArray<string> OutcomeColumns { get; } = ImmutableArray.Create(
        "area_code", "area_old_code", "area_name", "year", "outcome_id", "outcome_name", "score", "band", "unlimited_band", "limited",
        "sufficient_evidence", "coverage", "coverage_threshold", "method", "weight", "rank", "rank_of");

    /// <summary>Writes the indicator table: a header, then one row per scorecard × indicator, in the order given.</summary>
    /// <param name="scorecards">The scorecards.</param>
    /// <param name="writer">Where to write.</param>
    /// <exception cref="System.ArgumentNullException">An argument is null.</exception>
    public static void WriteIndicators(IEnumerable<Scorecard> scorecards, TextWriter writer)
    {
        Preconditions.CheckNotNull(scorecards, nameof(scorecards));
        Preconditions.CheckNotNull(writer, nameof(writer));
        var row = new List<string?>(IndicatorColumns.Length);
        WriteRow(writer, IndicatorColumns);
        foreach (var card in scorecards)
        {
            foreach (var s in card.Indicators)
            {
                row.Clear();
                var ind = s.Indicator;
                var dp = System.Math.Min(6, ind.DecimalPlaces + 2);
                row.Add(card.Area.Code);
                row.Add(card.Area.OldCode);
                row.Add(card.Area.Name);
                row.Add(Describe.Int(card.Year));
                row.Add(ind.Id);
                row.Add(ind.Title);
                row.Add(ind.OutcomeId);
                row.Add(Describe.Code(ind.Role));
                row.Add(Describe.Code(ind.Polarity));
                row.Add(s.Period?.Label);
                row.Add(s.Period is { } p ? ScorecardJson.Period(p).End : null);
                row.Add(Bool(s.IsStale));
                row.Add(ScorecardJson.StatusCode(s.Observation?.Status));
                row.Add(Num(s.Value, dp));
                row.Add(Num(s.Observation?.ShownNumerator, 6));
                row.Add(Num(s.Observation?.Denominator, 6));
                row.Add(Num(s.Interval?.Lower, dp));
                row.Add(Num(s.Interval?.Upper, dp));
                row.Add(s.Interval is { } ci ? Num(ci.Level.Probability, 6) : null);
                row.Add(s.Interval is { } ci2 ? ScorecardJson.MethodCode(ci2.Method) : null);
                row.Add(Num(s.England?.Value, dp));
                row.Add(s.Region?.AreaCode);
                row.Add(Num(s.Region?.Value, dp));
                row.Add(s.Neighbours is { } n ? Describe.Code(n.Average) : null);
                row.Add(Num(s.Neighbours?.Value, dp));
                row.Add(s.Neighbours is { } n2 ? Describe.Int(n2.UsedCount) : null);
                row.Add(s.Neighbours is { } n3 ? Describe.Int(n3.MissingCount) : null);
                row.Add(s.Ranking is { } r ? Describe.Int(r.Rank) : null);
                row.Add(s.Ranking is { } r2 ? Describe.Int(r2.Of) : null);
                row.Add(s.Ranking?.Band?.ToString());
                row.Add(s.Comparison is { } c ? Describe.Code(c.Comparator) : null);
                row.Add(Num(s.Comparison?.ComparatorValue, dp));
                row.Add(s.Comparison is { } c2 ? Describe.Code(c2.Outcome) : null);
                row.Add(s.Change?.PreviousPeriod.Label);
                row.Add(Num(s.Change?.PreviousValue, dp));
                row.Add(Num(s.Change?.Change, dp));
                row.Add(s.Change is { } ch ? Describe.Code(ch.Direction) : null);
                row.Add(s.Trend is { } t ? Describe.Code(t.Direction) : null);
                row.Add(s.Target is { } tg ? Numbers.Exact(tg.Target.Value) : null);
                row.Add(s.Target is { } tg2 ? Describe.Code(tg2.Status) : null);
                row.Add(Num(s.Score?.Value, 2));
                row.Add(Num(s.Score?.RawValue, 4));
                row.Add(s.Score is { } sc ? Bool(sc.IsClamped) : null);
                row.Add(s.Score is { } sc2 ? Describe.Code(sc2.Normalisation.Method) : null);
                row.Add(Numbers.Exact(s.Weight));
                row.Add(Bool(s.CountsTowardsOutcome));
                WriteRow(writer, row);
            }
        }
    }

    /// <summary>Writes the outcome table: a header, then per scorecard one row per outcome and an <c>overall</c> row.</summary>
    /// <param name="scorecards">The scorecards.</param>
    /// <param name="writer">Where to write.</param>
    /// <exception cref="System.ArgumentNullException">An argument is null.</exception>
    public static void WriteOutcomes(IEnumerable<Scorecard> scorecards, TextWriter writer)
    {
        Preconditions.CheckNotNull(scorecards, nameof(scorecards));
        Preconditions.CheckNotNull(writer, nameof(writer));
        WriteRow(writer, OutcomeColumns);
        foreach (var card in scorecards)
        {
            foreach (var o in card.Outcomes)
            {
                WriteRow(writer, new[]
                {
                    card.Area.Code, card.Area.OldCode, card.Area.Name, Describe.Int(card.Year), o.Outcome.Id, o.Outcome.Name,
                    Num(o.Score, 2), o.Band?.ToString(), o.Band?.ToString(), Bool(false), Bool(o.HasSufficientEvidence),
                    Num(o.Coverage, 4), Num(o.CoverageThreshold, 4), Describe.Code(o.Method), Numbers.Exact(o.Weight),
                    o.Rank is { } r ? Describe.Int(r) : null, o.RankOf is { } of ? Describe.Int(of) : null,
                });
            }
            var v = card.Overall;
            WriteRow(writer, new[]
            {
                card.Area.Code, card.Area.OldCode, card.Area.Name, Describe.Int(card.Year), "overall", "Overall",
                Num(v.Score, 2), v.Band?.ToString(), v.UnlimitedBand?.ToString(), Bool(v.IsLimited), Bool(v.HasSufficientEvidence),
                Num(v.Coverage, 4), Num(v.CoverageThreshold, 4), Describe.Code(v.Method), null,
                v.Rank is { } r2 ? Describe.Int(r2) : null, v.RankOf is { } of2 ? Describe.Int(of2) : null,
            });
        }
    }

    /// <summary>Returns the indicator table as text.</summary>
    /// <param name="scorecards">The scorecards.</param>
    /// <returns>The CSV.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="scorecards"/> is null.</exception>
    public static string IndicatorsToCsv(IEnumerable<Scorecard> scorecards)
    {
        using var w = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        WriteIndicators(scorecards, w);
        return w.ToString();
    }

    /// <summary>Returns the outcome table as text.</summary>
    /// <param name="scorecards">The scorecards.</param>
    /// <returns>The CSV.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="scorecards"/> is null.</exception>
    public static string OutcomesToCsv(IEnumerable<Scorecard> scorecards)
    {
        using var w = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        WriteOutcomes(scorecards, w);
        return w.ToString();
    }

    private static string Bool(bool b) => b ? "true" : "false";

    private static string? Num(double? value, int decimals) => value is null ? null : Numbers.Format(value, decimals);

    private static void WriteRow(TextWriter writer, IReadOnlyList<string?> fields)
    {
        var sb = new StringBuilder();
        for (var i = 0; i < fields.Count; i++)
        {
            if (i > 0)
            {
                sb.Append(',');
            }
            var f = fields[i];
            if (f is null)
            {
                continue;
            }
            if (f.IndexOfAny(Special) >= 0)
            {
                sb.Append('"').Append(f.Replace("\"", "\"\"")).Append('"');
            }
            else
            {
                sb.Append(f);
            }
        }
        sb.Append("\r\n");
        writer.Write(sb.ToString());
    }

    private static readonly char[] Special = { ',', '"', '\r', '\n' };
}
