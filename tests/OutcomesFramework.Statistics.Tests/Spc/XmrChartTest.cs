using System;
using System.Linq;
using OutcomesFramework.Statistics.Spc;
using Xunit;

namespace OutcomesFramework.Statistics.Tests.Spc;

/// <summary>Behaviour shown by hand calculations written out in each test.</summary>
public sealed class XmrChartTest
{
    private static readonly SpcOptions Nhsr = SpcOptions.NhsrPlotTheDots022;
    private static readonly SpcOptions Nhse = SpcOptions.NhsEngland2024;

    private static double?[] Series(params double[] values) => values.Select(v => (double?)v).ToArray();

    /// <summary>
    /// 1, 2, 4, missing, 5, 7: the mean is (1 + 2 + 4 + 5 + 7) / 5 = 3.8; the moving ranges are 1, 2, (lost),
    /// (lost), 2, so the average is 5 / 3 and the limits 3.8 ± 2.66 × 5 / 3.
    /// </summary>
    [Fact]
    public void Compute_MissingValue_IsLeftOutAndNotBridged()
    {
        var chart = Xmr.Compute([1, 2, 4, null, 5, 7], Nhsr, ImprovementDirection.Increase);
        var segment = Assert.Single(chart.Segments);
        Assert.Equal(3.8, segment.Mean!.Value, 12);
        Assert.Equal(5.0 / 3, segment.AverageMovingRange!.Value, 12);
        Assert.Equal(3.8 + (2.66 * 5 / 3), segment.UpperProcessLimit!.Value, 12);
        Assert.Equal([null, 1.0, 2.0, null, null, 2.0], chart.Points.Select(p => p.MovingRange));
        var missing = chart.Points[3];
        Assert.Null(missing.Value);
        Assert.Equal(0, missing.SideOfMean);
        Assert.Equal(Variation.CommonCause, missing.Variation);
        var warning = Assert.Single(chart.Warnings, w => w.Kind == SpcWarningKinds.MissingValues);
        Assert.Equal(3, warning.PointIndex);
    }

    /// <summary>
    /// NHSRplotthedots stops with "missing value where TRUE/FALSE needed" on a missing value inside a 7-point window
    /// whose other steps all rise (1, 2, 3, NA, 5, 6, 7: steps +, +, NA, NA, +, +). We return the chart: the gap
    /// breaks the trend (after it only 5, 6, 7, 8 rise: 3 steps), no point is a trend, and a warning names the gap.
    /// </summary>
    [Fact]
    public void Compute_MissingValueInsideRisingRun_ReturnsChartWithWarningInsteadOfFailing()
    {
        var chart = Xmr.Compute([1, 2, 3, null, 5, 6, 7, 8, 3, 4, 2, 5, 3], Nhsr, ImprovementDirection.Increase);
        Assert.All(chart.Points, p => Assert.Equal(SpcSignals.None, p.Signals & (SpcSignals.TrendIncreasing | SpcSignals.TrendDecreasing)));
        var warning = Assert.Single(chart.Warnings, w => w.Kind == SpcWarningKinds.MissingValueInTrendWindow);
        Assert.Equal(3, warning.PointIndex);
        Assert.Contains("NHSRplotthedots", warning.Message, StringComparison.Ordinal);
        Assert.NotNull(chart.VariationIcon);
    }

    [Fact]
    public void Compute_MissingValueWithMixedSteps_HasNoTrendWindowWarning()
    {
        // 1, 3, 2, NA, 5, 6, 7: the non-missing steps are +, −, +, + — NHSRplotthedots' all() is FALSE, no error.
        var chart = Xmr.Compute([1, 3, 2, null, 5, 6, 7], Nhsr, ImprovementDirection.Increase);
        Assert.DoesNotContain(chart.Warnings, w => w.Kind == SpcWarningKinds.MissingValueInTrendWindow);
        Assert.Contains(chart.Warnings, w => w.Kind == SpcWarningKinds.MissingValues);
    }

