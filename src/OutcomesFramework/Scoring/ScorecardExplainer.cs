using System.Collections.Generic;
using System.Globalization;
using OutcomesFramework.Evidence;
using OutcomesFramework.Indicators;
using OutcomesFramework.Statistics;

namespace OutcomesFramework.Scoring;

/// <summary>Builds the explanation tree of a scorecard from the results it holds: nothing is recomputed.</summary>
internal static class ScorecardExplainer
{
    // Read from the code that applies them, so that an explanation cannot restate a threshold the engine no longer uses.
    private static readonly string BandRule = string.Format(CultureInfo.InvariantCulture, "A ≥ {0}, B ≥ {1}, C ≥ {2}, D below",
        ScoreBands.AFrom, ScoreBands.BFrom, ScoreBands.CFrom);

    private static readonly string TrendRule = string.Format(CultureInfo.InvariantCulture,
        "Fingertips recent trend: the {0} most recent consecutive periods, χ² test at 99.8% (> {1:0.0000}) with every leave-one-out slope of the same sign",
        RecentTrend.PointsToUse, RecentTrend.ChiSquaredCritical);

    public static Explanation Explain(Scorecard card)
    {
        var overall = card.Overall;
        var inputs = new List<ExplanationInput>();
        foreach (var o in card.Outcomes)
        {
            inputs.Add(new ExplanationInput(o.Outcome.Id + " " + o.Outcome.Name,
                (o.Score is null ? "insufficient evidence" : "score " + Numbers.Format(o.Score, 2)) + ", weight " + Numbers.Exact(o.Weight)));
        }
        inputs.Add(new ExplanationInput("coverage", Numbers.Percent(overall.Coverage) + " of the outcomes' weight has a score"));
        inputs.Add(new ExplanationInput("coverage threshold", Numbers.Percent(overall.CoverageThreshold)));
        if (overall.LimitingRule is { } rule)
        {
            inputs.Add(new ExplanationInput("limiting rule", rule.ToString()));
            inputs.Add(new ExplanationInput("limited", overall.IsLimited
                ? "yes: band " + overall.UnlimitedBand + " capped to " + overall.Band
                : "no"));
        }
        if (overall.Band is { } b)
        {
            inputs.Add(new ExplanationInput("band", b + " (" + BandRule + ")"));
        }
        if (overall.Rank is { } r)
        {
            inputs.Add(new ExplanationInput("rank", Describe.Int(r) + " of " + Describe.Int(overall.RankOf ?? 0)));
        }
        foreach (var id in card.ExcludedIndicatorIds)
        {
            inputs.Add(new ExplanationInput("left out by the policy", id));
        }
        var children = new List<Explanation>();
        foreach (var o in card.Outcomes)
        {
            children.Add(Explain(card, o));
        }
        return new Explanation(
            "Overall score: " + card.Area.Name + " (" + card.Area.Code + "), " + Describe.Int(card.Year),
            overall.Score is null ? "insufficient evidence" : Numbers.Format(overall.Score, 2),
            Describe.Method(overall.Method) + "; framework " + card.Framework + "; comparator " + Describe.Comparison(card.Policy.Comparator, card.Policy.NeighbourAverage),
            inputs,
            children);
    }

    public static Explanation Explain(Scorecard card, OutcomeScore outcome)
    {
        var inputs = new List<ExplanationInput>();
        var children = new List<Explanation>();
        foreach (var i in outcome.Indicators)
        {
            if (i.CountsTowardsOutcome)
            {
                inputs.Add(new ExplanationInput(i.Indicator.Id,
                    (i.Score is null ? "no score" : "score " + Numbers.Format(i.Score.Value, 2)) + ", weight " + Numbers.Exact(i.Weight)));
            }
            children.Add(Explain(card, i));
        }
        inputs.Add(new ExplanationInput("coverage", Numbers.Percent(outcome.Coverage) + " of the scored indicators' weight has a score"));
        inputs.Add(new ExplanationInput("coverage threshold", Numbers.Percent(outcome.CoverageThreshold)));
        if (outcome.Band is { } b)
        {
            inputs.Add(new ExplanationInput("band", b + " (" + BandRule + ")"));
        }
        if (outcome.Rank is { } r)
        {
            inputs.Add(new ExplanationInput("rank", Describe.Int(r) + " of " + Describe.Int(outcome.RankOf ?? 0)));
        }
        inputs.Add(new ExplanationInput("weight in the overall score", Numbers.Exact(outcome.Weight)));
        return new Explanation(
            "Outcome " + outcome.Outcome.Id + " " + outcome.Outcome.Name,
            outcome.Score is null ? "insufficient evidence" : Numbers.Format(outcome.Score, 2),
            Describe.Method(outcome.Method) + "; context and enabler measures never score",
            inputs,
            children);
    }

