using System;
using System.Linq;
using OutcomesFramework.Evidence;
using OutcomesFramework.Scoring;
using Xunit;
using static OutcomesFramework.Tests.Scoring.ExpectedFigures;

namespace OutcomesFramework.Tests.Scoring;

/// <summary>
/// The parts of an explanation that only some policies produce: a limiting rule, indicators left out, a local target,
/// a clamped score, a region comparator, each aggregation and normalisation described in its documented words.
/// </summary>
public sealed class ScorecardExplainerPathsTest
{
    private static readonly SyntheticWorld World = new(seed: 3);

    private static string Input(Explanation node, string name) => node.Inputs.Single(i => i.Name == name).Value;

    [Fact]
    public void Overall_WithALimitingRuleThatBites_SaysWhichBandWasCappedToWhich()
    {
        // Triggered by any band of SS (A or below), capping at D: every council with a score better than D is limited.
        var rule = new LimitingRule("SS", ScoreBand.A, ScoreBand.D);
        var engine = World.Engine(ScoringPolicy.Default.WithLimitingRule(rule));
        var limited = 0;
        foreach (var code in SyntheticWorld.LaCodes)
        {
            var card = engine.Score(code, 2025);
            var tree = card.Explain();
            Assert.Equal("SS in band A or below caps the overall band at D", Input(tree, "limiting rule"));
            if (card.Overall.IsLimited)
            {
                Assert.Equal(ScoreBand.D, card.Overall.Band);
                Assert.Equal("yes: band " + card.Overall.UnlimitedBand + " capped to D", Input(tree, "limited"));
                Assert.Equal("band", tree.Inputs[tree.Inputs.Length - 1].Name);
                Assert.Equal("D (A ≥ 75, B ≥ 50, C ≥ 25, D below)", Input(tree, "band"));
                limited++;
            }
            else
            {
                Assert.Equal("no", Input(tree, "limited"));
            }
        }
        Assert.True(limited > 0, "no council was limited: the test would check nothing");
    }

    [Fact]
    public void Overall_WithARuleThatDoesNotBite_SaysNo_AndWithoutARule_SaysNothing()
    {
        // Triggered only by band D of an outcome whose bands are read from the card: a council with SS better than D is not limited.
        var engine = World.Engine(ScoringPolicy.Default.WithLimitingRule(new LimitingRule("SS")));
        var notLimited = SyntheticWorld.LaCodes.Select(c => engine.Score(c, 2025)).Where(c => c.FindOutcome("SS")!.Band is ScoreBand.A or ScoreBand.B or ScoreBand.C).ToList();
        Assert.NotEmpty(notLimited);
        foreach (var card in notLimited)
        {
            Assert.False(card.Overall.IsLimited);
            Assert.Equal("no", Input(card.Explain(), "limited"));
            Assert.Equal(card.Overall.UnlimitedBand, card.Overall.Band);
        }
        var plain = World.Engine().Score(SyntheticWorld.LaCodes[0], 2025).Explain();
        Assert.DoesNotContain(plain.Inputs, i => i.Name is "limiting rule" or "limited" or "left out by the policy");
    }

    [Fact]
    public void Overall_NamesEveryIndicatorThePolicyLeavesOut_InOrder()
    {
        var policy = ScoringPolicy.Default
            .WithIndicator("ss-rereferrals", IndicatorPolicy.None.WithExcluded(true))
            .WithIndicator("bh-health", IndicatorPolicy.None.WithExcluded(true));
        var card = World.Engine(policy).Score(SyntheticWorld.LaCodes[1], 2025);
        var left = card.Explain().Inputs.Where(i => i.Name == "left out by the policy").Select(i => i.Value).ToArray();
        Assert.Equal(card.ExcludedIndicatorIds.ToArray(), left);
        Assert.Equal(new[] { "bh-health", "ss-rereferrals" }, left.OrderBy(x => x, StringComparer.Ordinal).ToArray());
    }

    [Theory]
    [InlineData(AggregationMethod.Geometric, "weighted geometric mean exp(Σ w·ln s / Σ w) over the parts with a score (0 when any of them scores 0)")]
    [InlineData(AggregationMethod.Minimum, "minimum of the scores of the parts with a positive weight")]
    [InlineData(AggregationMethod.Harmonic, "weighted harmonic mean Σ w / Σ (w / s) over the parts with a score (0 when any of them scores 0)")]
    [InlineData(AggregationMethod.Generalised, "weighted generalised mean (Σ w·s^p / Σ w)^(1/p) over the parts with a score (for p < 0, 0 when any of them scores 0)")]
    [InlineData(AggregationMethod.Arithmetic, "weighted arithmetic mean Σ w·s / Σ w over the parts with a score (their weights rescaled to sum to 1)")]
    public void Aggregation_IsDescribedInItsDocumentedWords_ForTheOverallAndEachOutcome(AggregationMethod method, string words)
    {
        var card = World.Engine(ScoringPolicy.Default.WithAggregation(method, method)).Score(SyntheticWorld.LaCodes[2], 2025);
        var tree = card.Explain();
        Assert.StartsWith(words + "; framework ", tree.Method, StringComparison.Ordinal);
        Assert.Equal(words + "; context and enabler measures never score", card.ExplainOutcome("SS").Method);
    }