    /// <summary>
    /// A constant series: every moving range is 0 and 0 &lt; 3.267 × 0 is false, so NHSRplotthedots' screening drops
    /// them all and the limits are undefined (NaN in R); without screening they collapse onto the mean.
    /// </summary>
    [Fact]
    public void Compute_ConstantSeries_ScreenedLimitsUndefinedUnscreenedCollapse()
    {
        var values = Series(Enumerable.Repeat(4.0, 15).ToArray());
        var screened = Xmr.Compute(values, Nhsr, ImprovementDirection.Increase, target: 5);
        var segment = Assert.Single(screened.Segments);
        Assert.Equal(4.0, segment.Mean);
        Assert.Null(segment.UpperProcessLimit);
        Assert.Equal(14, segment.MovingRangesScreenedOut);
        Assert.Contains(screened.Warnings, w => w.Kind == SpcWarningKinds.LimitsUndefined);
        Assert.Null(screened.AssuranceIcon);
        Assert.Equal(Variation.CommonCause, screened.VariationIcon);

        var unscreened = Xmr.Compute(values, Nhsr.WithMovingRangeScreening(MovingRangeScreening.Off), ImprovementDirection.Increase, target: 5);
        Assert.Equal(4.0, unscreened.Segments[0].UpperProcessLimit);
        Assert.Equal(4.0, unscreened.Segments[0].LowerProcessLimit);
        Assert.Equal(AssuranceIcon.Fail, unscreened.AssuranceIcon);
    }

    /// <summary>
    /// The deviations vignette series 1, 2, 1, 2, 10, 1, 2, … (18 points, sum 35). Moving ranges: fifteen
    /// 1s, an 8 and a 9, average 32 / 17 = 1.882, screening limit 3.267 × 1.882 = 6.15, so 8 and 9 go. NHSR keeps the
    /// mean 35 / 18; NHS England's SQL screening also drops points 5 (10) and 6 (1) from it: 24 / 16 = 1.5.
    /// </summary>
    [Fact]
    public void Compute_SqlScreening_RecomputesTheMean()
    {
        var values = Series(1, 2, 1, 2, 10, 1, 2, 1, 2, 1, 2, 1, 2, 1, 2, 1, 2, 1);
        var nhsr = Xmr.Compute(values, Nhsr, ImprovementDirection.Increase).Segments[0];
        Assert.Equal(35.0 / 18, nhsr.Mean!.Value, 12);
        Assert.Equal(1.0, nhsr.AverageMovingRange!.Value, 12);
        Assert.Equal(2, nhsr.MovingRangesScreenedOut);

        var sqlOptions = Nhse.WithMovingRangeScreening(MovingRangeScreening.KeepAtOrBelowLimitAndRecomputeMean);
        var sql = Xmr.Compute(values, sqlOptions, ImprovementDirection.Increase).Segments[0];
        Assert.Equal(1.5, sql.Mean!.Value, 12);
        Assert.Equal(1.0, sql.AverageMovingRange!.Value, 12);
        Assert.Equal(1.5 - 2.66, sql.LowerProcessLimit!.Value, 12);
    }

