using System;
using OutcomesFramework.Utility;
#if NET
using System.Numerics;
using System.Runtime.InteropServices;
#endif

namespace OutcomesFramework.Statistics;

/// <summary>
/// Proportions with the Wilson score interval (Wilson 1927), as PHE/OHID publish them
/// (PHEindicatormethods <c>phe_proportion</c>, APHO Technical Briefing 3).
/// </summary>
/// <remarks>
/// With p̂ = x/n and z the level's normal quantile:
/// lower, upper = (2x + z² ∓ z·√(z² + 4x(1 − x/n))) / (2(n + z²)).
/// The limits are clamped to [0, 1] (x = 0 gives 0, x = n gives 1, which rounding could otherwise miss),
/// then multiplied. Non-integer numerators are accepted.
/// </remarks>
public static class Wilson
{
    /// <summary>The Wilson interval for x events out of n, on the 0–1 scale.</summary>
    /// <param name="numerator">x, ≥ 0 and ≤ <paramref name="denominator"/>.</param>
    /// <param name="denominator">n, &gt; 0.</param>
    /// <param name="level">The confidence level.</param>
    /// <returns>The interval, method <see cref="IntervalMethod.Wilson"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException">x &lt; 0, n ≤ 0, or either is NaN or infinite.</exception>
    /// <exception cref="ArgumentException">x &gt; n.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="level"/> is null.</exception>
    public static ConfidenceInterval Interval(double numerator, double denominator, ConfidenceLevel level)
    {
        ConfidenceLevel.CheckNotNull(level, nameof(level));
        StatisticsChecks.Finite(numerator, nameof(numerator));
        StatisticsChecks.Finite(denominator, nameof(denominator));
        Validate(numerator, denominator, -1);
        Limits(numerator, denominator, level.Z, 1, out var lower, out var upper);
        return new ConfidenceInterval(lower, upper, level, IntervalMethod.Wilson);
    }

    /// <summary>
    /// A proportion x/n × multiplier with its Wilson interval. A missing (null or NaN) numerator or denominator
    /// gives a missing result, never an exception.
    /// </summary>
    /// <param name="numerator">x, or null when missing.</param>
    /// <param name="denominator">n, or null when missing.</param>
    /// <param name="level">The confidence level.</param>
    /// <param name="multiplier">1 for a proportion, 100 for a percentage, 10000 for "per 10,000".</param>
    /// <returns>The estimate, or null when an input is missing.</returns>
    /// <exception cref="ArgumentOutOfRangeException">x &lt; 0, n ≤ 0, an infinite input, or a multiplier that is not positive.</exception>
    /// <exception cref="ArgumentException">x &gt; n.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="level"/> is null.</exception>
    public static Estimate? Proportion(double? numerator, double? denominator, ConfidenceLevel level, double multiplier = 1)
    {
        ConfidenceLevel.CheckNotNull(level, nameof(level));
        StatisticsChecks.Multiplier(multiplier, nameof(multiplier));
        if (numerator is not { } x || denominator is not { } n || double.IsNaN(x) || double.IsNaN(n))
        {
            return null;
        }
        StatisticsChecks.Finite(x, nameof(numerator));
        StatisticsChecks.Finite(n, nameof(denominator));
        Validate(x, n, -1);
        // The multiplier goes into the single division, exactly as in the batch path.
        Limits(x, n, level.Z, multiplier, out var lower, out var upper);
        return new Estimate(x / n * multiplier, new ConfidenceInterval(lower, upper, level, IntervalMethod.Wilson), Label(multiplier));
    }

    /// <summary>The proportion with both its 95% and 99.8% Wilson intervals; null when an input is missing.</summary>
    /// <param name="numerator">x, or null when missing.</param>
    /// <param name="denominator">n, or null when missing.</param>
    /// <param name="multiplier">1, 100, ….</param>
    /// <returns>The estimate, or null.</returns>
    /// <exception cref="ArgumentOutOfRangeException">As <see cref="Proportion"/>.</exception>
    /// <exception cref="ArgumentException">x &gt; n.</exception>
    public static TwoLevelEstimate? ProportionBothLevels(double? numerator, double? denominator, double multiplier = 1) =>
        TwoLevelEstimate.Combine(
            Proportion(numerator, denominator, ConfidenceLevel.NinetyFivePercent, multiplier),
            Proportion(numerator, denominator, ConfidenceLevel.NinetyNinePointEightPercent, multiplier));

    /// <summary>"percentage" when the multiplier is 100, otherwise "proportion of {multiplier}", as PHEindicatormethods.</summary>
    /// <param name="multiplier">The multiplier.</param>
    /// <returns>The label.</returns>
    public static string Label(double multiplier) =>
        multiplier == 100 ? "percentage" : "proportion of " + StatisticsChecks.FormatMultiplier(multiplier);

