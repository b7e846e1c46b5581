using System.Collections.Generic;
using OutcomesFramework.Evidence;
using OutcomesFramework.Indicators;
using OutcomesFramework.Scoring;
using OutcomesFramework.Scoring.Treatment;
using OutcomesFramework.Statistics;
using Xunit;

namespace OutcomesFramework.Tests.Scoring;

/// <summary>
/// The value semantics and text of the scoring engine's small types: every field takes part in equality (so a changed
/// setting is never mistaken for the same one), and the text is the documented form.
/// </summary>
public sealed class ScoringValueTypesTest
{
    // Equal to a, by value and by object, with the same hash; unequal to every one of others, both ways round.
    private static void EqualOnlyTo<T>(T a, T same, IEnumerable<T> others)
        where T : notnull
    {
        Assert.True(a.Equals(same));
        Assert.True(a.Equals((object)same));
        Assert.Equal(a.GetHashCode(), same.GetHashCode());
        Assert.False(a.Equals((object)"something else"));
        foreach (var other in others)
        {
            Assert.False(a.Equals(other), other.ToString());
            Assert.False(other.Equals(a), other.ToString());
            Assert.False(a.Equals((object)other), other.ToString());
        }
    }

    [Fact]
    public void ExplanationInput_EqualOnlyWhenNameAndValueAre_TextIsNameColonValue()
    {
        var a = new ExplanationInput("band", "B");
        EqualOnlyTo(a, new ExplanationInput("band", "B"), new[] { new ExplanationInput("band", "C"), new ExplanationInput("rank", "B"), new ExplanationInput("Band", "B") });
        Assert.True(a == new ExplanationInput("band", "B"));
        Assert.False(a != new ExplanationInput("band", "B"));
        Assert.True(a != new ExplanationInput("band", "b"));
        Assert.False(a == new ExplanationInput("band", "b"));
        Assert.Equal("band: B", a.ToString());
        // A default value (no name, no value) hashes as two empty parts, and equals itself.
        Assert.Equal(System.HashCode.Combine(0, 0), default(ExplanationInput).GetHashCode());
        Assert.True(default(ExplanationInput).Equals(default(ExplanationInput)));
    }

    [Fact]
    public void NamedValue_EqualOnlyWhenNameAndValueAre_TextIsNameEqualsRoundTripValue()
    {
        var a = new NamedValue("mean", 0.1);
        EqualOnlyTo(a, new NamedValue("mean", 0.1), new[] { new NamedValue("mean", 0.1 + 1e-16 * 2), new NamedValue("sd", 0.1), new NamedValue("Mean", 0.1) });
        Assert.True(a == new NamedValue("mean", 0.1));
        Assert.False(a != new NamedValue("mean", 0.1));
        Assert.True(a != new NamedValue("mean", 0.2));
        Assert.False(a == new NamedValue("mean", 0.2));
        Assert.Equal("mean=0.1", a.ToString());
        Assert.Equal("sd=-2.5", new NamedValue("sd", -2.5).ToString());
        Assert.Equal("zero=0", new NamedValue("zero", -0.0).ToString());
    }

    [Fact]
    public void NeighbourValue_EqualOnlyWhenCodeRankValueAndStatusAre()
    {
        var a = new NeighbourValue("E06000001", "Northtown", 2, 61.5, ObservationStatus.Value);
        EqualOnlyTo(a, new NeighbourValue("E06000001", "Northtown", 2, 61.5, ObservationStatus.Value), new[]
        {
            new NeighbourValue("E06000002", "Northtown", 2, 61.5, ObservationStatus.Value),
            new NeighbourValue("E06000001", "Northtown", 3, 61.5, ObservationStatus.Value),
            new NeighbourValue("E06000001", "Northtown", 2, 61.6, ObservationStatus.Value),
            new NeighbourValue("E06000001", "Northtown", 2, null, ObservationStatus.Value),
            new NeighbourValue("E06000001", "Northtown", 2, 61.5, null),
        });
        Assert.True(a == new NeighbourValue("E06000001", "Northtown", 2, 61.5, ObservationStatus.Value));
        Assert.False(a != new NeighbourValue("E06000001", "Northtown", 2, 61.5, ObservationStatus.Value));
        var suppressed = new NeighbourValue("E06000001", "Northtown", 2, null, ObservationStatus.Suppressed);
        Assert.True(a != suppressed);
        Assert.False(a == suppressed);
        Assert.Equal(2, a.Rank);
        Assert.Equal(ObservationStatus.Suppressed, suppressed.Status);
    }

