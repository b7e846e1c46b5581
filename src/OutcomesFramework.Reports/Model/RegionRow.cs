namespace OutcomesFramework.Reports.Model;

/// <summary>One region in the map-free regional summary.</summary>
internal sealed record RegionRow(string Region, string Councils, string Scored, string Median, string Lowest, string Highest, string Serious, string Concern, string Watch, string None);
