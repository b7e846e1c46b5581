using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using OutcomesFramework.Statistics;
using OutcomesFramework.Utility;

namespace OutcomesFramework.Scoring.Output;

/// <summary>
/// Writes a scorecard or a league as a plain-text table for a console: fixed-width columns, LF line
/// ends, values to each indicator's decimal places. For machines, use <see cref="ScorecardJson"/> or <see cref="ScorecardCsv"/>.
/// </summary>
public static class ScorecardTable
{
    private const int TitleWidth = 38;

    /// <summary>Writes a scorecard.</summary>
    /// <param name="scorecard">The scorecard.</param>
    /// <param name="writer">Where to write.</param>
    /// <exception cref="System.ArgumentNullException">An argument is null.</exception>
    public static void Write(Scorecard scorecard, TextWriter writer)
    {
        Preconditions.CheckNotNull(scorecard, nameof(scorecard));
        Preconditions.CheckNotNull(writer, nameof(writer));
        var sb = new StringBuilder();
        var a = scorecard.Area;
        var p = scorecard.Policy;
        sb.Append(a.Name).Append(" (").Append(a.OldCode).Append(", ").Append(a.Code).Append("): scorecard for ").Append(Describe.Int(scorecard.Year)).Append('\n');
        sb.Append("Framework: ").Append(scorecard.Framework).Append(" | compared with ").Append(Describe.Comparison(p.Comparator, p.NeighbourAverage))
          .Append(" at ").Append(Describe.Level(p.ConfidenceLevel)).Append(" | neighbours: ").Append(scorecard.NeighbourModelName).Append(" (").Append(Describe.Code(p.NeighbourAverage)).Append(")\n");
        var o = scorecard.Overall;
        sb.Append("Overall: ").Append(Score(o.Score)).Append(o.Band is { } ob ? " (band " + ob + (o.IsLimited ? ", limited from " + o.UnlimitedBand : string.Empty) + ")" : string.Empty)
          .Append(", coverage ").Append(Numbers.Percent(o.Coverage)).Append(RankText(scorecard.RankUncertainty?.Overall)).Append('\n');
        var stale = false;
        foreach (var outcome in scorecard.Outcomes)
        {
            sb.Append('\n').Append(outcome.Outcome.Id).Append(' ').Append(outcome.Outcome.Name).Append(": ").Append(Score(outcome.Score))
              .Append(outcome.Band is { } b ? " (band " + b + ")" : string.Empty).Append(", coverage ").Append(Numbers.Percent(outcome.Coverage))
              .Append(RankText(scorecard.RankUncertainty?.Of(outcome.Outcome.Id))).Append('\n');
            if (outcome.Indicators.IsEmpty)
            {
                sb.Append("  (no indicators)\n");
                continue;
            }
            Row(sb, "Indicator (id, title)", "Period", "Value", "England", "Region", "Neighb.", "Rank", "Band", "vs comp.", "Change", "Trend", "Score");
            foreach (var i in outcome.Indicators)
            {
                var dp = i.Indicator.DecimalPlaces;
                var period = i.Period?.Label ?? "-";
                if (i.IsStale)
                {
                    period += "*";
                    stale = true;
                }
                // The id first (what explain and the overlay need), then the whole title wrapped beneath it: a
                // truncated title ("Children looked after for 12 months ..") hides which measure a row is.
                var role = i.Indicator.Role == Indicators.IndicatorRole.Outcome ? string.Empty : i.Indicator.Role == Indicators.IndicatorRole.Context ? " [context]" : " [enabler]";
                Row(sb,
                    i.Indicator.Id + role,
                    period,
                    Value(i.Value, dp, i.Observation?.Status),
                    Value(i.England?.Value, dp, null),
                    Value(i.Region?.Value, dp, null),
                    Value(i.Neighbours?.Value, dp, null),
                    i.Ranking is { } r ? Describe.Int(r.Rank) + "/" + Describe.Int(r.Of) : "-",
                    i.Ranking?.Band?.ToString() ?? "-",
                    i.Comparison is { } c && c.Outcome != BenchmarkOutcome.NotCompared ? Describe.Code(c.Outcome) : "-",
                    i.Change is { } ch ? Signed(ch.Change, dp) + " " + Short(ch.Direction) : "-",
                    i.Trend is { } t ? Short(t.Direction) : "-",
                    i.Score is { } s ? Numbers.Format(s.Value, 1) : "-");
                foreach (var line in Wrap(i.Indicator.Title, TitleWidth - 2))
                {
                    sb.Append("    ").Append(line).Append('\n');
                }
            }
        }
        if (stale)
        {
            sb.Append("\n* stale: the indicator's latest data is from a period before ").Append(Describe.Int(scorecard.Year)).Append('\n');
        }
        Legend(sb, p);
        writer.Write(sb.ToString());
    }

