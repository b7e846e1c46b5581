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
/// normalises to the same key. The DfE's Inner and Outer
/// London children's-services regions (<c>E13000001</c>, <c>E13000002</c>) resolve to London (<c>E12000007</c>)
/// when they are given as sub-regions in the constructor.
/// </remarks>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed class AreaCatalogue
{
    private readonly Dictionary<string, Area> byCode;
    private readonly Dictionary<string, Area> byName;
    private readonly Dictionary<string, Area> byExactName;

    /// <summary>Creates a catalogue.</summary>
    /// <param name="country">The country (level <see cref="AreaLevel.Country"/>).</param>
    /// <param name="regions">The regions.</param>
    /// <param name="localAuthorities">The local authorities; each must name one of <paramref name="regions"/>.</param>
    /// <param name="londonSubRegionCodes">Region codes that are parts of another region and resolve to it (Inner/Outer London to London).</param>
    /// <exception cref="ArgumentException">Levels are wrong, a code or name is used twice, or an authority names an unknown region.</exception>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public AreaCatalogue(Area country, IEnumerable<Area> regions, IEnumerable<Area> localAuthorities, IReadOnlyDictionary<string, string>? londonSubRegionCodes = null)
    {
        Country = Preconditions.CheckNotNull(country, nameof(country));
        Preconditions.CheckArgument(country.Level == AreaLevel.Country, nameof(country), "The country must have level Country.");
        Regions = Preconditions.CheckNotNull(regions, nameof(regions)).OrderBy(r => r.Code, StringComparer.Ordinal).ToImmutableArray();
        LocalAuthorities = Preconditions.CheckNotNull(localAuthorities, nameof(localAuthorities)).OrderBy(a => a.OldCode, StringComparer.Ordinal).ThenBy(a => a.Code, StringComparer.Ordinal).ToImmutableArray();
        SubRegions = (londonSubRegionCodes ?? new Dictionary<string, string>()).ToImmutableSortedDictionary(StringComparer.Ordinal);

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
        foreach (var pair in SubRegions)
        {
            Preconditions.CheckArgument(byCode.ContainsKey(pair.Value), nameof(londonSubRegionCodes), "Sub-region '{0}' maps to an unknown region.", pair.Key);
        }
    }

    /// <summary>Gets the country.</summary>
    public Area Country { get; }

    /// <summary>Gets the regions, ordered by code.</summary>
    public ImmutableArray<Area> Regions { get; }

    /// <summary>Gets the local authorities, ordered by DfE 3-digit code.</summary>
    public ImmutableArray<Area> LocalAuthorities { get; }

    /// <summary>Gets the sub-region codes that resolve to a region (Inner/Outer London to London).</summary>
    public ImmutableSortedDictionary<string, string> SubRegions { get; }

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
        if (SubRegions.TryGetValue(key, out var parent))
        {
            key = parent;
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
