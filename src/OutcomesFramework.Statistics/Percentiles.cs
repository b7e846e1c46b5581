using System;
using System.Buffers;

namespace OutcomesFramework.Statistics;

/// <summary>
/// Percentiles. <see cref="Type7"/> is R's default <c>quantile(type = 7)</c>, which LAIT uses for its
/// quartile bands; <see cref="Inclusive"/> is Excel's PERCENTILE.INC as Fingertips computes spine-chart
/// percentiles. Both interpolate at h = (n − 1)p + 1 but round differently in the last bit, so each keeps
/// its source's operation order.
/// </summary>
public static class Percentiles
{
    /// <summary>R type 7 on values already sorted ascending (no NaN): (1 − h)·x[lo] + h·x[hi].</summary>
    /// <param name="sortedAscending">The sorted values (at least one).</param>
    /// <param name="probability">p in [0, 1].</param>
    /// <returns>The quantile.</returns>
    /// <exception cref="ArgumentException">No values.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="probability"/> is outside [0, 1].</exception>
    public static double Type7(ReadOnlySpan<double> sortedAscending, double probability)
    {
        CheckArguments(sortedAscending.Length, probability);
        var index = 1 + ((sortedAscending.Length - 1) * probability);
        var lo = (int)Math.Floor(index);
        var hi = (int)Math.Ceiling(index);
        var q = sortedAscending[lo - 1];
        var upper = sortedAscending[hi - 1];
        if (index > lo && upper != q)
        {
            var h = index - lo;
            q = ((1 - h) * q) + (h * upper);
        }
        return q;
    }

    /// <summary>
    /// Excel PERCENTILE.INC (Fingertips <c>CalculatePercentile</c>, without its rounding to 10 places) on values
    /// already sorted ascending: x[⌊h⌋] + (h − ⌊h⌋)(x[⌊h⌋ + 1] − x[⌊h⌋]) with h = (n − 1)p + 1.
    /// </summary>
    /// <param name="sortedAscending">The sorted values (at least one).</param>
    /// <param name="fraction">p in [0, 1].</param>
    /// <returns>The percentile.</returns>
    /// <exception cref="ArgumentException">No values.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="fraction"/> is outside [0, 1].</exception>
    public static double InclusiveSorted(ReadOnlySpan<double> sortedAscending, double fraction)
    {
        CheckArguments(sortedAscending.Length, fraction);
        var n = sortedAscending.Length;
        var h = ((n - 1) * fraction) + 1;
        if (h <= 1)
        {
            return sortedAscending[0];
        }
        if (h >= n)
        {
            return sortedAscending[n - 1];
        }
        var floor = (int)Math.Floor(h);
        var low = sortedAscending[floor - 1];
        return low + ((h - floor) * (sortedAscending[floor] - low));
    }

    /// <summary>Excel PERCENTILE.INC of unsorted values, ignoring NaN (missing).</summary>
    /// <param name="values">The values.</param>
    /// <param name="fraction">p in [0, 1].</param>
    /// <returns>The percentile, or null when there are no non-missing values.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="fraction"/> is outside [0, 1].</exception>
    public static double? Inclusive(ReadOnlySpan<double> values, double fraction)
    {
        CheckArguments(1, fraction);
        var buffer = ArrayPool<double>.Shared.Rent(Math.Max(values.Length, 1));
        try
        {
            var count = CopyNonMissingSorted(values, buffer);
            return count == 0 ? null : InclusiveSorted(buffer.AsSpan(0, count), fraction);
        }
        finally
        {
            ArrayPool<double>.Shared.Return(buffer);
        }
    }

    /// <summary>The spine-chart summary (minimum, 25th, 50th, 75th percentiles, maximum) of all areas' values, ignoring NaN.</summary>
    /// <param name="values">Every area's value.</param>
    /// <returns>The summary, or null when fewer than 4 values are present (Fingertips' minimum).</returns>
    public static SpineChartSummary? SpineChart(ReadOnlySpan<double> values)
    {
        var buffer = ArrayPool<double>.Shared.Rent(Math.Max(values.Length, 1));
        try
        {
            var count = CopyNonMissingSorted(values, buffer);
            if (count < SpineChartSummary.MinimumCount)
            {
                return null;
            }
            var sorted = buffer.AsSpan(0, count);
            return new SpineChartSummary(
                sorted[0], InclusiveSorted(sorted, 0.25), InclusiveSorted(sorted, 0.5), InclusiveSorted(sorted, 0.75), sorted[count - 1], count);
        }
        finally
        {
            ArrayPool<double>.Shared.Return(buffer);
        }
    }

    internal static int CopyNonMissingSorted(ReadOnlySpan<double> values, double[] buffer)
    {
        var count = 0;
        foreach (var v in values)
        {
            if (!double.IsNaN(v))
            {
                buffer[count++] = v;
            }
        }
        Array.Sort(buffer, 0, count);
        return count;
    }

    private static void CheckArguments(int count, double probability)
    {
        if (count == 0)
        {
            throw new ArgumentException("At least one value is needed.", nameof(count));
        }
        if (!(probability >= 0 && probability <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(probability), probability, "A percentile fraction must lie in [0, 1].");
        }
    }
}
