using System;
using System.Buffers;

namespace OutcomesFramework.Statistics;

/// <summary>A LAIT quartile band: A is the best quarter of local authorities whatever the polarity, D the worst.</summary>
public enum QuartileBand
{
    /// <summary>No band: no polarity, the indicator opts out ("Data range is too small"), or the value is missing.</summary>
    None = 0,

    /// <summary>The best quarter.</summary>
    A = 1,

    /// <summary>The second quarter.</summary>
    B = 2,

    /// <summary>The third quarter.</summary>
    C = 3,

    /// <summary>The worst quarter.</summary>
    D = 4,
}

/// <summary>The type-7 quartile cut points of all local authorities' values.</summary>
public readonly struct QuartileCutPoints : IEquatable<QuartileCutPoints>
{
    /// <summary>Creates cut points (normally from <see cref="LaitBanding.CutPoints"/>).</summary>
    /// <param name="minimum">0%.</param>
    /// <param name="lowerQuartile">25%.</param>
    /// <param name="median">50%.</param>
    /// <param name="upperQuartile">75%.</param>
    /// <param name="maximum">100%.</param>
    /// <exception cref="ArgumentException">The points are not in order or not finite.</exception>
    public QuartileCutPoints(double minimum, double lowerQuartile, double median, double upperQuartile, double maximum)
    {
        if (!(minimum <= lowerQuartile && lowerQuartile <= median && median <= upperQuartile && upperQuartile <= maximum)
            || double.IsInfinity(minimum) || double.IsInfinity(maximum))
        {
            throw new ArgumentException("Quartile cut points must be finite and in ascending order.", nameof(minimum));
        }
        Minimum = minimum;
        LowerQuartile = lowerQuartile;
        Median = median;
        UpperQuartile = upperQuartile;
        Maximum = maximum;
    }

    /// <summary>0%.</summary>
    public double Minimum { get; }

    /// <summary>25%.</summary>
    public double LowerQuartile { get; }

    /// <summary>50%.</summary>
    public double Median { get; }

    /// <summary>75%.</summary>
    public double UpperQuartile { get; }

    /// <summary>100%.</summary>
    public double Maximum { get; }

    /// <inheritdoc />
    public bool Equals(QuartileCutPoints other) =>
        Minimum.Equals(other.Minimum) && LowerQuartile.Equals(other.LowerQuartile) && Median.Equals(other.Median)
        && UpperQuartile.Equals(other.UpperQuartile) && Maximum.Equals(other.Maximum);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is QuartileCutPoints other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Minimum, LowerQuartile, Median, UpperQuartile, Maximum);

    /// <summary>Equality.</summary>
    /// <param name="left">Left.</param>
    /// <param name="right">Right.</param>
    /// <returns>True when equal.</returns>
    public static bool operator ==(QuartileCutPoints left, QuartileCutPoints right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    /// <param name="left">Left.</param>
    /// <param name="right">Right.</param>
    /// <returns>True when different.</returns>
    public static bool operator !=(QuartileCutPoints left, QuartileCutPoints right) => !left.Equals(right);
}

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
        var keys = ArrayPool<double>.Shared.Rent(Math.Max(n, 1));
        var order = ArrayPool<int>.Shared.Rent(Math.Max(n, 1));
        try
        {
            var count = 0;
            for (var i = 0; i < n; i++)
            {
                var v = values[i];
                ranks[i] = 0;
                bands[i] = QuartileBand.None;
                if (!double.IsNaN(v))
                {
                    keys[count] = v;
                    order[count] = i;
                    count++;
                }
            }
            if (count == 0)
            {
                return;
            }
            Array.Sort(keys, order, 0, count);
            var sorted = keys.AsSpan(0, count);
            WriteRanks(sorted, order, polarity == Polarity.HigherIsBetter, ranks);
            if (bandingEnabled)
            {
                var cuts = CutPointsSorted(sorted);
                for (var j = 0; j < count; j++)
                {
                    bands[order[j]] = Band(sorted[j], cuts, polarity);
                }
            }
        }
        finally
        {
            ArrayPool<double>.Shared.Return(keys);
            ArrayPool<int>.Shared.Return(order);
        }
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

    // From an ascending sort: ascending min rank = first index of the tie group + 1; descending min rank =
    // count − last index of the tie group (the number of strictly greater values + 1).
    private static void WriteRanks(ReadOnlySpan<double> sorted, int[] order, bool descending, Span<int> ranks)
    {
        var count = sorted.Length;
        var start = 0;
        while (start < count)
        {
            var end = start;
            while (end + 1 < count && sorted[end + 1] == sorted[start])
            {
                end++;
            }
            var rank = descending ? count - end : start + 1;
            for (var j = start; j <= end; j++)
            {
                ranks[order[j]] = rank;
            }
            start = end + 1;
        }
    }
}
