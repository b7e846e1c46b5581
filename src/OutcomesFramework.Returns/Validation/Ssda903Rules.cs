using System;
using System.Collections.Generic;
using System.Linq;
using NodaTime;
using OutcomesFramework.Returns.Ssda903;
using static OutcomesFramework.Returns.Validation.RuleHelpers;

// The catalogue is built once per process; its inline arrays are data, not hot-path allocations.
#pragma warning disable CA1861

namespace OutcomesFramework.Returns.Validation;

/// <summary>
/// The DfE's SSDA903 validation rules the library implements (41 codes); codes, messages and affected fields as
/// published by the DfE and in Data to Insight's 903 validator (data-to-insight/csc-validator-be-903), the checks written
/// for this library. No public source found counts how often each rule fires in councils' returns, so they are not
/// chosen on that: docs/returns.md ("Which rules, and why") gives the public evidence there is, the validator's fixes by
/// rule. Versions: 2022/23 (the base), 2024/25 (sex coded M, F or U), 2025/26 (the new placement codes K3, Z11 to Z14;
/// H5, P2 and Z1 withdrawn).
/// </summary>
internal static class Ssda903Rules
{
    private const ReturnKind K = ReturnKind.Ssda903;
    private const string H = Ssda903Schema.Header;
    private const string E = Ssda903Schema.Episodes;

    private static readonly string[] Ethnic = { "WBRI", "WIRI", "WOTH", "WIRT", "WROM", "MWBC", "MWBA", "MWAS", "MOTH", "AIND", "APKN", "ABAN", "AOTH", "BCRB", "BAFR", "BOTH", "CHNE", "OOTH", "REFU", "NOBT" };
    private static readonly string[] Place2022 = { "A3", "A4", "A5", "A6", "H5", "K1", "K2", "P1", "P2", "P3", "R1", "R2", "R3", "R5", "S1", "T0", "T1", "T2", "T3", "T4", "U1", "U2", "U3", "U4", "U5", "U6", "Z1" };
    private static readonly string[] Place2025 = { "A3", "A4", "A5", "A6", "K1", "K2", "K3", "P1", "P3", "R1", "R2", "R3", "R5", "S1", "T0", "T1", "T2", "T3", "T4", "U1", "U2", "U3", "U4", "U5", "U6", "Z11", "Z12", "Z13", "Z14" };
    private static readonly string[] Providers = { "PR0", "PR1", "PR2", "PR3", "PR4", "PR5" };
    private static readonly string[] Activ = { "F1", "P1", "F2", "P2", "F4", "P4", "F5", "P5", "G4", "G5", "G6", "0" };
    private static readonly string[] Accom = { "B1", "B2", "C1", "C2", "D1", "D2", "E1", "E2", "G1", "G2", "H1", "H2", "K1", "K2", "R1", "R2", "S2", "T1", "T2", "U1", "U2", "V1", "V2", "W1", "W2", "X2", "Y1", "Y2", "Z1", "Z2", "0" };
    private static readonly string[] OC2Flags = { "CONVICTED", "HEALTH_CHECK", "IMMUNISATIONS", "TEETH_CHECK", "HEALTH_ASSESSMENT", "SUBSTANCE_MISUSE" };

    public static IReadOnlyList<RuleSetVersion> Versions { get; } = new[]
    {
        new RuleSetVersion(2023, Base()),
        new RuleSetVersion(2025, Array.Empty<ValidationRule>(), change: new[]
        {
            Row(K, "101", "The child or young person’s reported sex is not valid.", H, new[] { "SEX" }, MissingOrNotIn("SEX", "M", "F", "U")),
        }),
        new RuleSetVersion(2026, Array.Empty<ValidationRule>(), change: new[]
        {
            Row(K, "146", "Placement type code is not a valid code.", E, new[] { "PLACE" }, NotIn("PLACE", Place2025)),
            Row(K, "178", "Placement provider code is not a valid code.", E, new[] { "PLACE_PROVIDER" }, (r, _) => Provider(r, "T0", "T1", "T2", "T3", "Z11", "Z12", "Z13", "Z14")),
        }),
    };