    [Fact]
    public void LocalTarget_IsExplainedWithTheTargetToleranceAndDifference()
    {
        var card = World.Engine(ScoringPolicy.Default.WithIndicator("bh-health", IndicatorPolicy.None.WithTarget(new LocalTarget(50, 2.5))))
            .Score(SyntheticWorld.LaCodes[0], 2025);
        var s = card.FindIndicator("bh-health")!;
        var node = card.ExplainIndicator("bh-health").Find("Local target")!;
        // dp = the indicator's decimal places + 2.
        var dp = s.Indicator.DecimalPlaces + 2;
        Assert.Equal(s.Target!.Status switch { TargetStatus.Met => "met", TargetStatus.Near => "near", _ => "missed" }, node.Value);
        Assert.Equal("met at or better than the target; near when worse by no more than the tolerance", node.Method);
        Assert.Equal("50", Input(node, "target"));
        Assert.Equal("2.5", Input(node, "tolerance"));
        Assert.Equal(Short(s.Value!.Value - 50, dp), Input(node, "value − target"));
        Assert.Null(World.Engine().Score(SyntheticWorld.LaCodes[0], 2025).ExplainIndicator("bh-health").Find("Local target"));
    }

    [Fact]
    public void ClampedScore_IsExplainedFromItsRawValue_AndTheGoalpostsAreDescribed()
    {
        // Goalposts far above every value (they are percentages): every council scores below 0 and is clamped to 0.
        var posts = Normalisation.Goalposts(200, 300);
        var card = World.Engine(ScoringPolicy.Default.WithIndicator("bh-health", IndicatorPolicy.None.WithNormalisation(posts))).Score(SyntheticWorld.LaCodes[0], 2025);
        var s = card.FindIndicator("bh-health")!;
        var node = card.ExplainIndicator("bh-health").Find("Normalised score")!;
        Assert.True(s.Score!.IsClamped);
        Assert.Equal("0", node.Value);
        // Higher is better: raw = 100 × (value − 200) / 100.
        var raw = 100 * (s.Value!.Value - 200) / 100;
        Assert.Equal("from " + Short(raw, 4) + " to 0", Input(node, "clamped"));
        Assert.Equal("goalposts(lower=200, upper=300): 100 × (value − lower) / (upper − lower), or 100 × (upper − value) / (upper − lower) when lower is better", node.Method);
        var unclamped = World.Engine().Score(SyntheticWorld.LaCodes[0], 2025).ExplainIndicator("bh-health").Find("Normalised score")!;
        Assert.DoesNotContain(unclamped.Inputs, i => i.Name == "clamped");
    }

    [Theory]
    [InlineData("zScore", "zScore(mean=50, sd=10): mean + sd × z, where z = (value − authorities' mean) / authorities' sample sd, negated when lower is better")]
    [InlineData("minMax", "min-max: 100 × (value − min) / (max − min), or 100 × (max − value) / (max − min) when lower is better; 50 when all authorities are equal")]
    [InlineData("distanceToTarget", "distanceToTarget(target=60): 100 × (value − worst) / (target − worst), worst being the lowest authority (the highest when lower is better); 100 at or beyond the target")]
    [InlineData("percentileRank", "percentile rank among the authorities with a value, read through polarity: 100 × (worse + (tied − 1) / 2) / (n − 1); 50 when n = 1")]
    public void Normalisation_IsDescribedInItsDocumentedWords(string code, string words)
    {
        var normalisation = code switch
        {
            "zScore" => Normalisation.ZScore(),
            "minMax" => Normalisation.MinMax,
            "distanceToTarget" => Normalisation.DistanceToTarget(60),
            _ => Normalisation.PercentileRank,
        };
        var card = World.Engine(ScoringPolicy.Default.WithDefaultNormalisation(normalisation)).Score(SyntheticWorld.LaCodes[4], 2025);
        Assert.Equal(words, card.ExplainIndicator("ew-eet").Find("Normalised score")!.Method);
    }

    [Fact]
    public void RegionComparator_IsExplainedAsTheComparison_WithTheRegionsValue()
    {
        var card = World.Engine(ScoringPolicy.Default.WithComparator(Comparator.Region)).Score(SyntheticWorld.LaCodes[0], 2025);
        var s = card.FindIndicator("bh-health")!;
        Assert.Equal(Comparator.Region, s.Comparison!.Comparator);
        Assert.Equal(s.Region!.Value, s.Comparison.ComparatorValue);
        Assert.NotEqual(s.England!.Value, s.Region.Value);
        var node = card.ExplainIndicator("bh-health").Find("Compared with")!;
        Assert.Equal("Compared with the region (Inner or Outer London for London boroughs)", node.Label);
        var region = card.ExplainIndicator("bh-health").Find("Region value")!;
        Assert.Equal("North East (" + SyntheticWorld.NorthEast + ")", Input(region, "area"));
    }

