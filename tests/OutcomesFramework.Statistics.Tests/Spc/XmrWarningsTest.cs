using System;
using System.Linq;
using OutcomesFramework.Statistics.Spc;
using Xunit;

namespace OutcomesFramework.Statistics.Tests.Spc;

/// <summary>
/// The warnings, summary and argument checks of Xmr, each at its threshold. Expected values follow from the
/// documented settings (SpcOptions) and hand calculation written next to each case.
/// </summary>
public sealed class XmrWarningsTest
{
    private static readonly SpcOptions Nhsr = SpcOptions.NhsrPlotTheDots022;
    private static readonly SpcOptions Nhse = SpcOptions.NhsEngland2024;

    private static double?[] Alternating(int n, double low = 1, double high = 3) =>
        Enumerable.Range(0, n).Select(i => (double?)(i % 2 == 0 ? low : high)).ToArray();

    private static double?[] Constant(int n, double value) => Enumerable.Repeat((double?)value, n).ToArray();

    private static SpcWarningKinds[] Kinds(XmrChart chart) => chart.Warnings.Select(w => w.Kind).ToArray();

    /// <summary>NHSE: 12 points (fewer than 13) is a run chart, but a segment of 12 is not short (short is below 12).</summary>
    [Fact]
    public void ShortSegment_ExactlyAtThreshold_DoesNotWarn()
    {
        var chart = Xmr.Compute(Alternating(12), Nhse, ImprovementDirection.Increase);
        Assert.Equal(SpcWarningKinds.TooFewPoints, chart.Summary.Warnings);
        Assert.Equal([SpcWarningKinds.TooFewPoints], Kinds(chart));
        Assert.Null(chart.VariationIconPoint);
    }

    /// <summary>NHSE: 11 points is below both 13 (too few) and 12 (short segment); "11 non-missing points" in the text.</summary>
    [Fact]
    public void ShortSegment_OneBelowThreshold_Warns()
    {
        var chart = Xmr.Compute(Alternating(11), Nhse, ImprovementDirection.Increase);
        Assert.Equal(SpcWarningKinds.TooFewPoints | SpcWarningKinds.ShortSegment, chart.Summary.Warnings);
        Assert.Equal([SpcWarningKinds.TooFewPoints, SpcWarningKinds.ShortSegment], Kinds(chart));
        Assert.StartsWith("11 non-missing points, fewer than the 13 NHS England 2024 needs", chart.Warnings[0].Message, StringComparison.Ordinal);
        Assert.Equal(0, chart.Warnings[1].PointIndex);
        Assert.Contains("has 11 points, fewer than 12", chart.Warnings[1].Message, StringComparison.Ordinal);
    }

    /// <summary>The too-few message counts only non-missing points: 1, 2, missing, 4 has 3.</summary>
    [Fact]
    public void TooFewPoints_Message_CountsNonMissingPoints()
    {
        var chart = Xmr.Compute([1, 2, null, 4], Nhse, ImprovementDirection.Increase);
        Assert.StartsWith("3 non-missing points, fewer than the 13", chart.Warnings[0].Message, StringComparison.Ordinal);
        Assert.Equal(SpcWarningKinds.TooFewPoints | SpcWarningKinds.ShortSegment | SpcWarningKinds.MissingValues, chart.Summary.Warnings);
    }

    /// <summary>NHSR, two segments of 5 (both under 13): both warn, and the summary keeps the flag (set twice).</summary>
    [Fact]
    public void ShortSegment_TwoShortSegments_FlagKept()
    {
        var chart = Xmr.Compute(Alternating(10), Nhsr, ImprovementDirection.Increase, recalculateAt: [5]);
        Assert.Equal(SpcWarningKinds.ShortSegment, chart.Summary.Warnings);
        Assert.Equal([SpcWarningKinds.ShortSegment, SpcWarningKinds.ShortSegment], Kinds(chart));
        Assert.Equal([0, 5], chart.Warnings.Select(w => w.PointIndex));
    }

