using System;
using System.Collections.Generic;
using OutcomesFramework.Areas;

namespace OutcomesFramework.Evidence.Ees;

/// <summary>
/// Maps the geography columns of an EES row onto the catalogue's areas. Exact codes are looked up without
/// allocating (on .NET 9+ through a span lookup); anything else falls back to <see cref="AreaCatalogue.Find"/>,
/// which knows names, aliases and case.
/// </summary>
/// <threadsafety>Immutable after construction; safe for concurrent reads.</threadsafety>
internal sealed class EesAreaResolver
{
    private readonly AreaCatalogue catalogue;
    private readonly Dictionary<string, Area> codes = new(StringComparer.Ordinal);
#if NET
    private readonly Dictionary<string, Area>.AlternateLookup<ReadOnlySpan<char>> spanCodes;
#endif
    private readonly string[] subRegionCodes;
    private readonly string[] subRegionParents;

    public EesAreaResolver(AreaCatalogue catalogue)
    {
        this.catalogue = catalogue;
        foreach (var area in catalogue.All())
        {
            codes[area.Code] = area;
            if (area.OldCode is not null)
            {
                codes[area.OldCode] = area;
            }
            foreach (var previous in area.PreviousCodes)
            {
                codes[previous] = area;
            }
        }
#if NET
        spanCodes = codes.GetAlternateLookup<ReadOnlySpan<char>>();
#endif
        subRegionCodes = new string[catalogue.SubRegions.Length];
        subRegionParents = new string[catalogue.SubRegions.Length];
        var i = 0;
        foreach (var s in catalogue.SubRegions)
        {
            subRegionCodes[i] = s.Code;
            subRegionParents[i] = catalogue.Find(s.RegionCode)!.Code;
            i++;
        }
    }

    /// <summary>Resolves a <c>National</c> row by <c>country_code</c>.</summary>
    public Area? Country(ReadOnlySpan<char> countryCode) => Find(countryCode, AreaLevel.Country);

    /// <summary>Resolves a <c>Regional</c> row by <c>region_code</c>; a sub-region (Inner/Outer London) gives its parent's code.</summary>
    public AreaResolution Region(ReadOnlySpan<char> regionCode, out Area? area, out string? subRegionParent)
    {
        area = null;
        subRegionParent = null;
        for (var i = 0; i < subRegionCodes.Length; i++)
        {
            if (regionCode.SequenceEqual(subRegionCodes[i].AsSpan()))
            {
                subRegionParent = subRegionParents[i];
                return AreaResolution.SubRegion;
            }
        }
        area = Find(regionCode, AreaLevel.Region);
        return area is null ? AreaResolution.Unknown : AreaResolution.Found;
    }

    /// <summary>
    /// Resolves a <c>Local authority</c> row by <c>old_la_code</c>, else (when it is blank) <c>new_la_code</c>, else
    /// (when both are blank) <c>la_name</c>.
    /// </summary>
    /// <remarks>A code that is given but unknown marks a legacy authority: the reader does not fall back to the next
    /// column, because names and codes are reused for different areas (Dorset County Council, 835, and Dorset Council,
    /// 838, share the name "Dorset" but not their boundaries). The standard's placeholders <c>x</c> (not available)
    /// and <c>z</c> (not applicable) count as blank.</remarks>
    public AreaResolution LocalAuthority(ReadOnlySpan<char> oldCode, ReadOnlySpan<char> newCode, ReadOnlySpan<char> name, out Area? area)
    {
        area = null;
        oldCode = Placeholder(oldCode) ? ReadOnlySpan<char>.Empty : oldCode;
        newCode = Placeholder(newCode) ? ReadOnlySpan<char>.Empty : newCode;
        if (oldCode.IndexOf('/') >= 0 || newCode.IndexOf('/') >= 0)
        {
            return AreaResolution.Combined;
        }
        if (!oldCode.IsEmpty)
        {
            area = Find(oldCode, AreaLevel.LocalAuthority);
        }
        else if (!newCode.IsEmpty)
        {
            area = Find(newCode, AreaLevel.LocalAuthority);
        }
        else if (!name.IsEmpty)
        {
            area = Find(name, AreaLevel.LocalAuthority);
        }
        else
        {
            return AreaResolution.Unknown;
        }
        return area is null ? AreaResolution.Legacy : AreaResolution.Found;
    }

    private static bool Placeholder(ReadOnlySpan<char> code) => code.Length == 1 && (code[0] == 'x' || code[0] == 'z');

    private Area? Find(ReadOnlySpan<char> codeOrName, AreaLevel level)
    {
        if (codeOrName.IsEmpty)
        {
            return null;
        }
#if NET
        var found = spanCodes.TryGetValue(codeOrName, out var area);
#else
        var found = codes.TryGetValue(codeOrName.ToString(), out var area);
#endif
        if (!found)
        {
            // Rare path (names, lower-case codes): the catalogue's own rules.
            area = catalogue.Find(codeOrName.ToString());
        }
        return area is not null && area.Level == level ? area : null;
    }
}
