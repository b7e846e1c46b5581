using System;
using System.Collections.Generic;
using System.Linq;
using OutcomesFramework.Areas;
using OutcomesFramework.Evidence;
using OutcomesFramework.Periods;
using OutcomesFramework.Scoring;
using OutcomesFramework.Statistics;
using Xunit;

namespace OutcomesFramework.Tests.Scoring;

public class ScoringEngineTest
{
    private static readonly SyntheticWorld World = new(seed: 7);
    private static readonly ReportingPeriod March2025 = ReportingPeriod.YearEnding31March(2025);

    private static double ValueOf(string indicator, string code, ReportingPeriod period) =>
        World.Observations.Single(o => o.IndicatorId == indicator && o.AreaCode == code && o.Period == period).Value!.Value;

    private static double[] LaValues(string indicator, ReportingPeriod period) =>
        World.Observations.Where(o => o.IndicatorId == indicator && o.Period == period && o.HasValue && o.AreaCode.StartsWith("E0", StringComparison.Ordinal))
            .Select(o => o.Value!.Value).ToArray();

    [Fact]
    public void Score_PercentileRank_MatchesHandCalculation()
    {
        var card = World.Engine().Score("Northtown C", 2025);
        var x = ValueOf("ss-rereferrals", SyntheticWorld.LaCodes[2], March2025);
        var all = LaValues("ss-rereferrals", March2025);
        // Lower is better: "worse" authorities have higher values; ties count half.
        var worse = all.Count(v => v > x);
        var tied = all.Count(v => v == x);
        var expected = 100.0 * (worse + ((tied - 1) / 2.0)) / (all.Length - 1);
        Assert.Equal(expected, card.FindIndicator("ss-rereferrals")!.Score!.Value, 12);
    }

    [Fact]
    public void Score_RankAndNeighbourMean_MatchHandCalculation()
    {
        var card = World.Engine().Score(SyntheticWorld.LaCodes[0], 2025);
        var result = card.FindIndicator("bh-health")!;
        var x = ValueOf("bh-health", SyntheticWorld.LaCodes[0], March2025);
        var all = LaValues("bh-health", March2025);
        Assert.Equal(1 + all.Count(v => v > x), result.Ranking!.Rank);
        Assert.Equal(all.Length, result.Ranking.Of);
        // Neighbours of authority 0 are authorities 1, 2 and 3.
        var neighbours = new[] { 1, 2, 3 }.Select(i => ValueOf("bh-health", SyntheticWorld.LaCodes[i], March2025)).ToArray();
        Assert.Equal((neighbours[0] + neighbours[1] + neighbours[2]) / 3, result.Neighbours!.Value!.Value, 12);
        Assert.Equal(3, result.Neighbours.UsedCount);
    }

    [Fact]
    public void Score_NeighbourWithoutValue_IsExcludedAndCounted()
    {
        // Authority 3's ew-eet 2025 is suppressed; it is a neighbour of authority 0.
        var card = World.Engine().Score(SyntheticWorld.LaCodes[0], 2025);
        var n = card.FindIndicator("ew-eet")!.Neighbours!;
        Assert.Equal(2, n.UsedCount);
        Assert.Equal(1, n.MissingCount);
        Assert.Equal(ObservationStatus.Suppressed, n.Neighbours.Single(v => v.AreaCode == SyntheticWorld.LaCodes[3]).Status);
        var expected = (ValueOf("ew-eet", SyntheticWorld.LaCodes[1], March2025) + ValueOf("ew-eet", SyntheticWorld.LaCodes[2], March2025)) / 2;
        Assert.Equal(expected, n.Value!.Value, 12);
    }

    [Fact]
    public void Score_NeighbourMedianOption_TakesTheMiddleValue()
    {
        var card = World.Engine(ScoringPolicy.Default.WithNeighbourAverage(NeighbourAverage.Median)).Score(SyntheticWorld.LaCodes[0], 2025);
        var values = new[] { 1, 2, 3 }.Select(i => ValueOf("bh-health", SyntheticWorld.LaCodes[i], March2025)).OrderBy(v => v).ToArray();
        Assert.Equal(values[1], card.FindIndicator("bh-health")!.Neighbours!.Value);
    }

