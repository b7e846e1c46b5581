using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using OutcomesFramework.Areas;
using OutcomesFramework.England.Internal;
using OutcomesFramework.Evidence.Ees;

namespace OutcomesFramework.England.Areas;

/// <summary>
/// Reads the DfE children's services statistical-neighbour model (2025 refresh; wide layout: <c>SN_1..SN_10</c> hold
/// the 3-digit codes of the neighbours, closest first, and <c>SN_kP</c> the closeness labels, some with trailing spaces).
/// </summary>
internal static class EnglandNeighbours
{
    public const string ModelName = "DfE children's services statistical neighbours 2025";

    public static StatisticalNeighbourModel Load(AreaCatalogue areas) => Build(EmbeddedData.ReadCsv("statistical_neighbours_2025_wide.csv"), areas);

    public static StatisticalNeighbourModel Build(CsvRecordTable table, AreaCatalogue areas)
    {
        var model = new List<KeyValuePair<string, IEnumerable<StatisticalNeighbour>>>();
        var own = table.Column("old_la_code");
        for (var r = 0; r < table.Rows.Count; r++)
        {
            var row = table.Rows[r];
            var la = Resolve(areas, row[own], table, r, "old_la_code");
            var list = new List<StatisticalNeighbour>();
            for (var k = 1; table.HasColumn("SN_" + k.ToString(CultureInfo.InvariantCulture)); k++)
            {
                var name = "SN_" + k.ToString(CultureInfo.InvariantCulture);
                var neighbour = Resolve(areas, row[table.Column(name)], table, r, name);
                var label = row[table.Column(name + "P")];
                if (!TryParseCloseness(label, out var closeness))
                {
                    throw new InvalidDataException(string.Format(CultureInfo.InvariantCulture, "{0} column {1}P: '{2}' is not a closeness label.", table.Where(r), name, label));
                }
                list.Add(new StatisticalNeighbour(neighbour.Code, k, closeness));
            }
            model.Add(new KeyValuePair<string, IEnumerable<StatisticalNeighbour>>(la.Code, list));
        }
        return new StatisticalNeighbourModel(ModelName, model);
    }

    /// <summary>Reads the model's closeness labels, ignoring case and surrounding white space ("Close ", "Not Close").</summary>
    public static bool TryParseCloseness(string? label, out Closeness closeness)
    {
        switch (label?.Trim().ToUpperInvariant())
        {
            case "EXTREMELY CLOSE":
                closeness = Closeness.ExtremelyClose;
                return true;
            case "VERY CLOSE":
                closeness = Closeness.VeryClose;
                return true;
            case "CLOSE":
                closeness = Closeness.Close;
                return true;
            case "SOMEWHAT CLOSE":
                closeness = Closeness.SomewhatClose;
                return true;
            case "NOT CLOSE":
                closeness = Closeness.NotClose;
                return true;
            default:
                closeness = default;
                return false;
        }
    }

    private static Area Resolve(AreaCatalogue areas, string code, CsvRecordTable table, int row, string column)
    {
        var area = areas.Find(code);
        if (area is null || area.Level != AreaLevel.LocalAuthority)
        {
            throw new InvalidDataException(string.Format(CultureInfo.InvariantCulture, "{0} column {1}: '{2}' is not a current local authority.", table.Where(row), column, code));
        }
        return area;
    }
}
