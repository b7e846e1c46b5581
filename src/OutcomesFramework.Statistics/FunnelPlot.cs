using System;
using System.Collections.Immutable;
using System.Globalization;

namespace OutcomesFramework.Statistics;

/// <summary>
/// Funnel plots as PHE/OHID draw them (PHEindicatormethods <c>calculate_funnel_limits</c> and
/// <c>assign_funnel_significance</c>; Fingertips "Technical Guide – Funnel Plots"): control limits at
/// 95% ("2s", tail 0.025) and 99.8% ("3s", tail 0.001) over 100 axis points, and each area's significance.
/// </summary>
/// <remarks>
/// Proportions: the proportion whose Wilson interval for a population N just touches the pooled p̄ (a closed
/// inversion of the Wilson formula); lower limits floored at 0, upper limits capped at the literal 100 (the
/// package's cap, whatever the multiplier). Ratios and rates: Poisson means found by the Fingertips bisection.
/// </remarks>
public static class FunnelPlot
{
    private const int PointCount = 100;
    private static readonly double Z2s = Normal.QuantileUnchecked(0.975);
    private static readonly double Z3s = Normal.QuantileUnchecked(0.999);

    /// <summary>The pooled proportion Σx/Σn.</summary>
    /// <param name="numerators">x per area.</param>
    /// <param name="denominators">n per area.</param>
    /// <returns>p̄.</returns>
    /// <exception cref="ArgumentException">Lengths differ, or x &gt; n in a row.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A row has x &lt; 0, n ≤ 0 or a missing value (all must be present for proportions).</exception>
    public static double PooledProportion(ReadOnlySpan<double> numerators, ReadOnlySpan<double> denominators)
    {
        StatisticsChecks.SameLength(numerators.Length, denominators.Length, nameof(denominators));
        double x = 0, n = 0;
        for (var i = 0; i < numerators.Length; i++)
        {
            CheckProportionRow(numerators[i], denominators[i], i);
            x += numerators[i];
            n += denominators[i];
        }
        return x / n;
    }

    /// <summary>The proportion control limits at one population size.</summary>
    /// <param name="pooled">The pooled proportion p̄ in [0, 1].</param>
    /// <param name="population">N &gt; 0.</param>
    /// <param name="multiplier">100 for percentages.</param>
    /// <returns>The limits, scaled, lower floored at 0 and upper capped at 100.</returns>
    public static FunnelLimits ProportionLimitsAt(double pooled, double population, double multiplier = 100)
    {
        var (low2, high2) = ProportionBounds(pooled, population, Z2s);
        var (low3, high3) = ProportionBounds(pooled, population, Z3s);
        return new FunnelLimits(
            population,
            Math.Max(0, low2 * multiplier),
            Math.Min(100, high2 * multiplier),
            Math.Max(0, low3 * multiplier),
            Math.Min(100, high3 * multiplier),
            pooled * multiplier);
    }

    /// <summary>The 100-point proportion funnel for a set of areas.</summary>
    /// <param name="numerators">x per area.</param>
    /// <param name="denominators">n per area.</param>
    /// <param name="multiplier">100 for percentages.</param>
    /// <returns>The points, ascending in population.</returns>
    /// <exception cref="ArgumentException">Lengths differ, no areas, or x &gt; n in a row.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An invalid or missing row.</exception>
    public static ImmutableArray<FunnelLimits> ProportionLimits(ReadOnlySpan<double> numerators, ReadOnlySpan<double> denominators, double multiplier = 100)
    {
        StatisticsChecks.Multiplier(multiplier, nameof(multiplier));
        var pooled = PooledProportion(numerators, denominators);
        MinMax(denominators, out var min, out var max);
        var axis = AxisPoints(AxisMinimum(min, max), SignificantCeiling(max), offsetByOne: false);
        var builder = ImmutableArray.CreateBuilder<FunnelLimits>(PointCount);
        foreach (var population in axis)
        {
            builder.Add(ProportionLimitsAt(pooled, population, multiplier));
        }
        return builder.MoveToImmutable();
    }

