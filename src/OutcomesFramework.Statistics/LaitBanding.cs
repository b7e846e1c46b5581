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
    /// For small groups, each value's rank is counted directly: the number of values below it, by vector comparisons
    /// against all values (O(n²) but branch-free, and faster than a sort plus searches at n ≈ 150). Equal values have
    /// equal counts, so the counts also give each tie group's size and, placed at their counts, the values in order:
    /// the order statistics the type-7 quartiles need come without a sort. Results are identical to the sorting path.
    /// </summary>
    private static void RankAndBandByCounting(
        ReadOnlySpan<double> values, Polarity polarity, bool bandingEnabled, Span<int> ranks, Span<QuartileBand> bands)
    {
        var n = values.Length;
        var width = System.Numerics.Vector<double>.Count;
        // The keys padded to whole vectors with +∞, which is below no value, so the count needs no scalar tail.
        Span<double> keys = stackalloc double[n + width];
        var count = 0;
        foreach (var v in values)
        {
            if (!double.IsNaN(v))
            {
                keys[count++] = v;
            }
        }
        var padded = (count + width - 1) / width * width;
        keys.Slice(count, padded - count).Fill(double.PositiveInfinity);
        Span<int> below = stackalloc int[n];
        CountBelow(values, keys.Slice(0, padded), below);

        // tieSize[b]: how many values have b values below them, i.e. the size of the tie group starting at position b.
        Span<int> tieSize = stackalloc int[n + 1];
        tieSize.Clear();
        for (var i = 0; i < n; i++)
        {
            if (!double.IsNaN(values[i]))
            {
                tieSize[below[i]]++;
            }
        }
        var descending = polarity == Polarity.HigherIsBetter;
        QuartileCutPoints cuts = default;
        var ordered = true;
        if (bandingEnabled && count > 0)
        {
            cuts = CutPointsFromCounts(values, below, tieSize, count);
            ordered = cuts.LowerQuartile <= cuts.Median && cuts.Median <= cuts.UpperQuartile;
        }
        for (var i = 0; i < n; i++)
        {
            var v = values[i];
            if (double.IsNaN(v))
            {
                ranks[i] = 0;
                bands[i] = QuartileBand.None;
                continue;
            }
            ranks[i] = descending ? count - (below[i] + tieSize[below[i]]) + 1 : below[i] + 1;
            bands[i] = !bandingEnabled ? QuartileBand.None : ordered ? BandByCounting(v, cuts, descending) : Band(v, cuts, polarity);
        }
    }

    // Band's cascade when Q1 ≤ Q2 ≤ Q3 (always, unless rounding in the interpolation says otherwise): the cut points a
    // value exceeds, counted without branches (random values would mispredict Band's).
    private static QuartileBand BandByCounting(double v, QuartileCutPoints cuts, bool higherIsBetter)
    {
        var above = (v > cuts.LowerQuartile ? 1 : 0) + (v > cuts.Median ? 1 : 0) + (v > cuts.UpperQuartile ? 1 : 0);
        return (QuartileBand)(higherIsBetter ? (int)QuartileBand.D - above : (int)QuartileBand.A + above);
    }

    // below[i] = the number of keys below values[i] (0 for a NaN value, whose count is not used). Four values at a time,
    // so each vector of keys loaded serves four comparisons.
    private static void CountBelow(ReadOnlySpan<double> values, ReadOnlySpan<double> keys, Span<int> below)
    {
        var width = System.Numerics.Vector<double>.Count;
        ref var key0 = ref System.Runtime.InteropServices.MemoryMarshal.GetReference(keys);
        var n = values.Length;
        var i = 0;
        for (; i + 4 <= n; i += 4)
        {
            var v0 = new System.Numerics.Vector<double>(values[i]);
            var v1 = new System.Numerics.Vector<double>(values[i + 1]);
            var v2 = new System.Numerics.Vector<double>(values[i + 2]);
            var v3 = new System.Numerics.Vector<double>(values[i + 3]);
            System.Numerics.Vector<long> c0 = default, c1 = default, c2 = default, c3 = default;
            for (var k = 0; k < keys.Length; k += width)
            {
                var chunk = System.Numerics.Vector.LoadUnsafe(ref key0, (nuint)k);
                // Comparison lanes are all ones (−1) when true: subtracting counts them.
                c0 -= System.Numerics.Vector.LessThan(chunk, v0);
                c1 -= System.Numerics.Vector.LessThan(chunk, v1);
                c2 -= System.Numerics.Vector.LessThan(chunk, v2);
                c3 -= System.Numerics.Vector.LessThan(chunk, v3);
            }
            below[i] = (int)System.Numerics.Vector.Sum(c0);
            below[i + 1] = (int)System.Numerics.Vector.Sum(c1);
            below[i + 2] = (int)System.Numerics.Vector.Sum(c2);
            below[i + 3] = (int)System.Numerics.Vector.Sum(c3);
        }
        for (; i < n; i++)
        {
            var v = new System.Numerics.Vector<double>(values[i]);
            System.Numerics.Vector<long> c = default;
            for (var k = 0; k < keys.Length; k += width)
            {
                c -= System.Numerics.Vector.LessThan(System.Numerics.Vector.LoadUnsafe(ref key0, (nuint)k), v);
            }
            below[i] = (int)System.Numerics.Vector.Sum(c);
        }
    }

    // The values in order, each tie group holding its last member (as a search over the counts would find it, so the
    // sign of a zero is the same as before), then R's type 7 on them.
    private static QuartileCutPoints CutPointsFromCounts(ReadOnlySpan<double> values, ReadOnlySpan<int> below, ReadOnlySpan<int> tieSize, int count)
    {
        Span<double> groupValue = stackalloc double[count];
        for (var i = 0; i < values.Length; i++)
        {
            if (!double.IsNaN(values[i]))
            {
                groupValue[below[i]] = values[i];
            }
        }
        Span<double> sorted = stackalloc double[count];
        for (var p = 0; p < count;)
        {
            var size = tieSize[p];
            sorted.Slice(p, size).Fill(groupValue[p]);
            p += size;
        }
        return CutPointsSorted(sorted);
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