    /// <summary>NHSE, 20 points, baseline of 11: limits from 11 &lt; 20 points and 11 &lt; 12, so a short baseline.</summary>
    [Fact]
    public void ShortBaseline_BelowThreshold_Warns()
    {
        var chart = Xmr.Compute(Alternating(20), Nhse.WithMinimumPoints(2), ImprovementDirection.Increase, baselinePoints: 11);
        Assert.Equal(SpcWarningKinds.ShortBaseline, chart.Summary.Warnings);
        var warning = Assert.Single(chart.Warnings);
        Assert.Equal(SpcWarningKinds.ShortBaseline, warning.Kind);
        Assert.Contains("fixed from 11 points, fewer than 12", warning.Message, StringComparison.Ordinal);
    }

    /// <summary>A baseline of exactly 12 (NHSE's threshold) does not warn.</summary>
    [Fact]
    public void ShortBaseline_AtThreshold_DoesNotWarn()
    {
        var chart = Xmr.Compute(Alternating(20), Nhse.WithMinimumPoints(2), ImprovementDirection.Increase, baselinePoints: 12);
        Assert.Equal(SpcWarningKinds.None, chart.Summary.Warnings);
        Assert.Empty(chart.Warnings);
    }

    /// <summary>A baseline covering the whole (short) segment fixes nothing: a short segment but no short baseline.</summary>
    [Fact]
    public void ShortBaseline_WholeSegment_DoesNotWarn()
    {
        var chart = Xmr.Compute(Alternating(10), Nhse.WithMinimumPoints(2), ImprovementDirection.Increase, baselinePoints: 10);
        Assert.Equal(SpcWarningKinds.ShortSegment, chart.Summary.Warnings);
        Assert.Equal([SpcWarningKinds.ShortSegment], Kinds(chart));
    }

    /// <summary>
    /// NHSR (baseline within each segment) with a 3-point baseline in two segments of 14: both short baselines (3 &lt; 13),
    /// no short segment (14 ≥ 13); the summary keeps the flag set twice.
    /// </summary>
    [Fact]
    public void ShortBaseline_TwoSegments_FlagKept()
    {
        var chart = Xmr.Compute(Alternating(28), Nhsr.WithMinimumBaselinePoints(2), ImprovementDirection.Increase, recalculateAt: [14], baselinePoints: 3);
        Assert.Equal(SpcWarningKinds.ShortBaseline, chart.Summary.Warnings);
        Assert.Equal([SpcWarningKinds.ShortBaseline, SpcWarningKinds.ShortBaseline], Kinds(chart));
    }

    /// <summary>
    /// Two constant segments under NHSR's screening: every moving range is 0, none is below 3.267 × 0, so neither
    /// segment has an average moving range. Both warn and the summary keeps the flag.
    /// </summary>
    [Fact]
    public void LimitsUndefined_TwoConstantSegments_FlagKept()
    {
        var values = Constant(13, 5).Concat(Constant(13, 7)).ToArray();
        var chart = Xmr.Compute(values, Nhsr, ImprovementDirection.Increase, recalculateAt: [13], target: 6);
        Assert.Equal(SpcWarningKinds.LimitsUndefined | SpcWarningKinds.NoAssurance, chart.Summary.Warnings);
        Assert.Equal([SpcWarningKinds.NoAssurance, SpcWarningKinds.LimitsUndefined, SpcWarningKinds.LimitsUndefined], Kinds(chart));
        Assert.Equal("No assurance icon for the target: the latest segment's process limits are undefined.", chart.Warnings[0].Message);
        Assert.Equal([null, 0, 13], chart.Warnings.Select(w => w.PointIndex));
        Assert.Null(chart.Summary.LowerProcessLimit);
        Assert.Null(chart.Summary.UpperProcessLimit);
        Assert.Equal(7, chart.Summary.Mean);
    }