    [Fact]
    public void Score_SuppressedValue_HasNoScoreAndTheOutcomeIsInsufficient()
    {
        var card = World.Engine().Score(SyntheticWorld.LaCodes[3], 2025);
        var eet = card.FindIndicator("ew-eet")!;
        Assert.Null(eet.Value);
        Assert.Null(eet.Score);
        Assert.Equal(ObservationStatus.Suppressed, eet.Observation!.Value.Status);
        Assert.Contains(eet.Notes, n => n.Contains("suppressed", StringComparison.Ordinal));
        var ew = card.FindOutcome("EW")!;
        Assert.Equal(0, ew.Coverage);
        Assert.False(ew.HasSufficientEvidence);
    }

    [Fact]
    public void Score_OutcomeWithoutIndicators_IsInsufficientEvidence()
    {
        var pc = World.Engine().Score(SyntheticWorld.LaCodes[0], 2025).FindOutcome("PC")!;
        Assert.Null(pc.Score);
        Assert.Equal(0, pc.Coverage);
    }

    [Fact]
    public void Score_ContextAndEnablerMeasures_NeverScore()
    {
        var card = World.Engine().Score(SyntheticWorld.LaCodes[0], 2025);
        var context = card.FindIndicator("ss-cla-rate")!;
        var enabler = card.FindIndicator("ss-turnover")!;
        Assert.Null(context.Score);
        Assert.Null(context.Ranking);
        Assert.Equal(0, context.Weight);
        Assert.Null(enabler.Score);
        Assert.NotNull(enabler.Ranking);
        Assert.False(enabler.CountsTowardsOutcome);
        // Stay safe = weighted mean of the two scored indicators only (weights 1 and 2).
        var rereferrals = card.FindIndicator("ss-rereferrals")!.Score!.Value;
        var repeat = card.FindIndicator("ss-repeat-plans")!.Score!.Value;
        Assert.Equal((rereferrals + (2 * repeat)) / 3, card.FindOutcome("SS")!.Score!.Value, 12);
    }

    [Fact]
    public void Score_Overall_IsMeanOfOutcomesWithScores_AndCoverageCountsTheOthers()
    {
        var card = World.Engine().Score(SyntheticWorld.LaCodes[3], 2025);
        var scored = card.Outcomes.Where(o => o.Score is not null).ToList();
        Assert.Equal(3, scored.Count); // BH, SS, EA; PC has no indicators, EW is suppressed
        Assert.Equal(scored.Average(o => o.Score!.Value), card.Overall.Score!.Value, 12);
        Assert.Equal(3 / 5.0, card.Overall.Coverage, 12);
    }

    [Fact]
    public void Score_EachIndicatorUsesItsOwnPeriodEndingInTheYear()
    {
        var card = World.Engine().Score(SyntheticWorld.LaCodes[0], 2025);
        Assert.Equal(ReportingPeriod.YearEnding31March(2025), card.FindIndicator("ss-rereferrals")!.Period);
        Assert.Equal(ReportingPeriod.AcademicYear(2025), card.FindIndicator("ea-attainment")!.Period);
        Assert.Equal(SyntheticWorld.Snapshot(2025), card.FindIndicator("ss-turnover")!.Period);
        Assert.All(card.Indicators, i => Assert.False(i.IsStale));
    }

    [Fact]
    public void Score_IndicatorWithOlderData_UsesItsLatestPeriodAndIsStale()
    {
        var observations = World.Observations.Where(o => !(o.IndicatorId == "ea-attainment" && o.Period.EndYear == 2025));
        var engine = new ScoringEngine(World.Framework, ObservationSet.Create(observations), World.Areas, World.Neighbours);
        var result = engine.Score(SyntheticWorld.LaCodes[0], 2025).FindIndicator("ea-attainment")!;
        Assert.Equal(ReportingPeriod.AcademicYear(2024), result.Period);
        Assert.Equal(ReportingPeriod.AcademicYear(2025), result.RequestedPeriod);
        Assert.True(result.IsStale);
        Assert.Contains(result.Notes, n => n.StartsWith("stale", StringComparison.Ordinal));
    }

