using System;
using System.Buffers;

namespace OutcomesFramework.Statistics;

/// <summary>
/// LAIT (Local Authority Interactive Tool) ranks and quartile bands: R's type-7 quartiles over all local
/// authorities; ranks with ties taking the lowest rank ("1224"), 1 = best; A = best quarter whatever the
/// polarity; no rank or band without polarity; missing values unranked.
/// </summary>
/// <remarks>
/// Lower is better: A = [min, Q1], B = (Q1, Q2], C = (Q2, Q3], D = (Q3, max].
/// Higher is better: A = (Q3, max], B = (Q2, Q3], C = (Q1, Q2], D = [min, Q1].
/// </remarks>
public static class LaitBanding
{
    /// <summary>Type-7 quartiles of the non-missing values.</summary>
    /// <param name="values">All local authorities' values; NaN is missing.</param>
    /// <returns>The cut points, or null when no value is present.</returns>
    public static QuartileCutPoints? CutPoints(ReadOnlySpan<double> values)
    {
        var buffer = ArrayPool<double>.Shared.Rent(Math.Max(values.Length, 1));
        try
        {
            var count = Percentiles.CopyNonMissingSorted(values, buffer);
            return count == 0 ? null : CutPointsSorted(buffer.AsSpan(0, count));
        }
        finally
        {
            ArrayPool<double>.Shared.Return(buffer);
        }
    }

    /// <summary>The band of one value.</summary>
    /// <param name="value">The value; NaN gives <see cref="QuartileBand.None"/>.</param>
    /// <param name="cutPoints">The cut points.</param>
    /// <param name="polarity">Which direction is good; <see cref="Polarity.NoPolarity"/> gives None.</param>
    /// <returns>The band.</returns>
    public static QuartileBand Band(double value, QuartileCutPoints cutPoints, Polarity polarity)
    {
        if (double.IsNaN(value))
        {
            return QuartileBand.None;
        }
        return polarity switch
        {
            Polarity.LowerIsBetter => value <= cutPoints.LowerQuartile ? QuartileBand.A
                : value <= cutPoints.Median ? QuartileBand.B
                : value <= cutPoints.UpperQuartile ? QuartileBand.C
                : QuartileBand.D,
            Polarity.HigherIsBetter => value > cutPoints.UpperQuartile ? QuartileBand.A
                : value > cutPoints.Median ? QuartileBand.B
                : value > cutPoints.LowerQuartile ? QuartileBand.C
                : QuartileBand.D,
            _ => QuartileBand.None,
        };
    }

    /// <summary>
    /// Ranks and bands every local authority with one sort. Ranks: 1 = best, ties share the lowest rank,
    /// 0 = unranked (missing value, or no polarity). Bands: None for missing values, no polarity, or when
    /// <paramref name="bandingEnabled"/> is false (the indicator's "No_Quartile" flag).
    /// </summary>
    /// <param name="values">All local authorities' values; NaN is missing.</param>
    /// <param name="polarity">Which direction is good.</param>
    /// <param name="bandingEnabled">False for indicators that opt out of banding.</param>
    /// <param name="ranks">Receives ranks.</param>
    /// <param name="bands">Receives bands.</param>
    /// <exception cref="ArgumentException">Lengths differ.</exception>
    public static void RankAndBand(ReadOnlySpan<double> values, Polarity polarity, bool bandingEnabled, Span<int> ranks, Span<QuartileBand> bands)
    {
        var n = values.Length;
        StatisticsChecks.SameLength(n, ranks.Length, nameof(ranks));
        StatisticsChecks.SameLength(n, bands.Length, nameof(bands));
        if (polarity == Polarity.NoPolarity)
        {
            ranks.Clear();
            bands.Clear(); // QuartileBand.None is 0
            return;
        }
#if NET
        if (n <= SmallGroup && System.Numerics.Vector.IsHardwareAccelerated)
        {
            // About 153 local authorities: counting beats sorting (see RankAndBandByCounting).
            RankAndBandByCounting(values, polarity, bandingEnabled, ranks, bands);
            return;
        }
#endif
        var keys = ArrayPool<double>.Shared.Rent(Math.Max(n, 1));
        try
        {
            RankAndBandCore(values, polarity, bandingEnabled, ranks, bands, keys);
        }
        finally
        {
            ArrayPool<double>.Shared.Return(keys);
        }
    }