    /// <summary>One point under NHSE: a run chart with no moving range; that is "too few points", not "limits undefined".</summary>
    [Fact]
    public void SinglePoint_Nhse_RunChartWithoutLimitsUndefined()
    {
        var chart = Xmr.Compute([5], Nhse, ImprovementDirection.Increase, target: 4);
        Assert.Equal(SpcWarningKinds.TooFewPoints | SpcWarningKinds.ShortSegment | SpcWarningKinds.NoAssurance, chart.Summary.Warnings);
        Assert.Equal([SpcWarningKinds.TooFewPoints, SpcWarningKinds.NoAssurance, SpcWarningKinds.ShortSegment], Kinds(chart));
        Assert.Equal("No assurance icon for the target: the chart has too few points for process limits.", chart.Warnings[1].Message);
        Assert.Null(chart.VariationIcon);
        Assert.Null(chart.VariationIconPoint);
        Assert.Equal("XmR chart of 1 points (NHS England 2024): variation none, assurance none", chart.ToString());
    }

    /// <summary>One point under NHSR (no minimum): the icon comes from point 0, common cause; its limits are undefined.</summary>
    [Fact]
    public void SinglePoint_Nhsr_IconFromPointZero()
    {
        var chart = Xmr.Compute([5], Nhsr, ImprovementDirection.Increase);
        Assert.Equal(0, chart.VariationIconPoint);
        Assert.Equal(Variation.CommonCause, chart.VariationIcon);
        Assert.Equal(Variation.CommonCause, chart.Summary.VariationIcon);
        Assert.True((chart.Summary.Warnings & SpcWarningKinds.LimitsUndefined) != 0);
    }

    [Fact]
    public void NoAssurance_NoDirection_SaysSo()
    {
        var chart = Xmr.Compute(Alternating(13), Nhsr, ImprovementDirection.Neither, target: 2);
        Assert.Null(chart.AssuranceIcon);
        Assert.Equal(SpcWarningKinds.NoAssurance, chart.Summary.Warnings);
        Assert.Equal("No assurance icon for the target: the measure has no improvement direction.", Assert.Single(chart.Warnings).Message);
    }

    /// <summary>No target, no missing value, 13 points: no warning at all (neither NoAssurance nor MissingValues).</summary>
    [Fact]
    public void NoTargetNoMissing_NoWarnings()
    {
        var chart = Xmr.Compute(Alternating(13), Nhsr, ImprovementDirection.Increase);
        Assert.Empty(chart.Warnings);
        Assert.Equal(SpcWarningKinds.None, chart.Summary.Warnings);
        Assert.NotNull(chart.LatestSegment);
    }

    [Fact]
    public void EmptySeries_HasNoLatestSegment() =>
        Assert.Null(Xmr.Compute([], Nhsr, ImprovementDirection.Increase).LatestSegment);

    /// <summary>
    /// 1, 3, 1, 3, 1 under NHSR: mean 9 / 5 = 1.8, moving ranges all 2 (all under 3.267 × 2), so the limits are
    /// 1.8 ± 2.66 × 2 = −3.52 and 7.12; every point common cause. Under NHSE (13 points needed) the summary has the
    /// mean but no limits.
    /// </summary>
    [Fact]
    public void Summary_HasLatestMeanAndLimitsOnlyWhenShown()
    {
        var nhsr = Xmr.Compute(Alternating(5), Nhsr, ImprovementDirection.Increase).Summary;
        Assert.Equal(5, nhsr.PointCount);
        Assert.Equal(1, nhsr.SegmentCount);
        Assert.Equal(1.8, nhsr.Mean!.Value, 12);
        Assert.Equal(-3.52, nhsr.LowerProcessLimit!.Value, 12);
        Assert.Equal(7.12, nhsr.UpperProcessLimit!.Value, 12);
        Assert.Equal(5, nhsr.CommonCauseCount);

        var nhse = Xmr.Compute(Alternating(5), Nhse, ImprovementDirection.Increase).Summary;
        Assert.Equal(1.8, nhse.Mean!.Value, 12);
        Assert.Null(nhse.LowerProcessLimit);
        Assert.Null(nhse.UpperProcessLimit);
    }

