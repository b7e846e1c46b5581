using System;
using OutcomesFramework.Scoring;
using OutcomesFramework.Scoring.Treatment;
using OutcomesFramework.Statistics;
using Xunit;

namespace OutcomesFramework.Tests.Scoring;

/// <summary>
/// A scoring policy refuses what it cannot mean, naming the argument; and each <c>With…</c> changes its own setting
/// only, carrying every other one (including those set after construction: power, treatment, ranking rule, comparators).
/// </summary>
public sealed class ScoringPolicyTest
{
    // Every setting away from its default, so that a With… that dropped one would show.
    private static readonly ScoringPolicy Full = ScoringPolicy.Default
        .WithComparator(Comparator.StatisticalNeighbours)
        .WithNeighbourAverage(NeighbourAverage.Median)
        .WithConfidenceLevel(ConfidenceLevel.NinetyNinePointEightPercent)
        .WithCoverageThresholds(0.25, 0.75)
        .WithAggregation(AggregationMethod.Generalised, AggregationMethod.Generalised, -2)
        .WithTreatment(DataTreatment.Coinr)
        .WithRankingCoverage(RankingCoverage.Shrink(0.6))
        .WithLatestPublishedComparators(true)
        .WithDefaultNormalisation(Normalisation.ZScore(40, 5))
        .WithLimitingRule(new LimitingRule("SS"))
        .WithIndicator("bh-health", IndicatorPolicy.None.WithWeight(3))
        .WithOutcomeWeight("EA", 2);

    private static void Carries(ScoringPolicy changed, params string[] except)
    {
        void Same<T>(string name, T expected, T actual)
        {
            if (Array.IndexOf(except, name) < 0)
            {
                Assert.True(Equals(expected, actual), name + ": expected " + expected + ", got " + actual);
            }
        }

        Same("comparator", Full.Comparator, changed.Comparator);
        Same("average", Full.NeighbourAverage, changed.NeighbourAverage);
        Same("level", Full.ConfidenceLevel, changed.ConfidenceLevel);
        Same("outcomeCoverage", Full.OutcomeCoverageThreshold, changed.OutcomeCoverageThreshold);
        Same("overallCoverage", Full.OverallCoverageThreshold, changed.OverallCoverageThreshold);
        Same("outcomeAggregation", Full.OutcomeAggregation, changed.OutcomeAggregation);
        Same("overallAggregation", Full.OverallAggregation, changed.OverallAggregation);
        Same("power", Full.AggregationPower, changed.AggregationPower);
        Same("treatment", Full.Treatment, changed.Treatment);
        Same("ranking", Full.RankingCoverage, changed.RankingCoverage);
        Same("latest", Full.LatestPublishedComparators, changed.LatestPublishedComparators);
        Same("normalisation", Full.DefaultNormalisation, changed.DefaultNormalisation);
        Same("rule", Full.LimitingRule, changed.LimitingRule);
        Same("indicators", Full.Indicators.Count, changed.Indicators.Count);
        Same("bh-health", Full.ForIndicator("bh-health"), changed.ForIndicator("bh-health"));
        Same("outcomeWeights", Full.OutcomeWeight("EA"), changed.OutcomeWeight("EA"));
    }

    [Fact]
    public void EachWith_ChangesItsOwnSettingOnly()
    {
        Assert.Equal(-2, Full.AggregationPower);
        Assert.Equal(Comparator.Region, Full.WithComparator(Comparator.Region).Comparator);
        Carries(Full.WithComparator(Comparator.Region), "comparator");
        Assert.Equal(NeighbourAverage.Mean, Full.WithNeighbourAverage(NeighbourAverage.Mean).NeighbourAverage);
        Carries(Full.WithNeighbourAverage(NeighbourAverage.Mean), "average");
        Assert.Equal(ConfidenceLevel.NinetyFivePercent, Full.WithConfidenceLevel(ConfidenceLevel.NinetyFivePercent).ConfidenceLevel);
        Carries(Full.WithConfidenceLevel(ConfidenceLevel.NinetyFivePercent), "level");
        var thresholds = Full.WithCoverageThresholds(0.1, 0.9);
        Assert.Equal((0.1, 0.9), (thresholds.OutcomeCoverageThreshold, thresholds.OverallCoverageThreshold));
        Carries(thresholds, "outcomeCoverage", "overallCoverage");
        // The two-argument form keeps the power already set; the three-argument form sets it.
        var aggregation = Full.WithAggregation(AggregationMethod.Minimum, AggregationMethod.Harmonic);
        Assert.Equal((AggregationMethod.Minimum, AggregationMethod.Harmonic), (aggregation.OutcomeAggregation, aggregation.OverallAggregation));
        Carries(aggregation, "outcomeAggregation", "overallAggregation");
        Assert.Equal(3, Full.WithAggregation(AggregationMethod.Generalised, AggregationMethod.Arithmetic, 3).AggregationPower);
        Carries(Full.WithAggregation(AggregationMethod.Generalised, AggregationMethod.Generalised, 3), "power");
        Assert.Same(DataTreatment.None, Full.WithTreatment(DataTreatment.None).Treatment);
        Carries(Full.WithTreatment(DataTreatment.None), "treatment");
        Assert.Equal(RankingCoverage.Default, Full.WithRankingCoverage(RankingCoverage.Default).RankingCoverage);
        Carries(Full.WithRankingCoverage(RankingCoverage.Default), "ranking");
        Assert.False(Full.WithLatestPublishedComparators(false).LatestPublishedComparators);
        Carries(Full.WithLatestPublishedComparators(false), "latest");
        Assert.Same(Normalisation.MinMax, Full.WithDefaultNormalisation(Normalisation.MinMax).DefaultNormalisation);
        Carries(Full.WithDefaultNormalisation(Normalisation.MinMax), "normalisation");
        Assert.Null(Full.WithLimitingRule(null).LimitingRule);
        Carries(Full.WithLimitingRule(null), "rule");
        Carries(Full.WithIndicator("ew-eet", IndicatorPolicy.None.WithExcluded(true)), "indicators");
        Carries(Full.WithOutcomeWeight("SS", 0), "outcomeWeights");
        Assert.Equal(0, Full.WithOutcomeWeight("SS", 0).OutcomeWeight("SS"));
        Assert.Equal(1, Full.OutcomeWeight("SS"));
    }