    public static Explanation Explain(Scorecard card, IndicatorScore s)
    {
        var indicator = s.Indicator;
        var dp = indicator.DecimalPlaces + 2;
        var inputs = new List<ExplanationInput>
        {
            new("role", Describe.Code(indicator.Role)),
            new("polarity", Describe.Code(indicator.Polarity)),
            new("measure", indicator.MeasureKind + (indicator.Unit.Length > 0 ? " (" + indicator.Unit + ")" : string.Empty)),
            new("period requested", s.RequestedPeriod.ToString()),
            new("period used", s.Period?.ToString() ?? "none"),
        };
        if (s.IsStale)
        {
            inputs.Add(new ExplanationInput("stale", "yes"));
        }
        var children = new List<Explanation>();
        children.Add(ValueNode(card, s, dp));
        if (s.Interval is { } ci)
        {
            children.Add(new Explanation("Confidence interval",
                "[" + Numbers.Format(ci.Lower, dp) + ", " + Numbers.Format(ci.Upper, dp) + "]",
                ci.Method.ToDescription() + " at " + Describe.Level(ci.Level),
                new ExplanationInput[]
                {
                    new("numerator", Numbers.Format(s.Observation?.ShownNumerator, 6)),
                    new("denominator", Numbers.Format(s.Observation?.Denominator, 6)),
                    new("multiplier", Numbers.Exact(indicator.Multiplier)),
                }));
        }
        if (s.England is { } e)
        {
            children.Add(Comparator("England value", e, s, dp));
        }
        if (s.Region is { } region)
        {
            children.Add(Comparator("Region value", region, s, dp));
        }
        if (s.Neighbours is { } n)
        {
            children.Add(Neighbours(n, card, dp));
        }
        if (s.Ranking is { } rank)
        {
            children.Add(new Explanation("Rank", Describe.Int(rank.Rank) + " of " + Describe.Int(rank.Of),
                "LAIT rank: 1 = best by polarity; tied values share the best rank",
                new ExplanationInput[] { new("polarity", Describe.Code(indicator.Polarity)) }));
            if (rank.Band is { } band && rank.CutPoints is { } c)
            {
                children.Add(new Explanation("Quartile band", band.ToString(),
                    "LAIT quartile bands over all authorities with a value (R type-7 quartiles); A best … D worst; "
                    + (indicator.Polarity == Polarity.LowerIsBetter ? "A = [min, Q1], B = (Q1, median], C = (median, Q3], D = (Q3, max]" : "A = (Q3, max], B = (median, Q3], C = (Q1, median], D = [min, Q1]"),
                    new ExplanationInput[]
                    {
                        new("min", Numbers.Format(c.Minimum, dp)),
                        new("Q1", Numbers.Format(c.LowerQuartile, dp)),
                        new("median", Numbers.Format(c.Median, dp)),
                        new("Q3", Numbers.Format(c.UpperQuartile, dp)),
                        new("max", Numbers.Format(c.Maximum, dp)),
                    }));
            }
        }
        if (s.Comparison is { } cmp)
        {
            var cmpInputs = new List<ExplanationInput> { new("comparator value", Numbers.Format(cmp.ComparatorValue, dp)) };
            if (s.Interval is { } i2)
            {
                cmpInputs.Add(new ExplanationInput("interval", "[" + Numbers.Format(i2.Lower, dp) + ", " + Numbers.Format(i2.Upper, dp) + "]"));
            }
            if (cmp.Reason is not null)
            {
                cmpInputs.Add(new ExplanationInput("not compared because", cmp.Reason));
            }
            children.Add(new Explanation("Compared with " + Describe.Comparison(cmp.Comparator, card.Policy.NeighbourAverage), Describe.Code(cmp.Outcome),
                "Fingertips: similar when the comparator value lies inside the authority's " + Describe.Level(cmp.Level)
                + " interval (limits included), otherwise better or worse by polarity (lower or higher without polarity)",
                cmpInputs));
        }
        if (s.Change is { } ch)
        {
            children.Add(new Explanation("Change from previous period", Numbers.Format(ch.Change, dp),
                "current − previous, consecutive periods only; direction read through polarity",
                new ExplanationInput[]
                {
                    new("previous period", ch.PreviousPeriod.ToString()),
                    new("previous value", Numbers.Format(ch.PreviousValue, dp)),
                    new("direction", Describe.Code(ch.Direction)),
                }));
        }
        if (s.Trend is { } t)
        {
            var tInputs = new List<ExplanationInput> { new("points used", Describe.Int(t.PointsUsed)) };
            if (t.ChiSquared is { } chi)
            {
                tInputs.Add(new ExplanationInput("chi-squared", Numbers.Format(chi, 4)));
            }
            if (t.Slope is { } slope)
            {
                tInputs.Add(new ExplanationInput("slope", Numbers.Format(slope, 6)));
            }
            if (t.Message.Length > 0)
            {
                tInputs.Add(new ExplanationInput("message", t.Message));
            }
            children.Add(new Explanation("Recent trend", Describe.Code(t.Direction),
                TrendRule,
                tInputs));
        }
        if (s.Target is { } target)
        {
            children.Add(new Explanation("Local target", Describe.Code(target.Status),
                "met at or better than the target; near when worse by no more than the tolerance",
                new ExplanationInput[]
                {
                    new("target", Numbers.Exact(target.Target.Value)),
                    new("tolerance", Numbers.Exact(target.Target.Tolerance)),
                    new("value − target", Numbers.Format(target.Difference, dp)),
                }));
        }
        if (s.Score is { } score)
        {
            var sInputs = new List<ExplanationInput>();
            foreach (var p in score.Parameters)
            {
                sInputs.Add(new ExplanationInput(p.Name, Numbers.Format(p.Value, 6)));
            }
            if (score.IsClamped)
            {
                sInputs.Add(new ExplanationInput("clamped", "from " + Numbers.Format(score.RawValue, 4) + " to " + Numbers.Format(score.Value, 4)));
            }
            sInputs.Add(new ExplanationInput("weight in outcome", Numbers.Exact(s.Weight)));
            children.Add(new Explanation("Normalised score", Numbers.Format(score.Value, 2), Describe.Method(score.Normalisation), sInputs));
        }
        foreach (var note in s.Notes)
        {
            inputs.Add(new ExplanationInput("note", note));
        }
        return new Explanation(
            "Indicator " + indicator.Id + ": " + indicator.Title,
            s.Score is { } sc ? Numbers.Format(sc.Value, 2) : indicator.Role == IndicatorRole.Outcome ? "no score" : "not scored",
            indicator.Role == IndicatorRole.Outcome ? "normalised score 0–100, 100 best" : "context and enabler measures are shown and compared, never scored",
            inputs,
            children);
    }

