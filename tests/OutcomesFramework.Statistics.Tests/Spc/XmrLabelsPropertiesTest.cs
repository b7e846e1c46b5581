using System;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using OutcomesFramework.Statistics.Spc;
using Xunit;

namespace OutcomesFramework.Statistics.Tests.Spc;

/// <summary>
/// Properties tying a chart's summary counts and labels to its points, on generated series with steps, ramps and
/// missing values, under both presets and every direction; and the strictness of the limit comparisons.
/// </summary>
public sealed class XmrLabelsPropertiesTest
{
    private static readonly SpcOptions[] Profiles =
    [
        SpcOptions.NhsrPlotTheDots022,
        SpcOptions.NhsEngland2024,
        SpcOptions.NhsEngland2024.WithConflictResolution(ConflictResolution.ConcernWins),
        SpcOptions.NhsEngland2024.WithRulesCrossingRecalculation(SpcRules.Trend).WithMinimumPoints(1),
    ];

    private static readonly SpecialCauseType[] HighOrder =
        [SpecialCauseType.AboveUpperLimit, SpecialCauseType.TrendIncreasing, SpecialCauseType.TwoInThreeAbove, SpecialCauseType.ShiftAbove];

    private static readonly SpecialCauseType[] LowOrder =
        [SpecialCauseType.BelowLowerLimit, SpecialCauseType.TrendDecreasing, SpecialCauseType.TwoInThreeBelow, SpecialCauseType.ShiftBelow];

    private static readonly SpcSignals[] HighSignals =
        [SpcSignals.AboveUpperLimit, SpcSignals.TrendIncreasing, SpcSignals.TwoInThreeAbove, SpcSignals.ShiftAbove];

    private static readonly SpcSignals[] LowSignals =
        [SpcSignals.BelowLowerLimit, SpcSignals.TrendDecreasing, SpcSignals.TwoInThreeBelow, SpcSignals.ShiftBelow];

    /// <summary>Series of 0 to 40 points with noise, a step, a ramp or a drop then a ramp; about one in twelve missing.</summary>
    private static Arbitrary<(double?[] Values, int Profile, int Direction, int Recalculate)> Inputs() =>
        (from n in Gen.Choose(0, 40)
         from noise in Gen.Choose(-8, 5).ArrayOf(n)
         from shape in Gen.Choose(0, 4)
         from at in Gen.Choose(0, 40)
         from size in Gen.Choose(-20, 20)
         from slope in Gen.Choose(1, 14)
         from profile in Gen.Choose(0, Profiles.Length - 1)
         from direction in Gen.Choose(0, 2)
         from recalculate in Gen.Choose(0, 40)
         select (noise.Select((e, i) => e < -5 ? null : (double?)(e + Shape(shape, i, at, size, slope))).ToArray(), profile, direction, recalculate))
        .ToArbitrary();

    private static int Shape(int shape, int i, int at, int size, int slope) => shape switch
    {
        2 => i >= at ? size : 0,
        3 => i >= at ? (i - at) * slope * (size < 0 ? -1 : 1) : 0,
        4 => i >= at ? (i - at) * slope - 40 : 0,
        _ => 0,
    };

    private static XmrChart Chart((double?[] Values, int Profile, int Direction, int Recalculate) input)
    {
        var recalc = input.Recalculate >= 1 && input.Recalculate < input.Values.Length ? new[] { input.Recalculate } : null;
        return Xmr.Compute(input.Values, Profiles[input.Profile], (ImprovementDirection)input.Direction, recalculateAt: recalc);
    }

    /// <summary>The summary's counts are the numbers of points in each category, and add up to the points.</summary>
    [FsCheck.Xunit.Property]
    public Property Summary_Counts_AreThePointsPerCategory() =>
        Prop.ForAll(Inputs(), input =>
        {
            var chart = Chart(input);
            var s = chart.Summary;
            int Count(VariationCategory c) => chart.Points.Count(p => p.Category == c);
            return s.CommonCauseCount == Count(VariationCategory.CommonCause) &&
                s.ImprovementCount == Count(VariationCategory.Improvement) &&
                s.ConcernCount == Count(VariationCategory.Concern) &&
                s.NeitherCount == Count(VariationCategory.Neither) &&
                s.PointCount == chart.Points.Length;
        });

