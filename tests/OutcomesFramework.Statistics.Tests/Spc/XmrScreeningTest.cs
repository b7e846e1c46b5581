using System;
using System.Linq;
using OutcomesFramework.Statistics.Spc;
using Xunit;

namespace OutcomesFramework.Statistics.Tests.Spc;

/// <summary>Moving-range screening at its limit, which ranges count as used, and trend windows across a recalculation.</summary>
public sealed class XmrScreeningTest
{
    private static readonly SpcOptions Nhsr = SpcOptions.NhsrPlotTheDots022;
    private static readonly SpcOptions Nhse = SpcOptions.NhsEngland2024;

    /// <summary>
    /// A constant series: every moving range is 0 and the screening limit is 3.267 × 0 = 0. NHS England's SQL
    /// screening keeps ranges at or below the limit, so all 12 are kept: average 0, both limits on the mean, and no
    /// "limits undefined" warning (NHSR's strict screening keeps none: see XmrChartTest).
    /// </summary>
    [Fact]
    public void InclusiveScreening_RangeOnTheLimit_IsKept()
    {
        var options = Nhsr.WithMovingRangeScreening(MovingRangeScreening.KeepAtOrBelowLimitAndRecomputeMean);
        var chart = Xmr.Compute(Enumerable.Repeat((double?)5, 13).ToArray(), options, ImprovementDirection.Increase);
        var segment = chart.Segments[0];
        Assert.Equal(0, segment.AverageMovingRange);
        Assert.Equal(12, segment.MovingRangesUsed);
        Assert.Equal(0, segment.MovingRangesScreenedOut);
        Assert.Equal(5, segment.LowerProcessLimit);
        Assert.Equal(5, segment.UpperProcessLimit);
        Assert.Equal(SpcWarningKinds.None, chart.Summary.Warnings & SpcWarningKinds.LimitsUndefined);
    }

    /// <summary>
    /// 1, 3 six times then 30 (NHSR): the first average moving range is (11 × 2 + 27) / 12 ≈ 4.08, the screening
    /// limit ≈ 13.3, so the range of 27 into the last point is screened out and the eleven ranges of 2 are used.
    /// </summary>
    [Fact]
    public void Screening_ScreenedRange_IsNotMarkedUsed()
    {
        var values = Enumerable.Range(0, 12).Select(i => (double?)(i % 2 == 0 ? 1 : 3)).Append(30).ToArray();
        var chart = Xmr.Compute(values, Nhsr, ImprovementDirection.Increase);
        Assert.False(chart.Points[0].MovingRangeInLimits);
        Assert.True(chart.Points[1].MovingRangeInLimits);
        Assert.False(chart.Points[12].MovingRangeInLimits);
        Assert.Equal(27, chart.Points[12].MovingRange);
        Assert.Equal(11, chart.Segments[0].MovingRangesUsed);
        Assert.Equal(1, chart.Segments[0].MovingRangesScreenedOut);
        Assert.Equal(2, chart.Segments[0].AverageMovingRange!.Value, 12);

        // Without screening (NHSE) every range is used, the 27 included: (11 × 2 + 27) / 12.
        var unscreened = Xmr.Compute(values, Nhse, ImprovementDirection.Increase);
        Assert.True(unscreened.Points[12].MovingRangeInLimits);
        Assert.Equal(49.0 / 12, unscreened.Segments[0].AverageMovingRange!.Value, 12);
    }

    /// <summary>
    /// 1, 2, 3 | 4, missing, 6, 7, 8, 9 with a recalculation at index 3. NHSR's 7-point trend looks at 6 steps: within
    /// the second segment there are only 5, but across the recalculation the steps 1→2 … 3→4, two gaps, 6→7 … 8→9 all
    /// rise or are gaps, so with the trend crossing recalculations the missing value at index 4 is reported.
    /// </summary>
    [Fact]
    public void MissingValueInTrendWindow_OnlyWhenTheTrendCrossesTheRecalculation()
    {
        double?[] values = [1, 2, 3, 4, null, 6, 7, 8, 9];
        var within = Xmr.Compute(values, Nhsr, ImprovementDirection.Increase, recalculateAt: [3]);
        Assert.Equal(SpcWarningKinds.None, within.Summary.Warnings & SpcWarningKinds.MissingValueInTrendWindow);
        var crossing = Xmr.Compute(values, Nhsr.WithRulesCrossingRecalculation(SpcRules.Trend), ImprovementDirection.Increase, recalculateAt: [3]);
        Assert.Equal(SpcWarningKinds.MissingValueInTrendWindow, crossing.Summary.Warnings & SpcWarningKinds.MissingValueInTrendWindow);
        var warning = Assert.Single(crossing.Warnings, w => w.Kind == SpcWarningKinds.MissingValueInTrendWindow);
        Assert.Equal(4, warning.PointIndex);
        Assert.Contains("index 4 sits in a 7-point window", warning.Message, StringComparison.Ordinal);
    }
}