    private static bool Provider(ReturnRecord r, params string[] noProvider)
    {
        var provider = r["PLACE_PROVIDER"];
        var none = noProvider.Contains(r["PLACE"]);
        return provider is null ? false : none || !Providers.Contains(provider);
    }

    private static ValidationRule[] Base() => new[]
    {
        Row(K, "101", "The child or young person’s reported sex is not valid.", H, new[] { "SEX" }, MissingOrNotIn("SEX", "1", "2")),
        Row(K, "102", "Date of birth is not a valid date.", H, new[] { "DOB" }, (r, _) => r.GetDate("DOB") is null),
        Row(K, "103", "The ethnicity code is either not valid or has not been entered.", H, new[] { "ETHNIC" }, MissingOrNotIn("ETHNIC", Ethnic)),
        Row(K, "132", "Data entry for activity after leaving care is invalid.", Ssda903Schema.OC3, new[] { "ACTIV" }, NotIn("ACTIV", Activ.Concat(new[] { "F3", "P3" }).ToArray())),
        Row(K, "133", "Data entry for accommodation after leaving care is invalid. If reporting on a childs accommodation after leaving care the data entry must be valid", Ssda903Schema.OC3, new[] { "ACCOM" }, NotIn("ACCOM", Accom)),
        Row(K, "141", "Date episode began is not a valid date.", E, new[] { "DECOM" }, (r, _) => r.GetDate("DECOM") is null),
        Group(K, "142", "A new episode has started, but the previous episode has not ended.", E, new[] { "DEC", "REC" }, ctx =>
            ctx.EpisodesSorted(E, "DECOM").SelectMany(list => list.Where(r => r.GetDate("DECOM") is not null).Reverse().Skip(1).Where(r => r["DEC"] is null || r["REC"] is null))),
        Row(K, "143", "The reason for new episode code is not a valid code.", E, new[] { "RNE" }, NotIn("RNE", "S", "P", "L", "T", "U", "B")),
        Row(K, "144", "The legal status code is not a valid code.", E, new[] { "LS" }, NotIn("LS", "C1", "C2", "D1", "E1", "V2", "V3", "V4", "J1", "J2", "J3", "L1", "L2", "L3")),
        Row(K, "145", "Category of need code is not a valid code.", E, new[] { "CIN" }, NotIn("CIN", "N1", "N2", "N3", "N4", "N5", "N6", "N7", "N8")),
        Row(K, "146", "Placement type code is not a valid code.", E, new[] { "PLACE" }, NotIn("PLACE", Place2022)),
        Row(K, "149", "Reason episode ceased code is not valid. ", E, new[] { "REC" }, NotIn("REC", "E11", "E12", "E2", "E3", "E4A", "E4B", "E13", "E41", "E45", "E46", "E47", "E48", "E5", "E6", "E7", "E8", "E9", "E14", "E15", "E16", "E17", "X1")),
        Row(K, "153", "All data items relating to a child's activity or accommodation after leaving care must be coded or left blank.", Ssda903Schema.OC3, new[] { "IN_TOUCH", "ACTIV", "ACCOM" },
            (r, _) => new[] { r["IN_TOUCH"], r["ACTIV"], r["ACCOM"] }.Count(v => v is null) is 1 or 2),
        Row(K, "158", "If a child has been recorded as receiving an intervention for their substance misuse problem, then the additional item on whether an intervention was offered should be left blank.", Ssda903Schema.OC2,
            new[] { "INTERVENTION_RECEIVED", "INTERVENTION_OFFERED" }, (r, _) => r["INTERVENTION_RECEIVED"] == "1" && r["INTERVENTION_OFFERED"] is not null),
        Row(K, "166", "Date of review is invalid or blank.", Ssda903Schema.Reviews, new[] { "REVIEW" }, (r, _) => r.GetDate("REVIEW") is null),
        Row(K, "167", "Data entry for participation is invalid or blank.", Ssda903Schema.Reviews, new[] { "REVIEW_CODE" },
            (r, _) => r["REVIEW"] is null ? r["REVIEW_CODE"] is not null : !(r["REVIEW_CODE"] is "PN0" or "PN1" or "PN2" or "PN3" or "PN4" or "PN5" or "PN6" or "PN7")),
        Row(K, "171", "Date of birth of mother's child is not a valid date.", H, new[] { "MC_DOB" }, (r, _) => BadDate(r, "MC_DOB")),
        Row(K, "174", "Mother's child date of birth is recorded but sex shows that the child is a male.", H, new[] { "SEX", "MC_DOB" }, (r, _) => r["MC_DOB"] is not null && r["SEX"] is "1" or "M"),
        Row(K, "175", "The number of adopter(s) code is not a valid code.", Ssda903Schema.AD1, new[] { "NB_ADOPTR" }, NotIn("NB_ADOPTR", "1", "2")),
        Row(K, "176", "The gender of adopter(s) at the date of adoption code is not a valid code.", Ssda903Schema.AD1, new[] { "SEX_ADOPTR" }, NotIn("SEX_ADOPTR", "M1", "F1", "MM", "FF", "MF")),
        Row(K, "177", "The legal status of adopter(s) code is not a valid code.", Ssda903Schema.AD1, new[] { "LS_ADOPTR" }, NotIn("LS_ADOPTR", "L0", "L11", "L12", "L2", "L3", "L4")),
        Row(K, "178", "Placement provider code is not a valid code.", E, new[] { "PLACE_PROVIDER" }, (r, _) => Provider(r, "T0", "T1", "T2", "T3", "T4", "Z1")),
        Row(K, "180", "Data entry for the strengths and difficulties questionnaire (SDQ) score is invalid.", Ssda903Schema.OC2, new[] { "SDQ_SCORE" },
            (r, _) => r["SDQ_SCORE"] is { } s && !(int.TryParse(s, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n) && n <= 40)),
        Row(K, "181", "Data items relating to children looked after continuously for 12 months should be completed with a 0 or 1.", Ssda903Schema.OC2, OC2Flags,
            (r, _) => OC2Flags.Any(f => r[f] is { } v && v != "0" && v != "1")),
        Row(K, "184", "Date of decision that a child should be placed for adoption is before the child was born.", Ssda903Schema.PlacedAdoption, new[] { "DATE_PLACED", "DOB" },
            (r, _) => r.GetDate("DATE_PLACED") is { } p && r.GetDate("DOB") is { } b && p < b),
        Row(K, "301", "Date of birth falls after the year ended.", H, new[] { "DOB" }, (r, c) => r.GetDate("DOB") is { } b && b > c.Year.End),
        Group(K, "302", "First episode starts before child was born.", E, new[] { "DECOM", "DOB" }, ctx =>
            ctx.EpisodesSorted(E, "DECOM").Select(l => l[0]).Where(r => r.GetDate("DECOM") is { } d && ctx.First(H, r.ChildId)?.GetDate("DOB") is { } b && d < b)),
        Row(K, "304", "Date unaccompanied asylum-seeking child (UASC) status ceased must be on or before the 18th birthday of a child.", Ssda903Schema.Uasc, new[] { "DUC" },
            (r, _) => r.GetDate("DUC") is { } d && r.GetDate("DOB") is { } b && d > b.PlusYears(18)),
        Row(K, "333", "Date should be placed for adoption must be on or prior to the date of matching child with adopter(s).", Ssda903Schema.AD1, new[] { "DATE_INT" },
            (r, _) => r.GetDate("DATE_INT") is { } i && r.GetDate("DATE_MATCH") is { } m && i > m),
        Row(K, "356", "The date the episode ceased is before the date the same episode started.", E, new[] { "DECOM" },
            (r, _) => r.GetDate("DEC") is { } e && r.GetDate("DECOM") is { } s && e < s),
        Group(K, "357", "If this is the first episode ever for this child, reason for new episode must be S. ", E, new[] { "RNE" }, ctx =>
            ctx.EpisodesSorted(E, "DECOM").Select(l => l[0]).Where(r => r.GetDate("DECOM") is { } d && ctx.Year.Contains(d) && r["RNE"] is not null && r["RNE"] != "S")),
        Row(K, "361", "Police protection legal status lasted longer than maximum 72 hours allowed ", E, new[] { "DECOM", "LS", "DEC" },
            (r, _) => r["LS"] == "L1" && r.GetDate("DECOM") is { } s && r.GetDate("DEC") is { } e && Period.DaysBetween(s, e) > 3),
        Row(K, "362", "Emergency protection order (EPO) lasted longer than 21 days", E, new[] { "DECOM", "LS", "DEC" },
            (r, _) => r["LS"] == "L2" && r.GetDate("DECOM") is { } s && r.GetDate("DEC") is { } e && Period.DaysBetween(s, e) > 21),
        Row(K, "365", "Any individual short- term respite placement must not exceed 17 days.", E, new[] { "LS", "DECOM", "DEC" },
            (r, _) => r["LS"] == "V3" && r.GetDate("DECOM") is { } s && r.GetDate("DEC") is { } e && Period.DaysBetween(s, e) > 17),
        Row(K, "386", "Reason episode ceased is adopted but child has reached age 18.", E, new[] { "REC" },
            (r, c) => r["REC"] is "E11" or "E12" && r.GetDate("DEC") is { } e && c.First(H, r.ChildId)?.GetDate("DOB") is { } b && e >= b.PlusYears(18)),
        Group(K, "388", "Reason episode ceased is coded new episode begins, but there is no continuation episode.", E, new[] { "REC" }, ctx =>
            ctx.EpisodesSorted(E, "DECOM").SelectMany(l => l.Where(r => r["REC"] == "X1" && r.GetDate("DEC") is { } e && !l.Any(o => o.GetDate("DECOM") == e)))),
        Group(K, "431", "The reason for new episode is started to be looked after, but the previous episode ended on the same day.", E, new[] { "RNE", "DECOM" }, ctx =>
            ctx.EpisodesSorted(E, "DECOM").SelectMany(l => l.Skip(1).Where((r, i) => r["RNE"] == "S" && r.GetDate("DECOM") is { } d && l[i].GetDate("DEC") == d))),
        Group(K, "433", "The reason for new episode suggests that this is a continuation episode, but the episode does not start on the same day as the last episode finished.", E, new[] { "RNE", "DECOM" }, ctx =>
            ctx.EpisodesSorted(E, "DECOM").SelectMany(l => l.Skip(1).Where((r, i) => r["RNE"] is "P" or "B" or "T" or "U" or "L" && r.GetDate("DECOM") is { } d && l[i].GetDate("DEC") is { } prevEnd && prevEnd != d))),
        Row(K, "442", "Unique Pupil Number (UPN) field is not completed.", H, new[] { "UPN" }, (r, _) => r["UPN"] is null),
        Row(K, "1004", "The start date of the missing episode or episode that the child was away from placement without authorisation is not a valid date.", Ssda903Schema.Missing, new[] { "MIS_START" },
            (r, _) => r.GetDate("MIS_START") is null),
        Row(K, "1005", "The end date of the missing episode or episode that the child was away from placement without authorisation is not a valid date.", Ssda903Schema.Missing, new[] { "MIS_END" },
            (r, _) => BadDate(r, "MIS_END")),
    };
}
