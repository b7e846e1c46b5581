using System;
using OutcomesFramework.Statistics;
using Xunit;

namespace OutcomesFramework.Statistics.Tests;

/// <summary>
/// A benchmark exactly on a confidence limit (issue #11, mutation testing). The limits are inclusive
/// (<see cref="ConfidenceInterval.Contains"/>), so a benchmark on the 99.8% limit is inside the 99.8% interval: the
/// area is Better/Worse (significant at 95% only), not Best/Worst.
/// </summary>
public sealed class BenchmarkBoundaryTest
{
    private static readonly ConfidenceInterval Ci95 = ConfidenceInterval.FromLimits(8, 12, ConfidenceLevel.NinetyFivePercent);
    private static readonly ConfidenceInterval Ci998 = ConfidenceInterval.FromLimits(6, 14, ConfidenceLevel.NinetyNinePointEightPercent);

    [Theory]
    [InlineData(6, BenchmarkOutcome.Better)]      // on the lower 99.8% limit: significant at 95% only
    [InlineData(5.999, BenchmarkOutcome.Best)]    // just below it: significant at 99.8%
    [InlineData(8, BenchmarkOutcome.Similar)]     // on the lower 95% limit: inside
    [InlineData(12, BenchmarkOutcome.Similar)]    // on the upper 95% limit: inside
    [InlineData(14, BenchmarkOutcome.Worse)]      // on the upper 99.8% limit
    [InlineData(14.001, BenchmarkOutcome.Worst)]  // just above it
    public void TwoLevels_BenchmarkOnALimit_CountsAsInside(double benchmark, BenchmarkOutcome expected) =>
        Assert.Equal(expected, BenchmarkComparison.Compare(10, Ci95, Ci998, benchmark, Polarity.HigherIsBetter));

    [Theory]
    [InlineData(8, BenchmarkOutcome.Similar)]
    [InlineData(12, BenchmarkOutcome.Similar)]
    [InlineData(7.999, BenchmarkOutcome.Better)]
    [InlineData(12.001, BenchmarkOutcome.Worse)]
    public void OneLevel_BenchmarkOnALimit_CountsAsInside(double benchmark, BenchmarkOutcome expected) =>
        Assert.Equal(expected, BenchmarkComparison.Compare(10, Ci95, benchmark, Polarity.HigherIsBetter));
}