    [Fact]
    public void LocalTarget_Judge_ByPolarity_WithTheToleranceAsTheNearBand()
    {
        var target = new LocalTarget(60, 2);
        // Higher is better: 61 meets it, 59 is 1 short (within 2: near), 58 is 2 short (near), 57.5 is 2.5 short (missed).
        Assert.Equal(TargetStatus.Met, target.Judge(61, Polarity.HigherIsBetter));
        Assert.Equal(TargetStatus.Met, target.Judge(60, Polarity.HigherIsBetter));
        Assert.Equal(TargetStatus.Near, target.Judge(59, Polarity.HigherIsBetter));
        Assert.Equal(TargetStatus.Near, target.Judge(58, Polarity.HigherIsBetter));
        Assert.Equal(TargetStatus.Missed, target.Judge(57.5, Polarity.HigherIsBetter));
        // Lower is better: the same distances on the other side.
        Assert.Equal(TargetStatus.Met, target.Judge(59, Polarity.LowerIsBetter));
        Assert.Equal(TargetStatus.Met, target.Judge(60, Polarity.LowerIsBetter));
        Assert.Equal(TargetStatus.Near, target.Judge(61, Polarity.LowerIsBetter));
        Assert.Equal(TargetStatus.Near, target.Judge(62, Polarity.LowerIsBetter));
        Assert.Equal(TargetStatus.Missed, target.Judge(62.5, Polarity.LowerIsBetter));
        // No polarity: within the tolerance either side is met (there is no "near"), beyond it missed.
        Assert.Equal(TargetStatus.Met, target.Judge(62, Polarity.NoPolarity));
        Assert.Equal(TargetStatus.Met, target.Judge(58, Polarity.NoPolarity));
        Assert.Equal(TargetStatus.Missed, target.Judge(62.5, Polarity.NoPolarity));
        Assert.Equal(TargetStatus.Missed, target.Judge(57.5, Polarity.NoPolarity));
        Assert.Equal(TargetStatus.Met, new LocalTarget(60).Judge(60, Polarity.NoPolarity));
        Assert.Equal(TargetStatus.Missed, new LocalTarget(60).Judge(60.5, Polarity.NoPolarity));
    }

    [Fact]
    public void LocalTarget_EqualOnlyWhenValueAndToleranceAre_TextShowsTheToleranceWhenThereIsOne()
    {
        var a = new LocalTarget(60, 2);
        EqualOnlyTo(a, new LocalTarget(60, 2), new[] { new LocalTarget(61, 2), new LocalTarget(60, 3), new LocalTarget(60) });
        Assert.False(a.Equals((LocalTarget?)null));
        Assert.False(a.Equals((object?)null));
        Assert.Equal("60 (tolerance 2)", a.ToString());
        Assert.Equal("0.1", new LocalTarget(0.1).ToString());
        Assert.Equal("-3.5 (tolerance 0.25)", new LocalTarget(-3.5, 0.25).ToString());
    }