    /// <summary>
    /// Ten points 6, 14, 6, 14, … then 1, 2, …, 7, 2 (18 points, sum 130, mean 7.22). Moving ranges: nine 8s, 13,
    /// six 1s, 5: average 96 / 17 = 5.65, limits −7.8 to 22.2, 2-sigma lines −2.8 to 17.2: nothing beyond. The last 8
    /// points are below the mean (a shift) and 1…7 is a rising trend below it: a conflict on points 11-17.
    /// </summary>
    [Fact]
    public void Compute_RisingTrendBelowMean_ConflictPolicies()
    {
        var values = Series(6, 14, 6, 14, 6, 14, 6, 14, 6, 14, 1, 2, 3, 4, 5, 6, 7, 2);
        var trend = Enumerable.Range(10, 7).ToArray();

        // NHSR: one label by precedence; the trend beats the run, the 8th low point is the run alone.
        var nhsr = Xmr.Compute(values, Nhsr, ImprovementDirection.Increase);
        Assert.All(trend, i => Assert.Equal(SpecialCauseType.TrendIncreasing, nhsr.Points[i].SpecialCauseType));
        Assert.All(trend, i => Assert.Equal(Variation.ImprovementHigh, nhsr.Points[i].Variation));
        Assert.Equal(SpecialCauseType.ShiftBelow, nhsr.Points[17].SpecialCauseType);
        Assert.Equal(Variation.ConcernLow, nhsr.Points[17].Variation);
        Assert.All(Enumerable.Range(0, 10), i => Assert.Equal(Variation.CommonCause, nhsr.Points[i].Variation));

        // NHS England: improvement wins the conflict; with concern winning, all eight are concerns.
        var improvement = Xmr.Compute(values, Nhse, ImprovementDirection.Increase);
        Assert.All(trend, i => Assert.Equal(SpcSignals.ShiftBelow | SpcSignals.TrendIncreasing, improvement.Points[i].Signals));
        Assert.All(trend, i => Assert.Equal(Variation.ImprovementHigh, improvement.Points[i].Variation));
        Assert.Equal(Variation.ConcernLow, improvement.Points[17].Variation);
        var concern = Xmr.Compute(values, Nhse.WithConflictResolution(ConflictResolution.ConcernWins), ImprovementDirection.Increase);
        Assert.All(Enumerable.Range(10, 8), i => Assert.Equal(Variation.ConcernLow, concern.Points[i].Variation));
        Assert.All(trend, i => Assert.Equal(SpecialCauseType.ShiftBelow, concern.Points[i].SpecialCauseType));
        // The last point is not in the trend, so the icon has no conflict; point 17 (index 16) would.
        Assert.DoesNotContain(improvement.Warnings, w => w.Kind == SpcWarningKinds.VariationIconConflict);
        var cut = Xmr.Compute(values.Take(17).ToArray(), Nhse, ImprovementDirection.Increase);
        Assert.Contains(cut.Warnings, w => w.Kind == SpcWarningKinds.VariationIconConflict && w.PointIndex == 16);
    }

    /// <summary>
    /// NHSRplotthedots' trend direction is the local slope: at a peak shared by a rising and a falling trend
    /// (1…7…1) the step to the next point falls, so the peak reads decreasing; at a trough (7…1…7) it rises.
    /// With a tie between trends (1…7, 7, 6…1) the step from the last rising point is 0, which is not a rise, so
    /// that point reads decreasing too.
    /// </summary>
    [Theory]
    [InlineData(new double[] { 1, 2, 3, 4, 5, 6, 7, 6, 5, 4, 3, 2, 1 }, 6, SpecialCauseType.TrendDecreasing)]
    [InlineData(new double[] { 7, 6, 5, 4, 3, 2, 1, 2, 3, 4, 5, 6, 7 }, 6, SpecialCauseType.TrendIncreasing)]
    [InlineData(new double[] { 1, 2, 3, 4, 5, 6, 7, 7, 6, 5, 4, 3, 2, 1 }, 6, SpecialCauseType.TrendDecreasing)]
    [InlineData(new double[] { 1, 2, 3, 4, 5, 6, 7, 7, 6, 5, 4, 3, 2, 1 }, 5, SpecialCauseType.TrendIncreasing)]
    public void Label_SharedTrendPoints_FollowLocalSlope(double[] y, int index, SpecialCauseType expected)
    {
        var ends = new sbyte[y.Length];
        var flags = new byte[y.Length];
        SpecialCauseRules.TrendEnds(y, 7, ends);
        SpecialCauseRules.MarkPartOf(ends, 7, flags, 1, 2);
        var partOfTrend = flags.Select(f => f != 0).ToArray();
        Assert.Equal(expected, SpecialCauseRules.Label(index, 0, y.Length, y, 1, false, partOfTrend, false, false));
    }

    /// <summary>
    /// NHS England's minimum: 12 points make a run chart (mean only, all grey, no icons); NHSR draws limits from 2.
    /// </summary>
    [Fact]
    public void Compute_TwelvePoints_RunChartUnderNhseButLimitsUnderNhsr()
    {
        var values = Series(1, 9, 2, 8, 3, 7, 4, 6, 5, 30, 5, 5);
        var nhse = Xmr.Compute(values, Nhse, ImprovementDirection.Increase, target: 3);
        Assert.False(nhse.LimitsShown);
        Assert.All(nhse.Points, p => Assert.Equal(Variation.CommonCause, p.Variation));
        Assert.Null(nhse.VariationIcon);
        Assert.Null(nhse.AssuranceIcon);
        Assert.Equal(85.0 / 12, nhse.Segments[0].Mean!.Value, 12);
        Assert.Contains(nhse.Warnings, w => w.Kind == SpcWarningKinds.TooFewPoints);

        var nhsr = Xmr.Compute(values, Nhsr, ImprovementDirection.Increase, target: 3);
        Assert.True(nhsr.LimitsShown);
        Assert.NotNull(nhsr.AssuranceIcon);
        // 30 is far above the limits (mean 7.08; the screened moving ranges average well under 8).
        Assert.Equal(SpecialCauseType.AboveUpperLimit, nhsr.Points[9].SpecialCauseType);
        Assert.Contains(nhsr.Warnings, w => w.Kind == SpcWarningKinds.ShortSegment && w.PointIndex == 0);
    }