    /// <summary>
    /// 1, 3 six times then 30, no direction: mean 54 / 13 ≈ 4.15; moving ranges eleven 2s and a 27, whose first
    /// average 49 / 12 ≈ 4.08 screens the 27 out (3.267 × 4.08 ≈ 13.3), so the limits are 4.15 ± 5.32 and 30 is above
    /// the upper one: a "neither" point. The counts must add up to the points and match the points' categories.
    /// </summary>
    [Fact]
    public void Summary_CountsMatchThePoints_WithNeitherPoints()
    {
        var values = Alternating(12).Append(30).ToArray();
        var chart = Xmr.Compute(values, Nhsr, ImprovementDirection.Neither);
        var s = chart.Summary;
        Assert.Equal(VariationCategory.Neither, chart.Points[12].Category);
        Assert.True(s.NeitherCount >= 1);
        Assert.Equal(chart.Points.Count(p => p.Category == VariationCategory.CommonCause), s.CommonCauseCount);
        Assert.Equal(chart.Points.Count(p => p.Category == VariationCategory.Neither), s.NeitherCount);
        Assert.Equal(13, s.CommonCauseCount + s.ImprovementCount + s.ConcernCount + s.NeitherCount);
    }

    /// <summary>
    /// The last point far above the limits with "higher is better": an improvement only, so no conflict warning.
    /// 1, 3 six times then 30 as above: 30 is above the upper limit 9.47.
    /// </summary>
    [Fact]
    public void IconPoint_ImprovementOnly_NoConflictWarning()
    {
        var chart = Xmr.Compute(Alternating(12).Append(30).ToArray(), Nhsr, ImprovementDirection.Increase);
        Assert.Equal(Variation.ImprovementHigh, chart.VariationIcon);
        Assert.Equal(SpcWarningKinds.None, chart.Summary.Warnings & SpcWarningKinds.VariationIconConflict);
    }

    /// <summary>A target exactly on the lower limit: beyond it only when the comparison is inclusive.</summary>
    [Theory]
    [InlineData(AssuranceComparison.Inclusive, ImprovementDirection.Increase, AssuranceIcon.Pass)]
    [InlineData(AssuranceComparison.Inclusive, ImprovementDirection.Decrease, AssuranceIcon.Fail)]
    [InlineData(AssuranceComparison.Strict, ImprovementDirection.Increase, AssuranceIcon.HitOrMiss)]
    [InlineData(AssuranceComparison.Strict, ImprovementDirection.Decrease, AssuranceIcon.HitOrMiss)]
    public void Assurance_TargetOnLowerLimit_DependsOnComparison(AssuranceComparison comparison, ImprovementDirection direction, AssuranceIcon expected) =>
        Assert.Equal(expected, Xmr.Assurance(1, 1, 5, direction, comparison));

    /// <summary>Equal limits are allowed (a constant unscreened series): strict reads the target on them as inside.</summary>
    [Fact]
    public void Assurance_EqualLimits_Allowed()
    {
        Assert.Equal(AssuranceIcon.HitOrMiss, Xmr.Assurance(5, 5, 5, ImprovementDirection.Increase, AssuranceComparison.Strict));
        Assert.Equal(AssuranceIcon.Fail, Xmr.Assurance(5, 5, 5, ImprovementDirection.Increase, AssuranceComparison.Inclusive));
    }

    [Fact]
    public void Assurance_InvalidArguments_ThrowNamingTheParameter()
    {
        AssertArgument("target", "finite", () => Xmr.Assurance(double.NaN, 1, 5, ImprovementDirection.Increase, AssuranceComparison.Strict));
        AssertArgument("lowerProcessLimit", "finite", () => Xmr.Assurance(3, double.NegativeInfinity, 5, ImprovementDirection.Increase, AssuranceComparison.Strict));
        AssertArgument("upperProcessLimit", "finite", () => Xmr.Assurance(3, 1, double.NaN, ImprovementDirection.Increase, AssuranceComparison.Strict));
        AssertArgument("lowerProcessLimit", "must not be above the upper limit", () => Xmr.Assurance(3, 6, 5, ImprovementDirection.Increase, AssuranceComparison.Strict));
        Assert.Equal("direction", Assert.Throws<ArgumentOutOfRangeException>(() => Xmr.Assurance(3, 1, 5, (ImprovementDirection)3, AssuranceComparison.Strict)).ParamName);
        Assert.Equal("comparison", Assert.Throws<ArgumentOutOfRangeException>(() => Xmr.Assurance(3, 1, 5, ImprovementDirection.Increase, (AssuranceComparison)2)).ParamName);
    }

