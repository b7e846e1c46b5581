using System;
using System.Collections.Immutable;
using System.Linq;

namespace OutcomesFramework.Returns.Derivation;

/// <summary>The indicators derived from a council's returns for one collection year.</summary>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed class DerivationResult
{
    private readonly ImmutableDictionary<string, CountedChildren> children;

    internal DerivationResult(CollectionYear year, ImmutableArray<DerivedIndicator> indicators, ImmutableDictionary<string, CountedChildren> children, int? uncertainCareStarts)
    {
        Year = year;
        Indicators = indicators;
        this.children = children;
        UncertainCareStarts = uncertainCareStarts;
    }

    /// <summary>Gets the collection year.</summary>
    public CollectionYear Year { get; }

    /// <summary>Gets the derived indicators, in a fixed order (903 first, then CIN).</summary>
    public ImmutableArray<DerivedIndicator> Indicators { get; }

    /// <summary>
    /// Gets the number of children in the SSDA903 return whose period of care may have begun before the 903 returns
    /// given (the current year's, and the earlier years' in <see cref="DerivationOptions.Ssda903History"/>): the earliest
    /// episode known of it starts before the earliest return's 1 April and is not one that starts a period of care
    /// (RNE S). Long-term stability and adoption timeliness take such a period as starting at that episode. Null when
    /// no SSDA903 return was given.
    /// </summary>
    public int? UncertainCareStarts { get; }

    /// <summary>Finds an indicator by id.</summary>
    /// <param name="id">The id.</param>
    /// <returns>The indicator, or null.</returns>
    public DerivedIndicator? Find(string id) => Indicators.FirstOrDefault(i => string.Equals(i.Id, id, StringComparison.Ordinal));

    /// <summary>
    /// Gets the children each indicator counted, by the council's identifiers: for checking locally, never for
    /// publication (publish through the disclosure control instead).
    /// </summary>
    /// <param name="id">The indicator id.</param>
    /// <returns>The children counted.</returns>
    /// <exception cref="ArgumentException">No indicator has that id.</exception>
    public CountedChildren ChildLevel(string id) =>
        children.TryGetValue(id, out var c) ? c : throw new ArgumentException("No derived indicator '" + id + "'.", nameof(id));
}
