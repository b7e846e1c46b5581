using System;
#if NET
using System.Numerics;
using System.Runtime.InteropServices;
#endif

namespace OutcomesFramework.Statistics;

/// <summary>
/// Crude rates x/n × multiplier with Poisson limits: exact below 10 events, Byar's from 10
/// (PHEindicatormethods <c>phe_rate</c>). A numerator above the denominator is allowed for rates.
/// </summary>
public static class CrudeRate
{
    /// <summary>The rate with its interval; null when the count or denominator is missing (null or NaN).</summary>
    /// <param name="count">Events x ≥ 0, or null.</param>
    /// <param name="denominator">Population n &gt; 0, or null.</param>
    /// <param name="level">The confidence level.</param>
    /// <param name="multiplier">Per 100,000 by default; 10,000, 1,000, 100 ….</param>
    /// <returns>The estimate (method Exact or Byars), or null.</returns>
    /// <exception cref="ArgumentOutOfRangeException">x &lt; 0, n ≤ 0, an infinite input, or a multiplier that is not positive.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="level"/> is null.</exception>
    public static Estimate? Calculate(double? count, double? denominator, ConfidenceLevel level, double multiplier = 100000)
    {
        ConfidenceLevel.CheckNotNull(level, nameof(level));
        StatisticsChecks.Multiplier(multiplier, nameof(multiplier));
        if (count is not { } x || denominator is not { } n || double.IsNaN(x) || double.IsNaN(n))
        {
            return null;
        }
        StatisticsChecks.Numerator(x, nameof(count));
        StatisticsChecks.Denominator(n, nameof(denominator));
        var counts = PoissonLimits.ForCount(x, level);
        var interval = new ConfidenceInterval(counts.Lower / n * multiplier, counts.Upper / n * multiplier, level, counts.Method);
        return new Estimate(x / n * multiplier, interval, Label(multiplier));
    }

    /// <summary>The rate with its 95% and 99.8% intervals; null when an input is missing.</summary>
    /// <param name="count">Events, or null.</param>
    /// <param name="denominator">Population, or null.</param>
    /// <param name="multiplier">Per 100,000 by default.</param>
    /// <returns>The estimate, or null.</returns>
    /// <exception cref="ArgumentOutOfRangeException">As <see cref="Calculate"/>.</exception>
    public static TwoLevelEstimate? CalculateBothLevels(double? count, double? denominator, double multiplier = 100000) =>
        TwoLevelEstimate.Combine(
            Calculate(count, denominator, ConfidenceLevel.NinetyFivePercent, multiplier),
            Calculate(count, denominator, ConfidenceLevel.NinetyNinePointEightPercent, multiplier));

    /// <summary>"rate per {multiplier}", as PHEindicatormethods labels it.</summary>
    /// <param name="multiplier">The multiplier.</param>
    /// <returns>The label.</returns>
    public static string Label(double multiplier) => "rate per " + StatisticsChecks.FormatMultiplier(multiplier);

    /// <summary>
    /// Rate limits for many rows: exact Poisson for counts below 10 (a per-level table for integer counts),
    /// Byar's otherwise; NaN in gives NaN out. Vectorised on .NET; no allocation.
    /// </summary>
    /// <param name="counts">x per row.</param>
    /// <param name="denominators">n per row.</param>
    /// <param name="level">The confidence level.</param>
    /// <param name="multiplier">Per 100,000, ….</param>
    /// <param name="lower">Receives the lower limits.</param>
    /// <param name="upper">Receives the upper limits.</param>
    /// <exception cref="ArgumentException">Lengths differ.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A row has x &lt; 0, n ≤ 0 or an infinite input (the message names the row), or the multiplier is not positive.</exception>
    public static void Compute(
        ReadOnlySpan<double> counts,
        ReadOnlySpan<double> denominators,
        ConfidenceLevel level,
        double multiplier,
        Span<double> lower,
        Span<double> upper)
    {
        StatisticsChecks.IntervalBatch(level, multiplier, counts.Length, denominators.Length, lower.Length, upper.Length);
        var length = counts.Length;
        var z = level.Z;
        var exactLower = level.ExactLowerTable;
        var exactUpper = level.ExactUpperTable;
        var start = 0;
#if NET
        start = ComputeVector(counts, denominators, level, multiplier, lower, upper);
#endif
        for (var i = start; i < length; i++)
        {
            var x = counts[i];
            var n = denominators[i];
            if (double.IsNaN(x) || double.IsNaN(n))
            {
                lower[i] = double.NaN;
                upper[i] = double.NaN;
                continue;
            }
            StatisticsChecks.Numerator(x, nameof(counts), i);
            StatisticsChecks.Denominator(n, nameof(denominators), i);
            var scale = multiplier / n;
            if (x < PoissonLimits.ByarsThreshold)
            {
                ExactRow(x, level, exactLower, exactUpper, out var lo, out var hi);
                lower[i] = lo * scale;
                upper[i] = hi * scale;
            }
            else
            {
                lower[i] = Byars.LowerUnchecked(x, z) * scale;
                upper[i] = Byars.UpperUnchecked(x, z) * scale;
            }
        }
    }