    private static void RankAndBandCore(
        ReadOnlySpan<double> values, Polarity polarity, bool bandingEnabled, Span<int> ranks, Span<QuartileBand> bands, Span<double> keys)
    {
        var n = values.Length;
        var count = 0;
        foreach (var v in values)
        {
            if (!double.IsNaN(v))
            {
                keys[count++] = v;
            }
        }
        // Sorting the bare keys (no companion index array) is what makes 1,000 × 153 fast; each value's
        // rank is then a binary search: ties share the lowest rank by construction.
        var sorted = keys.Slice(0, count);
#if NET
        sorted.Sort();
#else
        SortWithArray(sorted);
#endif
        var descending = polarity == Polarity.HigherIsBetter;
        var cuts = count == 0 ? default : CutPointsSorted(sorted);
        for (var i = 0; i < n; i++)
        {
            var v = values[i];
            if (double.IsNaN(v))
            {
                ranks[i] = 0;
                bands[i] = QuartileBand.None;
                continue;
            }
            ranks[i] = descending ? count - UpperBound(sorted, v) + 1 : LowerBound(sorted, v) + 1;
            bands[i] = bandingEnabled ? Band(v, cuts, polarity) : QuartileBand.None;
        }
    }

#if NET
    private const int SmallGroup = 256;

    /// <summary>
    /// For small groups, each value's rank is counted directly: the number of values below it and at or
    /// below it, by vector comparisons against all values (O(n²) but branch-free, and faster than a sort
    /// plus searches at n ≈ 150). The same counts locate the order statistics the type-7 quartiles need, so
    /// nothing is sorted. Results are identical to the sorting path.
    /// </summary>
    private static void RankAndBandByCounting(
        ReadOnlySpan<double> values, Polarity polarity, bool bandingEnabled, Span<int> ranks, Span<QuartileBand> bands)
    {
        var n = values.Length;
        Span<double> keys = stackalloc double[n];
        var count = 0;
        foreach (var v in values)
        {
            if (!double.IsNaN(v))
            {
                keys[count++] = v;
            }
        }
        keys = keys.Slice(0, count);
        Span<int> below = stackalloc int[n];
        Span<int> atOrBelow = stackalloc int[n];
        Span<int> tieSize = stackalloc int[n + 1];
        tieSize.Clear();
        for (var i = 0; i < n; i++)
        {
            var v = values[i];
            if (double.IsNaN(v))
            {
                continue;
            }
            below[i] = CountBelow(keys, v);
            tieSize[below[i]]++;
        }
        // Equal values have equal counts below them and unequal values different counts, so the values
        // sharing a count are exactly a tie group: at-or-below = below + the group's size.
        for (var i = 0; i < n; i++)
        {
            atOrBelow[i] = double.IsNaN(values[i]) ? 0 : below[i] + tieSize[below[i]];
        }
        var descending = polarity == Polarity.HigherIsBetter;
        QuartileCutPoints cuts = default;
        if (bandingEnabled && count > 0)
        {
            cuts = CutPointsFromCounts(values, below, atOrBelow, count);
        }
        for (var i = 0; i < n; i++)
        {
            if (double.IsNaN(values[i]))
            {
                ranks[i] = 0;
                bands[i] = QuartileBand.None;
                continue;
            }
            ranks[i] = descending ? count - atOrBelow[i] + 1 : below[i] + 1;
            bands[i] = bandingEnabled ? Band(values[i], cuts, polarity) : QuartileBand.None;
        }
    }

    private static int CountBelow(ReadOnlySpan<double> keys, double v)
    {
        var k = 0;
        var count = 0;
        if (System.Runtime.Intrinsics.Vector512.IsHardwareAccelerated && keys.Length >= 8)
        {
            // AVX-512 machines (x86-64-v4) compare eight values at a time.
            var v8 = System.Runtime.Intrinsics.Vector512.Create(v);
            var less8 = System.Runtime.Intrinsics.Vector512<long>.Zero;
            for (; k + 8 <= keys.Length; k += 8)
            {
                var chunk = System.Runtime.Intrinsics.Vector512.Create(keys.Slice(k, 8));
                // Comparison lanes are all ones (−1) when true: subtracting counts them.
                less8 -= System.Runtime.Intrinsics.Vector512.AsInt64(System.Runtime.Intrinsics.Vector512.LessThan(chunk, v8));
            }
            count = (int)System.Runtime.Intrinsics.Vector512.Sum(less8);
        }
        var width = System.Numerics.Vector<double>.Count;
        var vv = new System.Numerics.Vector<double>(v);
        var less = System.Numerics.Vector<long>.Zero;
        for (; k + width <= keys.Length; k += width)
        {
            less -= System.Numerics.Vector.LessThan(new System.Numerics.Vector<double>(keys.Slice(k, width)), vv);
        }
        count += (int)System.Numerics.Vector.Sum(less);
        for (; k < keys.Length; k++)
        {
            count += keys[k] < v ? 1 : 0;
        }
        return count;
    }

