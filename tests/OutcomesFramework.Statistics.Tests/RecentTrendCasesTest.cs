using System;
using System.Collections.Generic;
using System.Linq;
using OutcomesFramework.Statistics;
using Xunit;

namespace OutcomesFramework.Statistics.Tests;

/// <summary>
/// The recent trend's "cannot be calculated" cases and their Fingertips messages (issue #11, mutation testing):
/// users see the message in place of a trend, so each case must give its own.
/// </summary>
public sealed class RecentTrendCasesTest
{
    private static TrendPoint Point(double count, double denominator) =>
        new(count / denominator * 100, count, denominator, (count / denominator * 100) - 1, (count / denominator * 100) + 1);

    private static List<TrendPoint> Points(int n) => Enumerable.Range(0, n).Select(i => Point(10 + i, 100)).ToList();

    [Fact]
    public void NullPoints_ThrowsNamingThem() =>
        Assert.Equal("pointsOldestFirst", Assert.Throws<ArgumentNullException>(() => RecentTrend.Calculate(null!, TrendValueType.Proportion, Polarity.HigherIsBetter)).ParamName);

    [Fact]
    public void FewerThanFivePoints_NotEnoughDataPoints()
    {
        var result = RecentTrend.Calculate(Points(4), TrendValueType.Proportion, Polarity.HigherIsBetter);
        Assert.Equal(TrendMarker.CannotBeCalculated, result.Marker);
        Assert.Equal("Not enough data points to calculate recent trend", result.Message);
        Assert.False(result.IsSignificant);
        Assert.Null(result.ChiSquared);
    }

    [Fact]
    public void ExactlyFivePoints_IsEnough()
    {
        var result = RecentTrend.Calculate(Points(5), TrendValueType.Proportion, Polarity.HigherIsBetter);
        Assert.NotEqual(TrendMarker.CannotBeCalculated, result.Marker);
        Assert.Equal(RecentTrend.PointsToUse, result.PointsUsed);
        Assert.Equal(string.Empty, result.Message);
    }

    [Fact]
    public void AnInvalidPointAmongTheLastFive_NotEnoughValidPoints()
    {
        var points = Points(7);
        points[4] = new TrendPoint(null, 12, 100);
        var result = RecentTrend.Calculate(points, TrendValueType.Proportion, Polarity.HigherIsBetter);
        Assert.Equal(TrendMarker.CannotBeCalculated, result.Marker);
        Assert.Equal("Not enough data points with valid values to calculate recent trend", result.Message);
        // An invalid point before the last five does not matter.
        points[4] = Point(14, 100);
        points[0] = new TrendPoint(null, 12, 100);
        Assert.NotEqual(TrendMarker.CannotBeCalculated, RecentTrend.Calculate(points, TrendValueType.Proportion, Polarity.HigherIsBetter).Marker);
    }

    [Fact]
    public void OtherValueTypeOrYearRange_CannotBeCalculated_SayingWhy()
    {
        var other = RecentTrend.Calculate(Points(5), TrendValueType.Other, Polarity.HigherIsBetter);
        Assert.Equal(TrendMarker.CannotBeCalculated, other.Marker);
        Assert.Contains("value type", other.Message, StringComparison.Ordinal);
        var years = RecentTrend.Calculate(Points(5), TrendValueType.Proportion, Polarity.HigherIsBetter, yearRange: 3);
        Assert.Equal(TrendMarker.CannotBeCalculated, years.Marker);
        Assert.Contains("year range", years.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CountEqualToDenominator_CannotBeCalculated()
    {
        var points = Points(5);
        points[2] = Point(100, 100);
        var result = RecentTrend.Calculate(points, TrendValueType.Proportion, Polarity.HigherIsBetter);
        Assert.Equal(TrendMarker.CannotBeCalculated, result.Marker);
        Assert.Equal("The recent trend cannot be calculated", result.Message);
    }

    [Fact]
    public void APointWithoutLimits_NoSignificantChange_SayingWhy()
    {
        var points = Points(5);
        points[3] = new TrendPoint(13, 13, 100);
        var result = RecentTrend.Calculate(points, TrendValueType.Proportion, Polarity.HigherIsBetter);
        Assert.Equal(TrendMarker.NoSignificantChange, result.Marker);
        Assert.False(result.IsSignificant);
        Assert.Contains("no 95% confidence limits", result.Message, StringComparison.Ordinal);
    }
}