    /// <summary>Writes a league table ranked on an outcome, or overall.</summary>
    /// <param name="league">The league.</param>
    /// <param name="outcomeId">The outcome to rank by, or null for the overall score.</param>
    /// <param name="writer">Where to write.</param>
    /// <exception cref="System.ArgumentNullException">A required argument is null.</exception>
    /// <exception cref="System.ArgumentException">The outcome id is unknown.</exception>
    public static void Write(League league, string? outcomeId, TextWriter writer)
    {
        Preconditions.CheckNotNull(league, nameof(league));
        Preconditions.CheckNotNull(writer, nameof(writer));
        var ranked = league.Ranked(outcomeId);
        var sb = new StringBuilder();
        sb.Append("League: ").Append(outcomeId ?? "overall").Append(", ").Append(Describe.Int(league.Year)).Append(" (").Append(Describe.Int(ranked.Length)).Append(" authorities)\n");
        if (ranked.Length == 0)
        {
            writer.Write(sb.ToString());
            return;
        }
        // As wide as the longest name: "Bournemouth, Christchurch and Poole" is a council, not a truncation.
        var nameWidth = System.Math.Max(9, ranked.Max(c => c.Area.Name.Length)) + 2;
        sb.Append(Pad("Rank", 6)).Append(Pad("Authority", nameWidth)).Append(Pad("Score", 8)).Append(Pad("Band", 6)).Append(Pad("Coverage", 10));
        foreach (var oc in ranked[0].Outcomes)
        {
            sb.Append(Pad(oc.Outcome.Id, 8));
        }
        sb.Append("Overall\n");
        var thin = false;
        foreach (var card in ranked)
        {
            var rank = League.RankOf(card, outcomeId);
            var measured = outcomeId is null ? (card.Overall.Score, card.Overall.Band, card.Overall.Coverage) : Pick(card, outcomeId);
            var isThin = outcomeId is null ? card.Overall.IsThinCoverage : card.FindOutcome(outcomeId)!.IsThinCoverage;
            thin |= isThin;
            sb.Append(Pad((rank is { } r ? Describe.Int(r) : "-") + (isThin ? "*" : string.Empty), 6)).Append(Pad(card.Area.Name, nameWidth))
              .Append(Pad(Score(measured.Item1), 8)).Append(Pad(measured.Item2?.ToString() ?? "-", 6)).Append(Pad(Numbers.Percent(measured.Item3), 10));
            foreach (var oc in card.Outcomes)
            {
                sb.Append(Pad(oc.Score is { } s ? Numbers.Format(s, 1) : "-", 8));
            }
            sb.Append(card.Overall.Score is { } ov ? Numbers.Format(ov, 1) : "-").Append('\n');
        }
        if (thin)
        {
            // Said beside the rank, so that no authority tops a table on thin evidence unremarked.
            sb.Append("\n* coverage below the ranking threshold of ").Append(Numbers.Percent(league.Policy.RankingCoverage.Threshold)).Append(" (rule: ")
              .Append(league.Policy.RankingCoverage).Append(")\n");
        }
        writer.Write(sb.ToString());
    }

