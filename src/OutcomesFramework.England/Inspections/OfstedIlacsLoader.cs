using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.IO;
using System.Linq;
using NodaTime;
using OutcomesFramework.Areas;
using OutcomesFramework.England.Internal;
using OutcomesFramework.Inspections;
using OutcomesFramework.Evidence.Ees;

namespace OutcomesFramework.England.Inspections;

/// <summary>
/// Loads Ofsted's ILACS official statistics into an <see cref="InspectionHistory"/>: the history of graded
/// inspections, the in-year activity (adding focused and monitoring visits) and the position as at a date (checked
/// against the history). Authorities are found by name through the catalogue's aliases (Ofsted writes "Bristol",
/// "Durham", "Hammersmith &amp; Fulham") and the name must agree with the ONS code on the row.
/// </summary>
internal static class OfstedIlacsLoader
{
    public const string HistoryFile = "ofsted_ilacs_history_2018_to_2025.csv";
    public const string InYearFile = "ofsted_ilacs_inyear_2024_25.csv";
    public const string LatestFile = "ofsted_ilacs_latest_as_at_2025-03-31.csv";

    public static (InspectionHistory History, ImmutableArray<InspectionFileReport> Reports) Load(AreaCatalogue areas) =>
        Build(areas, EmbeddedData.ReadCsv(HistoryFile), EmbeddedData.ReadCsv(InYearFile), EmbeddedData.ReadCsv(LatestFile));

    public static (InspectionHistory History, ImmutableArray<InspectionFileReport> Reports) Build(AreaCatalogue areas, params CsvRecordTable[] tables)
    {
        var all = new Dictionary<(string Area, LocalDate Date, InspectionType Type), Inspection>();
        var order = new List<Inspection>();
        var reports = ImmutableArray.CreateBuilder<InspectionFileReport>();
        foreach (var table in tables)
        {
            reports.Add(LoadFile(areas, table, all, order));
        }
        return (new InspectionHistory(order), reports.ToImmutable());
    }

    private static InspectionFileReport LoadFile(AreaCatalogue areas, CsvRecordTable table, Dictionary<(string Area, LocalDate Date, InspectionType Type), Inspection> all, List<Inspection> order)
    {
        var notes = new List<string>();
        int added = 0, known = 0, former = 0;
        int code = table.Column("new_la_code"), name = table.Column("la_name"), inspected = table.Column("inspection_date"), published = table.Column("publication_date");
        int overall = table.Column("overall_effectiveness"), leaders = table.Column("impact_of_leaders"), help = table.Column("help_and_protection"),
            care = table.Column("children_in_care"), leavers = table.Column("care_leavers");
        var type = table.HasColumn("inspection_type") ? table.Column("inspection_type") : -1;
        var status = table.HasColumn("la_status") ? table.Column("la_status") : -1;
        var theme = table.HasColumn("visit_theme") ? table.Column("visit_theme") : -1;
        for (var r = 0; r < table.Rows.Count; r++)
        {
            var row = table.Rows[r];
            var formerAuthority = status >= 0 && string.Equals(row[status].Trim(), "No longer exists", StringComparison.OrdinalIgnoreCase);
            if (status >= 0 && !formerAuthority && !string.Equals(row[status].Trim(), "Current", StringComparison.OrdinalIgnoreCase))
            {
                throw Error(table, r, "la_status", "'" + row[status] + "' is neither Current nor No longer exists");
            }
            var areaCode = formerAuthority ? row[code].Trim() : ResolveCurrent(areas, table, r, row[code], row[name], notes);
            var date = ParseDate(table, r, "inspection_date", row[inspected]);
            var publication = ParseDate(table, r, "publication_date", row[published]);
            var grades = new[] { Grade(table, r, "overall_effectiveness", row[overall]), Grade(table, r, "impact_of_leaders", row[leaders]),
                Grade(table, r, "help_and_protection", row[help]), Grade(table, r, "children_in_care", row[care]), Grade(table, r, "care_leavers", row[leavers]) };
            if (type < 0)
            {
                // The position file has no inspection type: each row must be an inspection already in the history.
                if (!all.TryGetValue((areaCode, date, InspectionType.StandardInspection), out var match) && !all.TryGetValue((areaCode, date, InspectionType.ShortInspection), out match))
                {
                    match = null;
                }
                if (match is null || match.PublicationDate != publication || !SameGrades(match, grades))
                {
                    throw Error(table, r, "inspection_date", "the position of " + row[name].Trim() + " does not match an inspection in the history");
                }
                known++;
                continue;
            }
            if (!InspectionTypes.TryParse(row[type], out var kind))
            {
                throw Error(table, r, "inspection_type", "'" + row[type] + "' is not an ILACS inspection or visit type");
            }
            Inspection inspection;
            try
            {
                inspection = new Inspection(areaCode, date, publication, kind, grades[0], grades[1], grades[2], grades[3], grades[4], theme >= 0 ? row[theme] : null);
            }
            catch (ArgumentException e)
            {
                throw new InvalidDataException(table.Where(r) + ": " + e.Message, e);
            }
            if (all.TryGetValue((inspection.AreaCode, inspection.InspectionDate, inspection.Type), out var existing))
            {
                if (!existing.Equals(inspection))
                {
                    throw Error(table, r, "inspection_date", "this " + kind.Describe() + " differs from the one already read for the same authority and date");
                }
                known++;
                continue;
            }
            all.Add((inspection.AreaCode, inspection.InspectionDate, inspection.Type), inspection);
            order.Add(inspection);
            added++;
            if (formerAuthority)
            {
                former++;
                notes.Add(string.Format(CultureInfo.InvariantCulture, "{0}: {1} ({2}) no longer exists; its {3} of {4:D4}-{5:D2}-{6:D2} is kept under its own code, which is not in the catalogue.",
                    table.Where(r), row[name].Trim(), areaCode, kind.Describe(), date.Year, date.Month, date.Day));
            }
        }
        return new InspectionFileReport(table.Name, table.Rows.Count, added, known, former, notes);
    }

