using System.Collections.Immutable;

namespace OutcomesFramework.Returns.Derivation;

/// <summary>
/// The child-level view of one derived indicator: the children in its numerator and its denominator, by the
/// council's own identifier, sorted ordinally. A child appears once per unit counted (a child with two plans
/// starting in the year appears twice in a per-plan indicator).
/// </summary>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed class CountedChildren
{
    internal CountedChildren(string indicatorId, ImmutableArray<string> numerator, ImmutableArray<string> denominator)
    {
        IndicatorId = indicatorId;
        Numerator = numerator;
        Denominator = denominator;
    }

    /// <summary>Gets the indicator id.</summary>
    public string IndicatorId { get; }

    /// <summary>Gets the children counted in the numerator.</summary>
    public ImmutableArray<string> Numerator { get; }

    /// <summary>Gets the children counted in the denominator (empty for counts and population rates).</summary>
    public ImmutableArray<string> Denominator { get; }
}
