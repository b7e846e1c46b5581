using System;

namespace OutcomesFramework.Scoring;

/// <summary>
/// The values of all local authorities for one indicator and period, sorted, with the summary numbers the
/// normalisations need. Built once per (indicator, period) and shared by every authority's scorecard.
/// </summary>
internal sealed class Distribution
{
    public Distribution(double[] sortedAscending)
    {
        Sorted = sortedAscending;
        Count = sortedAscending.Length;
        if (Count == 0)
        {
            Mean = StandardDeviation = Min = Max = double.NaN;
            return;
        }
        Min = sortedAscending[0];
        Max = sortedAscending[Count - 1];
        Moments(sortedAscending, Count, out var mean, out var sd);
        Mean = mean;
        StandardDeviation = sd;
    }

    /// <summary>
    /// The mean and sample standard deviation of the first <paramref name="count"/> (≥ 1) values of
    /// <paramref name="sortedAscending"/>, summed in that order: the one formula the engine's distributions and the
    /// composite model's replicates share, so that both give the same bits.
    /// </summary>
    public static void Moments(double[] sortedAscending, int count, out double mean, out double standardDeviation)
    {
        var sum = 0.0;
        for (var i = 0; i < count; i++)
        {
            sum += sortedAscending[i];
        }
        mean = sum / count;
        var squares = 0.0;
        for (var i = 0; i < count; i++)
        {
            var d = sortedAscending[i] - mean;
            squares += d * d;
        }
        // Sample standard deviation (n − 1), as R's sd() and COINr's n_zscore.
        standardDeviation = count > 1 ? Math.Sqrt(squares / (count - 1)) : 0;
    }

    /// <summary>The values, ascending.</summary>
    public double[] Sorted { get; }

    public int Count { get; }

    public double Mean { get; }

    public double StandardDeviation { get; }

    public double Min { get; }

    public double Max { get; }

    /// <summary>Number of values strictly below <paramref name="x"/>.</summary>
    public int CountBelow(double x)
    {
        int lo = 0, hi = Count;
        while (lo < hi)
        {
            var mid = (lo + hi) >> 1;
            if (Sorted[mid] < x)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }
        return lo;
    }

    /// <summary>Number of values at or below <paramref name="x"/>.</summary>
    public int CountAtOrBelow(double x)
    {
        int lo = 0, hi = Count;
        while (lo < hi)
        {
            var mid = (lo + hi) >> 1;
            if (Sorted[mid] <= x)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }
        return lo;
    }
}
