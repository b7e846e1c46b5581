using System;
using System.Collections.Generic;
using System.Linq;
using static OutcomesFramework.Returns.TableSchema;

namespace OutcomesFramework.Returns.Ssda903;

/// <summary>
/// The SSDA903 tables and their columns, as the DfE's 903 guidance and the validators name them, with the
/// collection years each belongs to: social worker episodes from 2023/24, deprivation of liberty (DoLo) from 2026/27.
/// </summary>
internal static class Ssda903Schema
{
    public const string Header = "Header";
    public const string Episodes = "Episodes";
    public const string Reviews = "Reviews";
    public const string Uasc = "UASC";
    public const string OC2 = "OC2";
    public const string OC3 = "OC3";
    public const string AD1 = "AD1";
    public const string PlacedAdoption = "PlacedAdoption";
    public const string PrevPerm = "PrevPerm";
    public const string Missing = "Missing";
    public const string SWEpisodes = "SWEpisodes";
    public const string DoLo = "DoLo";

    /// <summary>Columns liia-tools adds to every table; tolerated and ignored.</summary>
    public static readonly string[] ToleratedExtras = { "LA", "YEAR" };

    private static FieldSchema Child => F("CHILD", FieldKind.Id);

    private static FieldSchema Dob => F("DOB", FieldKind.Date);

    public static IReadOnlyList<TableSchema> All { get; } = new[]
    {
        new TableSchema(Header, new[] { Child, F("SEX"), Dob, F("ETHNIC"), F("UPN", FieldKind.Text), F("MOTHER"), F("MC_DOB", FieldKind.Date) }),
        new TableSchema(Episodes, new[] { Child, F("DECOM", FieldKind.Date), F("RNE"), F("LS"), F("CIN"), F("PLACE"), F("PLACE_PROVIDER"), F("DEC", FieldKind.Date), F("REC"), F("REASON_PLACE_CHANGE"), F("HOME_POST", FieldKind.Text), F("PL_POST", FieldKind.Text), F("URN", FieldKind.Text) }),
        new TableSchema(Reviews, new[] { Child, Dob, F("REVIEW", FieldKind.Date), F("REVIEW_CODE") }),
        new TableSchema(Uasc, new[] { Child, F("SEX"), Dob, F("DUC", FieldKind.Date) }),
        new TableSchema(OC2, new[] { Child, Dob, F("SDQ_SCORE", FieldKind.Text), F("SDQ_REASON"), F("CONVICTED"), F("HEALTH_CHECK"), F("IMMUNISATIONS"), F("TEETH_CHECK"), F("HEALTH_ASSESSMENT"), F("SUBSTANCE_MISUSE"), F("INTERVENTION_RECEIVED"), F("INTERVENTION_OFFERED") }),
        new TableSchema(OC3, new[] { Child, Dob, F("IN_TOUCH"), F("ACTIV"), F("ACCOM") }),
        new TableSchema(AD1, new[] { Child, Dob, F("DATE_INT", FieldKind.Date), F("DATE_MATCH", FieldKind.Date), F("FOSTER_CARE"), F("NB_ADOPTR"), F("SEX_ADOPTR"), F("LS_ADOPTR") }),
        new TableSchema(PlacedAdoption, new[] { Child, Dob, F("DATE_PLACED", FieldKind.Date), F("DATE_PLACED_CEASED", FieldKind.Date), F("REASON_PLACED_CEASED") }),
        // DATE_PERM may be partly unknown ("zz/zz/2015"), so it is text.
        new TableSchema(PrevPerm, new[] { Child, Dob, F("PREV_PERM"), F("LA_PERM", FieldKind.Text), F("DATE_PERM", FieldKind.Text) }),
        new TableSchema(Missing, new[] { Child, Dob, F("MISSING"), F("MIS_START", FieldKind.Date), F("MIS_END", FieldKind.Date) }),
        new TableSchema(SWEpisodes, new[] { Child, Dob, F("SW_ID", FieldKind.Text), F("SW_DECOM", FieldKind.Date), F("SW_DEC", FieldKind.Date), F("SW_REASON") }, firstYear: 2024),
        new TableSchema(DoLo, new[] { Child, Dob, F("DOLO_START", FieldKind.Date), F("DOLO_END", FieldKind.Date) }, firstYear: 2027),
    };

    public static TableSchema Get(string name) => All.First(t => t.Name == name);

    /// <summary>
    /// Finds the table whose columns a CSV header has (order and case do not matter; liia-tools' LA and YEAR are
    /// tolerated). A file is recognised by its columns, not its name, so tables may be split or named freely.
    /// </summary>
    public static TableSchema? Match(IReadOnlyList<string> header)
    {
        var set = new HashSet<string>(header.Select(h => h.Trim()), StringComparer.OrdinalIgnoreCase);
        set.ExceptWith(ToleratedExtras);
        TableSchema? best = null;
        foreach (var table in All)
        {
            if (table.Names.Length == set.Count && table.Names.All(set.Contains))
            {
                return table;
            }
        }
        // No exact match: the table all of whose columns are present and which explains most of the header.
        foreach (var table in All)
        {
            if (table.Names.All(set.Contains) && (best is null || table.Names.Length > best.Names.Length))
            {
                best = table;
            }
        }
        return best;
    }
}
