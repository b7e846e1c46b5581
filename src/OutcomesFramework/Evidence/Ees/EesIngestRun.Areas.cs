using System;
using OutcomesFramework.Areas;

namespace OutcomesFramework.Evidence.Ees;

internal sealed partial class EesIngestRun
{
    /// <summary>Maps a selected row onto the catalogue; returns null when the row was filtered or rejected (and counted).</summary>
    private Area? ResolveArea(EesFilePlan plan, CsvRecordReader csv, Level level, FileTally tally)
    {
        var line = csv.LineNumber;
        switch (level)
        {
            case Level.National:
            {
                var code = csv[plan.CountryCode].Trim();
                var country = areas.Country(code);
                if (country is null)
                {
                    RejectRow(plan, line, "country_code", EesRejectionKind.UnknownArea, "country code '" + code.ToString() + "' is not in the area catalogue.");
                }
                return country;
            }
            case Level.Regional:
            {
                if (plan.RegionCode < 0)
                {
                    throw new EesFormatException(plan.FileName, line, "region_code", "a Regional row needs the region_code column, which the file lacks.");
                }
                var code = csv[plan.RegionCode].Trim();
                switch (areas.Region(code, out var region, out var parent))
                {
                    case AreaResolution.Found:
                        tally.RegionsSeen.Add(region!.Code);
                        return region;
                    case AreaResolution.SubRegion:
                        tally.SubRegionRows.TryGetValue(parent!, out var n);
                        tally.SubRegionRows[parent!] = n + 1;
                        return null;
                    default:
                        RejectRow(plan, line, "region_code", EesRejectionKind.UnknownArea, code.IsEmpty
                            ? "region_code is blank on a Regional row."
                            : "region code '" + code.ToString() + "' is not in the area catalogue.");
                        return null;
                }
            }
            default:
            {
                if (plan.OldLaCode < 0 || plan.NewLaCode < 0 || plan.LaName < 0)
                {
                    var missing = plan.OldLaCode < 0 ? "old_la_code" : plan.NewLaCode < 0 ? "new_la_code" : "la_name";
                    throw new EesFormatException(plan.FileName, line, missing, "a Local authority row needs old_la_code, new_la_code and la_name; the file lacks this column.");
                }
                var oldCode = csv[plan.OldLaCode].Trim();
                var newCode = csv[plan.NewLaCode].Trim();
                var name = csv[plan.LaName].Trim();
                var resolution = areas.LocalAuthority(oldCode, newCode, name, out var la);
                switch (resolution)
                {
                    case AreaResolution.Found:
                        return la;
                    case AreaResolution.Legacy:
                    case AreaResolution.Combined:
                        var reason = resolution == AreaResolution.Legacy ? EesFilterReason.LegacyArea : EesFilterReason.CombinedArea;
                        tally.Filter(reason);
                        var key = (reason, oldCode.ToString(), newCode.ToString(), name.ToString());
                        tally.Excluded.TryGetValue(key, out var rows);
                        tally.Excluded[key] = rows + 1;
                        return null;
                    default:
                        RejectRow(plan, line, "old_la_code", EesRejectionKind.UnknownArea, "old_la_code, new_la_code and la_name are all blank on a Local authority row.");
                        return null;
                }
            }
        }
    }
}
