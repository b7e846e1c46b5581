using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using NodaTime;
using OutcomesFramework.Areas;
using OutcomesFramework.Inspections;
using OutcomesFramework.Utility;

namespace OutcomesFramework.Assurance;

/// <summary>
/// Everything the assurance rules read about one authority at one date: its indicators and outcomes (from its
/// scorecard), the Ofsted activity whose reports were published by then, and the leadership context it supplies.
/// </summary>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed class AreaEvidence
{
    private readonly Dictionary<string, int> indicatorIndex;

    /// <summary>Creates the evidence.</summary>
    /// <param name="area">The local authority.</param>
    /// <param name="year">The scorecard's year.</param>
    /// <param name="asOf">The date of the assessment: inspections are known when their report was published by this date, and time in post runs to it.</param>
    /// <param name="indicators">The indicators' evidence (each indicator once).</param>
    /// <param name="outcomes">The outcomes' evidence (each outcome once), or null for none.</param>
    /// <param name="inspections">The authority's Ofsted inspections and visits; those published after <paramref name="asOf"/> or about another area are left out. Null for none.</param>
    /// <param name="leadership">The leadership context the council supplies, or null.</param>
    /// <exception cref="ArgumentNullException"><paramref name="area"/> or <paramref name="indicators"/> is null.</exception>
    /// <exception cref="ArgumentException">An indicator or outcome appears twice, or an element is null.</exception>
    public AreaEvidence(
        Area area,
        int year,
        LocalDate asOf,
        IEnumerable<IndicatorEvidence> indicators,
        IEnumerable<OutcomeEvidence>? outcomes = null,
        IEnumerable<Inspection>? inspections = null,
        LeadershipContext? leadership = null)
    {
        Area = Preconditions.CheckNotNull(area, nameof(area));
        Year = Preconditions.CheckArgumentRange(nameof(year), year, 1900, 2200);
        AsOf = asOf;
        Indicators = Preconditions.CheckNotNull(indicators, nameof(indicators)).ToImmutableArray();
        Preconditions.CheckNoNullElements(Indicators, nameof(indicators));
        indicatorIndex = Index(Indicators);
        Outcomes = outcomes is null ? ImmutableArray<OutcomeEvidence>.Empty : outcomes.ToImmutableArray();
        Preconditions.CheckNoNullElements(Outcomes, nameof(outcomes));
        Preconditions.CheckArgument(Outcomes.Select(o => o.Outcome.Id).Distinct(StringComparer.Ordinal).Count() == Outcomes.Length, nameof(outcomes), "An outcome appears twice.");
        var known = (inspections ?? Array.Empty<Inspection>()).ToList();
        Preconditions.CheckNoNullElements(known, nameof(inspections));
        Inspections = known
            .Where(i => string.Equals(i.AreaCode, area.Code, StringComparison.Ordinal) && i.PublicationDate <= asOf)
            .OrderBy(i => i.InspectionDate).ThenBy(i => i.Type)
            .ToImmutableArray();
        Leadership = leadership;
    }

    /// <summary>
    /// Creates the evidence from parts already checked: distinct indicators and outcomes of one framework, and the
    /// area's inspections in date order (as <see cref="InspectionHistory.For"/> gives them). Nothing is copied.
    /// </summary>
    internal AreaEvidence(Area area, int year, LocalDate asOf, IndicatorEvidence[] indicators, OutcomeEvidence[] outcomes, ImmutableArray<Inspection> inspections, LeadershipContext? leadership)
    {
        Area = area;
        Year = year;
        AsOf = asOf;
        Indicators = System.Runtime.InteropServices.ImmutableCollectionsMarshal.AsImmutableArray(indicators);
        indicatorIndex = Index(Indicators);
        Outcomes = System.Runtime.InteropServices.ImmutableCollectionsMarshal.AsImmutableArray(outcomes);
        var allPublished = true;
        foreach (var i in inspections)
        {
            allPublished &= i.PublicationDate <= asOf;
        }
        Inspections = allPublished ? inspections : inspections.Where(i => i.PublicationDate <= asOf).ToImmutableArray();
        Leadership = leadership;
    }

    private static Dictionary<string, int> Index(ImmutableArray<IndicatorEvidence> indicators)
    {
        var index = new Dictionary<string, int>(indicators.Length, StringComparer.Ordinal);
        for (var i = 0; i < indicators.Length; i++)
        {
            Preconditions.CheckArgument(!index.ContainsKey(indicators[i].Indicator.Id), nameof(indicators), "Indicator '{0}' appears twice.", indicators[i].Indicator.Id);
            index.Add(indicators[i].Indicator.Id, i);
        }
        return index;
    }

    /// <summary>Gets the local authority.</summary>
    public Area Area { get; }

    /// <summary>Gets the scorecard's year.</summary>
    public int Year { get; }

    /// <summary>Gets the date of the assessment.</summary>
    public LocalDate AsOf { get; }

    /// <summary>Gets the indicators' evidence.</summary>
    public ImmutableArray<IndicatorEvidence> Indicators { get; }

    /// <summary>Gets the outcomes' evidence.</summary>
    public ImmutableArray<OutcomeEvidence> Outcomes { get; }

    /// <summary>Gets the authority's Ofsted activities whose reports were published by <see cref="AsOf"/>, oldest first.</summary>
    public ImmutableArray<Inspection> Inspections { get; }

    /// <summary>Gets the leadership context, or null.</summary>
    public LeadershipContext? Leadership { get; }

    /// <summary>Gets the latest graded inspection whose report was published by <see cref="AsOf"/>, or null.</summary>
    public Inspection? LatestGradedInspection
    {
        get
        {
            for (var i = Inspections.Length - 1; i >= 0; i--)
            {
                if (Inspections[i].IsGraded)
                {
                    return Inspections[i];
                }
            }
            return null;
        }
    }

    /// <summary>Finds an indicator's evidence.</summary>
    /// <param name="indicatorId">The indicator id.</param>
    /// <returns>The evidence, or null.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="indicatorId"/> is null.</exception>
    public IndicatorEvidence? FindIndicator(string indicatorId) =>
        indicatorIndex.TryGetValue(Preconditions.CheckNotNull(indicatorId, nameof(indicatorId)), out var i) ? Indicators[i] : null;

    /// <summary>Returns a copy with another leadership context.</summary>
    /// <param name="leadership">The context, or null.</param>
    /// <returns>A new evidence.</returns>
    public AreaEvidence WithLeadership(LeadershipContext? leadership) => new(Area, Year, AsOf, Indicators, Outcomes, Inspections, leadership);

    /// <inheritdoc />
    public override string ToString() => Area.Name + " " + Year.ToString(CultureInfo.InvariantCulture) + " as at " + AsOf.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);
}
