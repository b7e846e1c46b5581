using System;
using System.Collections.Immutable;
using System.Threading;
using OutcomesFramework.Evidence;

namespace OutcomesFramework.Scoring;

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
