namespace OutcomesFramework.Evidence.Ees;

/// <summary>
/// Why a row of an EES file was read but not used, though nothing was wrong with it. A row gets the first reason
/// that applies, in the order of this enumeration.
/// </summary>
public enum EesFilterReason
{
    /// <summary>The <c>geographic_level</c> is not <c>National</c>, <c>Regional</c> or <c>Local authority</c>
    /// (for example <c>Local authority district</c> or <c>Parliamentary constituency</c>).</summary>
    GeographicLevel = 0,

    /// <summary>No indicator (or denominator) reads the row: its filter values select none of them, for example
    /// another <c>population_type</c>.</summary>
    NotSelected = 1,

    /// <summary>An Inner or Outer London row (<c>E13000001</c>, <c>E13000002</c>) in a file that also has a London
    /// (<c>E12000007</c>) row, which is the one used: taking both would give London two figures.</summary>
    LondonSubRegion = 2,

    /// <summary>An Inner or Outer London row in a file with no London (<c>E12000007</c>) row. London gets no figure
    /// from it: Inner and Outer London figures cannot be combined into one (rates and percentages do not add),
    /// and either alone is not London.</summary>
    LondonSubRegionWithoutLondon = 3,

    /// <summary>A local authority that is not in the area catalogue: an authority that no longer exists (Cumbria 909,
    /// Northamptonshire 928) or one outside the catalogue. Listed in <see cref="EesFileReport.ExcludedAreas"/>.</summary>
    LegacyArea = 4,

    /// <summary>A row for two authorities together (<c>940 / 941</c>, <c>314 / 318</c>), as the workforce census
    /// publishes for authorities that share a service. Listed in <see cref="EesFileReport.ExcludedAreas"/>.</summary>
    CombinedArea = 5,

    /// <summary>A denominator row (for example an ONS population estimate) that no observation needed.</summary>
    UnusedDenominator = 6,
}