    [Fact]
    public void LimitingRule_EqualOnlyWhenOutcomeAndBandsAre_TextStatesTheRule()
    {
        var a = new LimitingRule("SS", ScoreBand.D, ScoreBand.C);
        EqualOnlyTo(a, new LimitingRule("SS"), new[] { new LimitingRule("BH"), new LimitingRule("SS", ScoreBand.C, ScoreBand.C), new LimitingRule("SS", ScoreBand.D, ScoreBand.B) });
        Assert.False(a.Equals((LimitingRule?)null));
        Assert.Equal("SS in band D or below caps the overall band at C", a.ToString());
        Assert.Equal("BH in band C or below caps the overall band at B", new LimitingRule("BH", ScoreBand.C, ScoreBand.B).ToString());
        // "Or below" in band order: A is best, D worst; C triggers a C rule and so does D, B does not.
        var c = new LimitingRule("BH", ScoreBand.C, ScoreBand.B);
        Assert.True(c.IsTriggeredBy(ScoreBand.C));
        Assert.True(c.IsTriggeredBy(ScoreBand.D));
        Assert.False(c.IsTriggeredBy(ScoreBand.B));
    }

    [Fact]
    public void IndicatorPolicy_EqualOnlyWhenEverySettingIs()
    {
        var a = IndicatorPolicy.None.WithWeight(2).WithNormalisation(Normalisation.MinMax).WithTarget(new LocalTarget(50)).WithExcluded(false);
        var same = IndicatorPolicy.None.WithTarget(new LocalTarget(50)).WithNormalisation(Normalisation.MinMax).WithWeight(2);
        EqualOnlyTo(a, same, new[]
        {
            a.WithWeight(3), a.WithWeight(null), a.WithNormalisation(Normalisation.PercentileRank), a.WithNormalisation(null),
            a.WithTarget(new LocalTarget(51)), a.WithTarget(null), a.WithExcluded(true),
        });
        Assert.False(a.Equals((IndicatorPolicy?)null));
        Assert.Equal(IndicatorPolicy.None, IndicatorPolicy.None.WithWeight(null));
    }

    [Fact]
    public void RankingCoverage_EqualOnlyWhenHandlingAndThresholdAre_TextNamesBoth()
    {
        var a = RankingCoverage.Shrink(0.6);
        EqualOnlyTo(a, RankingCoverage.Shrink(0.6), new[] { RankingCoverage.Shrink(0.7), RankingCoverage.Flag(0.6), RankingCoverage.Minimum(0.6) });
        Assert.False(a.Equals((RankingCoverage?)null));
        Assert.Equal(RankingCoverage.Default, RankingCoverage.Flag(0.75));
        Assert.Equal("shrink below 60%", a.ToString());
        Assert.Equal("minimum below 50%", RankingCoverage.Minimum(0.5).ToString());
        Assert.Equal("flag below 75%", RankingCoverage.Default.ToString());
        Assert.True(a.IsThin(0.59));
        Assert.False(a.IsThin(0.6));
    }

    [Fact]
    public void Normalisation_EqualOnlyWhenMethodAndParametersAre_TextNamesThem()
    {
        var a = Normalisation.Goalposts(10, 90);
        EqualOnlyTo(a, Normalisation.Goalposts(10, 90), new[]
        {
            Normalisation.Goalposts(11, 90), Normalisation.Goalposts(10, 91), Normalisation.ZScore(10, 90), Normalisation.MinMax,
            Normalisation.PercentileRank, Normalisation.DistanceToTarget(90),
        });
        Assert.False(a.Equals((Normalisation?)null));
        var d = Normalisation.DistanceToTarget(72.5);
        EqualOnlyTo(d, Normalisation.DistanceToTarget(72.5), new[] { Normalisation.DistanceToTarget(72), Normalisation.DistanceToTarget() });
        Assert.Equal("distanceToTarget(target=72.5)", d.ToString());
        Assert.Equal("distanceToTarget(local target)", Normalisation.DistanceToTarget().ToString());
        Assert.Equal("goalposts(lower=10, upper=90)", a.ToString());
        Assert.Equal("zScore(mean=50, sd=10)", Normalisation.ZScore().ToString());
        Assert.Equal("minMax", Normalisation.MinMax.ToString());
        Assert.Equal("percentileRank", Normalisation.PercentileRank.ToString());
    }

