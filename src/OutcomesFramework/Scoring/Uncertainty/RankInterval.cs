using System;
using System.Globalization;

namespace OutcomesFramework.Scoring.Uncertainty;

/// <summary>
/// A rank with its uncertainty: the point rank (from the observed values), and over the replications in which the
/// authority was ranked, the median rank and the 5th and 95th percentiles (the inverse of the empirical distribution
/// function: the smallest rank reached by at least that share of the replications, so every figure is a rank that occurred).
/// </summary>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed class RankInterval : IEquatable<RankInterval>
{
    internal RankInterval(int? pointRank, int median, int lower, int upper, int rankedRuns, int runs, int rankedOf)
    {
        PointRank = pointRank;
        Median = median;
        Lower = lower;
        Upper = upper;
        RankedRuns = rankedRuns;
        Runs = runs;
        RankedOf = rankedOf;
    }

    /// <summary>Gets the rank on the observed values, or null when not ranked on them.</summary>
    public int? PointRank { get; }

    /// <summary>Gets the median rank over the replications.</summary>
    public int Median { get; }

    /// <summary>Gets the 5th percentile of the rank (the best end of the interval).</summary>
    public int Lower { get; }

    /// <summary>Gets the 95th percentile of the rank (the worst end of the interval).</summary>
    public int Upper { get; }

    /// <summary>Gets in how many replications the authority was ranked (it may lose a score when a draw changes coverage).</summary>
    public int RankedRuns { get; }

    /// <summary>Gets the number of replications.</summary>
    public int Runs { get; }

    /// <summary>Gets how many authorities were ranked on the observed values.</summary>
    public int RankedOf { get; }

    /// <summary>Gets the width of the interval in places (Upper − Lower).</summary>
    public int Width => Upper - Lower;

    /// <summary>Returns the rank with its interval, for example <c>41 (28–63)</c>; the median when there is no point rank.</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        (PointRank ?? Median).ToString(CultureInfo.InvariantCulture) + " (" + Lower.ToString(CultureInfo.InvariantCulture) + "–" + Upper.ToString(CultureInfo.InvariantCulture) + ")";

    /// <inheritdoc />
    public bool Equals(RankInterval? other) =>
        other is not null && PointRank == other.PointRank && Median == other.Median && Lower == other.Lower && Upper == other.Upper
        && RankedRuns == other.RankedRuns && Runs == other.Runs && RankedOf == other.RankedOf;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as RankInterval);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(PointRank, Median, Lower, Upper, RankedRuns, Runs);
}
