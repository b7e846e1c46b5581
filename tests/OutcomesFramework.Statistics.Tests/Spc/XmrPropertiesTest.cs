using System;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using OutcomesFramework.Statistics.Spc;

namespace OutcomesFramework.Statistics.Tests.Spc;

/// <summary>Properties every XmR chart has, under both presets, on generated series with missing values.</summary>
public sealed class XmrPropertiesTest
{
    private static readonly SpcOptions[] Profiles = [SpcOptions.NhsrPlotTheDots022, SpcOptions.NhsEngland2024];

    /// <summary>
    /// Integer-valued series of 0 to 40 points, about one in twelve missing, and a profile. Plain noise rarely
    /// signals, so half the series get a step change or a ramp: shifts, trends, points beyond the limits and
    /// conflicts (a ramp below the mean) all occur.
    /// </summary>
    private static Arbitrary<(double?[] Values, int Profile)> SeriesArb() =>
        (from n in Gen.Choose(0, 40)
         from noise in Gen.Choose(-8, 5).ArrayOf(n)
         from shape in Gen.Choose(0, 4)
         from at in Gen.Choose(0, 40)
         from size in Gen.Choose(-20, 20)
         from slope in Gen.Choose(1, 14)
         from profile in Gen.Choose(0, 1)
         select (noise.Select((e, i) => e < -5 ? null : (double?)(e + Shape(shape, i, at, size, slope))).ToArray(), profile))
        .ToArbitrary();

    /// <summary>Noise only (0, 1), a step of <paramref name="size"/> (2), a ramp (3), or a drop then a rising ramp (4).</summary>
    private static int Shape(int shape, int i, int at, int size, int slope) => shape switch
    {
        2 => i >= at ? size : 0,
        3 => i >= at ? (i - at) * slope * (size < 0 ? -1 : 1) : 0,
        4 => i >= at ? (i - at) * slope - 40 : 0,
        _ => 0,
    };

    [FsCheck.Xunit.Property]
    public Property Compute_AnySeries_LimitsAndTwoSigmaLinesAreSymmetricAroundTheMean() =>
        Prop.ForAll(SeriesArb(), input =>
        {
            var chart = Xmr.Compute(input.Values, Profiles[input.Profile], ImprovementDirection.Increase);
            return chart.Segments.Where(s => s.UpperProcessLimit.HasValue).All(s =>
                Close(s.UpperProcessLimit!.Value - s.Mean!.Value, s.Mean.Value - s.LowerProcessLimit!.Value) &&
                Close(s.UpperTwoSigma!.Value - s.Mean.Value, s.Mean.Value - s.LowerTwoSigma!.Value) &&
                Close((s.UpperTwoSigma.Value - s.Mean.Value) * 3, (s.UpperProcessLimit.Value - s.Mean.Value) * 2));
        });

    [FsCheck.Xunit.Property]
    public Property Compute_ShiftedByConstant_ShiftsMeanAndLimitsAndKeepsVariation() =>
        Prop.ForAll(SeriesArb(), Gen.Choose(-1000, 1000).ToArbitrary(), (input, shift) =>
        {
            var options = Profiles[input.Profile];
            var chart = Xmr.Compute(input.Values, options, ImprovementDirection.Increase);
            var moved = Xmr.Compute(input.Values.Select(v => v + shift).ToArray(), options, ImprovementDirection.Increase);
            var linesMove = chart.Segments.Zip(moved.Segments, (a, b) =>
                Shifted(a.Mean, b.Mean, shift) && Shifted(a.LowerProcessLimit, b.LowerProcessLimit, shift) &&
                Shifted(a.UpperProcessLimit, b.UpperProcessLimit, shift) && Shifted(a.UpperTwoSigma, b.UpperTwoSigma, shift)).All(ok => ok);
            // A value within rounding of a line could fall either side of it after the shift: such series say nothing.
            var onALine = chart.Points.Any(p => p.Value is { } v && new[] { p.Mean, p.LowerProcessLimit, p.UpperProcessLimit, p.LowerTwoSigma, p.UpperTwoSigma }
                .Any(line => line is { } l && v != l && Math.Abs(v - l) < 1e-6));
            return linesMove && (onALine || chart.Points.Select(p => p.Variation).SequenceEqual(moved.Points.Select(p => p.Variation)));
        });

    /// <summary>
    /// Reversing the improvement direction swaps improvement and concern on every point. Under NHS England's
    /// "improvement wins" the conflict policy must be mirrored too (improvement wins becomes concern wins), since a
    /// conflicted point's winner is defined by the category, not the side.
    /// </summary>
    [FsCheck.Xunit.Property]
    public Property Compute_ReversedDirection_SwapsImprovementAndConcern() =>
        Prop.ForAll(SeriesArb(), input =>
        {
            var options = Profiles[input.Profile];
            var mirrored = options.ConflictResolution switch
            {
                ConflictResolution.ImprovementWins => options.WithConflictResolution(ConflictResolution.ConcernWins),
                ConflictResolution.ConcernWins => options.WithConflictResolution(ConflictResolution.ImprovementWins),
                _ => options,
            };
            var up = Xmr.Compute(input.Values, options, ImprovementDirection.Increase);
            var down = Xmr.Compute(input.Values, mirrored, ImprovementDirection.Decrease);
            return up.Points.Zip(down.Points, (a, b) => Swap(a.Variation) == b.Variation).All(ok => ok)
                && (up.VariationIcon is null ? down.VariationIcon is null : Swap(up.VariationIcon.Value) == down.VariationIcon);
        });

