using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using OutcomesFramework.Areas;
using OutcomesFramework.England.Internal;
using OutcomesFramework.Evidence.Ees;

namespace OutcomesFramework.England.Areas;

/// <summary>
/// Builds the England <see cref="AreaCatalogue"/> from the embedded lookups: England, the nine ONS regions (with the
/// DfE's Inner and Outer London resolving to London), and the 153 upper-tier local authorities with their DfE 3-digit
/// codes, earlier ONS codes and the other spellings DfE and Ofsted use.
/// </summary>
internal static class EnglandAreas
{
    public const string EnglandCode = "E92000001";
    public const string LondonCode = "E12000007";
    public const string InnerLondonCode = "E13000001";
    public const string OuterLondonCode = "E13000002";

    public static AreaCatalogue Load() => Build(
        EmbeddedData.ReadCsv("la_153_current.csv"),
        EmbeddedData.ReadCsv("dfe_screener_las.csv"),
        EmbeddedData.ReadCsv("dfe_screener_regions.csv"),
        EmbeddedData.ReadCsv("la_aliases.csv"));

    public static AreaCatalogue Build(CsvRecordTable current, CsvRecordTable allLas, CsvRecordTable regionsTable, CsvRecordTable aliasesTable)
    {
        var regions = new List<Area>();
        var subRegions = new List<SubRegion>();
        int rc = regionsTable.Column("region_code"), rn = regionsTable.Column("region_name");
        foreach (var row in regionsTable.Rows)
        {
            var code = row[rc].Trim();
            if (code.StartsWith("E12", StringComparison.Ordinal))
            {
                regions.Add(new Area(code, row[rn], AreaLevel.Region));
            }
            else
            {
                // The DfE's children's-services regions Inner and Outer London (E13…) are parts of London; their members
                // are the boroughs whose dfe_cs_region_code names them (la_153_current.csv).
                subRegions.Add(new SubRegion(code, row[rn], LondonCode));
            }
        }

        var aliases = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        int ac = aliasesTable.Column("old_la_code"), aa = aliasesTable.Column("alias");
        foreach (var row in aliasesTable.Rows)
        {
            if (!aliases.TryGetValue(row[ac].Trim(), out var list))
            {
                aliases[row[ac].Trim()] = list = new List<string>();
            }
            list.Add(row[aa]);
        }

        // Earlier ONS codes of an authority: terminated codes that carried the same DfE 3-digit code
        // (Barnsley 370 was E08000016 until 30 April 2025 and is E08000038 since).
        var earlier = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        int lc = allLas.Column("new_la_code"), lo = allLas.Column("old_la_code"), ls = allLas.Column("status");
        foreach (var row in allLas.Rows)
        {
            if (string.Equals(row[ls].Trim(), "terminated", StringComparison.Ordinal))
            {
                if (!earlier.TryGetValue(row[lo].Trim(), out var list))
                {
                    earlier[row[lo].Trim()] = list = new List<string>();
                }
                list.Add(row[lc].Trim());
            }
        }

        var las = new List<Area>();
        int co = current.Column("old_la_code"), cn = current.Column("new_la_code"), cname = current.Column("la_name"),
            creg = current.Column("region_code"), ccs = current.Column("dfe_cs_region_code");
        for (var r = 0; r < current.Rows.Count; r++)
        {
            var row = current.Rows[r];
            var old = row[co].Trim();
            if (old.Length != 3 || !old.All(char.IsDigit))
            {
                throw new InvalidDataException(current.Where(r) + ": old_la_code '" + old + "' is not a 3-digit DfE code.");
            }
            las.Add(new Area(
                row[cn],
                row[cname],
                AreaLevel.LocalAuthority,
                old,
                row[creg],
                row[ccs],
                aliases.TryGetValue(old, out var a) ? a : null,
                earlier.TryGetValue(old, out var e) ? e.Where(c => !string.Equals(c, row[cn].Trim(), StringComparison.Ordinal)) : null));
        }
        foreach (var code in aliases.Keys.Where(k => !las.Any(l => string.Equals(l.OldCode, k, StringComparison.Ordinal))))
        {
            throw new InvalidDataException(string.Format(CultureInfo.InvariantCulture, "{0}: aliases for '{1}', which is not a current local authority.", aliasesTable.Name, code));
        }
        return new AreaCatalogue(new Area(EnglandCode, "England", AreaLevel.Country), regions, las, subRegions);
    }
}