    /// <summary>
    /// Wilson limits for many rows at once, multiplied by <paramref name="multiplier"/>. A NaN numerator or
    /// denominator gives NaN limits for that row. Vectorised on .NET; no allocation.
    /// </summary>
    /// <param name="numerators">x per row.</param>
    /// <param name="denominators">n per row (same length).</param>
    /// <param name="level">The confidence level.</param>
    /// <param name="multiplier">1, 100, ….</param>
    /// <param name="lower">Receives the lower limits (same length).</param>
    /// <param name="upper">Receives the upper limits (same length).</param>
    /// <exception cref="ArgumentException">Lengths differ, or a row has x &gt; n (the message names the row).</exception>
    /// <exception cref="ArgumentOutOfRangeException">A row has x &lt; 0, n ≤ 0 or an infinite input, or the multiplier is not positive.</exception>
    public static void Compute(
        ReadOnlySpan<double> numerators,
        ReadOnlySpan<double> denominators,
        ConfidenceLevel level,
        double multiplier,
        Span<double> lower,
        Span<double> upper)
    {
        StatisticsChecks.IntervalBatch(level, multiplier, numerators.Length, denominators.Length, lower.Length, upper.Length);
        var count = numerators.Length;
        var z = level.Z;
        var start = 0;
#if NET
        start = ComputeVector(numerators, denominators, z, multiplier, lower, upper);
#endif
        for (var i = start; i < count; i++)
        {
            var x = numerators[i];
            var n = denominators[i];
            if (double.IsNaN(x) || double.IsNaN(n))
            {
                lower[i] = double.NaN;
                upper[i] = double.NaN;
                continue;
            }
            ValidateRow(x, n, i);
            Limits(x, n, z, multiplier, out var lo, out var hi);
            lower[i] = lo;
            upper[i] = hi;
        }
    }

    /// <summary>As <see cref="Compute(ReadOnlySpan{double}, ReadOnlySpan{double}, ConfidenceLevel, double, Span{double}, Span{double})"/>, also writing the values x/n × multiplier.</summary>
    /// <param name="numerators">x per row.</param>
    /// <param name="denominators">n per row.</param>
    /// <param name="level">The confidence level.</param>
    /// <param name="multiplier">1, 100, ….</param>
    /// <param name="values">Receives x/n × multiplier.</param>
    /// <param name="lower">Receives the lower limits.</param>
    /// <param name="upper">Receives the upper limits.</param>
    /// <exception cref="ArgumentException">Lengths differ, or a row has x &gt; n.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A row has x &lt; 0 or n ≤ 0, or the multiplier is not positive.</exception>
    public static void Compute(
        ReadOnlySpan<double> numerators,
        ReadOnlySpan<double> denominators,
        ConfidenceLevel level,
        double multiplier,
        Span<double> values,
        Span<double> lower,
        Span<double> upper)
    {
        StatisticsChecks.SameLength(numerators.Length, values.Length, nameof(values));
        Compute(numerators, denominators, level, multiplier, lower, upper);
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = numerators[i] / denominators[i] * multiplier;
        }
    }

    private static void Validate(double x, double n, int row)
    {
        StatisticsChecks.Numerator(x, "numerator", row);
        StatisticsChecks.Denominator(n, "denominator", row);
        StatisticsChecks.NumeratorNotAboveDenominator(x, n, "numerator", row);
    }

    private static void ValidateRow(double x, double n, int row)
    {
        StatisticsChecks.Numerator(x, "numerators", row);
        StatisticsChecks.Denominator(n, "denominators", row);
        StatisticsChecks.NumeratorNotAboveDenominator(x, n, "numerators", row);
    }

    // The one formula, used by the scalar path; the vector path performs the same operations in the same order.
    // One division (multiplier / (2(n + z²))) serves both limits; limits are clamped to [0, multiplier].
    private static void Limits(double x, double n, double z, double multiplier, out double lower, out double upper)
    {
        var z2 = z * z;
        var root = z * Math.Sqrt(z2 + (4 * x * (1 - (x / n))));
        var centre = (2 * x) + z2;
        var scale = multiplier / (2 * (n + z2));
        lower = (centre - root) * scale;
        upper = (centre + root) * scale;
        if (lower < 0)
        {
            lower = 0;
        }
        if (upper > multiplier)
        {
            upper = multiplier;
        }
    }

#if NET
    private static int ComputeVector(
        ReadOnlySpan<double> numerators,
        ReadOnlySpan<double> denominators,
        double z,
        double multiplier,
        Span<double> lower,
        Span<double> upper)
    {
        var width = Vector<double>.Count;
        if (!Vector.IsHardwareAccelerated || numerators.Length < width)
        {
            return 0;
        }
        var xs = MemoryMarshal.Cast<double, Vector<double>>(numerators);
        var ns = MemoryMarshal.Cast<double, Vector<double>>(denominators);
        var los = MemoryMarshal.Cast<double, Vector<double>>(lower);
        var his = MemoryMarshal.Cast<double, Vector<double>>(upper);
        var zero = Vector<double>.Zero;
        var one = Vector<double>.One;
        var two = new Vector<double>(2.0);
        var four = new Vector<double>(4.0);
        var zv = new Vector<double>(z);
        var z2 = new Vector<double>(z * z);
        var m = new Vector<double>(multiplier);
        var big = new Vector<double>(double.MaxValue);
        for (var k = 0; k < xs.Length; k++)
        {
            var x = xs[k];
            var n = ns[k];
            if (Vector.LessThanAny(x, zero) || Vector.LessThanOrEqualAny(n, zero) || Vector.GreaterThanAny(x, n)
                || Vector.GreaterThanAny(Vector.Abs(x), big) || Vector.GreaterThanAny(Vector.Abs(n), big))
            {
                // Let the scalar loop find the offending row and throw with its index.
                return k * width;
            }
            var root = zv * Vector.SquareRoot(z2 + (four * x * (one - (x / n))));
            var centre = (two * x) + z2;
            var scale = m / (two * (n + z2));
            var lo = (centre - root) * scale;
            var hi = (centre + root) * scale;
            los[k] = Vector.ConditionalSelect(Vector.LessThan(lo, zero), zero, lo);
            his[k] = Vector.ConditionalSelect(Vector.GreaterThan(hi, m), m, hi);
        }
        return xs.Length * width;
    }
#endif
}