    [Fact]
    public void NormalisedScore_ClampsToZeroToHundred_KeepsTheRawValueAndParameters()
    {
        var parameters = new[] { new NamedValue("lower", 10), new NamedValue("upper", 90) };
        var over = new NormalisedScore(Normalisation.Goalposts(10, 90), 112.5, parameters);
        Assert.Equal(100, over.Value);
        Assert.Equal(112.5, over.RawValue);
        Assert.True(over.IsClamped);
        Assert.Equal(parameters, over.Parameters);
        Assert.Equal("100 (clamped from 112.5)", over.ToString());
        var under = new NormalisedScore(Normalisation.MinMax, -0.00001);
        Assert.Equal(0, under.Value);
        Assert.True(under.IsClamped);
        Assert.Empty(under.Parameters);
        // Rounded to four places the raw value is zero, written without a sign.
        Assert.Equal("0 (clamped from 0)", under.ToString());
        Assert.Equal("0 (clamped from -0.5)", new NormalisedScore(Normalisation.MinMax, -0.5).ToString());
        var inside = new NormalisedScore(Normalisation.PercentileRank, 37.123);
        Assert.Equal(37.123, inside.Value);
        Assert.False(inside.IsClamped);
        Assert.Equal("37.12", inside.ToString());
        Assert.False(new NormalisedScore(Normalisation.MinMax, 0).IsClamped);
        Assert.False(new NormalisedScore(Normalisation.MinMax, 100).IsClamped);
        Assert.Same(Normalisation.MinMax, new NormalisedScore(Normalisation.MinMax, 100).Normalisation);
        Tests.Refused.Argument(() => new NormalisedScore(Normalisation.MinMax, double.NaN), "rawValue", "A score cannot be NaN.");
        Assert.Throws<System.ArgumentNullException>("normalisation", () => new NormalisedScore(null!, 1));
    }

    [Fact]
    public void ScoreBands_BetterAndWorse_InBandOrder()
    {
        Assert.Equal(ScoreBand.A, ScoreBands.Better(ScoreBand.A, ScoreBand.C));
        Assert.Equal(ScoreBand.A, ScoreBands.Better(ScoreBand.C, ScoreBand.A));
        Assert.Equal(ScoreBand.B, ScoreBands.Better(ScoreBand.B, ScoreBand.B));
        Assert.Equal(ScoreBand.C, ScoreBands.Worse(ScoreBand.A, ScoreBand.C));
        Assert.Equal(ScoreBand.D, ScoreBands.Worse(ScoreBand.D, ScoreBand.B));
        Assert.Equal(ScoreBand.A, ScoreBands.Of(75));
        Assert.Equal(ScoreBand.B, ScoreBands.Of(74.999));
        Assert.Equal(ScoreBand.B, ScoreBands.Of(50));
        Assert.Equal(ScoreBand.C, ScoreBands.Of(49.999));
        Assert.Equal(ScoreBand.C, ScoreBands.Of(25));
        Assert.Equal(ScoreBand.D, ScoreBands.Of(24.999));
    }

    [Fact]
    public void ComparatorValue_Text_IsTheValueTheStatusOrNoData()
    {
        Assert.Equal("England: 61.5", new ComparatorValue("E92000001", "England", 61.5, ObservationStatus.Value).ToString());
        Assert.Equal("England: suppressed (c)", new ComparatorValue("E92000001", "England", null, ObservationStatus.Suppressed).ToString());
        Assert.Equal("England: no data", new ComparatorValue("E92000001", "England", null, null).ToString());
        Tests.Refused.Argument(() => new ComparatorValue("E92000001", "England", 61.5, ObservationStatus.Suppressed), "status", "A comparator value needs status Value.");
    }

