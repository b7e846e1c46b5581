using System;
using System.Collections.Immutable;
using OutcomesFramework.Evidence;
using OutcomesFramework.Utility;

namespace OutcomesFramework.Scoring;

/// <summary>A published comparator figure: England's or a region's value for the same indicator and period.</summary>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed class ComparatorValue
{
    /// <summary>Creates a comparator value.</summary>
    /// <param name="areaCode">The comparator area's code as the data gives it (for example <c>E13000001</c> for Inner London).</param>
    /// <param name="areaName">The comparator area's name.</param>
    /// <param name="value">The value, or null when there is none.</param>
    /// <param name="status">The observation's status, or null when the data holds no observation at all.</param>
    /// <exception cref="ArgumentException">A name or code is blank, or a value is given with a status other than Value.</exception>
    /// <exception cref="ArgumentNullException">A name or code is null.</exception>
    public ComparatorValue(string areaCode, string areaName, double? value, ObservationStatus? status)
    {
        AreaCode = Preconditions.CheckNotBlank(areaCode, nameof(areaCode));
        AreaName = Preconditions.CheckNotBlank(areaName, nameof(areaName));
        Preconditions.CheckArgument(value is null || status == ObservationStatus.Value, nameof(status), "A comparator value needs status Value.");
        Value = value;
        Status = status;
    }

    /// <summary>Gets the comparator area's code.</summary>
    public string AreaCode { get; }

    /// <summary>Gets the comparator area's name.</summary>
    public string AreaName { get; }

    /// <summary>Gets the value, or null.</summary>
    public double? Value { get; }

    /// <summary>Gets the observation's status, or null when the data holds no observation.</summary>
    public ObservationStatus? Status { get; }

    /// <inheritdoc />
    public override string ToString() => AreaName + ": " + (Value is null ? (Status is null ? "no data" : Status.Value.Describe()) : Numbers.Exact(Value.Value));
}

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

/// <summary>
/// The statistical-neighbour comparator: the mean (LAIT) or median (DfE dashboard) of the neighbours that have a
/// value; neighbours without one are excluded and counted.
/// </summary>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed class NeighbourComparison
{
    /// <summary>Creates the comparison.</summary>
    /// <param name="average">Mean or median.</param>
    /// <param name="value">The average of the neighbours with a value, or null when none has one.</param>
    /// <param name="neighbours">Every neighbour in rank order, with or without a value.</param>
    /// <exception cref="ArgumentNullException"><paramref name="neighbours"/> is null.</exception>
    public NeighbourComparison(NeighbourAverage average, double? value, ImmutableArray<NeighbourValue> neighbours)
    {
        Average = average;
        Value = value;
        Neighbours = neighbours.IsDefault ? ImmutableArray<NeighbourValue>.Empty : neighbours;
        var used = 0;
        foreach (var n in Neighbours)
        {
            if (n.Value is not null)
            {
                used++;
            }
        }
        UsedCount = used;
    }

    /// <summary>Gets how the neighbours were averaged.</summary>
    public NeighbourAverage Average { get; }

    /// <summary>Gets the average, or null when no neighbour has a value.</summary>
    public double? Value { get; }

    /// <summary>Gets every neighbour in rank order.</summary>
    public ImmutableArray<NeighbourValue> Neighbours { get; }

    /// <summary>Gets how many neighbours had a value (and so were averaged).</summary>
    public int UsedCount { get; }

    /// <summary>Gets how many neighbours had no value and were excluded.</summary>
    public int MissingCount => Neighbours.Length - UsedCount;
}