    /// <summary>
    /// Under a conflict policy other than precedence, a special-cause point's label is its side's first signal in the
    /// order limit, trend, two-in-three, shift (docs/spc.md); a common-cause point's label is common cause.
    /// </summary>
    [FsCheck.Xunit.Property]
    public Property Labels_FollowSideAndSignalOrder() =>
        Prop.ForAll(Inputs(), input =>
        {
            if (Profiles[input.Profile].ConflictResolution == ConflictResolution.Precedence)
            {
                return true;
            }
            var chart = Chart(input);
            return chart.Points.All(p =>
            {
                if (p.Variation == Variation.CommonCause)
                {
                    return p.SpecialCauseType == SpecialCauseType.CommonCause;
                }
                var high = p.Variation is Variation.ImprovementHigh or Variation.ConcernHigh or Variation.NeitherHigh;
                var (order, signals) = high ? (HighOrder, HighSignals) : (LowOrder, LowSignals);
                var first = Array.FindIndex(signals, f => (p.Signals & f) != 0);
                return first >= 0 && p.SpecialCauseType == order[first];
            });
        });

    /// <summary>
    /// Limits fixed from a 12-point baseline of 0, 50, 0, 50, … (mean 25, average moving range 50); later points put
    /// exactly on the process limits and on the 2-sigma lines (two in a row, with a third point on the same side of the mean, as two-in-three needs) raise no signal: every comparison is
    /// strict. The points of 25 sit on the mean and break any shift.
    /// </summary>
    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    public void PointsExactlyOnLines_RaiseNoSignal(int profile)
    {
        var options = (profile == 0 ? SpcOptions.NhsEngland2024 : SpcOptions.NhsrPlotTheDots022).WithMinimumPoints(1).WithMinimumBaselinePoints(2);
        var baseline = Enumerable.Range(0, 12).Select(i => (double?)(i % 2 == 0 ? 0 : 50)).ToArray();
        var lines = Xmr.Compute(baseline.Append(25).ToArray(), options, ImprovementDirection.Increase, baselinePoints: 12).Segments[0];
        Assert.Equal(25, lines.Mean!.Value, 12);
        Assert.Equal(50, lines.AverageMovingRange!.Value, 12);
        double u = lines.UpperProcessLimit!.Value, l = lines.LowerProcessLimit!.Value;
        double u2 = lines.UpperTwoSigma!.Value, l2 = lines.LowerTwoSigma!.Value;
        double?[] tail = [u, 25, l, 25, u2, u2, 30, 25, l2, l2, 20, 25];
        var chart = Xmr.Compute(baseline.Concat(tail).ToArray(), options, ImprovementDirection.Increase, baselinePoints: 12);
        Assert.Equal(u, chart.Segments[0].UpperProcessLimit);
        Assert.All(chart.Points.Skip(12), p => Assert.Equal(SpcSignals.None, p.Signals));

        // Just beyond the lines the same points do signal (the test can tell strict from inclusive).
        double?[] beyond = [u + 1, 25, l - 1, 25, u2 + 1, u2 + 1, 30, 25, l2 - 1, l2 - 1, 20];
        var moved = Xmr.Compute(baseline.Concat(beyond).ToArray(), options, ImprovementDirection.Increase, baselinePoints: 12);
        Assert.Equal(SpcSignals.AboveUpperLimit, moved.Points[12].Signals & SpcSignals.AboveUpperLimit);
        Assert.Equal(SpcSignals.BelowLowerLimit, moved.Points[14].Signals & SpcSignals.BelowLowerLimit);
        Assert.Equal(SpcSignals.TwoInThreeAbove, moved.Points[17].Signals & SpcSignals.TwoInThreeAbove);
        Assert.Equal(SpcSignals.TwoInThreeBelow, moved.Points[21].Signals & SpcSignals.TwoInThreeBelow);
    }
}