    [Fact]
    public void StaleIndicator_IsMarkedStaleInItsExplanation()
    {
        // bh-health withheld in the last year: its 2025 scorecard uses 2024.
        var world = new SyntheticWorld(seed: 3);
        var engine = new ScoringEngine(world.Framework, OutcomesFramework.Evidence.ObservationSet.Create(world.Observations.Where(o => !(o.IndicatorId == "bh-health" && o.Period.EndYear == 2025))),
            world.Areas, world.Neighbours);
        var card = engine.Score(SyntheticWorld.LaCodes[0], 2025);
        var s = card.FindIndicator("bh-health")!;
        Assert.True(s.IsStale);
        var node = card.ExplainIndicator("bh-health");
        Assert.Equal("yes", Input(node, "stale"));
        Assert.Equal(s.Period!.ToString(), Input(node, "period used"));
        Assert.Equal(s.RequestedPeriod.ToString(), Input(node, "period requested"));
        Assert.Contains("stale: the latest data is for the " + s.Period + ", not the " + s.RequestedPeriod, s.Notes);
        Assert.DoesNotContain(card.ExplainIndicator("ew-eet").Inputs, i => i.Name == "stale");
    }

    [Fact]
    public void Values_OfTheOverallOutcomeAndIndicatorNodes_ReadTheCardsFigures()
    {
        var engine = World.Engine(ScoringPolicy.Default.WithOutcomeWeight("EA", 2));
        foreach (var code in SyntheticWorld.LaCodes)
        {
            var card = engine.Score(code, 2025);
            var tree = card.Explain();
            Assert.Equal(card.Overall.Score is null ? "insufficient evidence" : Short(card.Overall.Score, 2), tree.Value);
            Assert.Equal("Overall score: " + card.Area.Name + " (" + card.Area.Code + "), 2025", tree.Label);
            foreach (var o in card.Outcomes)
            {
                Assert.Equal((o.Score is null ? "insufficient evidence" : "score " + Short(o.Score, 2)) + ", weight " + Exact(o.Weight), Input(tree, o.Outcome.Id + " " + o.Outcome.Name));
                var node = card.ExplainOutcome(o.Outcome.Id);
                Assert.Equal("Outcome " + o.Outcome.Id + " " + o.Outcome.Name, node.Label);
                Assert.Equal(o.Score is null ? "insufficient evidence" : Short(o.Score, 2), node.Value);
                Assert.Equal(Percent(o.Coverage) + " of the scored indicators' weight has a score", Input(node, "coverage"));
                Assert.Equal(Percent(o.CoverageThreshold), Input(node, "coverage threshold"));
                Assert.Equal(Exact(o.Weight), Input(node, "weight in the overall score"));
                if (o.Band is { } band)
                {
                    Assert.Equal(band + " (A ≥ 75, B ≥ 50, C ≥ 25, D below)", Input(node, "band"));
                }
                foreach (var i in o.Indicators)
                {
                    var inode = node.Children.Single(c => c.Label == "Indicator " + i.Indicator.Id + ": " + i.Indicator.Title);
                    Assert.Equal(i.Score is { } sc ? Short(sc.Value, 2) : i.CountsTowardsOutcome ? "no score" : "not scored", inode.Value);
                    Assert.Equal(i.Period?.ToString() ?? "none", Input(inode, "period used"));
                    Assert.Equal(i.Notes.ToArray(), inode.Inputs.Where(x => x.Name == "note").Select(x => x.Value).ToArray());
                    var value = inode.Find("Value")!;
                    Assert.Equal("(" + i.Indicator.Id + ", " + code + ", " + (i.Period?.ToString() ?? "none") + ")", Input(value, "observation"));
                    Assert.Equal(i.Observation is { } obs ? obs.Status.Describe() : "no observation", Input(value, "status"));
                    if (i.CountsTowardsOutcome)
                    {
                        Assert.Equal((i.Score is null ? "no score" : "score " + Short(i.Score.Value, 2)) + ", weight " + Exact(i.Weight), Input(node, i.Indicator.Id));
                    }
                    else
                    {
                        Assert.DoesNotContain(node.Inputs, x => x.Name == i.Indicator.Id);
                    }
                    if (i.England is { } e)
                    {
                        var en = inode.Find("England value")!;
                        Assert.Equal(e.AreaName + " (" + e.AreaCode + ")", Input(en, "area"));
                        Assert.Equal(e.Status is { } st ? st.Describe() : "no observation", Input(en, "status"));
                    }
                }
            }
            Assert.Equal(Percent(card.Overall.Coverage) + " of the outcomes' weight has a score", Input(tree, "coverage"));
            Assert.Equal(Percent(card.Overall.CoverageThreshold), Input(tree, "coverage threshold"));
        }
    }
}
