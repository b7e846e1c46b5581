using System;
using System.Collections;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Linq;
using NodaTime;
using OutcomesFramework.Utility;

namespace OutcomesFramework.Inspections;

/// <summary>
/// The Ofsted inspections and visits of a set of local authorities, by area and in date order, answering "what was
/// the authority's latest judgement on a given date?".
/// </summary>
/// <remarks>
/// <para>An authority's activities are ordered by inspection date, then type. "On or before a date" compares the
/// inspection date, as Ofsted's official statistics do: the position "as at 31 March 2025" counts inspections that
/// took place by that date even when the report was published later.</para>
/// <para>Two activities of the same type for the same area on the same date are refused.</para>
/// </remarks>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
[SuppressMessage("Naming", "CA1710:Identifiers should have correct suffix", Justification = "A history is the field's word for an authority's inspections over time.")]
public sealed class InspectionHistory : IReadOnlyCollection<Inspection>
{
    private readonly ImmutableSortedDictionary<string, ImmutableArray<Inspection>> byArea;

    /// <summary>Creates a history.</summary>
    /// <param name="inspections">The inspections and visits, in any order.</param>
    /// <exception cref="ArgumentException">An element is null, or two activities share area, date and type.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="inspections"/> is null.</exception>
    public InspectionHistory(IEnumerable<Inspection> inspections)
    {
        var list = Preconditions.CheckNotNull(inspections, nameof(inspections)).ToList();
        Preconditions.CheckNoNullElements(list, nameof(inspections));
        var builder = ImmutableSortedDictionary.CreateBuilder<string, ImmutableArray<Inspection>>(StringComparer.Ordinal);
        foreach (var group in list.GroupBy(i => i.AreaCode, StringComparer.Ordinal))
        {
            var ordered = group.OrderBy(i => i.InspectionDate).ThenBy(i => i.Type).ToImmutableArray();
            for (var k = 1; k < ordered.Length; k++)
            {
                if (ordered[k].InspectionDate == ordered[k - 1].InspectionDate && ordered[k].Type == ordered[k - 1].Type)
                {
                    Preconditions.CheckArgument(false, nameof(inspections), string.Format(CultureInfo.InvariantCulture,
                        "{0} has two {1} activities on {2}.", group.Key, ordered[k].Type.Describe(), Inspection.IsoDate(ordered[k].InspectionDate)));
                }
            }
            builder.Add(group.Key, ordered);
        }
        byArea = builder.ToImmutable();
        Count = list.Count;
        GradedCount = list.Count(i => i.IsGraded);
        AreaCodes = byArea.Keys.ToImmutableArray();
    }

    /// <summary>Gets an empty history.</summary>
    public static InspectionHistory Empty { get; } = new(Array.Empty<Inspection>());

    /// <summary>Gets the number of inspections and visits.</summary>
    public int Count { get; }

    /// <summary>Gets the number of graded (standard and short) inspections.</summary>
    public int GradedCount { get; }

    /// <summary>Gets the area codes with at least one activity, in ordinal order.</summary>
    public ImmutableArray<string> AreaCodes { get; }

    /// <summary>Gets an area's inspections and visits, oldest first.</summary>
    /// <param name="areaCode">The area's 9-character ONS code.</param>
    /// <returns>The activities (empty when there are none).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="areaCode"/> is null.</exception>
    public ImmutableArray<Inspection> For(string areaCode) =>
        byArea.TryGetValue(Preconditions.CheckNotNull(areaCode, nameof(areaCode)), out var list) ? list : ImmutableArray<Inspection>.Empty;

    /// <summary>Gets an area's latest graded inspection that took place on or before <paramref name="date"/>.</summary>
    /// <param name="areaCode">The area's 9-character ONS code.</param>
    /// <param name="date">The date.</param>
    /// <returns>The inspection, or null when the area had no graded inspection by then.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="areaCode"/> is null.</exception>
    public Inspection? LatestOnOrBefore(string areaCode, LocalDate date) => Latest(For(areaCode), date, gradedOnly: true);

    /// <summary>Gets an area's latest activity of any kind (inspection or visit) on or before <paramref name="date"/>.</summary>
    /// <param name="areaCode">The area's 9-character ONS code.</param>
    /// <param name="date">The date.</param>
    /// <returns>The activity, or null when there was none by then.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="areaCode"/> is null.</exception>
    public Inspection? LatestActivityOnOrBefore(string areaCode, LocalDate date) => Latest(For(areaCode), date, gradedOnly: false);

    /// <summary>Gets every area's latest graded inspection on or before <paramref name="date"/> (areas with none by then are left out).</summary>
    /// <param name="date">The date.</param>
    /// <returns>The position by area code.</returns>
    public ImmutableSortedDictionary<string, Inspection> PositionAt(LocalDate date) => PositionAt(date, AreaCodes);

    /// <summary>Gets the latest graded inspection on or before <paramref name="date"/> of each of <paramref name="areaCodes"/>
    /// (for example the authorities that exist today); areas with none by then are left out.</summary>
    /// <param name="date">The date.</param>
    /// <param name="areaCodes">The areas to include.</param>
    /// <returns>The position by area code.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="areaCodes"/> is null.</exception>
    public ImmutableSortedDictionary<string, Inspection> PositionAt(LocalDate date, IEnumerable<string> areaCodes)
    {
        var builder = ImmutableSortedDictionary.CreateBuilder<string, Inspection>(StringComparer.Ordinal);
        foreach (var code in Preconditions.CheckNotNull(areaCodes, nameof(areaCodes)))
        {
            var latest = code is null ? null : LatestOnOrBefore(code, date);
            if (latest is not null)
            {
                builder[code!] = latest;
            }
        }
        return builder.ToImmutable();
    }

    /// <inheritdoc />
    public IEnumerator<Inspection> GetEnumerator() => byArea.Values.SelectMany(v => v).GetEnumerator();

    /// <inheritdoc />
    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private static Inspection? Latest(ImmutableArray<Inspection> list, LocalDate date, bool gradedOnly)
    {
        for (var k = list.Length - 1; k >= 0; k--)
        {
            if (list[k].InspectionDate <= date && (!gradedOnly || list[k].IsGraded))
            {
                return list[k];
            }
        }
        return null;
    }
}
