using System;
using System.Linq;
using OutcomesFramework.Statistics;
using Xunit;

namespace OutcomesFramework.Statistics.Tests;

public sealed class ConfidenceLevelTest
{
    [Theory]
    [InlineData(0.0)]
    [InlineData(1.0)]
    [InlineData(-0.5)]
    [InlineData(95.0)]
    [InlineData(double.NaN)]
    public void FromProbability_OutOfRange_ThrowsNamingValue(double p)
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => ConfidenceLevel.FromProbability(p));
        Assert.Equal("probability", ex.ParamName);
    }

    [Fact]
    public void FromPercent_StandardLevels_ReturnSharedInstances()
    {
        Assert.Same(ConfidenceLevel.NinetyFivePercent, ConfidenceLevel.FromPercent(95));
        Assert.Same(ConfidenceLevel.NinetyNinePointEightPercent, ConfidenceLevel.FromProbability(0.998));
        Assert.Equal("99.8%", ConfidenceLevel.NinetyNinePointEightPercent.ToString());
        Assert.Throws<ArgumentOutOfRangeException>(() => ConfidenceLevel.FromPercent(100));
    }

    [Fact]
    public void AnyLevel_Z_IsTheTwoSidedNormalQuantile()
    {
        // 90%: z = qnorm(0.95) = 1.6448536269514722 (R 4.2.2).
        Assert.Equal(1.6448536269514722, ConfidenceLevel.FromProbability(0.9).Z, 1e-15);
        Assert.Equal("90%", ConfidenceLevel.FromProbability(0.9).ToString());
    }
}

public sealed class BenchmarkComparisonTest
{
    private static readonly ConfidenceInterval Ci = ConfidenceInterval.FromLimits(2.5, 2.7, ConfidenceLevel.NinetyFivePercent);

    [Fact]
    public void Compare_MissingInputs_AreNotCompared()
    {
        Assert.Equal(BenchmarkOutcome.NotCompared, BenchmarkComparison.Compare(null, Ci, 3.0, Polarity.HigherIsBetter));
        Assert.Equal(BenchmarkOutcome.NotCompared, BenchmarkComparison.Compare(2.6, null, 3.0, Polarity.HigherIsBetter));
        Assert.Equal(BenchmarkOutcome.NotCompared, BenchmarkComparison.Compare(2.6, Ci, double.NaN, Polarity.HigherIsBetter));
        Assert.Equal(BenchmarkOutcome.NotCompared, BenchmarkComparison.Compare((Estimate?)null, 3.0, Polarity.HigherIsBetter));
    }

    [Theory]
    [InlineData(2.5, BenchmarkOutcome.Similar)] // limits are inclusive
    [InlineData(2.7, BenchmarkOutcome.Similar)]
    [InlineData(3.0, BenchmarkOutcome.Lower)]
    [InlineData(2.0, BenchmarkOutcome.Higher)]
    public void Compare_NoPolarity_ReadsLowerSimilarHigher(double benchmark, BenchmarkOutcome expected) =>
        Assert.Equal(expected, BenchmarkComparison.Compare(2.6, Ci, benchmark, Polarity.NoPolarity));

    [Fact]
    public void Compare_WilsonEstimate_UsesItsInterval()
    {
        // 65/100: 95% Wilson [55.25, 73.64] %. England at 50% lies below it: higher is better → Better.
        var estimate = Wilson.Proportion(65, 100, ConfidenceLevel.NinetyFivePercent, 100);
        Assert.Equal(BenchmarkOutcome.Better, BenchmarkComparison.Compare(estimate, 50, Polarity.HigherIsBetter));
        Assert.Equal(BenchmarkOutcome.Similar, BenchmarkComparison.Compare(estimate, 60, Polarity.HigherIsBetter));
        var both = Wilson.ProportionBothLevels(65, 100, 100);
        // 99.8% Wilson lower is 49.55%: 50% sits between the 99.8% and 95% lower limits → Better, not Best.
        Assert.Equal(BenchmarkOutcome.Better, BenchmarkComparison.Compare(both, 50, Polarity.HigherIsBetter));
        Assert.Equal(BenchmarkOutcome.Worst, BenchmarkComparison.Compare(both, 40, Polarity.LowerIsBetter));
    }