    /// <summary>
    /// "Special cause crossing recalculations - shift": segment means 381 / 15 = 25.4 and 443 / 15 = 29.53; points
    /// 14-15 (24, 19) are below the first and points 16-19 (22, 28, 28, 29) below the second. Crossing, that is a
    /// shift of 6; confined to each segment (NHSR, or the SQL query's trend-only crossing) it is 2 and 4 — none.
    /// </summary>
    [Fact]
    public void Compute_ShiftAcrossRecalculation_OnlyWhenShiftCrosses()
    {
        var values = Series(28, 23, 26, 21, 23, 25, 24, 29, 30, 27, 25, 30, 27, 24, 19, 22, 28, 28, 29, 33, 28, 30, 31, 30, 26, 27, 34, 30, 32, 35);
        int[] recalculate = [15];
        var crossing = Xmr.Compute(values, Nhse, ImprovementDirection.Increase, recalculateAt: recalculate);
        Assert.Equal(381.0 / 15, crossing.Segments[0].Mean!.Value, 12);
        Assert.Equal(443.0 / 15, crossing.Segments[1].Mean!.Value, 12);
        Assert.All(Enumerable.Range(13, 6), i => Assert.Equal(Variation.ConcernLow, crossing.Points[i].Variation));

        var trendOnly = Xmr.Compute(values, Nhse.WithRulesCrossingRecalculation(SpcRules.Trend), ImprovementDirection.Increase, recalculateAt: recalculate);
        Assert.All(Enumerable.Range(13, 6), i => Assert.Equal(SpcSignals.None, trendOnly.Points[i].Signals & (SpcSignals.ShiftBelow | SpcSignals.ShiftAbove)));
    }

    /// <summary>
    /// "Special cause - two-sigma - 2" (fixture summary, discriminating series): the window 24, 7, 2 at points 20-22
    /// has 7 beyond the lower 2-sigma line and 2 beyond the lower limit. Excel v5 (and both presets) do not count 2,
    /// so point 21 is grey; the SQL query since v2.6 counts it, so point 21 turns orange.
    /// </summary>
    [Fact]
    public void Compute_TwoInThreeCountingBeyondLimits_TurnsPoint21Orange()
    {
        var values = Series(42, 40, 39, 26, 39, 24, 22, 29, 32, 22, 20, 23, 25, 26, 22, 24, 27, 7, 19, 24, 7, 2, 32);
        var excel = Xmr.Compute(values, Nhse, ImprovementDirection.Increase);
        Assert.Equal(Variation.CommonCause, excel.Points[20].Variation);
        Assert.Equal(SpecialCauseType.BelowLowerLimit, excel.Points[21].SpecialCauseType);
        var sql = Xmr.Compute(values, Nhse.WithTwoInThreeCountsBeyondLimits(true), ImprovementDirection.Increase);
        Assert.Equal(SpecialCauseType.TwoInThreeBelow, sql.Points[20].SpecialCauseType);
        Assert.Equal(Variation.ConcernLow, sql.Points[20].Variation);
        Assert.Equal(SpecialCauseType.BelowLowerLimit, sql.Points[21].SpecialCauseType);
    }

