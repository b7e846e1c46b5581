using System;
using OutcomesFramework.Periods;
using OutcomesFramework.Statistics;
using OutcomesFramework.Utility;

namespace OutcomesFramework.Scoring;

/// <summary>An authority's LAIT rank and quartile band among all local authorities with a value.</summary>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed class IndicatorRanking
{
    /// <summary>Creates a ranking.</summary>
    /// <param name="rank">The rank, 1 = best; tied authorities share the best (lowest) rank.</param>
    /// <param name="of">How many authorities had a value.</param>
    /// <param name="band">The quartile band (A best … D worst), or null when the indicator opts out of banding.</param>
    /// <param name="cutPoints">The quartile cut points: minimum, Q1, median, Q3, maximum (R type 7), or null without a band.</param>
    /// <exception cref="ArgumentOutOfRangeException">The rank is outside 1..<paramref name="of"/>.</exception>
    public IndicatorRanking(int rank, int of, QuartileBand? band, QuartileCutPoints? cutPoints)
    {
        Of = Preconditions.CheckArgumentRange(nameof(of), of, 1, int.MaxValue);
        Rank = Preconditions.CheckArgumentRange(nameof(rank), rank, 1, of);
        Band = band;
        CutPoints = cutPoints;
    }

    /// <summary>Gets the rank, 1 = best.</summary>
    public int Rank { get; }

    /// <summary>Gets how many authorities were ranked.</summary>
    public int Of { get; }

    /// <summary>Gets the quartile band, or null when the indicator opts out ("Data range is too small").</summary>
    public QuartileBand? Band { get; }

    /// <summary>Gets the cut points the band was read from, or null.</summary>
    public QuartileCutPoints? CutPoints { get; }
}
