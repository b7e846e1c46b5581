using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using OutcomesFramework.Accountability;
using OutcomesFramework.Areas;
using OutcomesFramework.Assurance;
using OutcomesFramework.Evidence;
using OutcomesFramework.Indicators;
using OutcomesFramework.Periods;
using OutcomesFramework.Reports.Charts;
using OutcomesFramework.Scoring;
using OutcomesFramework.Scoring.Uncertainty;
using OutcomesFramework.Statistics.Spc;

namespace OutcomesFramework.Reports.Model;

/// <summary>Turns a <see cref="CouncilReport"/> into the words, numbers and chart geometry of its page.</summary>
internal static class CouncilPageBuilder
{
    public static CouncilPage Build(CouncilReport report)
    {
        var card = report.Scorecard;
        var area = card.Area;
        var region = area.RegionCode is null ? null : report.Areas.Find(area.RegionCode);
        var header = new List<LabelledValue>
        {
            new("Council", area.Name + " (" + Codes(area) + ")"),
            new("Region", region?.Name ?? Format.Dash),
            new("Scorecard year", Format.Int(card.Year)),
            new("Data as of", Date(report.Provenance.DataAsOf)),
            new("Framework", card.Framework.Name + " " + card.Framework.Version),
            new("Rule set", report.RuleSet is { } rs ? rs.Id + " " + rs.Version : report.Assurance is { } a ? a.RuleSetId + " " + a.RuleSetVersion : "none"),
            new("Accountability regime", report.Accountability is { } m ? m.Regime.Name : "none"),
            new("Statistical neighbours", card.NeighbourModelName),
            new("Values compared with", IndicatorWords.Comparator(card.Policy.Comparator)),
            new("Made by", "OutcomesFramework " + report.Provenance.ToolVersion),
        };
        // The neighbours are the same for every indicator's trend: look them up once.
        var neighbourCodes = report.Neighbours.NeighboursOf(area.Code).Select(n => n.AreaCode).ToList();
        var outcomes = card.Outcomes.Select(o => Outcome(report, o, region, neighbourCodes)).ToList();
        var overall = card.Overall;
        var (spc, spcNote) = Spc(report);
        var (findings, findingsNote) = Findings(report);
        var result = report.Assurance;
        return new CouncilPage(
            DocumentTitle: area.Name + ": children's services outcomes report " + Format.Int(card.Year),
            CouncilName: area.Name,
            CouncilCodes: Codes(area),
            YearText: Format.Int(card.Year),
            Header: header,
            DataSource: report.Provenance.DataSource,
            OverallScoreText: overall.Score is { } s ? Format.Number(s, 1) : "insufficient evidence",
            OverallBandText: overall.Band is { } b ? IndicatorWords.ScoreBand(b) : Format.Dash,
            OverallCoverageText: Format.Percent(overall.Coverage) + " (needs " + Format.Percent(overall.CoverageThreshold) + ")",
            OverallRankText: Rank(overall.Rank, overall.RankOf, report.RankIntervals?.Overall),
            RankNote: RankNote(report.RankIntervals?.Overall ?? report.RankIntervals?.Outcomes.Values.FirstOrDefault() ?? report.RankIntervals?.Indicators.Values.FirstOrDefault()),
            OverallSufficient: overall.HasSufficientEvidence,
            LimitNote: overall.IsLimited && overall.LimitingRule is { } rule
                ? "The overall band is capped at " + rule.CapBand + " because " + (card.Framework.FindOutcome(rule.OutcomeId)?.Name ?? rule.OutcomeId) + " is in band " + rule.TriggerBand + " or worse."
                : null,
            OverallExplanation: card.Explain(),
            LevelName: result?.Level.ToName(),
            LevelClass: result is null ? null : IndicatorWords.LevelClass(result.Level),
            LevelRaisedBy: result is null ? null : result.RaisedBy.IsEmpty ? "nothing above information" : string.Join(", ", result.RaisedBy.Select(f => f.RuleId + (f.IndicatorId is null ? string.Empty : " (" + f.IndicatorId + ")")).Distinct(StringComparer.Ordinal)),
            Outcomes: outcomes,
            Spc: spc,
            SpcNote: spcNote,
            Findings: findings,
            FindingsNote: findingsNote,
            Accountability: report.Accountability is { } map ? Accountability(map) : null);
    }