    [Fact]
    public void ScoringPolicy_EqualOnlyWhenEverySettingIs()
    {
        var a = ScoringPolicy.Default;
        EqualOnlyTo(a, ScoringPolicy.Default.WithComparator(ScoringPolicy.Default.Comparator), new[]
        {
            a.WithComparator(Comparator.Region),
            a.WithNeighbourAverage(NeighbourAverage.Median),
            a.WithConfidenceLevel(ConfidenceLevel.NinetyNinePointEightPercent),
            a.WithCoverageThresholds(a.OutcomeCoverageThreshold + 0.1, a.OverallCoverageThreshold),
            a.WithCoverageThresholds(a.OutcomeCoverageThreshold, a.OverallCoverageThreshold + 0.1),
            a.WithAggregation(AggregationMethod.Minimum, a.OverallAggregation),
            a.WithAggregation(a.OutcomeAggregation, AggregationMethod.Minimum),
            a.WithAggregation(AggregationMethod.Generalised, AggregationMethod.Generalised, 2),
            a.WithTreatment(DataTreatment.Coinr),
            a.WithRankingCoverage(RankingCoverage.Minimum(0.5)),
            a.WithLatestPublishedComparators(!a.LatestPublishedComparators),
            a.WithDefaultNormalisation(Normalisation.MinMax),
            a.WithLimitingRule(new LimitingRule("SS")),
            a.WithIndicator("x", IndicatorPolicy.None.WithWeight(2)),
            a.WithOutcomeWeight("SS", 2),
        });
        Assert.False(a.Equals((ScoringPolicy?)null));
        Assert.NotEqual(a.WithIndicator("x", IndicatorPolicy.None.WithWeight(2)), a.WithIndicator("x", IndicatorPolicy.None.WithWeight(3)));
        Assert.NotEqual(a.WithIndicator("x", IndicatorPolicy.None.WithWeight(2)), a.WithIndicator("y", IndicatorPolicy.None.WithWeight(2)));
        Assert.NotEqual(a.WithOutcomeWeight("SS", 2), a.WithOutcomeWeight("SS", 3));
        Assert.NotEqual(a.WithOutcomeWeight("SS", 2), a.WithOutcomeWeight("BH", 2));
        Assert.Equal(a.WithOutcomeWeight("SS", 2).WithOutcomeWeight("BH", 3), a.WithOutcomeWeight("BH", 3).WithOutcomeWeight("SS", 2));
    }

    [Fact]
    public void NeighbourComparison_Built_CountsTheNeighboursWithAValue()
    {
        var list = System.Collections.Immutable.ImmutableArray.Create(
            new NeighbourValue("E06000001", "Northtown A", 1, 40, ObservationStatus.Value),
            new NeighbourValue("E06000002", "Northtown B", 2, null, ObservationStatus.Suppressed),
            new NeighbourValue("E06000003", "Northtown C", 3, 50, ObservationStatus.Value),
            new NeighbourValue("E06000004", "Northtown D", 4, null, null));
        var n = new NeighbourComparison(NeighbourAverage.Median, 45, list);
        Assert.Equal(NeighbourAverage.Median, n.Average);
        Assert.Equal(45, n.Value);
        Assert.Equal(list, n.Neighbours);
        Assert.Equal(2, n.UsedCount);
        Assert.Equal(2, n.MissingCount);
        var none = new NeighbourComparison(NeighbourAverage.Mean, null, default);
        Assert.Empty(none.Neighbours);
        Assert.Equal(0, none.UsedCount);
        Assert.Equal(0, none.MissingCount);
        Assert.Null(none.Value);
    }

    [Fact]
    public void NoBand_IsWrittenAsNothing_AndNoPolarity_HasNoScore()
    {
        Assert.Equal(string.Empty, Describe.Band(null));
        Assert.Equal(string.Empty, Describe.Band(QuartileBand.None));
        Assert.Equal("A", Describe.Band(QuartileBand.A));
        // The models' fast score: an indicator without polarity is never scored, whatever the method.
        Assert.True(double.IsNaN(Normaliser.Score(Normalisation.MinMax, 5, Polarity.NoPolarity, 3, 5, 1, 4, 6, 1, 2, null)));
        Assert.Equal(50, Normaliser.Score(Normalisation.MinMax, 5, Polarity.HigherIsBetter, 3, 5, 1, 4, 6, 1, 2, null));
    }
}