    [Fact]
    public void Compute_BadRecalculations_ThrowSayingWhy()
    {
        // 5 points: a new segment may start at 1 to 4.
        var range = Assert.Throws<ArgumentOutOfRangeException>(() => Xmr.Compute(Alternating(5), Nhsr, ImprovementDirection.Increase, recalculateAt: [5]));
        Assert.Equal("recalculateAt", range.ParamName);
        Assert.Contains("from 1 to 4", range.Message, StringComparison.Ordinal);
        AssertArgument("recalculateAt", "strictly increasing; point 1", () => Xmr.Compute(Alternating(5), Nhsr, ImprovementDirection.Increase, recalculateAt: [3, 3]));
        AssertArgument("target", "finite", () => Xmr.Compute(Alternating(5), Nhsr, ImprovementDirection.Increase, target: double.PositiveInfinity));
    }

    [Fact]
    public void ComputeMany_InvalidArguments_ThrowNamingTheParameter()
    {
        var inc = new[] { ImprovementDirection.Increase };
        var summaries = new XmrSummary[1];
        AssertArgument("directions", "one direction per series (1)", () => Xmr.ComputeMany(new double[2], [2], [], [double.NaN], Nhsr, summaries));
        AssertArgument("targets", "one target per series (1)", () => Xmr.ComputeMany(new double[2], [2], inc, [], Nhsr, summaries));
        AssertArgument("summaries", "one summary per series (1)", () => Xmr.ComputeMany(new double[2], [2], inc, [double.NaN], Nhsr, new XmrSummary[2]));
        AssertArgument("pointVariations", "one element per value (2)", () => Xmr.ComputeMany(new double[2], [2], inc, [double.NaN], Nhsr, summaries, new Variation[1]));
        AssertArgument("pointLabels", "one element per value (2)", () => Xmr.ComputeMany(new double[2], [2], inc, [double.NaN], Nhsr, summaries, default, new SpecialCauseType[3]));
        AssertArgument("seriesLengths", "Series 0 has a negative length", () => Xmr.ComputeMany(new double[2], [-1], inc, [double.NaN], Nhsr, summaries));
        AssertArgument("targets", "Target of series 0 is infinite", () => Xmr.ComputeMany(new double[2], [2], inc, [double.PositiveInfinity], Nhsr, summaries));
        AssertArgument("seriesLengths", "add up to 3", () => Xmr.ComputeMany(new double[2], [3], inc, [double.NaN], Nhsr, summaries));
        AssertArgument("values", "index 1 is infinite", () => Xmr.ComputeMany([1, double.NegativeInfinity], [2], inc, [double.NaN], Nhsr, summaries));
        Assert.Equal("options", Assert.Throws<ArgumentNullException>(() => Xmr.ComputeMany(new double[2], [2], inc, [double.NaN], null!, summaries)).ParamName);
    }

    /// <summary>Without room for per-point results, ComputeMany still fills the summaries (1, 3, 1, 3, 1 as above).</summary>
    [Fact]
    public void ComputeMany_WithoutPointSpans_FillsSummaries()
    {
        var summaries = new XmrSummary[2];
        Xmr.ComputeMany([1, 3, 1, 3, 1, 2, 2], [5, 2], [ImprovementDirection.Increase, ImprovementDirection.Decrease], [double.NaN, double.NaN], Nhsr, summaries);
        Assert.Equal(1.8, summaries[0].Mean!.Value, 12);
        Assert.Equal(7.12, summaries[0].UpperProcessLimit!.Value, 12);
        Assert.Equal(2, summaries[1].PointCount);
        Assert.Equal(2, summaries[1].Mean);
    }

    private static void AssertArgument(string param, string text, Action action)
    {
        var ex = Assert.Throws<ArgumentException>(action);
        Assert.Equal(param, ex.ParamName);
        Assert.Contains(text, ex.Message, StringComparison.Ordinal);
    }
}