    internal static string Codes(Area area) => area.OldCode is null ? area.Code : area.OldCode + ", " + area.Code;

    internal static string Date(NodaTime.LocalDate date) => date.ToString("d MMMM uuuu", CultureInfo.InvariantCulture);

    /// <summary>"41st of 153", or a dash when there is no rank or nothing to rank against: "1st of 1" would read as a judgement the data cannot carry.</summary>
    internal static string Rank(int? rank, int? of) => rank is { } r && of is { } n && n >= MinimumRanked ? IndicatorWords.Ordinal(r) + " of " + Format.Int(n) : Format.Dash;

    /// <summary>"41st of 153 (28th–63rd)": the rank with its 5–95% interval when there is one.</summary>
    internal static string Rank(int? rank, int? of, RankInterval? interval)
    {
        var text = Rank(rank, of);
        if (text == Format.Dash || interval is null)
        {
            return text;
        }
        return text + " (" + (interval.Lower == interval.Upper
            ? IndicatorWords.Ordinal(interval.Lower) + " in at least 90% of runs"
            : IndicatorWords.Ordinal(interval.Lower) + "–" + IndicatorWords.Ordinal(interval.Upper)) + ")";
    }

    /// <summary>What the bracketed intervals are, said once; null when the report has none.</summary>
    internal static string? RankNote(RankInterval? any) => any is null ? null
        : "Each rank is followed, in brackets, by its 5–95% interval: the ranks taken in the middle 90% of " + Format.Int(any.Runs)
          + " Monte Carlo redraws of the published figures within their sampling uncertainty (figures without a numerator and denominator are held fixed). "
          + "Overlapping intervals mean the data cannot tell the councils' order apart.";

    /// <summary>The fewest councils with a value for a rank to be shown: a rank among one council is no comparison.</summary>
    internal const int MinimumRanked = 2;

