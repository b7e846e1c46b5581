using System;
using OutcomesFramework.Utility;

namespace OutcomesFramework.Areas;

/// <summary>One of a local authority's statistical neighbours: which authority, its rank (1 = closest) and closeness.</summary>
/// <threadsafety>This type is an immutable value type and thread-safe.</threadsafety>
public readonly struct StatisticalNeighbour : IEquatable<StatisticalNeighbour>
{
    /// <summary>Creates a neighbour entry.</summary>
    /// <param name="areaCode">The neighbour's 9-character ONS code.</param>
    /// <param name="rank">Its rank among the authority's neighbours, 1 = closest.</param>
    /// <param name="closeness">The model's closeness label.</param>
    /// <exception cref="ArgumentException">The code is blank.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The rank is below 1.</exception>
    public StatisticalNeighbour(string areaCode, int rank, Closeness closeness)
    {
        AreaCode = Preconditions.CheckNotBlank(areaCode, nameof(areaCode));
        Rank = Preconditions.CheckArgumentRange(nameof(rank), rank, 1, 1000);
        Closeness = closeness;
    }

    /// <summary>Gets the neighbour's 9-character ONS code.</summary>
    public string AreaCode { get; }

    /// <summary>Gets the rank, 1 = closest.</summary>
    public int Rank { get; }

    /// <summary>Gets the closeness label.</summary>
    public Closeness Closeness { get; }

    /// <inheritdoc />
    public bool Equals(StatisticalNeighbour other) => string.Equals(AreaCode, other.AreaCode, StringComparison.Ordinal) && Rank == other.Rank && Closeness == other.Closeness;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is StatisticalNeighbour other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(AreaCode is null ? 0 : StringComparer.Ordinal.GetHashCode(AreaCode), Rank, Closeness);

    /// <summary>Equality.</summary>
    /// <param name="left">Left.</param>
    /// <param name="right">Right.</param>
    /// <returns>True when equal.</returns>
    public static bool operator ==(StatisticalNeighbour left, StatisticalNeighbour right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    /// <param name="left">Left.</param>
    /// <param name="right">Right.</param>
    /// <returns>True when not equal.</returns>
    public static bool operator !=(StatisticalNeighbour left, StatisticalNeighbour right) => !left.Equals(right);
}