    private static string ResolveCurrent(AreaCatalogue areas, CsvRecordTable table, int r, string code, string name, List<string> notes)
    {
        var byName = areas.Find(name);
        if (byName is null || byName.Level != AreaLevel.LocalAuthority)
        {
            throw Error(table, r, "la_name", "'" + name + "' is not a current local authority");
        }
        var byCode = areas.Find(code);
        if (!ReferenceEquals(byCode, byName))
        {
            throw Error(table, r, "new_la_code", "'" + code + "' is not the code of " + byName.Name + " (" + byName.Code + ")");
        }
        if (!string.Equals(code.Trim(), byName.Code, StringComparison.Ordinal))
        {
            notes.Add(string.Format(CultureInfo.InvariantCulture, "{0}: {1} is given its earlier code {2}; recorded under {3}.", table.Where(r), name.Trim(), code.Trim(), byName.Code));
        }
        return byName.Code;
    }

    private static LocalDate ParseDate(CsvRecordTable table, int r, string column, string text)
    {
        // dd/mm/yyyy, read by hand: NodaTime's pattern engine costs more to start than the whole file takes to read.
        var t = text.Trim();
        if (t.Length == 10 && t[2] == '/' && t[5] == '/' && TryDigits(t, 0, 2, out var day) && TryDigits(t, 3, 2, out var month) && TryDigits(t, 6, 4, out var year)
            && month >= 1 && month <= 12 && day >= 1 && day <= CalendarSystem.Iso.GetDaysInMonth(year, month))
        {
            return new LocalDate(year, month, day);
        }
        throw Error(table, r, column, "'" + text + "' is not a dd/mm/yyyy date");
    }

    private static bool TryDigits(string s, int start, int count, out int value)
    {
        value = 0;
        for (var i = start; i < start + count; i++)
        {
            if (s[i] < '0' || s[i] > '9')
            {
                return false;
            }
            value = (value * 10) + (s[i] - '0');
        }
        return true;
    }

    private static OfstedGrade? Grade(CsvRecordTable table, int r, string column, string text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }
        return OfstedGrades.TryParse(text, out var grade) ? grade : throw Error(table, r, column, "'" + text + "' is not an Ofsted grade");
    }

    private static bool SameGrades(Inspection i, OfstedGrade?[] g) =>
        i.OverallEffectiveness == g[0] && i.ImpactOfLeaders == g[1] && i.HelpAndProtection == g[2] && i.ChildrenInCare == g[3] && i.CareLeavers == g[4];

    private static InvalidDataException Error(CsvRecordTable table, int row, string column, string message) =>
        new(string.Format(CultureInfo.InvariantCulture, "{0} column {1}: {2}.", table.Where(row), column, message));
}