    internal static string Anchor(string prefix, string id)
    {
        // Ids are framework identifiers (letters, digits, '-', '_', '.'); anything else becomes '-' so the anchor is a valid fragment.
        var chars = id.Select(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' ? c : '-').ToArray();
        return prefix + "-" + new string(chars);
    }

    private static OutcomeView Outcome(CouncilReport report, OutcomeScore o, Area? region, IReadOnlyList<string> neighbourCodes)
    {
        var card = report.Scorecard;
        return new OutcomeView(
            o.Outcome.Id,
            Anchor("outcome", o.Outcome.Id),
            o.Outcome.Name,
            o.Score is { } s ? Format.Number(s, 1) : "insufficient evidence",
            o.Band is { } b ? IndicatorWords.ScoreBand(b) : Format.Dash,
            Format.Percent(o.Coverage) + " (needs " + Format.Percent(o.CoverageThreshold) + ")",
            Rank(o.Rank, o.RankOf, report.RankIntervals?.Of(o.Outcome.Id)),
            o.HasSufficientEvidence,
            o.Indicators.Select(i => Indicator(report, i, region, neighbourCodes)).ToList(),
            card.ExplainOutcome(o.Outcome.Id));
    }

    private static IndicatorView Indicator(CouncilReport report, IndicatorScore s, Area? region, IReadOnlyList<string> neighbourCodes)
    {
        var card = report.Scorecard;
        var indicator = s.Indicator;
        var dp = indicator.DecimalPlaces;
        var significance = s.Comparison is { } c ? SignificanceText.From(c.Outcome) : Significance.NotCompared;
        var comparedWith = IndicatorWords.Comparator(s.Comparison?.Comparator ?? card.Policy.Comparator);
        var valueText = Value(s.Observation, dp);
        if (s.Interval is { } ci)
        {
            valueText += " (95% confidence interval " + Format.Number(ci.Lower, dp) + " to " + Format.Number(ci.Upper, dp) + ")";
        }
        var periodText = s.Period is { } p ? p.ToString() + (s.IsStale ? " (latest available; " + s.RequestedPeriod + " not yet published)" : string.Empty) : "no data for " + s.RequestedPeriod;
        if (s.ComparatorPeriod is { } cp)
        {
            // The council's own figure for a year not yet published (from its returns): say what it is set against.
            periodText += " (the council's own figure, not yet published; England, region, neighbours, rank and score are from the " + cp + ", the latest published)";
        }
        var comparison = significance == Significance.NotCompared
            ? "Not compared with " + comparedWith + (s.Comparison?.Reason is { } reason ? ": " + reason : ".")
            : Cap(significance.Label()) + " than " + comparedWith + (significance == Significance.Similar ? string.Empty : string.Empty) + ".";
        if (significance == Significance.Similar)
        {
            comparison = "Not significantly different from " + comparedWith + ".";
        }
        var facts = new List<LabelledValue>
        {
            new("Value", valueText),
            new("Period", periodText),
            new("England", Comparator(s.England, dp)),
            new("Region", Comparator(s.Region, dp)),
            new("Statistical neighbours", s.Neighbours is { } n ? Format.Number(n.Value, dp) + " (" + (n.Average == NeighbourAverage.Median ? "median" : "mean") + " of " + Format.Int(n.UsedCount) + " with values)" : Format.Dash),
            new("Rank among councils", s.Ranking is { } r && r.Of >= MinimumRanked
                ? Rank(r.Rank, r.Of, report.RankIntervals is { } ri && ri.Indicators.TryGetValue(indicator.Id, out var interval) ? interval : null) + " (1st is best)"
                : s.Ranking is not null ? Format.Dash + " (no other council has a value to rank against)" : Format.Dash),
            new("Quartile band", s.Ranking?.Band is { } band ? IndicatorWords.Band(band) : Format.Dash),
            new("Change from previous year", s.Change is { } ch ? IndicatorWords.Direction(ch.Direction) + " (" + Signed(ch.Change, dp) + " since " + ch.PreviousPeriod + ")" : Format.Dash),
            new("Recent trend", s.Trend is { } t ? IndicatorWords.Trend(t.Direction) : Format.Dash),
            new("Score (0 to 100)", s.Score is { } sc ? Format.Number(sc.Value, 1) : s.CountsTowardsOutcome ? "not scored" : "context only: not scored"),
        };
        if (s.Target is { } target)
        {
            facts.Add(new LabelledValue("Local target", Format.Number(target.Target.Value, dp) + ": " + IndicatorWords.Target(target.Status)));
        }
        var anchor = Anchor("ind", indicator.Id);
        return new IndicatorView(
            indicator.Id,
            anchor,
            indicator.Title,
            IndicatorWords.Polarity(indicator.Polarity),
            periodText,
            Value(s.Observation, dp),
            significance,
            comparison,
            facts,
            s.Notes,
            Spine(s, anchor, significance, comparedWith, card.Area.Name),
            Trend(report, s, anchor, region, neighbourCodes),
            card.ExplainIndicator(indicator.Id));
    }

    private static string Cap(string s) => s.Length == 0 ? s : char.ToUpperInvariant(s[0]) + s.Substring(1);

    private static string Signed(double v, int dp) => (v > 0 ? "+" : string.Empty) + Format.Number(v, dp);

    private static string Value(Observation? o, int dp) => o is { } obs
        ? obs.HasValue ? Format.Number(obs.Value, dp) : obs.Status.Describe()
        : "no data";

    private static string Comparator(ComparatorValue? v, int dp) => v is null ? Format.Dash
        : v.Value is { } d ? Format.Number(d, dp) : v.Status is { } st ? st.Describe() : "no data";

    private static SpineView? Spine(IndicatorScore s, string anchor, Significance significance, string comparedWith, string council)
    {
        if (s.Ranking?.CutPoints is not { } cuts)
        {
            return null;
        }
        var dp = s.Indicator.DecimalPlaces;
        var lowerIsBetter = s.Indicator.Polarity == OutcomesFramework.Polarity.LowerIsBetter;
        var hasPolarity = s.Indicator.Polarity != OutcomesFramework.Polarity.NoPolarity;
        var england = s.England?.Value;
        var neighbours = s.Neighbours?.Value;
        var geometry = SpineChart.Layout(cuts.Minimum, cuts.LowerQuartile, cuts.Median, cuts.UpperQuartile, cuts.Maximum, lowerIsBetter, england, s.Value, neighbours);
        var worst = lowerIsBetter ? cuts.Maximum : cuts.Minimum;
        var best = lowerIsBetter ? cuts.Minimum : cuts.Maximum;
        var worstLabel = hasPolarity ? "Worst council" : "Lowest council";
        var bestLabel = hasPolarity ? "Best council" : "Highest council";
        var table = new List<LabelledValue>
        {
            new(council, s.Value is { } v ? Format.Number(v, dp) + " (" + significance.Label() + ")" : Value(s.Observation, dp)),
            new("England", Format.Number(england, dp)),
            new("Statistical neighbours", Format.Number(neighbours, dp)),
            new(worstLabel, Format.Number(worst, dp)),
            new("25th percentile", Format.Number(cuts.LowerQuartile, dp)),
            new("Median", Format.Number(cuts.Median, dp)),
            new("75th percentile", Format.Number(cuts.UpperQuartile, dp)),
            new(bestLabel, Format.Number(best, dp)),
        };
        var title = "Spine chart: " + s.Indicator.Title + ", " + council + " among all councils";
        var description = council + ": " + (s.Value is { } cv ? Format.Number(cv, dp) + ", " + significance.Label() + " compared with " + comparedWith : Value(s.Observation, dp))
            + ". England " + Format.Number(england, dp) + "; statistical neighbours " + Format.Number(neighbours, dp)
            + ". Councils range from " + Format.Number(worst, dp) + " (" + worstLabel.ToLowerInvariant() + ") to " + Format.Number(best, dp) + " (" + bestLabel.ToLowerInvariant() + "); the middle half from "
            + Format.Number(cuts.LowerQuartile, dp) + " to " + Format.Number(cuts.UpperQuartile, dp) + ".";
        return new SpineView(anchor + "-spine", geometry, significance, hasPolarity ? "worst" : "lowest", hasPolarity ? "best" : "highest", title, description, table);
    }

    /// <summary>
    /// The neighbours' mean for each period (null where none has a value): each neighbour's series is read once and
    /// walked beside the periods (both oldest first), rather than looked up period by period.
    /// </summary>
    private static List<double?> NeighbourMeans(ObservationSet observations, Indicator indicator, IReadOnlyList<string> neighbourCodes, List<ReportingPeriod> periods)
    {
        var sums = new double[periods.Count];
        var counts = new int[periods.Count];
        // Neighbours in model order, so each period's sum adds its values in the same order as before (the printed mean is the same to the last bit).
        foreach (var code in neighbourCodes)
        {
            var series = observations.Series(indicator.Id, code);
            var k = 0;
            for (var i = 0; i < periods.Count; i++)
            {
                while (k < series.Length && series[k].Period < periods[i])
                {
                    k++;
                }
                if (k < series.Length && series[k].Period == periods[i] && series[k].HasValue && series[k].Value is { } v)
                {
                    sums[i] += v;
                    counts[i]++;
                }
            }
        }
        var means = new List<double?>(periods.Count);
        for (var i = 0; i < periods.Count; i++)
        {
            means.Add(counts[i] == 0 ? null : sums[i] / counts[i]);
        }
        return means;
    }

    private static TrendView? Trend(CouncilReport report, IndicatorScore s, string anchor, Area? region, IReadOnlyList<string> neighbourCodes)
    {
        var indicator = s.Indicator;
        var card = report.Scorecard;
        var last = s.Period ?? s.RequestedPeriod;
        var council = SeriesOf(report.Observations, indicator, card.Area.Code, last);
        var england = SeriesOf(report.Observations, indicator, report.Areas.Country.Code, last);
        var regional = region is null ? new Dictionary<ReportingPeriod, Observation>() : SeriesOf(report.Observations, indicator, region.Code, last);
        var periods = council.Keys.Concat(england.Keys).Concat(regional.Keys).Distinct().OrderBy(p => p).ToList();
        if (periods.Count < 2 || council.Count == 0)
        {
            return null;
        }
        var dp = indicator.DecimalPlaces;
        var neighbourMeans = NeighbourMeans(report.Observations, indicator, neighbourCodes, periods);
        var series = new List<SeriesView>
        {
            Series(card.Area.Name, SeriesKind.Council, periods, council, dp),
            Series("England", SeriesKind.England, periods, england, dp),
        };
        if (region is not null && regional.Count > 0)
        {
            series.Add(Series(region.Name, SeriesKind.Region, periods, regional, dp));
        }
        if (neighbourMeans.Any(v => v is not null))
        {
            series.Add(new SeriesView("Statistical neighbours (mean)", SeriesKind.Neighbours, neighbourMeans, neighbourMeans.Select(v => Format.Number(v, dp)).ToList()));
        }
        var frame = PlotFrame.For(periods.Count, series.SelectMany(x => x.Values));
        var labels = periods.Select(p => p.Label).ToList();
        var first = council.OrderBy(kv => kv.Key).FirstOrDefault(kv => kv.Value.HasValue);
        var latest = council.OrderBy(kv => kv.Key).LastOrDefault(kv => kv.Value.HasValue);
        var description = card.Area.Name + ", " + labels[0] + " to " + labels[labels.Count - 1] + ": "
            + (first.Value.HasValue ? "from " + Format.Number(first.Value.Value, dp) + " in " + first.Key.Label + " to " + Format.Number(latest.Value.Value, dp) + " in " + latest.Key.Label : "no values")
            + "; England " + Describe(england, dp) + ". " + IndicatorWords.Polarity(indicator.Polarity) + ". The table below gives every value.";
        return new TrendView(anchor + "-trend", frame, labels, series, indicator.Unit, "Trend: " + indicator.Title + ", " + card.Area.Name + " with England, region and neighbours", description);
    }

    private static string Describe(Dictionary<ReportingPeriod, Observation> series, int dp)
    {
        var values = series.OrderBy(kv => kv.Key).Where(kv => kv.Value.HasValue).ToList();
        return values.Count == 0 ? "no values" : "from " + Format.Number(values[0].Value.Value, dp) + " to " + Format.Number(values[values.Count - 1].Value.Value, dp);
    }

    private static Dictionary<ReportingPeriod, Observation> SeriesOf(ObservationSet observations, Indicator indicator, string areaCode, ReportingPeriod last) =>
        observations.Series(indicator.Id, areaCode).Where(o => o.Period.Kind == indicator.PeriodKind && o.Period <= last).ToDictionary(o => o.Period);

    private static SeriesView Series(string name, SeriesKind kind, List<ReportingPeriod> periods, Dictionary<ReportingPeriod, Observation> data, int dp)
    {
        var values = new List<double?>(periods.Count);
        var texts = new List<string>(periods.Count);
        foreach (var p in periods)
        {
            if (data.TryGetValue(p, out var o))
            {
                values.Add(o.HasValue ? o.Value : null);
                texts.Add(Value(o, dp));
            }
            else
            {
                values.Add(null);
                texts.Add(Format.Dash);
            }
        }
        return new SeriesView(name, kind, values, texts);
    }

    private static (IReadOnlyList<SpcView> Charts, string Note) Spc(CouncilReport report)
    {
        if (report.RuleSet is not { } ruleSet)
        {
            return (Array.Empty<SpcView>(), "No rule set was given, so no indicator is watched with SPC.");
        }
        var spcRules = ruleSet.Rules.Where(r => r is SpcConcernRule or SpcAssuranceRule).ToList();
        if (spcRules.Count == 0)
        {
            return (Array.Empty<SpcView>(), "The rule set " + ruleSet.Id + " watches no indicator with SPC.");
        }
        var evidence = AssuranceEvidence.FromScorecard(report.Scorecard, report.Observations, report.Provenance.DataAsOf);
        var charts = new List<SpcView>();
        var tooShort = new List<string>();
        foreach (var e in evidence.Indicators)
        {
            var concern = spcRules.OfType<SpcConcernRule>().FirstOrDefault(r => r.Selection.Includes(e.Indicator));
            var assurance = spcRules.OfType<SpcAssuranceRule>().FirstOrDefault(r => r.Selection.Includes(e.Indicator));
            if (concern is null && assurance is null)
            {
                continue;
            }
            var profile = concern?.Profile ?? assurance!.Profile;
            var minimum = concern?.MinimumPoints ?? assurance!.MinimumPoints;
            double? target = assurance is null ? null : assurance.TargetSource switch
            {
                SpcTargetSource.England => e.EnglandValue,
                SpcTargetSource.LocalTarget => e.LocalTarget,
                _ => assurance.Target,
            };
            var chart = SpcCharts.Draw(e, profile, minimum, target);
            var series = SpcCharts.Series(e);
            if (chart is null || series.IsEmpty || !chart.LimitsShown)
            {
                tooShort.Add(e.Indicator.Title);
                continue;
            }
            charts.Add(SpcChart(report, e.Indicator, series, chart, target));
        }
        var note = "Indicators watched by the rule set's SPC rules (" + string.Join(", ", spcRules.Select(r => r.Id)) + ").";
        if (tooShort.Count > 0)
        {
            note += " Too few values for an XmR chart: " + string.Join("; ", tooShort) + ".";
        }
        return (charts, note);
    }

    private static SpcView SpcChart(CouncilReport report, Indicator indicator, ImmutableArray<SeriesPoint> series, XmrChart chart, double? target)
    {
        var dp = indicator.DecimalPlaces + 1;
        var points = new List<SpcPointView>(chart.Points.Length);
        for (var i = 0; i < chart.Points.Length; i++)
        {
            var p = chart.Points[i];
            points.Add(new SpcPointView(
                series[i].Period.Label,
                p.Value,
                p.Mean,
                p.LowerProcessLimit,
                p.UpperProcessLimit,
                p.Category,
                p.Value is { } v ? Format.Number(v, dp) : series[i].Status.Describe(),
                Format.Number(p.Mean, dp),
                Format.Number(p.LowerProcessLimit, dp),
                Format.Number(p.UpperProcessLimit, dp),
                p.Variation.ToMdcName(),
                p.SpecialCauseType.ToLabel(chart.Options)));
        }
        var values = points.SelectMany(p => new[] { p.Value, p.Mean, p.Lower, p.Upper }).Append(target);
        var frame = PlotFrame.For(points.Count, values);
        var variation = chart.VariationIcon is { } vi ? VariationIcon(vi) : null;
        var assurance = chart.AssuranceIcon is { } ai ? AssuranceIcon(ai) : null;
        var anchor = Anchor("spc", indicator.Id);
        var council = report.Scorecard.Area.Name;
        var latest = chart.LatestSegment is { } seg && points.Count > 0 ? points[points.Count - 1] : null;
        var description = council + ", " + points[0].Period + " to " + points[points.Count - 1].Period + ". "
            + (latest is null ? string.Empty : "Mean " + latest.MeanText + ", process limits " + latest.LowerText + " to " + latest.UpperText + ". ")
            + "Variation: " + (variation?.Name ?? "no icon") + ". Assurance: " + (assurance?.Name ?? "no target") + ". "
            + Format.Int(points.Count(p => p.Category != VariationCategory.CommonCause)) + " of " + Format.Int(points.Count) + " points show special cause variation.";
        return new SpcView(
            anchor,
            indicator.Id,
            indicator.Title,
            Anchor("ind", indicator.Id),
            frame,
            points,
            target,
            target is { } t ? Format.Number(t, dp) : null,
            chart.LimitsShown,
            variation,
            assurance,
            chart.Options.Name,
            "SPC chart (XmR): " + indicator.Title + ", " + council,
            description,
            chart.Warnings.Select(w => w.Message).ToList());
    }

    private static SpcIconView VariationIcon(Variation v) => v switch
    {
        Variation.ImprovementHigh => new("H", "v-improvement", v.ToMdcName(), "special cause of improving nature: higher values"),
        Variation.ImprovementLow => new("L", "v-improvement", v.ToMdcName(), "special cause of improving nature: lower values"),
        Variation.ConcernHigh => new("H", "v-concern", v.ToMdcName(), "special cause of concerning nature: higher values"),
        Variation.ConcernLow => new("L", "v-concern", v.ToMdcName(), "special cause of concerning nature: lower values"),
        Variation.NeitherHigh => new("H", "v-neither", v.ToMdcName(), "special cause, neither improving nor concerning: higher values"),
        Variation.NeitherLow => new("L", "v-neither", v.ToMdcName(), "special cause, neither improving nor concerning: lower values"),
        _ => new("~", "v-common", v.ToMdcName(), "common cause: no significant change"),
    };

    private static SpcIconView AssuranceIcon(AssuranceIcon a) => a switch
    {
        Statistics.Spc.AssuranceIcon.Pass => new("P", "v-improvement", a.ToMdcName(), "the process will consistently reach the target"),
        Statistics.Spc.AssuranceIcon.Fail => new("F", "v-concern", a.ToMdcName(), "the process will consistently fail the target"),
        _ => new("?", "v-common", a.ToMdcName(), "the process will sometimes reach and sometimes miss the target"),
    };

    private static (IReadOnlyList<FindingView> Findings, string Note) Findings(CouncilReport report)
    {
        if (report.Assurance is not { } result)
        {
            return (Array.Empty<FindingView>(), "No assurance result was given.");
        }
        var router = report.Accountability is { } map ? new FindingRouter(map) : null;
        var card = report.Scorecard;
        var views = new List<FindingView>();
        foreach (var f in result.Findings)
        {
            var subject = f.IndicatorId is { } ind
                ? (card.Framework.FindIndicator(ind)?.Title ?? ind) + " (" + (card.Framework.FindOutcome(f.OutcomeId ?? string.Empty)?.Name ?? f.OutcomeId) + ")"
                : f.OutcomeId is { } oid ? card.Framework.FindOutcome(oid)?.Name ?? oid : "Children's services overall";
            var anchor = f.IndicatorId is { } i2 && card.FindIndicator(i2) is not null ? Anchor("ind", i2)
                : f.OutcomeId is { } o2 && card.FindOutcome(o2) is not null ? Anchor("outcome", o2) : null;
            var owners = "none named (no accountability map)";
            var route = new List<LabelledValue>();
            if (router is not null)
            {
                var r = router.Route(f.ToRoutableFinding());
                var accountable = r.RecipientsFor(RouteReasonKind.Accountable).ToList();
                var named = accountable.Count > 0 ? accountable : r.Recipients.ToList();
                owners = named.Count == 0 ? "none in the map" : string.Join(", ", named.Select(x => x.Role.Name));
                route.AddRange(r.Recipients.Select(x => new LabelledValue(x.Role.Name, string.Join("; ", x.Reasons.Select(reason => reason.Explanation)))));
                route.AddRange(r.Notes.Select(n => new LabelledValue("Note", n)));
            }
            var rule = report.RuleSet?.Find(f.RuleId);
            views.Add(new FindingView(
                f.Severity.ToName(),
                IndicatorWords.SeverityClass(f.Severity),
                f.RuleId,
                rule?.Title ?? f.RuleId,
                subject,
                anchor,
                f.Message,
                f.Evidence.Select(e => new LabelledValue(e.Name, e.Number is { } n ? Format.Number(n, 4).TrimEnd('0').TrimEnd('.') : e.Text)).ToList(),
                owners,
                route,
                router is null ? null : EscalationPolicy.Default.Describe(f.Severity)));
        }
        var note = views.Count == 0
            ? "No findings: no rule of " + result.RuleSetId + " " + result.RuleSetVersion + " raised anything for " + card.Area.Name + "."
            : Format.Int(views.Count) + " finding" + (views.Count == 1 ? string.Empty : "s") + " from rule set " + result.RuleSetId + " " + result.RuleSetVersion + ", assessed as of " + Date(result.AsOf) + ", most severe first.";
        return (views, note);
    }

    private static AccountabilityView Accountability(AccountabilityMap map)
    {
        var roles = map.Roles.Select(role => new AccountabilityRoleView(
            role.Id,
            role.Name,
            role.IsStatutory ? "statutory" : "local",
            role.StatutoryBasis,
            map.Lines.Where(l => string.Equals(l.FromRoleId, role.Id, StringComparison.Ordinal))
                .Select(l => AccountabilityNames.Describe(l.Kind) + " " + (map.FindRole(l.ToRoleId)?.Name ?? l.ToRoleId) + (l.Note is null ? string.Empty : " (" + l.Note + ")"))
                .ToList())).ToList();
        return new AccountabilityView(map.Name, map.Regime.Name, map.Description, roles);
    }
}