    private static Explanation ValueNode(Scorecard card, IndicatorScore s, int dp)
    {
        var o = s.Observation;
        var inputs = new List<ExplanationInput>
        {
            new("observation", "(" + s.Indicator.Id + ", " + card.Area.Code + ", " + (s.Period?.ToString() ?? "none") + ")"),
            new("status", o is { } obs ? obs.Status.Describe() : "no observation"),
        };
        if (o?.ShownNumerator is { } num)
        {
            inputs.Add(new ExplanationInput("numerator", Numbers.Format(num, 6)));
        }
        if (o?.Denominator is { } den)
        {
            inputs.Add(new ExplanationInput("denominator", Numbers.Format(den, 6)));
        }
        return new Explanation("Value", Numbers.Format(s.Value, dp), "the published value for the authority and period", inputs);
    }

    private static Explanation Comparator(string label, ComparatorValue c, IndicatorScore s, int dp) =>
        new(label, Numbers.Format(c.Value, dp), "the published value for the same indicator and period",
            new ExplanationInput[]
            {
                new("area", c.AreaName + " (" + c.AreaCode + ")"),
                new("status", c.Status is { } st ? st.Describe() : "no observation"),
                new("period", s.Period?.ToString() ?? "none"),
            });

    private static Explanation Neighbours(NeighbourComparison n, Scorecard card, int dp)
    {
        var inputs = new List<ExplanationInput>();
        foreach (var v in n.Neighbours)
        {
            inputs.Add(new ExplanationInput(Describe.Int(v.Rank) + ". " + v.AreaName + " (" + v.AreaCode + ")",
                v.Value is { } x ? Numbers.Format(x, dp) : "excluded: " + (v.Status is { } st ? st.Describe() : "no observation")));
        }
        inputs.Add(new ExplanationInput("used", Describe.Int(n.UsedCount)));
        inputs.Add(new ExplanationInput("excluded", Describe.Int(n.MissingCount)));
        inputs.Add(new ExplanationInput("model", card.NeighbourModelName));
        return new Explanation("Statistical neighbour " + Describe.Code(n.Average), Numbers.Format(n.Value, dp),
            n.Average == NeighbourAverage.Median
                ? "median of the neighbours with a value (DfE outcomes and enablers dashboard); neighbours without one are excluded"
                : "mean of the neighbours with a value (LAIT); neighbours without one are excluded",
            inputs);
    }
}