    /// <summary>With no direction, every special cause is "neither" on the side that "higher is better" would show.</summary>
    [FsCheck.Xunit.Property]
    public Property Compute_NeitherDirection_IsPurpleWhereIncreaseIsSpecial() =>
        Prop.ForAll(SeriesArb(), input =>
        {
            var options = Profiles[input.Profile];
            var up = Xmr.Compute(input.Values, options, ImprovementDirection.Increase);
            var neither = Xmr.Compute(input.Values, options, ImprovementDirection.Neither);
            return up.Points.Zip(neither.Points, (a, b) => b.Variation == a.Variation switch
            {
                Variation.ImprovementHigh => Variation.NeitherHigh,
                Variation.ConcernLow => Variation.NeitherLow,
                var v => v,
            }).All(ok => ok) && neither.Points.All(p => p.Category is VariationCategory.Neither or VariationCategory.CommonCause);
        });

    [FsCheck.Xunit.Property]
    public Property Compute_AnySeries_CategoryCountsAddUpAndMissingPointsAreCommonCause() =>
        Prop.ForAll(SeriesArb(), input =>
        {
            var chart = Xmr.Compute(input.Values, Profiles[input.Profile], ImprovementDirection.Decrease);
            var s = chart.Summary;
            return s.CommonCauseCount + s.ImprovementCount + s.ConcernCount + s.NeitherCount == input.Values.Length
                && s.MissingCount == input.Values.Count(v => v is null)
                && chart.Points.Where(p => p.Value is null).All(p => p.Variation == Variation.CommonCause && p.Signals == SpcSignals.None);
        });

    /// <summary>
    /// The batch path gives the same summary, point variations and labels as one chart at a time, also when it reuses
    /// the thread's engine from the previous call (each generated case calls it again, alternating profiles).
    /// </summary>
    [FsCheck.Xunit.Property(MaxTest = 50)]
    public Property ComputeMany_AnySeries_AgreesWithCompute() =>
        Prop.ForAll(SeriesArb().Generator.ArrayOf().ToArbitrary(), Gen.Choose(0, 1).ToArbitrary(), (inputs, profile) =>
        {
            var options = Profiles[profile];
            var directions = inputs.Select((_, k) => (ImprovementDirection)(k % 3)).ToArray();
            var targets = inputs.Select((_, k) => k % 2 == 0 ? double.NaN : k).ToArray();
            var values = inputs.SelectMany(i => i.Values.Select(v => v ?? double.NaN)).ToArray();
            var summaries = new XmrSummary[inputs.Length];
            var variations = new Variation[values.Length];
            var labels = new SpecialCauseType[values.Length];
            Xmr.ComputeMany(values, inputs.Select(i => i.Values.Length).ToArray(), directions, targets, options, summaries, variations, labels);
            var offset = 0;
            for (var k = 0; k < inputs.Length; k++)
            {
                double? target = double.IsNaN(targets[k]) ? null : targets[k];
                var chart = Xmr.Compute(inputs[k].Values, options, directions[k], target);
                if (chart.Summary != summaries[k]
                    || !chart.Points.Select(p => p.Variation).SequenceEqual(variations.Skip(offset).Take(chart.Points.Length))
                    || !chart.Points.Select(p => p.SpecialCauseType).SequenceEqual(labels.Skip(offset).Take(chart.Points.Length)))
                {
                    return false;
                }
                offset += chart.Points.Length;
            }
            return true;
        });

    /// <summary>
    /// The <see cref="SpcWarningKinds.MissingValueInTrendWindow"/> warning marks exactly the series NHSRplotthedots
    /// 0.2.2 stops on, written here as the package's loop: for each point from the 7th, the six step signs before
    /// it; <c>all(d == 1)</c> (then <c>all(d == -1)</c>) meets NA — an error — when a step is missing and every other
    /// step is +1 (or −1). The warning names the first missing point of the first such window.
    /// </summary>
    [FsCheck.Xunit.Property]
    public Property Compute_MissingValues_WarnExactlyWhereNhsrWouldStop() =>
        Prop.ForAll(SeriesArb(), input =>
        {
            var y = input.Values;
            int? expected = null;
            for (var i = 6; i < y.Length && expected is null; i++)
            {
                var steps = Enumerable.Range(i - 5, 6).Select(k => y[k] is { } b && y[k - 1] is { } a ? (int?)Math.Sign(b - a) : null).ToArray();
                var known = steps.Where(d => d is not null).ToArray();
                if (known.Length < 6 && (known.All(d => d == 1) || known.All(d => d == -1)))
                {
                    var first = Enumerable.Range(i - 5, 6).First(k => y[k] is null || y[k - 1] is null);
                    expected = y[first - 1] is null ? first - 1 : first;
                }
            }
            var chart = Xmr.Compute(y, SpcOptions.NhsrPlotTheDots022, ImprovementDirection.Increase);
            var warning = chart.Warnings.SingleOrDefault(w => w.Kind == SpcWarningKinds.MissingValueInTrendWindow);
            return warning?.PointIndex == expected;
        });

    private static Variation Swap(Variation v) => v switch
    {
        Variation.ImprovementHigh => Variation.ConcernHigh,
        Variation.ConcernHigh => Variation.ImprovementHigh,
        Variation.ImprovementLow => Variation.ConcernLow,
        Variation.ConcernLow => Variation.ImprovementLow,
        _ => v,
    };

    private static bool Close(double a, double b) => Math.Abs(a - b) <= 1e-9 * Math.Max(1, Math.Abs(a) + Math.Abs(b));

    private static bool Shifted(double? before, double? after, int shift) =>
        before is null ? after is null : after is { } a && Close(before.Value + shift, a);
}
