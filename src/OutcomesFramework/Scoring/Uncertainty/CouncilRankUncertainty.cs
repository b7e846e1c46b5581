using System.Collections.Immutable;
using OutcomesFramework.Areas;

namespace OutcomesFramework.Scoring.Uncertainty;

/// <summary>One authority's ranks with their intervals: overall, on each outcome and on each scored indicator.</summary>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed class CouncilRankUncertainty
{
    internal CouncilRankUncertainty(Area area, RankInterval? overall, ImmutableSortedDictionary<string, RankInterval> outcomes, ImmutableSortedDictionary<string, RankInterval> indicators)
    {
        Area = area;
        Overall = overall;
        Outcomes = outcomes;
        Indicators = indicators;
    }

    /// <summary>Gets the authority.</summary>
    public Area Area { get; }

    /// <summary>Gets the overall rank and interval, or null when never ranked overall.</summary>
    public RankInterval? Overall { get; }

    /// <summary>Gets the rank and interval on each outcome it was ranked on in any replication, by outcome id.</summary>
    public ImmutableSortedDictionary<string, RankInterval> Outcomes { get; }

    /// <summary>Gets the rank and interval on each scored indicator it has a value for, by indicator id.</summary>
    public ImmutableSortedDictionary<string, RankInterval> Indicators { get; }

    /// <summary>Gets the interval on an outcome, or overall.</summary>
    /// <param name="outcomeId">The outcome id, or null for overall.</param>
    /// <returns>The interval, or null.</returns>
    public RankInterval? Of(string? outcomeId) => outcomeId is null ? Overall : Outcomes.TryGetValue(outcomeId, out var r) ? r : null;
}