    [Fact]
    public void IndicatorSettings_OfNone_RemoveTheEntry_AndTheNormalisationFallsBackToTheDefault()
    {
        var policy = Full.WithIndicator("ew-eet", IndicatorPolicy.None.WithNormalisation(Normalisation.MinMax));
        Assert.Equal(2, policy.Indicators.Count);
        Assert.Same(Normalisation.MinMax, policy.NormalisationOf("ew-eet"));
        var cleared = policy.WithIndicator("ew-eet", IndicatorPolicy.None);
        Assert.Single(cleared.Indicators);
        Assert.False(cleared.Indicators.ContainsKey("ew-eet"));
        Assert.Same(IndicatorPolicy.None, cleared.ForIndicator("ew-eet"));
        Assert.Equal(Full.DefaultNormalisation, cleared.NormalisationOf("ew-eet"));
        Assert.Equal(Full, cleared);
    }

    [Fact]
    public void UnknownOrOutOfRangeSettings_AreRefused_NamingTheArgument()
    {
        var p = ScoringPolicy.Default;
        Tests.Refused.Argument(() => p.WithComparator((Comparator)9), "comparator", "Unknown comparator 9.");
        Tests.Refused.Argument(() => p.WithNeighbourAverage((NeighbourAverage)9), "average", "Unknown neighbour average 9.");
        Tests.Refused.Argument(() => p.WithAggregation((AggregationMethod)9, AggregationMethod.Arithmetic), "outcome", "Unknown aggregation 9.");
        Tests.Refused.Argument(() => p.WithAggregation(AggregationMethod.Arithmetic, (AggregationMethod)9), "overall", "Unknown aggregation 9.");
        Tests.Refused.Argument(() => p.WithAggregation(AggregationMethod.Generalised, AggregationMethod.Generalised, 0), "power",
            "The generalised mean's power must not be 0; use the geometric mean.");
        Tests.Refused.OutOfRange(() => p.WithAggregation(AggregationMethod.Generalised, AggregationMethod.Generalised, 100.5), "power");
        Tests.Refused.OutOfRange(() => p.WithAggregation(AggregationMethod.Generalised, AggregationMethod.Generalised, -100.5), "power");
        Assert.Equal(100, p.WithAggregation(AggregationMethod.Generalised, AggregationMethod.Generalised, 100).AggregationPower);
        Assert.Equal(-100, p.WithAggregation(AggregationMethod.Generalised, AggregationMethod.Generalised, -100).AggregationPower);
        Tests.Refused.OutOfRange(() => p.WithCoverageThresholds(-0.01, 0.5), "outcome");
        Tests.Refused.OutOfRange(() => p.WithCoverageThresholds(0.5, 1.01), "overall");
        Tests.Refused.OutOfRange(() => p.WithCoverageThresholds(double.NaN, 0.5), "outcome");
        Assert.Equal((0.0, 1.0), (p.WithCoverageThresholds(0, 1).OutcomeCoverageThreshold, p.WithCoverageThresholds(0, 1).OverallCoverageThreshold));
        Tests.Refused.OutOfRange(() => p.WithOutcomeWeight("SS", -1), "weight");
        Tests.Refused.OutOfRange(() => p.WithOutcomeWeight("SS", double.PositiveInfinity), "weight");
        Assert.Throws<ArgumentNullException>("level", () => p.WithConfidenceLevel(null!));
        Assert.Throws<ArgumentNullException>("treatment", () => p.WithTreatment(null!));
        Assert.Throws<ArgumentNullException>("rule", () => p.WithRankingCoverage(null!));
        Assert.Throws<ArgumentNullException>("normalisation", () => p.WithDefaultNormalisation(null!));
        Assert.Throws<ArgumentNullException>("settings", () => p.WithIndicator("ss-x", null!));
        Assert.Throws<ArgumentNullException>("outcomeId", () => p.OutcomeWeight(null!));
    }
}
