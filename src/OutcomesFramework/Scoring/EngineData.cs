using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using OutcomesFramework.Areas;
using OutcomesFramework.Evidence;

namespace OutcomesFramework.Scoring;

/// <summary>
/// The lookups every cross-section and scorecard shares: authorities by index, every code in the observations
/// resolved once to an authority index or to a country or region, and each authority's neighbours as indices.
/// </summary>
internal sealed class EngineData
{
    public EngineData(ObservationSet observations, AreaCatalogue areas, StatisticalNeighbourModel neighbours)
    {
        Observations = observations;
        Areas = areas;
        NeighbourModel = neighbours;
        LocalAuthorities = areas.LocalAuthorities;
        LocalAuthorityIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < LocalAuthorities.Length; i++)
        {
            LocalAuthorityIndex[LocalAuthorities[i].Code] = i;
        }
        OtherAreas = new Dictionary<string, Area>(StringComparer.Ordinal);
        var codes = observations.AreaCodes;
        LaOfArea = new int[codes.Length];
        IsCurrentCode = new bool[codes.Length];
        OtherOfArea = new Area?[codes.Length];
        OtherName = new string?[codes.Length];
        for (var i = 0; i < codes.Length; i++)
        {
            var code = codes[i];
            LaOfArea[i] = -1;
            if (LocalAuthorityIndex.TryGetValue(code, out var index))
            {
                LaOfArea[i] = index;
                IsCurrentCode[i] = true;
                continue;
            }
            var area = areas.Find(code);
            if (area is null)
            {
                continue; // pseudo-authorities, legacy authorities and combined rows are not scored or compared
            }
            if (area.Level == AreaLevel.LocalAuthority)
            {
                LocalAuthorityIndex[code] = LocalAuthorityIndex[area.Code];
                LaOfArea[i] = LocalAuthorityIndex[area.Code];
            }
            else
            {
                OtherAreas[code] = area;
                OtherOfArea[i] = area;
                OtherName[i] = DisplayName(code, area);
            }
        }
        Neighbours = new ResolvedNeighbour[LocalAuthorities.Length][];
        for (var i = 0; i < LocalAuthorities.Length; i++)
        {
            var list = neighbours.NeighboursOf(LocalAuthorities[i].Code);
            if (list.IsEmpty)
            {
                foreach (var previous in LocalAuthorities[i].PreviousCodes)
                {
                    list = neighbours.NeighboursOf(previous);
                    if (!list.IsEmpty)
                    {
                        break;
                    }
                }
            }
            var resolved = new ResolvedNeighbour[list.Length];
            for (var j = 0; j < list.Length; j++)
            {
                var area = areas.Find(list[j].AreaCode);
                var index = area is not null && LocalAuthorityIndex.TryGetValue(area.Code, out var k) ? k : -1;
                resolved[j] = new ResolvedNeighbour(list[j], index, area?.Name ?? list[j].AreaCode);
            }
            Neighbours[i] = resolved;
        }
    }

    public ObservationSet Observations { get; }

    public AreaCatalogue Areas { get; }

    public StatisticalNeighbourModel NeighbourModel { get; }

    public ImmutableArray<Area> LocalAuthorities { get; }

    /// <summary>Every code that names a catalogue authority (current, previous, DfE 3-digit) to its index.</summary>
    public Dictionary<string, int> LocalAuthorityIndex { get; }

    /// <summary>Codes in the observations naming the country or a region, to the catalogue area.</summary>
    public Dictionary<string, Area> OtherAreas { get; }

    public ResolvedNeighbour[][] Neighbours { get; }

    /// <summary>By index into the observations' area codes: the authority index, or −1 when the code names no catalogue authority.</summary>
    public int[] LaOfArea { get; }

    /// <summary>By index into the observations' area codes: whether the code is the authority's current code (not an earlier one).</summary>
    public bool[] IsCurrentCode { get; }

    /// <summary>By index into the observations' area codes: the country or region it names, or null.</summary>
    public Area?[] OtherOfArea { get; }

    /// <summary>By index into the observations' area codes: the name to show for a country or region, or null.</summary>
    public string?[] OtherName { get; }

    /// <summary>The name to show for a comparator code: the DfE's Inner and Outer London sub-regions resolve to London in the catalogue, so name them here.</summary>
    public static string DisplayName(string code, Area resolved) =>
        string.Equals(code, resolved.Code, StringComparison.Ordinal) ? resolved.Name
        : code switch
        {
            "E13000001" => "Inner London",
            "E13000002" => "Outer London",
            _ => resolved.Name + " (" + code + ")",
        };
}