    private static void ExactRow(double x, ConfidenceLevel level, double[] exactLower, double[] exactUpper, out double lower, out double upper)
    {
        if (ExactPoisson.TryTable(x, out var index))
        {
            lower = exactLower[index];
            upper = exactUpper[index];
        }
        else
        {
            lower = ExactPoisson.LowerUnchecked(x, level);
            upper = ExactPoisson.UpperUnchecked(x, level);
        }
    }

#if NET
    private static int ComputeVector(
        ReadOnlySpan<double> counts,
        ReadOnlySpan<double> denominators,
        ConfidenceLevel level,
        double multiplier,
        Span<double> lower,
        Span<double> upper)
    {
        var width = Vector<double>.Count;
        if (!Vector.IsHardwareAccelerated || counts.Length < width)
        {
            return 0;
        }
        var xs = MemoryMarshal.Cast<double, Vector<double>>(counts);
        var ns = MemoryMarshal.Cast<double, Vector<double>>(denominators);
        var los = MemoryMarshal.Cast<double, Vector<double>>(lower);
        var his = MemoryMarshal.Cast<double, Vector<double>>(upper);
        var exactLower = level.ExactLowerTable;
        var exactUpper = level.ExactUpperTable;
        var zero = Vector<double>.Zero;
        var one = Vector<double>.One;
        var nine = new Vector<double>(9.0);
        var three = new Vector<double>(3.0);
        var threshold = new Vector<double>(PoissonLimits.ByarsThreshold);
        var zv = new Vector<double>(level.Z);
        var m = new Vector<double>(multiplier);
        var big = new Vector<double>(double.MaxValue);
        for (var k = 0; k < xs.Length; k++)
        {
            var x = xs[k];
            var n = ns[k];
            if (Vector.LessThanAny(x, zero) || Vector.LessThanOrEqualAny(n, zero)
                || Vector.GreaterThanAny(Vector.Abs(x), big) || Vector.GreaterThanAny(Vector.Abs(n), big))
            {
                return k * width; // the scalar loop throws naming the row
            }
            var scale = m / n;
            // Byar's on every lane, in the same operation order as Byars.LowerUnchecked / UpperUnchecked.
            var cl = one - (one / (nine * x)) - (zv / (three * Vector.SquareRoot(x)));
            var lo = x * cl * cl * cl * scale;
            var y = x + one;
            var cu = one - (one / (nine * y)) + (zv / (three * Vector.SquareRoot(y)));
            var hi = y * cu * cu * cu * scale;
            los[k] = lo;
            his[k] = hi;
            if (Vector.LessThanAny(x, threshold))
            {
                // Small counts (about 10% of real rows) are patched from the exact table lane by lane.
                var baseIndex = k * width;
                for (var lane = 0; lane < width; lane++)
                {
                    var xi = x[lane];
                    if (xi < PoissonLimits.ByarsThreshold)
                    {
                        ExactRow(xi, level, exactLower, exactUpper, out var elo, out var ehi);
                        var s = scale[lane];
                        lower[baseIndex + lane] = elo * s;
                        upper[baseIndex + lane] = ehi * s;
                    }
                }
            }
        }
        return xs.Length * width;
    }
#endif
}
