using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using OutcomesFramework.Utility;

namespace OutcomesFramework.Areas;

/// <summary>
/// The areas a framework is scored over: one country, its regions and its local authorities, looked up by any
/// code (9-character ONS code, earlier codes, DfE 3-digit code) or by name in any of the spellings in use.
/// </summary>
/// <remarks>
/// Lookups are ordinal on codes; a name is matched first as written (ignoring case and surrounding white space),
/// then through <see cref="AreaNames.Normalise"/>, so that "London" is the region although "City of London"
/// normalises to the same key. Sub-regions (the DfE's Inner and Outer London, <c>E13000001</c> and <c>E13000002</c>)
/// have their names, their region and their member authorities (<see cref="SubRegionOf"/>, <see cref="MembersOf"/>);
/// looking a sub-region's code up finds its region (London, <c>E12000007</c>).
/// </remarks>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed class AreaCatalogue
{
    private readonly Dictionary<string, Area> byCode;
    private readonly Dictionary<string, Area> byName;
    private readonly Dictionary<string, Area> byExactName;
    private readonly Dictionary<string, SubRegion> subRegionByCode;
    private readonly Dictionary<string, ImmutableArray<Area>> membersByCode;

    /// <summary>Creates a catalogue.</summary>
    /// <param name="country">The country (level <see cref="AreaLevel.Country"/>).</param>
    /// <param name="regions">The regions.</param>
    /// <param name="localAuthorities">The local authorities; each must name one of <paramref name="regions"/>.</param>
    /// <param name="subRegions">Parts of regions published in their own right (Inner and Outer London); their members are
    /// the authorities whose <see cref="Area.ChildrensServicesRegionCode"/> names them.</param>
    /// <exception cref="ArgumentException">Levels are wrong, a code or name is used twice, an authority names an unknown
    /// region, a sub-region names an unknown region, or an authority in a sub-region is not in the sub-region's region.</exception>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public AreaCatalogue(Area country, IEnumerable<Area> regions, IEnumerable<Area> localAuthorities, IEnumerable<SubRegion>? subRegions = null)
    {
        Country = Preconditions.CheckNotNull(country, nameof(country));
        Preconditions.CheckArgument(country.Level == AreaLevel.Country, nameof(country), "The country must have level Country.");
        Regions = Preconditions.CheckNotNull(regions, nameof(regions)).OrderBy(r => r.Code, StringComparer.Ordinal).ToImmutableArray();
        LocalAuthorities = Preconditions.CheckNotNull(localAuthorities, nameof(localAuthorities)).OrderBy(a => a.OldCode, StringComparer.Ordinal).ThenBy(a => a.Code, StringComparer.Ordinal).ToImmutableArray();
        SubRegions = (subRegions ?? Array.Empty<SubRegion>()).OrderBy(r => Preconditions.CheckNotNull(r, nameof(subRegions)).Code, StringComparer.Ordinal).ToImmutableArray();

        byCode = new Dictionary<string, Area>(StringComparer.Ordinal);
        byName = new Dictionary<string, Area>(StringComparer.Ordinal);
        byExactName = new Dictionary<string, Area>(StringComparer.OrdinalIgnoreCase);
        Add(country);
        foreach (var r in Regions)
        {
            Preconditions.CheckArgument(r is not null && r.Level == AreaLevel.Region, nameof(regions), "Every region must have level Region.");
            Add(r!);
        }
        foreach (var la in LocalAuthorities)
        {
            Preconditions.CheckArgument(la is not null && la.Level == AreaLevel.LocalAuthority, nameof(localAuthorities), "Every local authority must have level LocalAuthority.");
            Preconditions.CheckArgument(byCode.TryGetValue(la!.RegionCode!, out var region) && region.Level == AreaLevel.Region, nameof(localAuthorities),
                string.Format(CultureInfo.InvariantCulture, "{0} names region '{1}', which is not in the catalogue.", la.Name, la.RegionCode));
            Add(la);
        }
        subRegionByCode = new Dictionary<string, SubRegion>(StringComparer.Ordinal);
        membersByCode = new Dictionary<string, ImmutableArray<Area>>(StringComparer.Ordinal);
        foreach (var s in SubRegions)
        {
            if (!byCode.TryGetValue(s.RegionCode, out var region) || region.Level != AreaLevel.Region)
            {
                throw new ArgumentException(string.Format(CultureInfo.InvariantCulture, "Sub-region {0} names region '{1}', which is not in the catalogue.", s, s.RegionCode), nameof(subRegions));
            }
            Preconditions.CheckArgument(!byCode.ContainsKey(s.Code) && !subRegionByCode.ContainsKey(s.Code), nameof(subRegions),
                "Code '{0}' is used by a sub-region and by another area.", s.Code);
            subRegionByCode.Add(s.Code, s);
            var members = LocalAuthorities.Where(la => string.Equals(la.ChildrensServicesRegionCode, s.Code, StringComparison.Ordinal)).ToImmutableArray();
            foreach (var la in members)
            {
                Preconditions.CheckArgument(string.Equals(la.RegionCode, s.RegionCode, StringComparison.Ordinal), nameof(localAuthorities),
                    string.Format(CultureInfo.InvariantCulture, "{0} is in sub-region {1} but in region '{2}', not '{3}'.", la.Name, s, la.RegionCode, s.RegionCode));
            }
            membersByCode.Add(s.Code, members);
        }
    }

    /// <summary>Gets the country.</summary>
    public Area Country { get; }

    /// <summary>Gets the regions, ordered by code.</summary>
    public ImmutableArray<Area> Regions { get; }

    /// <summary>Gets the local authorities, ordered by DfE 3-digit code.</summary>
    public ImmutableArray<Area> LocalAuthorities { get; }

    /// <summary>Gets the sub-regions (Inner and Outer London), ordered by code.</summary>
    public ImmutableArray<SubRegion> SubRegions { get; }

    /// <summary>Gets the sub-region a local authority is in (Inner or Outer London for a London borough).</summary>
    /// <param name="localAuthority">The authority.</param>
    /// <returns>The sub-region, or null when the authority is in none (every authority outside London).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="localAuthority"/> is null.</exception>
    public SubRegion? SubRegionOf(Area localAuthority)
    {
        Preconditions.CheckNotNull(localAuthority, nameof(localAuthority));
        return localAuthority.Level == AreaLevel.LocalAuthority && localAuthority.ChildrensServicesRegionCode is { } code
            && subRegionByCode.TryGetValue(code, out var s) ? s : null;
    }

    /// <summary>Gets the local authorities in a sub-region, ordered as <see cref="LocalAuthorities"/>.</summary>
    /// <param name="subRegion">A sub-region of this catalogue.</param>
    /// <returns>The member authorities.</returns>
    /// <exception cref="ArgumentException">The sub-region is not one of this catalogue's.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="subRegion"/> is null.</exception>
    public ImmutableArray<Area> MembersOf(SubRegion subRegion)
    {
        Preconditions.CheckNotNull(subRegion, nameof(subRegion));
        Preconditions.CheckArgument(subRegionByCode.TryGetValue(subRegion.Code, out var s) && ReferenceEquals(s, subRegion), nameof(subRegion),
            "Sub-region {0} is not in the catalogue.", subRegion);
        return membersByCode[subRegion.Code];
    }

    /// <summary>Finds an area by any of its codes (ONS, earlier ONS, DfE 3-digit, a sub-region code) or any spelling of its name.</summary>
    /// <param name="codeOrName">A code or a name.</param>
    /// <returns>The area, or null when nothing matches.</returns>
    public Area? Find(string? codeOrName)
    {
        if (string.IsNullOrWhiteSpace(codeOrName))
        {
            return null;
        }
        var key = codeOrName!.Trim();
        if (subRegionByCode.TryGetValue(key, out var subRegion))
        {
            key = subRegion.RegionCode;
        }
        if (byCode.TryGetValue(key, out var area) || byCode.TryGetValue(key.ToUpperInvariant(), out area))
        {
            return area;
        }
        if (byExactName.TryGetValue(key, out area))
        {
            return area;
        }
        return byName.TryGetValue(AreaNames.Normalise(key), out area) ? area : null;
    }

    /// <summary>Finds an area or throws an <see cref="UnknownAreaException"/> that lists the closest names.</summary>
    /// <param name="codeOrName">A code or a name.</param>
    /// <returns>The area.</returns>
    /// <exception cref="UnknownAreaException">Nothing matches.</exception>
    public Area Get(string codeOrName) => Find(codeOrName) ?? throw new UnknownAreaException(codeOrName ?? string.Empty, Suggest(codeOrName ?? string.Empty, 5));

    /// <summary>Gets the region of a local authority (its ONS region), or null for a country or region.</summary>
    /// <param name="area">The area.</param>
    /// <returns>The region, or null.</returns>
    public Area? RegionOf(Area area)
    {
        Preconditions.CheckNotNull(area, nameof(area));
        return area.RegionCode is null ? null : Find(area.RegionCode);
    }

    /// <summary>Suggests the names closest to <paramref name="text"/>: names that contain it first, then by edit distance.</summary>
    /// <param name="text">What the user typed.</param>
    /// <param name="count">How many names to return.</param>
    /// <returns>Up to <paramref name="count"/> area names, closest first, ties in name order.</returns>
    public ImmutableArray<string> Suggest(string text, int count)
    {
        Preconditions.CheckNotNull(text, nameof(text));
        Preconditions.CheckArgumentRange(nameof(count), count, 0, 1000);
        var key = AreaNames.Normalise(text);
        return All()
            .Select(a => (a.Name, Score: Enumerable.Repeat(a.Name, 1).Concat(a.Aliases).Min(n => Score(key, AreaNames.Normalise(n)))))
            .OrderBy(p => p.Score).ThenBy(p => p.Name, StringComparer.Ordinal)
            .Take(count).Select(p => p.Name).ToImmutableArray();
    }

    /// <summary>Enumerates every area: the country, the regions, then the local authorities.</summary>
    /// <returns>The areas.</returns>
    public IEnumerable<Area> All()
    {
        yield return Country;
        foreach (var r in Regions)
        {
            yield return r;
        }
        foreach (var la in LocalAuthorities)
        {
            yield return la;
        }
    }

    private static int Score(string typed, string candidate)
    {
        if (typed.Length == 0)
        {
            return candidate.Length;
        }
        if (candidate.StartsWith(typed, StringComparison.Ordinal))
        {
            return 0;
        }
        if (candidate.Contains(typed))
        {
            return 1;
        }
        return 2 + AreaNames.Distance(typed, candidate);
    }

    private void Add(Area area)
    {
        AddCode(area.Code, area);
        if (area.OldCode is not null)
        {
            AddCode(area.OldCode, area);
        }
        foreach (var c in area.PreviousCodes)
        {
            AddCode(c, area);
        }
        AddName(area.Name, area);
        foreach (var alias in area.Aliases)
        {
            AddName(alias, area);
        }
    }

    private void AddCode(string code, Area area)
    {
        if (byCode.TryGetValue(code, out var existing) && !ReferenceEquals(existing, area))
        {
            throw new ArgumentException(string.Format(CultureInfo.InvariantCulture, "Code '{0}' is used by both {1} and {2}.", code, existing.Name, area.Name));
        }
        byCode[code] = area;
    }

    private void AddName(string name, Area area)
    {
        // An exact spelling belongs to the first area that uses it (country, then regions, then authorities).
        if (!byExactName.ContainsKey(name))
        {
            byExactName[name] = area;
        }
        var key = AreaNames.Normalise(name);
        if (byName.TryGetValue(key, out var existing) && !ReferenceEquals(existing, area))
        {
            // A name shared by a region and an authority (none in England today) would make name lookup ambiguous:
            // the lower level wins, since users look up councils far more often than regions.
            if (existing.Level >= area.Level)
            {
                return;
            }
        }
        byName[key] = area;
    }
}
