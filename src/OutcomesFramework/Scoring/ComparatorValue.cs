using System;
using System.Collections.Immutable;
using System.Threading;
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
    private readonly CrossSection? section;
    private readonly ResolvedNeighbour[]? resolved;
    private Listing? listing;

    /// <summary>Creates the comparison.</summary>
    /// <param name="average">Mean or median.</param>
    /// <param name="value">The average of the neighbours with a value, or null when none has one.</param>
    /// <param name="neighbours">Every neighbour in rank order, with or without a value.</param>
    public NeighbourComparison(NeighbourAverage average, double? value, ImmutableArray<NeighbourValue> neighbours)
    {
        Average = average;
        Value = value;
        listing = new Listing(neighbours.IsDefault ? ImmutableArray<NeighbourValue>.Empty : neighbours);
        NeighbourCount = listing.Items.Length;
        var used = 0;
        foreach (var n in listing.Items)
        {
            if (n.Value is not null)
            {
                used++;
            }
        }
        UsedCount = used;
    }

    // The engine's form: the list of neighbours is read from the shared cross-section only when asked for, because a
    // league of every authority needs the averages but seldom the thousands of entries behind them.
    internal NeighbourComparison(NeighbourAverage average, double? value, int usedCount, CrossSection section, ResolvedNeighbour[] resolved)
    {
        Average = average;
        Value = value;
        UsedCount = usedCount;
        NeighbourCount = resolved.Length;
        this.section = section;
        this.resolved = resolved;
    }

    /// <summary>Gets how the neighbours were averaged.</summary>
    public NeighbourAverage Average { get; }

    /// <summary>Gets the average, or null when no neighbour has a value.</summary>
    public double? Value { get; }

    /// <summary>Gets every neighbour in rank order, with its value or the status that says why it has none.</summary>
    public ImmutableArray<NeighbourValue> Neighbours
    {
        get
        {
            var l = Volatile.Read(ref listing);
            if (l is null)
            {
                l = new Listing(Build(section!, resolved!));
                l = Interlocked.CompareExchange(ref listing, l, null) ?? l;
            }
            return l.Items;
        }
    }

    /// <summary>Gets how many neighbours had a value (and so were averaged).</summary>
    public int UsedCount { get; }

    /// <summary>Gets how many neighbours had no value and were excluded.</summary>
    public int MissingCount => NeighbourCount - UsedCount;

    private int NeighbourCount { get; }

    private static ImmutableArray<NeighbourValue> Build(CrossSection cs, ResolvedNeighbour[] resolved)
    {
        var entries = ImmutableArray.CreateBuilder<NeighbourValue>(resolved.Length);
        foreach (var n in resolved)
        {
            double? v = null;
            ObservationStatus? status = null;
            if (n.Index >= 0 && cs.Statuses[n.Index] != CrossSection.NoObservation)
            {
                status = (ObservationStatus)cs.Statuses[n.Index];
                v = cs.HasValue(n.Index) ? cs.Values[n.Index] : null;
            }
            entries.Add(new NeighbourValue(n.Entry.AreaCode, n.Name, n.Entry.Rank, v, status));
        }
        return entries.MoveToImmutable();
    }

    private sealed class Listing
    {
        public Listing(ImmutableArray<NeighbourValue> items) => Items = items;

        public ImmutableArray<NeighbourValue> Items { get; }
    }
}