    /// <summary>What every column, symbol and word of the indicator table means, so the table reads on its own.</summary>
    private static void Legend(StringBuilder sb, ScoringPolicy policy)
    {
        sb.Append("\nLegend\n")
          .Append("  Value, England, Region, Neighb. (the statistical neighbours' ").Append(Describe.Code(policy.NeighbourAverage))
          .Append("): to each indicator's decimal places; Change likewise.\n")
          .Append("  c suppressed (never zero), x not available, z not applicable, u low reliability (after a value), low rounds to zero, - no figure.\n")
          .Append("  Rank r/n: r-th of the n councils with a value, 1 the best. Band: LAIT quartile, A the best quarter to D the worst;\n")
          .Append("    none (-) for a measure with no polarity, one that opts out, or fewer than ").Append(Describe.Int(ScoringEngine.MinimumCouncilsForBand)).Append(" councils with a value.\n")
          .Append("  vs comp.: the value against ").Append(Describe.Comparison(policy.Comparator, policy.NeighbourAverage)).Append(" at ").Append(Describe.Level(policy.ConfidenceLevel))
          .Append(": better, similar or worse (best and worst at 99.8%);\n")
          .Append("    higher or lower (highest, lowest) for a measure with no polarity; - not compared.\n")
          .Append("  Change: since the previous period, better or worse (up or down with no polarity). Trend: the recent periods' direction.\n")
          .Append("  Score: 0 to 100, outcome indicators only; [context] and [enabler] measures are compared, never scored.\n");
    }

    /// <summary>Splits text into lines of at most <paramref name="width"/> characters at spaces (a longer word is cut).</summary>
    internal static IEnumerable<string> Wrap(string text, int width)
    {
        var line = new StringBuilder();
        foreach (var word in text.Split(' ').Where(w => w.Length > 0))
        {
            var w = word;
            if (line.Length > 0 && line.Length + 1 + w.Length > width)
            {
                yield return line.ToString();
                line.Clear();
            }
            while (w.Length > width)
            {
                yield return w.Substring(0, width);
                w = w.Substring(width);
            }
            if (line.Length > 0)
            {
                line.Append(' ');
            }
            line.Append(w);
        }
        if (line.Length > 0)
        {
            yield return line.ToString();
        }
    }

    private static string RankText(Uncertainty.RankInterval? interval) =>
        interval is null ? string.Empty : ", rank " + interval + " of " + Describe.Int(interval.RankedOf) + " (median " + Describe.Int(interval.Median) + ", 5–95% over " + Describe.Int(interval.Runs) + " runs)";

    private static (double?, ScoreBand?, double) Pick(Scorecard card, string outcomeId)
    {
        var o = card.FindOutcome(outcomeId)!;
        return (o.Score, o.Band, o.Coverage);
    }

    private static void Row(StringBuilder sb, string title, string period, string value, string england, string region, string neighbours, string rank, string band, string comparison, string change, string trend, string score)
    {
        sb.Append("  ").Append(Pad(title, TitleWidth + 1)).Append(Pad(period, 9)).Append(Left(value, 9)).Append(Left(england, 9)).Append(Left(region, 9)).Append(Left(neighbours, 9))
          .Append("  ").Append(Pad(rank, 9)).Append(Pad(band, 5)).Append(Pad(comparison, 10)).Append(Pad(change, 14)).Append(Pad(trend, 10)).Append(Left(score, 6)).Append('\n');
    }

    private static string Value(double? v, int dp, Evidence.ObservationStatus? status) =>
        v is { } x ? Numbers.Fixed(x, dp)
            + (status == Evidence.ObservationStatus.LowReliability ? "u" : string.Empty)
        : status is { } s && s != Evidence.ObservationStatus.Value ? Evidence.ObservationStatuses.ToSymbol(s) : "-";

    private static string Signed(double change, int dp)
    {
        var text = Numbers.Fixed(change, dp);
        return Numbers.Round(change, dp) > 0 ? "+" + text : text;
    }

    private static string Short(DirectionOfTravel d) => d switch
    {
        DirectionOfTravel.Improved => "better",
        DirectionOfTravel.Worsened => "worse",
        DirectionOfTravel.Increased => "up",
        DirectionOfTravel.Decreased => "down",
        _ => "same",
    };

    private static string Short(TrendDirection d) => d switch
    {
        TrendDirection.NoSignificantChange => "no change",
        TrendDirection.Increasing => "up",
        TrendDirection.Decreasing => "down",
        TrendDirection.IncreasingAndGettingBetter or TrendDirection.DecreasingAndGettingBetter => "better",
        TrendDirection.IncreasingAndGettingWorse or TrendDirection.DecreasingAndGettingWorse => "worse",
        _ => "-",
    };

    private static string Score(double? s) => s is { } x ? Numbers.Format(x, 2) : "insufficient evidence";

    private static string Pad(string s, int width) => s.Length >= width ? s + " " : s + new string(' ', width - s.Length);

    private static string Left(string s, int width) => s.Length >= width ? s : new string(' ', width - s.Length) + s;
}
