using System;
using OutcomesFramework.Areas;

namespace OutcomesFramework.Scoring;

/// <summary>A statistical neighbour resolved against the catalogue: its entry, and its authority index (−1 when the catalogue lacks it).</summary>
internal readonly struct ResolvedNeighbour
{
    public ResolvedNeighbour(StatisticalNeighbour entry, int index, string name)
    {
        Entry = entry;
        Index = index;
        Name = name;
    }

    public StatisticalNeighbour Entry { get; }

    public int Index { get; }

    public string Name { get; }
}