    /// <summary>Each area's significance against the pooled proportion of all the areas given.</summary>
    /// <param name="numerators">x per area.</param>
    /// <param name="denominators">n per area.</param>
    /// <param name="significance">Receives each area's significance.</param>
    /// <exception cref="ArgumentException">Lengths differ, or x &gt; n in a row.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An invalid or missing row.</exception>
    public static void ProportionSignificance(ReadOnlySpan<double> numerators, ReadOnlySpan<double> denominators, Span<FunnelSignificance> significance)
    {
        StatisticsChecks.SameLength(numerators.Length, significance.Length, nameof(significance));
        var pooled = PooledProportion(numerators, denominators);
        for (var i = 0; i < numerators.Length; i++)
        {
            var n = denominators[i];
            var value = numerators[i] / n;
            var (low2, high2) = ProportionBounds(pooled, n, Z2s);
            var (low3, high3) = ProportionBounds(pooled, n, Z3s);
            significance[i] = value < low3 ? FunnelSignificance.Low0001
                : value < low2 ? FunnelSignificance.Low0025
                : value > high3 ? FunnelSignificance.High0001
                : value > high2 ? FunnelSignificance.High0025
                : FunnelSignificance.NotSignificant;
        }
    }

    /// <summary>The significance of an observed/expected ratio: its exact (below 10) or Byar's interval against 1.</summary>
    /// <param name="observed">O ≥ 0.</param>
    /// <param name="expected">E &gt; 0.</param>
    /// <returns>The significance.</returns>
    /// <exception cref="ArgumentOutOfRangeException">O &lt; 0 or E ≤ 0, or either is missing.</exception>
    public static FunnelSignificance RatioSignificance(double observed, double expected)
    {
        StatisticsChecks.Numerator(observed, nameof(observed));
        StatisticsChecks.Finite(observed, nameof(observed));
        StatisticsChecks.Denominator(expected, nameof(expected));
        StatisticsChecks.Finite(expected, nameof(expected));
        return PoissonSignificance(observed, expected, 1);
    }

    /// <summary>The 100-point ratio funnel (x = observed events; axis from the expected counts). Limits are O/λ.</summary>
    /// <param name="expected">E per area (the axis is built from these, as the package does).</param>
    /// <returns>The points; subtract 1 for "count" ratios or multiply by 100 for ISRs.</returns>
    /// <exception cref="ArgumentException">No areas.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An expected count is not positive and finite.</exception>
    public static ImmutableArray<FunnelLimits> RatioLimits(ReadOnlySpan<double> expected)
    {
        for (var i = 0; i < expected.Length; i++)
        {
            StatisticsChecks.Denominator(expected[i], nameof(expected), i);
        }
        MinMax(expected, out var min, out var max);
        var axis = AxisPoints(AxisMinimum(min, max), SignificantCeiling(max), offsetByOne: true);
        var builder = ImmutableArray.CreateBuilder<FunnelLimits>(PointCount);
        foreach (var observed in axis)
        {
            var lower2 = PoissonFunnel.UpperMean(observed, 0.025);
            var upper2 = PoissonFunnel.LowerMean(observed, 0.025);
            var lower3 = PoissonFunnel.UpperMean(observed, 0.001);
            var upper3 = PoissonFunnel.LowerMean(observed, 0.001);
            builder.Add(new FunnelLimits(observed, observed / lower2, observed / upper2, observed / lower3, observed / upper3, null, lower2, upper2, lower3, upper3));
        }
        return builder.MoveToImmutable();
    }