    [Fact]
    public void FromLimits_UpperBelowLower_Throws() =>
        Assert.Throws<ArgumentException>(() => ConfidenceInterval.FromLimits(3, 2, ConfidenceLevel.NinetyFivePercent));

    [Fact]
    public void FromLimits_WithMethod_KeepsTheMethodAndChecksLikeTheSuppliedForm()
    {
        var ci = ConfidenceInterval.FromLimits(0.5525, 0.7364, ConfidenceLevel.NinetyFivePercent, IntervalMethod.Wilson);
        Assert.Equal(IntervalMethod.Wilson, ci.Method);
        Assert.Equal(0.5525, ci.Lower);
        Assert.Equal(0.7364, ci.Upper);
        Assert.Same(ConfidenceLevel.NinetyFivePercent, ci.Level);
        Assert.Throws<ArgumentException>(() => ConfidenceInterval.FromLimits(3, 2, ConfidenceLevel.NinetyFivePercent, IntervalMethod.Byars));
        Assert.Throws<ArgumentOutOfRangeException>(() => ConfidenceInterval.FromLimits(double.NaN, 2, ConfidenceLevel.NinetyFivePercent, IntervalMethod.Byars));
        Assert.Throws<ArgumentNullException>(() => ConfidenceInterval.FromLimits(1, 2, null!, IntervalMethod.Byars));
        Assert.Throws<ArgumentOutOfRangeException>(() => ConfidenceInterval.FromLimits(1, 2, ConfidenceLevel.NinetyFivePercent, (IntervalMethod)99));
    }
}

public sealed class RecentTrendTest
{
    private static TrendPoint[] Rising(int count) => Enumerable.Range(0, count)
        .Select(i => new TrendPoint(10 + (2.0 * i), 100 + (20 * i), 1000, 9.5 + (2.0 * i), 10.5 + (2.0 * i))).ToArray();

    [Fact]
    public void Calculate_IneligibleValueType_CannotBeCalculated()
    {
        var result = RecentTrend.Calculate(Rising(5), TrendValueType.Other, Polarity.HigherIsBetter);
        Assert.Equal(TrendMarker.CannotBeCalculated, result.Marker);
        Assert.Contains("value type", result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Calculate_FourPointsOrGap_CannotBeCalculated()
    {
        Assert.Equal(TrendDirection.CannotBeCalculated, RecentTrend.Calculate(Rising(4), TrendValueType.Proportion, Polarity.HigherIsBetter).Direction);
        var gap = Rising(6);
        gap[3] = new TrendPoint(null, 130, 1000, 15, 16);
        Assert.Equal(TrendDirection.CannotBeCalculated, RecentTrend.Calculate(gap, TrendValueType.Proportion, Polarity.HigherIsBetter).Direction);
        Assert.Equal(TrendDirection.CannotBeCalculated, RecentTrend.Calculate(Rising(5), TrendValueType.Proportion, Polarity.HigherIsBetter, yearRange: 3).Direction);
    }

    [Fact]
    public void Calculate_SteadyRise_IsIncreasingThroughPolarity()
    {
        // Equal weights (s = 1/3.92 each): slope = 2 per period; SE = √(S1/(S1·S5 − S3²)) with w = 3.92² gives
        // SE = 1/(3.92·√10), so χ² = (2·3.92·√10)² ≈ 614.7 > 9.55 and every leave-one-out slope is +2.
        var result = RecentTrend.Calculate(Rising(5), TrendValueType.CrudeRate, Polarity.LowerIsBetter);
        Assert.True(result.IsSignificant);
        Assert.Equal(2, result.Slope!.Value, 1e-12);
        Assert.Equal(Math.Pow(2 * 3.92 * Math.Sqrt(10), 2), result.ChiSquared!.Value, 1e-9);
        Assert.Equal(TrendDirection.IncreasingAndGettingWorse, result.Direction);
        Assert.Equal(TrendDirection.IncreasingAndGettingBetter, RecentTrend.Calculate(Rising(5), TrendValueType.CrudeRate, Polarity.HigherIsBetter).Direction);
    }
}