    [Fact]
    public void Score_YearWithoutData_ThrowsListingTheYears()
    {
        var e = Assert.Throws<PeriodNotCoveredException>(() => World.Engine().Score(SyntheticWorld.LaCodes[0], 2030));
        Assert.Equal(Enumerable.Range(2019, 7), e.AvailableYears);
        Assert.Contains("2019–2025", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Score_UnknownAuthority_ThrowsWithSuggestions()
    {
        var e = Assert.Throws<UnknownAreaException>(() => World.Engine().Score("Northtwn"));
        Assert.Contains("Northtown A", e.Suggestions);
    }

    [Fact]
    public void Score_Region_IsNotALocalAuthority()
    {
        Assert.Throws<ArgumentException>(() => World.Engine().Score("North East"));
    }

    [Fact]
    public void Score_NoYear_UsesTheLatest()
    {
        Assert.Equal(2025, World.Engine().Score(SyntheticWorld.LaCodes[0]).Year);
        Assert.Equal(2025, World.Engine().LatestYear);
    }

    [Fact]
    public void Score_LondonBorough_ComparesWithInnerLondon_ElseFallsBackToLondon()
    {
        var westgate = World.Engine().Score("City of Westgate", 2025).FindIndicator("bh-health")!;
        Assert.Equal(SyntheticWorld.InnerLondon, westgate.Region!.AreaCode);
        Assert.Equal("Inner London", westgate.Region.AreaName);
        Assert.Equal(ValueOf("bh-health", SyntheticWorld.InnerLondon, March2025), westgate.Region.Value);
        var eastbridge = World.Engine().Score("Eastbridge", 2025).FindIndicator("bh-health")!;
        Assert.Equal(SyntheticWorld.London, eastbridge.Region!.AreaCode);
    }

    [Fact]
    public void Score_RecodedAuthority_ReadsItsEarlierCode()
    {
        // Eastbridge reported as E09000099 before 2025: its change from 2024 uses that row.
        var result = World.Engine().Score("Eastbridge", 2025).FindIndicator("bh-health")!;
        var previous = ValueOf("bh-health", "E09000099", ReportingPeriod.YearEnding31March(2024));
        Assert.Equal(previous, result.Change!.PreviousValue);
        Assert.Equal(result.Value!.Value - previous, result.Change.Change, 12);
    }

    [Fact]
    public void Score_ChangeDirection_IsReadThroughPolarity()
    {
        var result = World.Engine().Score(SyntheticWorld.LaCodes[1], 2025).FindIndicator("ss-rereferrals")!;
        var change = result.Change!;
        var expected = change.Change == 0 ? DirectionOfTravel.NoChange : change.Change < 0 ? DirectionOfTravel.Improved : DirectionOfTravel.Worsened;
        Assert.Equal(expected, change.Direction);
    }

    [Fact]
    public void Score_Interval_IsWilsonFromNumeratorAndDenominator_AndComparisonIsFingertips()
    {
        var result = World.Engine().Score(SyntheticWorld.LaCodes[4], 2025).FindIndicator("bh-health")!;
        var o = result.Observation!.Value;
        var expected = Wilson.Interval(o.Numerator!.Value, o.Denominator!.Value, ConfidenceLevel.NinetyFivePercent);
        Assert.Equal(IntervalMethod.Wilson, result.Interval!.Value.Method);
        Assert.Equal(expected.Lower * 100, result.Interval.Value.Lower, 9);
        Assert.Equal(expected.Upper * 100, result.Interval.Value.Upper, 9);
        var england = ValueOf("bh-health", SyntheticWorld.England, March2025);
        var inside = result.Interval.Value.Lower <= england && england <= result.Interval.Value.Upper;
        var expectedOutcome = inside ? BenchmarkOutcome.Similar : result.Value < england ? BenchmarkOutcome.Worse : BenchmarkOutcome.Better;
        Assert.Equal(expectedOutcome, result.Comparison!.Outcome);
        Assert.Equal(england, result.Comparison.ComparatorValue);
    }

    [Fact]
    public void Score_RateInterval_UsesPoissonMethods_AndScoreMeasureHasNone()
    {
        var card = World.Engine().Score(SyntheticWorld.LaCodes[0], 2025);
        var rate = card.FindIndicator("ss-cla-rate")!;
        Assert.Equal(rate.Observation!.Value.Numerator < 10 ? IntervalMethod.ExactPoisson : IntervalMethod.Byars, rate.Interval!.Value.Method);
        Assert.Null(card.FindIndicator("ea-attainment")!.Interval);
        Assert.Equal(BenchmarkOutcome.NotCompared, card.FindIndicator("ea-attainment")!.Comparison!.Outcome);
    }

    [Fact]
    public void Score_NeighbourComparator_ComparesWithTheNeighbourMean()
    {
        var card = World.Engine(ScoringPolicy.Default.WithComparator(Comparator.StatisticalNeighbours)).Score(SyntheticWorld.LaCodes[0], 2025);
        var result = card.FindIndicator("bh-health")!;
        Assert.Equal(Comparator.StatisticalNeighbours, result.Comparison!.Comparator);
        Assert.Equal(result.Neighbours!.Value, result.Comparison.ComparatorValue);
    }

    [Fact]
    public void Score_Trend_UsesFiveConsecutivePeriods()
    {
        var result = World.Engine().Score(SyntheticWorld.LaCodes[0], 2025).FindIndicator("bh-health")!;
        Assert.True(result.Trend!.Direction != TrendDirection.CannotBeCalculated, result.Trend.Message);
        Assert.Equal(5, result.Trend.PointsUsed);
        // With only 2021–2025 missing 2022, no five-point run exists.
        var gap = World.Observations.Where(o => !(o.IndicatorId == "bh-health" && o.Period.EndYear == 2022));
        var engine = new ScoringEngine(World.Framework, ObservationSet.Create(gap), World.Areas, World.Neighbours);
        Assert.Equal(TrendDirection.CannotBeCalculated, engine.Score(SyntheticWorld.LaCodes[0], 2025).FindIndicator("bh-health")!.Trend!.Direction);
    }

    [Fact]
    public void Score_CoverageThreshold_DecidesInsufficientEvidence()
    {
        // Drop one of the two SS indicators' values for authority 0 (weights 1 and 2).
        var observations = World.Observations.Where(o => !(o.IndicatorId == "ss-repeat-plans" && o.AreaCode == SyntheticWorld.LaCodes[0] && o.Period == March2025));
        var engine = new ScoringEngine(World.Framework, ObservationSet.Create(observations), World.Areas, World.Neighbours);
        var ss = engine.Score(SyntheticWorld.LaCodes[0], 2025).FindOutcome("SS")!;
        Assert.Equal(1 / 3.0, ss.Coverage, 12);
        Assert.Null(ss.Score);
        var lenient = engine.WithPolicy(ScoringPolicy.Default.WithCoverageThresholds(0.3, 0.5)).Score(SyntheticWorld.LaCodes[0], 2025).FindOutcome("SS")!;
        Assert.NotNull(lenient.Score);
    }

    [Fact]
    public void Score_GeometricAndMinimum_CombineTheIndicatorScores()
    {
        var policy = ScoringPolicy.Default.WithAggregation(AggregationMethod.Geometric, AggregationMethod.Minimum);
        var card = World.Engine(policy).Score(SyntheticWorld.LaCodes[5], 2025);
        var a = card.FindIndicator("ss-rereferrals")!.Score!.Value;
        var b = card.FindIndicator("ss-repeat-plans")!.Score!.Value;
        var expected = a == 0 || b == 0 ? 0 : Math.Exp(((1 * Math.Log(a)) + (2 * Math.Log(b))) / 3);
        Assert.Equal(expected, card.FindOutcome("SS")!.Score!.Value, 9);
        Assert.Equal(card.Outcomes.Where(o => o.Score is not null).Min(o => o.Score!.Value), card.Overall.Score!.Value, 12);
    }

    [Fact]
    public void Score_LimitingRule_CapsTheOverallBandOnly()
    {
        // Find an authority whose stay-safe band is D under the default policy.
        var engine = World.Engine();
        var league = engine.ScoreAll(2025);
        var policy = ScoringPolicy.Default.WithLimitingRule(new LimitingRule("SS", ScoreBand.D, ScoreBand.D));
        foreach (var card in league.Scorecards)
        {
            var limited = engine.WithPolicy(policy).Score(card.Area, 2025);
            Assert.Equal(card.Overall.Score, limited.Overall.Score);
            var triggered = card.FindOutcome("SS")!.Band == ScoreBand.D;
            Assert.Equal(triggered, limited.Overall.IsLimited);
            Assert.Equal(triggered ? ScoreBand.D : card.Overall.Band, limited.Overall.Band);
        }
    }

    [Fact]
    public void Score_LocalTargetAndGoalposts_AreApplied()
    {
        var policy = ScoringPolicy.Default.WithIndicator("bh-health",
            IndicatorPolicy.None.WithTarget(new LocalTarget(50, 5)).WithNormalisation(Normalisation.Goalposts(20, 80)));
        var result = World.Engine(policy).Score(SyntheticWorld.LaCodes[2], 2025).FindIndicator("bh-health")!;
        var x = result.Value!.Value;
        Assert.Equal(x >= 50 ? TargetStatus.Met : x >= 45 ? TargetStatus.Near : TargetStatus.Missed, result.Target!.Status);
        Assert.Equal(Math.Min(100, Math.Max(0, 100 * (x - 20) / 60)), result.Score!.Value, 12);
        Assert.Equal(NormalisationMethod.Goalposts, result.Score.Normalisation.Method);
    }

    [Fact]
    public void Score_ExcludedIndicator_IsLeftOutAndListed()
    {
        var policy = ScoringPolicy.Default.WithIndicator("ss-repeat-plans", IndicatorPolicy.None.WithExcluded(true));
        var card = World.Engine(policy).Score(SyntheticWorld.LaCodes[0], 2025);
        Assert.Null(card.FindIndicator("ss-repeat-plans"));
        Assert.Equal(new[] { "ss-repeat-plans" }, card.ExcludedIndicatorIds);
        Assert.Equal(card.FindIndicator("ss-rereferrals")!.Score!.Value, card.FindOutcome("SS")!.Score!.Value, 12);
    }

    [Fact]
    public void ScoreAll_RanksFollowTheScores()
    {
        var league = World.Engine().ScoreAll(2025);
        Assert.Equal(SyntheticWorld.LaCodes.Length, league.Scorecards.Length);
        var scored = league.Scorecards.Where(c => c.Overall.Score is not null).ToList();
        foreach (var card in scored)
        {
            var higher = scored.Count(c => Math.Round(c.Overall.Score!.Value, 2) > Math.Round(card.Overall.Score!.Value, 2));
            Assert.Equal(higher + 1, card.Overall.Rank);
            Assert.Equal(scored.Count, card.Overall.RankOf);
        }
        var ranked = league.Ranked();
        Assert.Equal(1, ranked[0].Overall.Rank);
    }

    [Fact]
    public void ScoreAll_ScorecardsEqualSingleScorecards()
    {
        var engine = World.Engine();
        var league = engine.ScoreAll(2025);
        foreach (var card in league.Scorecards)
        {
            var single = engine.Score(card.Area, 2025);
            Assert.Equal(single.Overall.Score, card.Overall.Score);
            Assert.Equal(single.Indicators.Select(i => i.Score?.Value), card.Indicators.Select(i => i.Score?.Value));
            Assert.Null(single.Overall.Rank);
        }
    }

    [Fact]
    public void PeriodUsed_NamesEachIndicatorsPeriod()
    {
        var engine = World.Engine();
        Assert.Equal(ReportingPeriod.AcademicYear(2023), engine.PeriodUsed("ea-attainment", 2023));
        Assert.Null(engine.PeriodUsed("ea-attainment", 2010));
        Assert.Null(engine.PeriodUsed("no-such-indicator", 2025));
    }

    [Fact]
    public void Explain_CoversEveryNumberWithItsInputs()
    {
        var card = World.Engine().Score(SyntheticWorld.LaCodes[0], 2025);
        var tree = card.Explain();
        Assert.StartsWith("Overall score: Northtown A", tree.Label, StringComparison.Ordinal);
        Assert.Equal(5, tree.Children.Length);
        var indicator = card.ExplainIndicator("ew-eet");
        var neighbours = indicator.Find("Statistical neighbour mean")!;
        Assert.Contains(neighbours.Inputs, i => i.Value.StartsWith("excluded: suppressed", StringComparison.Ordinal));
        Assert.NotNull(indicator.Find("Normalised score"));
        Assert.NotNull(indicator.Find("Rank"));
        Assert.NotNull(indicator.Find("Quartile band"));
        Assert.NotNull(indicator.Find("Confidence interval"));
        var text = tree.ToText();
        Assert.Contains("Indicator ss-cla-rate", text, StringComparison.Ordinal);
        Assert.Contains("coverage threshold: 50%", text, StringComparison.Ordinal);
        Assert.DoesNotContain("\r", text, StringComparison.Ordinal);
        Assert.Equal(card.ExplainOutcome("SS").Label, tree.Children[1].Label);
    }
}
