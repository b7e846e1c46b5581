using System;
using System.Threading;
using OutcomesFramework.Evidence;
using OutcomesFramework.Utility;

namespace OutcomesFramework.Scoring;

/// <summary>One statistical neighbour's value for an indicator and period.</summary>
/// <threadsafety>This type is an immutable value type and thread-safe.</threadsafety>
public readonly struct NeighbourValue : IEquatable<NeighbourValue>
{
    /// <summary>Creates an entry.</summary>
    /// <param name="areaCode">The neighbour's ONS code.</param>
    /// <param name="areaName">The neighbour's name.</param>
    /// <param name="rank">Its rank among the neighbours, 1 = closest.</param>
    /// <param name="value">Its value, or null.</param>
    /// <param name="status">Its observation's status, or null when the data holds no observation.</param>
    /// <exception cref="ArgumentException">A name or code is blank.</exception>
    /// <exception cref="ArgumentNullException">A name or code is null.</exception>
    public NeighbourValue(string areaCode, string areaName, int rank, double? value, ObservationStatus? status)
    {
        AreaCode = Preconditions.CheckNotBlank(areaCode, nameof(areaCode));
        AreaName = Preconditions.CheckNotBlank(areaName, nameof(areaName));
        Rank = rank;
        Value = value;
        Status = status;
    }

    /// <summary>Gets the neighbour's code.</summary>
    public string AreaCode { get; }

    /// <summary>Gets the neighbour's name.</summary>
    public string AreaName { get; }

    /// <summary>Gets its rank among the neighbours (1 = closest).</summary>
    public int Rank { get; }

    /// <summary>Gets its value, or null.</summary>
    public double? Value { get; }

    /// <summary>Gets its observation's status, or null when there is no observation.</summary>
    public ObservationStatus? Status { get; }

    /// <inheritdoc />
    public bool Equals(NeighbourValue other) =>
        string.Equals(AreaCode, other.AreaCode, StringComparison.Ordinal) && Rank == other.Rank && Nullable.Equals(Value, other.Value) && Status == other.Status;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is NeighbourValue other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(AreaCode is null ? 0 : StringComparer.Ordinal.GetHashCode(AreaCode), Rank, Value);

    /// <summary>Equality.</summary>
    /// <param name="left">Left.</param>
    /// <param name="right">Right.</param>
    /// <returns>True when equal.</returns>
    public static bool operator ==(NeighbourValue left, NeighbourValue right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    /// <param name="left">Left.</param>
    /// <param name="right">Right.</param>
    /// <returns>True when not equal.</returns>
    public static bool operator !=(NeighbourValue left, NeighbourValue right) => !left.Equals(right);
}