    /// <summary>
    /// The 100-point rate funnel. Denominators are derived as multiplier × numerator / rate (for a zero count:
    /// the supplied denominator for crude rates, none for DSRs); the average rate is Σnumerator/Σderived.
    /// </summary>
    /// <param name="numerators">Events per area.</param>
    /// <param name="rates">Rates per area (per <paramref name="multiplier"/>); NaN allowed where the count is 0.</param>
    /// <param name="denominators">Supplied denominators, or empty; used only for zero counts of crude rates.</param>
    /// <param name="rateType">DSR or crude.</param>
    /// <param name="multiplier">e.g. 100000.</param>
    /// <param name="yearsOfData">Years pooled in each rate (the one-year populations are divided by this).</param>
    /// <returns>The points, x = events.</returns>
    /// <exception cref="ArgumentException">Lengths differ or no usable rows.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A negative or missing count, or invalid multiplier/years.</exception>
    public static ImmutableArray<FunnelLimits> RateLimits(
        ReadOnlySpan<double> numerators, ReadOnlySpan<double> rates, ReadOnlySpan<double> denominators, FunnelRateType rateType, double multiplier, int yearsOfData = 1)
    {
        StatisticsChecks.Multiplier(multiplier, nameof(multiplier));
        if (yearsOfData < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(yearsOfData), yearsOfData, "Years of data must be at least 1.");
        }
        var average = AverageRate(numerators, rates, denominators, rateType, multiplier, out var minDenominator, out var maxDenominator);
        double years = yearsOfData;
        var axisMin = AxisMinimum(minDenominator / years, maxDenominator / years) * years;
        var axisMax = SignificantCeiling(maxDenominator / years) * years;
        var axis = AxisPoints(Math.Floor(axisMin * average), Math.Ceiling(axisMax * average), offsetByOne: false);
        var builder = ImmutableArray.CreateBuilder<FunnelLimits>(PointCount);
        foreach (var events in axis)
        {
            var lower2 = PoissonFunnel.UpperMean(events, 0.025) / average;
            var upper2 = PoissonFunnel.LowerMean(events, 0.025) / average;
            var lower3 = PoissonFunnel.UpperMean(events, 0.001) / average;
            var upper3 = PoissonFunnel.LowerMean(events, 0.001) / average;
            builder.Add(new FunnelLimits(
                events,
                events / lower2 * multiplier,
                events / upper2 * multiplier,
                events / lower3 * multiplier,
                events / upper3 * multiplier,
                average * multiplier,
                lower2 / years,
                upper2 / years,
                lower3 / years,
                upper3 / years));
        }
        return builder.MoveToImmutable();
    }

    /// <summary>
    /// Each area's rate significance: the exact (below 10) or Byar's interval of its count over its derived
    /// denominator against the average rate. DSRs from fewer than 10 events are not applicable.
    /// </summary>
    /// <param name="numerators">Events per area.</param>
    /// <param name="rates">Rates per area.</param>
    /// <param name="denominators">Supplied denominators, or empty.</param>
    /// <param name="rateType">DSR or crude.</param>
    /// <param name="multiplier">e.g. 100000.</param>
    /// <param name="significance">Receives each area's significance.</param>
    /// <exception cref="ArgumentException">Lengths differ, or a crude zero count has no denominator.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A negative or missing count.</exception>
    public static void RateSignificance(
        ReadOnlySpan<double> numerators, ReadOnlySpan<double> rates, ReadOnlySpan<double> denominators, FunnelRateType rateType, double multiplier, Span<FunnelSignificance> significance)
    {
        StatisticsChecks.Multiplier(multiplier, nameof(multiplier));
        StatisticsChecks.SameLength(numerators.Length, significance.Length, nameof(significance));
        var average = AverageRate(numerators, rates, denominators, rateType, multiplier, out _, out _);
        for (var i = 0; i < numerators.Length; i++)
        {
            var x = numerators[i];
            if (rateType == FunnelRateType.DirectlyStandardised && x < PoissonLimits.ByarsThreshold)
            {
                significance[i] = FunnelSignificance.NotApplicable;
                continue;
            }
            var derived = DerivedDenominator(numerators, rates, denominators, rateType, multiplier, i);
            significance[i] = PoissonSignificance(x, derived, average);
        }
    }

    private static FunnelSignificance PoissonSignificance(double observed, double denominator, double centre)
    {
        var at998 = PoissonLimits.ForCount(observed, ConfidenceLevel.NinetyNinePointEightPercent);
        var at95 = PoissonLimits.ForCount(observed, ConfidenceLevel.NinetyFivePercent);
        return centre < at998.Lower / denominator ? FunnelSignificance.High0001
            : centre < at95.Lower / denominator ? FunnelSignificance.High0025
            : centre > at998.Upper / denominator ? FunnelSignificance.Low0001
            : centre > at95.Upper / denominator ? FunnelSignificance.Low0025
            : FunnelSignificance.NotSignificant;
    }

    private static double AverageRate(
        ReadOnlySpan<double> numerators, ReadOnlySpan<double> rates, ReadOnlySpan<double> denominators, FunnelRateType rateType, double multiplier, out double min, out double max)
    {
        StatisticsChecks.SameLength(numerators.Length, rates.Length, nameof(rates));
        if (denominators.Length != 0)
        {
            StatisticsChecks.SameLength(numerators.Length, denominators.Length, nameof(denominators));
        }
        double events = 0, population = 0;
        min = double.PositiveInfinity;
        max = double.NegativeInfinity;
        for (var i = 0; i < numerators.Length; i++)
        {
            var x = numerators[i];
            if (double.IsNaN(x))
            {
                throw new ArgumentOutOfRangeException(nameof(numerators), x, string.Format(CultureInfo.InvariantCulture, "Row {0}: numerators must be provided for rates.", i));
            }
            StatisticsChecks.Numerator(x, nameof(numerators), i);
            var derived = DerivedDenominator(numerators, rates, denominators, rateType, multiplier, i);
            if (double.IsNaN(derived))
            {
                continue;
            }
            events += x;
            population += derived;
            min = Math.Min(min, derived);
            max = Math.Max(max, derived);
        }
        if (!(population > 0))
        {
            throw new ArgumentException("No row has a usable denominator.", nameof(rates));
        }
        return events / population;
    }

    private static double DerivedDenominator(
        ReadOnlySpan<double> numerators, ReadOnlySpan<double> rates, ReadOnlySpan<double> denominators, FunnelRateType rateType, double multiplier, int i)
    {
        var x = numerators[i];
        if (x != 0)
        {
            return multiplier * x / rates[i];
        }
        if (rateType == FunnelRateType.DirectlyStandardised)
        {
            return double.NaN;
        }
        if (denominators.Length == 0 || !(denominators[i] > 0))
        {
            throw new ArgumentException(
                string.Format(CultureInfo.InvariantCulture, "Row {0}: a crude rate with no events needs a denominator greater than zero.", i), nameof(denominators));
        }
        return denominators[i];
    }

    // The proportion at which an area of size N has a Wilson limit exactly at p̄ (both roots of the quadratic).
    private static (double Low, double High) ProportionBounds(double pooled, double n, double z)
    {
        var z2 = z * z;
        var a = pooled * ((n / z2) + 1);
        var b = -8 * pooled * ((n / z2) + 1);
        var d = Math.Sqrt((b * b) - (64 * ((1 / z2) + (1 / n)) * pooled * ((n * ((pooled * ((n / z2) + 2)) - 1)) + (z2 * (pooled - 1)))));
        var l = (1 / z2) + (1 / n);
        return ((a - (d / 8)) / l / n, (a + (d / 8)) / l / n);
    }

    private static void CheckProportionRow(double x, double n, int row)
    {
        if (double.IsNaN(x) || double.IsNaN(n))
        {
            throw new ArgumentOutOfRangeException(
                double.IsNaN(x) ? "numerators" : "denominators",
                double.NaN,
                string.Format(CultureInfo.InvariantCulture, "Row {0}: for proportions, numerators and denominators must be provided for all records, even when their values are zero.", row));
        }
        StatisticsChecks.Numerator(x, "numerators", row);
        StatisticsChecks.Denominator(n, "denominators", row);
        StatisticsChecks.NumeratorNotAboveDenominator(x, n, "numerators", row);
    }

    private static void MinMax(ReadOnlySpan<double> values, out double min, out double max)
    {
        if (values.Length == 0)
        {
            throw new ArgumentException("At least one area is needed.", nameof(values));
        }
        min = double.PositiveInfinity;
        max = double.NegativeInfinity;
        foreach (var v in values)
        {
            min = Math.Min(min, v);
            max = Math.Max(max, v);
        }
    }

    private static double AxisMinimum(double min, double max) => max > 2 * min ? 0 : SignificantFloor(min);

    // The 100 axis points: pt[1] = max(1, min); pt[j] = max(round((max/pt[j−1])^(1/(101 − off))·pt[j−1]), pt[j−1] + 1),
    // off = j (proportions, rates) or j − 1 (ratios); R's round is half-to-even.
    private static double[] AxisPoints(double axisMin, double axisMax, bool offsetByOne)
    {
        var points = new double[PointCount];
        points[0] = Math.Max(1, axisMin);
        for (var j = 2; j <= PointCount; j++)
        {
            var previous = points[j - 2];
            var off = offsetByOne ? j - 1 : j;
            var next = Math.Round(Math.Pow(axisMax / previous, 1.0 / (101 - off)) * previous, MidpointRounding.ToEven);
            points[j - 1] = Math.Max(next, previous + 1);
        }
        return points;
    }

    // signif.floor / signif.ceiling with R's nchar() of the number as R prints it (1e+05 has 5 characters).
    private static double SignificantFloor(double x)
    {
        var k = RPrintedLength(Math.Floor(0.95 * x)) - 1;
        var unit = Math.Pow(10, k);
        return Math.Floor(0.95 * x / unit) * unit;
    }

    private static double SignificantCeiling(double x)
    {
        var k = RPrintedLength(Math.Ceiling(1.05 * x)) - 2;
        var unit = Math.Pow(10, k);
        return Math.Ceiling(1.05 * x / unit) * unit;
    }

    private static int RPrintedLength(double wholeNumber)
    {
        var text = wholeNumber.ToString("F0", CultureInfo.InvariantCulture);
        var significant = text.TrimEnd('0').Length;
        var scientific = (significant <= 1 ? 1 : significant + 1) + 4; // mantissa + "e+05"
        return text.Length <= scientific ? text.Length : scientific;
    }
}