    // The j-th smallest value (1-based) is any value with below < j ≤ atOrBelow.
    private static QuartileCutPoints CutPointsFromCounts(ReadOnlySpan<double> values, ReadOnlySpan<int> below, ReadOnlySpan<int> atOrBelow, int count)
    {
        Span<int> positions = stackalloc int[8];
        Span<double> statistics = stackalloc double[8];
        positions[0] = 1;
        positions[1] = count;
        var p = 2;
        foreach (var probability in Quarters)
        {
            var index = 1 + ((count - 1) * probability);
            positions[p++] = (int)Math.Floor(index);
            positions[p++] = (int)Math.Ceiling(index);
        }
        for (var i = 0; i < values.Length; i++)
        {
            if (double.IsNaN(values[i]))
            {
                continue;
            }
            for (var j = 0; j < positions.Length; j++)
            {
                if (below[i] < positions[j] && positions[j] <= atOrBelow[i])
                {
                    statistics[j] = values[i];
                }
            }
        }
        return new QuartileCutPoints(
            statistics[0],
            Type7FromOrderStatistics(count, Quarters[0], statistics[2], statistics[3]),
            Type7FromOrderStatistics(count, Quarters[1], statistics[4], statistics[5]),
            Type7FromOrderStatistics(count, Quarters[2], statistics[6], statistics[7]),
            statistics[1]);
    }

    private static readonly double[] Quarters = [0.25, 0.5, 0.75];

    // Percentiles.Type7's arithmetic, given x[lo] and x[hi].
    private static double Type7FromOrderStatistics(int count, double probability, double atLow, double atHigh)
    {
        var index = 1 + ((count - 1) * probability);
        var lo = Math.Floor(index);
        var q = atLow;
        if (index > lo && atHigh != q)
        {
            var h = index - lo;
            q = ((1 - h) * q) + (h * atHigh);
        }
        return q;
    }
#endif

#if !NET
    // netstandard2.0 has no Span.Sort: sort through a pooled array.
    private static void SortWithArray(Span<double> keys)
    {
        var array = ArrayPool<double>.Shared.Rent(Math.Max(keys.Length, 1));
        try
        {
            keys.CopyTo(array);
            Array.Sort(array, 0, keys.Length);
            array.AsSpan(0, keys.Length).CopyTo(keys);
        }
        finally
        {
            ArrayPool<double>.Shared.Return(array);
        }
    }
#endif

    // First index whose value is not below v. Branch-free halving (the ternaries compile to conditional moves):
    // with ~150 values per indicator, mispredicted branches would otherwise dominate the ranking.
    private static int LowerBound(ReadOnlySpan<double> sorted, double v)
    {
        var length = sorted.Length;
        if (length == 0)
        {
            return 0;
        }
        var start = 0;
        while (length > 1)
        {
            var half = length >> 1;
            start = sorted[start + half] < v ? start + half : start;
            length -= half;
        }
        return sorted[start] < v ? start + 1 : start;
    }

    // First index whose value is above v.
    private static int UpperBound(ReadOnlySpan<double> sorted, double v)
    {
        var length = sorted.Length;
        if (length == 0)
        {
            return 0;
        }
        var start = 0;
        while (length > 1)
        {
            var half = length >> 1;
            start = sorted[start + half] <= v ? start + half : start;
            length -= half;
        }
        return sorted[start] <= v ? start + 1 : start;
    }

    /// <summary>Ranks only (1 = best, ties share the lowest rank, 0 = unranked).</summary>
    /// <param name="values">All local authorities' values; NaN is missing.</param>
    /// <param name="polarity">Which direction is good; <see cref="Polarity.NoPolarity"/> leaves every value unranked.</param>
    /// <param name="ranks">Receives ranks.</param>
    /// <exception cref="ArgumentException">Lengths differ.</exception>
    public static void Rank(ReadOnlySpan<double> values, Polarity polarity, Span<int> ranks)
    {
        StatisticsChecks.SameLength(values.Length, ranks.Length, nameof(ranks));
        if (polarity == Polarity.NoPolarity)
        {
            ranks.Clear();
            return;
        }
        Ranking.MinRanks(values, descending: polarity == Polarity.HigherIsBetter, ranks);
    }

    private static QuartileCutPoints CutPointsSorted(ReadOnlySpan<double> sorted) => new(
        sorted[0], Percentiles.Type7(sorted, 0.25), Percentiles.Type7(sorted, 0.5), Percentiles.Type7(sorted, 0.75), sorted[sorted.Length - 1]);
}