    /// <summary>
    /// Baseline 4 and a recalculation at index 6 on 0, 4, 0, 4, 9, 9, 10, 20, 10, 20, 30, 30. NHS England ignores the
    /// recalculation (one segment, limits from 0, 4, 0, 4: mean 2, average moving range 4); NHSRplotthedots fixes
    /// each segment's limits from its first 4 points (second: 10, 20, 10, 20: mean 15, average moving range 10).
    /// </summary>
    [Fact]
    public void Compute_BaselineWithRecalculation_DependsOnProfile()
    {
        var values = Series(0, 4, 0, 4, 9, 9, 10, 20, 10, 20, 30, 30);
        int[] recalculate = [6];
        var nhse = Xmr.Compute(values, Nhse.WithMinimumPoints(2), ImprovementDirection.Increase, recalculateAt: recalculate, baselinePoints: 4);
        var only = Assert.Single(nhse.Segments);
        Assert.Equal(4, only.LimitPointCount);
        Assert.Equal(2.0, only.Mean);
        Assert.Equal(4.0, only.AverageMovingRange);
        Assert.Equal([true, true, true, true, false], nhse.Points.Take(5).Select(p => p.UsedForLimits));

        var nhsr = Xmr.Compute(values, Nhsr.WithMinimumBaselinePoints(4), ImprovementDirection.Increase, recalculateAt: recalculate, baselinePoints: 4);
        Assert.Equal(2, nhsr.Segments.Length);
        Assert.Equal(2.0, nhsr.Segments[0].Mean);
        Assert.Equal(15.0, nhsr.Segments[1].Mean);
        Assert.Equal(10.0, nhsr.Segments[1].AverageMovingRange);
        Assert.Contains(nhsr.Warnings, w => w.Kind == SpcWarningKinds.ShortBaseline);
    }

    [Theory]
    [InlineData(AssuranceComparison.Strict, ImprovementDirection.Increase, AssuranceIcon.HitOrMiss)]
    [InlineData(AssuranceComparison.Inclusive, ImprovementDirection.Increase, AssuranceIcon.Fail)]
    [InlineData(AssuranceComparison.Inclusive, ImprovementDirection.Decrease, AssuranceIcon.Pass)]
    public void Assurance_TargetOnUpperLimit_DependsOnComparison(AssuranceComparison comparison, ImprovementDirection direction, AssuranceIcon expected) =>
        Assert.Equal(expected, Xmr.Assurance(5, 1, 5, direction, comparison));

    [Fact]
    public void Assurance_NoDirection_IsNull() =>
        Assert.Null(Xmr.Assurance(10, 1, 5, ImprovementDirection.Neither, AssuranceComparison.Strict));

    /// <summary>A missing last point: NHSR's icon is that point's (common cause); NHS England's the last plotted point's.</summary>
    [Fact]
    public void Compute_MissingLastPoint_IconDependsOnProfile()
    {
        var values = Series(5, 6, 5, 6, 5, 6, 5, 6, 5, 6, 5, 6, 5, 40).Append(null).ToArray();
        var nhsr = Xmr.Compute(values, Nhsr, ImprovementDirection.Increase);
        Assert.Equal(Variation.CommonCause, nhsr.VariationIcon);
        Assert.Equal(14, nhsr.VariationIconPoint);
        var nhse = Xmr.Compute(values, Nhse, ImprovementDirection.Increase);
        Assert.Equal(13, nhse.VariationIconPoint);
        Assert.Equal(Variation.ImprovementHigh, nhse.VariationIcon);
    }

    [Fact]
    public void Compute_EmptySeries_IsEmptyRunChart()
    {
        var chart = Xmr.Compute([], Nhsr, ImprovementDirection.Increase, target: 1);
        Assert.Empty(chart.Points);
        Assert.Empty(chart.Segments);
        Assert.Null(chart.VariationIcon);
        Assert.Null(chart.AssuranceIcon);
        Assert.Contains(chart.Warnings, w => w.Kind == SpcWarningKinds.TooFewPoints);
    }

    [Fact]
    public void Compute_Result_CitesItsProfile()
    {
        var chart = Xmr.Compute(Series(1, 2, 3), Nhse.WithShiftPoints(7), ImprovementDirection.Decrease);
        Assert.Equal("Custom (from NHS England 2024)", chart.Options.Name);
        Assert.StartsWith("XmR chart of 3 points (Custom (from NHS England 2024))", chart.ToString(), StringComparison.Ordinal);
        Assert.Equal(ImprovementDirection.Decrease, chart.Direction);
    }

    [Fact]
    public void Compute_InfiniteValue_ThrowsNamingIndex()
    {
        var ex = Assert.Throws<ArgumentException>(() => Xmr.Compute([1, double.PositiveInfinity], Nhsr, ImprovementDirection.Increase));
        Assert.Equal("values", ex.ParamName);
        Assert.Contains("index 1", ex.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => Xmr.Compute([double.NaN], Nhsr, ImprovementDirection.Increase));
    }

    [Fact]
    public void Compute_BadArguments_Throw()
    {
        var values = Series(1, 2, 3, 4);
        Assert.Throws<ArgumentNullException>(() => Xmr.Compute(null!, Nhsr, ImprovementDirection.Increase));
        Assert.Throws<ArgumentNullException>(() => Xmr.Compute(values, null!, ImprovementDirection.Increase));
        Assert.Throws<ArgumentOutOfRangeException>(() => Xmr.Compute(values, Nhsr, (ImprovementDirection)7));
        Assert.Throws<ArgumentOutOfRangeException>(() => Xmr.Compute(values, Nhsr, ImprovementDirection.Increase, recalculateAt: [0]));
        Assert.Throws<ArgumentOutOfRangeException>(() => Xmr.Compute(values, Nhsr, ImprovementDirection.Increase, recalculateAt: [4]));
        Assert.Throws<ArgumentException>(() => Xmr.Compute(values, Nhsr, ImprovementDirection.Increase, recalculateAt: [2, 2]));
        Assert.Throws<ArgumentException>(() => Xmr.Compute(values, Nhsr, ImprovementDirection.Increase, target: double.NaN));
        Assert.Throws<ArgumentOutOfRangeException>(() => Xmr.Compute(values, Nhse, ImprovementDirection.Increase, baselinePoints: 1));
    }

    [Fact]
    public void ComputeMany_MismatchedSpans_Throw()
    {
        var summaries = new XmrSummary[2];
        Assert.Throws<ArgumentException>(() => Xmr.ComputeMany(new double[5], [2, 2], [ImprovementDirection.Increase, ImprovementDirection.Increase], [double.NaN, double.NaN], Nhsr, summaries));
        Assert.Throws<ArgumentException>(() => Xmr.ComputeMany(new double[4], [2, 2], [ImprovementDirection.Increase], [double.NaN, double.NaN], Nhsr, summaries));
        Assert.Throws<ArgumentException>(() => Xmr.ComputeMany(new double[4], [2, 2], [ImprovementDirection.Increase, ImprovementDirection.Increase], [double.NaN, double.NaN], Nhsr, summaries, new Variation[3]));
        Assert.Throws<ArgumentException>(() => Xmr.ComputeMany(new double[4], [2, 2], [ImprovementDirection.Increase, ImprovementDirection.Increase], [double.NaN, double.NaN], Nhsr, summaries, default, new SpecialCauseType[3]));
    }

    /// <summary>
    /// The example in docs/spc.md (the checklist's "Process limits - 15"): mean 348 / 15 = 23.2, average moving range
    /// 76 / 14 = 5.43, upper 2-sigma line 32.83, limits 8.76 to 37.64. Points 9-13 are a run of 5 above the mean
    /// (short of 6), 34 is the only point beyond 2 sigma in any window, and there is no 6-point trend: all grey.
    /// A target of 30 lies between the limits: hit or miss.
    /// </summary>
    [Fact]
    public void Compute_DocsExample_IsAllCommonCauseAndHitOrMiss()
    {
        var chart = Xmr.Compute(Series(20, 24, 20, 26, 22, 16, 18, 16, 31, 28, 34, 26, 30, 19, 18), Nhse, ImprovementDirection.Increase, target: 30);
        Assert.Equal(23.2, chart.Segments[0].Mean!.Value, 12);
        Assert.Equal(23.2 + (2.66 * 76 / 14), chart.Segments[0].UpperProcessLimit!.Value, 12);
        Assert.All(chart.Points, p => Assert.Equal(VariationCategory.CommonCause, p.Category));
        Assert.Equal(Variation.CommonCause, chart.VariationIcon);
        Assert.Equal(AssuranceIcon.HitOrMiss, chart.AssuranceIcon);
        Assert.Equal("NHS England 2024", chart.Options.Name);
    }
}
