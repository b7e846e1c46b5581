using System;
using System.Collections.Generic;
using System.Linq;
using NodaTime;
using OutcomesFramework.Returns.Cin;
using static OutcomesFramework.Returns.Validation.RuleHelpers;

// The catalogue is built once per process; its inline arrays are data, not hot-path allocations.
#pragma warning disable CA1861

namespace OutcomesFramework.Returns.Validation;

/// <summary>
/// The DfE's CIN census validation rules the library implements (37 codes); codes (a Q suffix marks a query), messages
/// and affected fields as published by the DfE and in Data to Insight's CIN validator (data-to-insight/csc-validator-be-cin),
/// the checks written for this library. No public source found counts how often each rule fires in councils' returns, so
/// they are not chosen on that: docs/returns.md ("Which rules, and why") gives the public evidence there is, the validator's
/// fixes by rule. Versions: 2022/23 (the base), 2024/25 (Sex coded M, F or U; U for an unborn child).
/// </summary>
internal static class CinRules
{
    private const ReturnKind K = ReturnKind.CinCensus;
    private const string Ids = CinSchema.ChildIdentifiers;
    private const string D = CinSchema.CinDetails;
    private const string A = CinSchema.Assessments;
    private const string S47 = CinSchema.Section47;
    private const string Cpp = CinSchema.ChildProtectionPlans;
    private static readonly string[] Sources = { "1A", "1B", "1C", "1D", "2A", "2B", "3A", "3B", "3C", "3D", "3E", "3F", "4", "5A", "5B", "5C", "5D", "6", "7", "8", "9", "10" };
    private static readonly string[] Abuse = { "NEG", "PHY", "SAB", "EMO", "MUL" };

    public static IReadOnlyList<RuleSetVersion> Versions { get; } = new[]
    {
        new RuleSetVersion(2023, Base()),
        new RuleSetVersion(2025, new[]
        {
            Row(K, "4180", "Sex must be provided and equal M, F, or U", Ids, new[] { "Sex" }, MissingOrNotIn("Sex", "M", "F", "U")),
            Row(K, "8750", "Sex must equal U for an unborn child", Ids, new[] { "Sex", "PersonBirthDate", "ExpectedPersonBirthDate" },
                (r, _) => r["PersonBirthDate"] is null && r["ExpectedPersonBirthDate"] is not null && r["Sex"] != "U"),
        }),
    };

    /// <summary>The CIN details module a record belongs to.</summary>
    private static ReturnRecord? Details(ValidationContext ctx, ReturnRecord r) =>
        r.ChildId is not null && ctx.ByChild(D).TryGetValue(r.ChildId, out var list) ? FirstWith(list, "CINdetailsID", r["CINdetailsID"]) : null;

    /// <summary>The first record whose field equals the value (a plain loop: this runs for every assessment, enquiry and review).</summary>
    private static ReturnRecord? FirstWith(List<ReturnRecord> records, string field, string? value)
    {
        foreach (var record in records)
        {
            if (record[field] == value)
            {
                return record;
            }
        }
        return null;
    }

    private static ValidationRule[] Base() => new[]
    {
        Row(K, "8500", "LA Child ID missing", Ids, new[] { "LAchildID" }, (r, _) => r.ChildId is null),
        Group(K, "8510", "More than one child record with the same LA Child ID", Ids, new[] { "LAchildID" }, ctx =>
            ctx.ByChild(Ids).Values.Where(l => l.Count > 1).SelectMany(l => l)),
        Row(K, "8520", "Date of Birth is after data collection period (must be on or before the end of the census period)", Ids, new[] { "PersonBirthDate", "ReferenceDate" },
            (r, c) => r.GetDate("PersonBirthDate") is { } b && b > c.Year.End),
        Row(K, "8525Q", "Either Date of Birth or Expected Date of Birth must be provided (but not both)", Ids, new[] { "PersonBirthDate", "ExpectedPersonBirthDate" },
            (r, _) => (r["PersonBirthDate"] is null) == (r["ExpectedPersonBirthDate"] is null), RuleSeverity.Query),
        Row(K, "8535Q", "Please check and either amend data or provide a reason: Child’s date of death should not be prior to the date of birth", Ids, new[] { "PersonDeathDate", "PersonBirthDate" },
            (r, _) => r.GetDate("PersonDeathDate") is { } d && r.GetDate("PersonBirthDate") is { } b && d < b, RuleSeverity.Query),
        Row(K, "8545Q", "Please check and either amend data or provide a reason: Child's date of death should be within the census year", Ids, new[] { "PersonDeathDate" },
            (r, c) => r.GetDate("PersonDeathDate") is { } d && !c.Year.Contains(d), RuleSeverity.Query),
        Row(K, "8555Q", "Child cannot be referred after its recorded date of death", D, new[] { "PersonDeathDate", "CINreferralDate" },
            (r, c) => r.GetDate("CINreferralDate") is { } f && c.First(Ids, r.ChildId)?.GetDate("PersonDeathDate") is { } d && f > d, RuleSeverity.Query),
        Group(K, "8590", "Child does not have a recorded CIN episode.", Ids, new[] { "LAchildID" }, ctx =>
            ctx.Table(Ids).Where(r => r.ChildId is not null && !ctx.ByChild(D).ContainsKey(r.ChildId))),
        Row(K, "8600", "Child referral date missing or after data collection period", D, new[] { "CINreferralDate" },
            (r, c) => r.GetDate("CINreferralDate") is not { } f || f > c.Year.End),
        Row(K, "8610", "Primary Need code is missing for a referral which led to further action.", D, new[] { "ReferralNFA", "PrimaryNeedCode" },
            (r, _) => IsFalse(r["ReferralNFA"]) && r["PrimaryNeedCode"] is null),
        Row(K, "8614", "Parental or child factors at assessment should only be present for a completed assessment.", A, new[] { "AssessmentAuthorisationDate", "AssessmentFactors" },
            (r, _) => r["AssessmentAuthorisationDate"] is null && r["AssessmentFactors"] is not null),
        Row(K, "8615", "Section 47 Enquiry Start Date must be present and cannot be later than the date of the initial Child Protection Conference", S47, new[] { "S47ActualStartDate", "DateOfInitialCPC" },
            (r, _) => r.GetDate("S47ActualStartDate") is not { } s || (r.GetDate("DateOfInitialCPC") is { } i && s > i)),
        Row(K, "8620", "CIN Closure Date present and does not fall within the Census year", D, new[] { "CINclosureDate" },
            (r, c) => r.GetDate("CINclosureDate") is { } d && !c.Year.Contains(d)),
        Row(K, "8640", "CIN Reason for closure code invalid (see Reason for Closure table in CIN Census code set)", D, new[] { "ReasonForClosure" },
            NotIn("ReasonForClosure", "RC1", "RC2", "RC3", "RC4", "RC5", "RC6", "RC7", "RC8", "RC9")),
        Row(K, "8675Q", "Please check and either amend data or provide a reason: S47 Enquiry started more than 15 working days before the end of the census year. However, there is no date of Initial Child Protection Conference.", S47,
            new[] { "DateOfInitialCPC", "S47ActualStartDate", "ICPCnotRequired" },
            (r, c) => r.GetDate("S47ActualStartDate") is { } s && c.Calendar.Covers(s) && c.Calendar.Covers(c.Year.End) && c.Calendar.WorkingDaysBetween(s, c.Year.End) > 15
                      && r["DateOfInitialCPC"] is null && !IsTrue(r["ICPCnotRequired"]), RuleSeverity.Query),
        Row(K, "8715", "Date of Initial Child Protection Conference must fall within the census year", S47, new[] { "DateOfInitialCPC", "ReferenceDate" },
            (r, c) => r.GetDate("DateOfInitialCPC") is { } d && !c.Year.Contains(d)),
        Row(K, "8720", "Child Protection Plan Start Date missing or out of data collection period", Cpp, new[] { "CPPstartDate", "ReferenceDate" },
            (r, c) => r.GetDate("CPPstartDate") is not { } s || s > c.Year.End),
        Row(K, "8730", "Total Number of previous Child Protection Plans missing", Cpp, new[] { "NumberOfPreviousCPP" }, (r, _) => r["NumberOfPreviousCPP"] is null),
        Row(K, "8810", "A CIN case cannot have a Reason for Closure without a CIN Closure Date", D, new[] { "ReasonForClosure", "CINclosureDate" },
            (r, _) => r["ReasonForClosure"] is not null && r["CINclosureDate"] is null),
        Group(K, "8820", "The dates on the CIN episodes for this child overlap", D, new[] { "CINreferralDate", "CINclosureDate" }, ctx =>
            ctx.EpisodesSorted(D, "CINreferralDate").SelectMany(l => l.Skip(1).Where((r, i) =>
                r.GetDate("CINreferralDate") is { } start && (l[i].GetDate("CINclosureDate") is not { } prevEnd || prevEnd > start) && l[i].GetDate("CINreferralDate") is not null))),
        Row(K, "8840", "Child Protection Plan cannot start and end on the same day", Cpp, new[] { "CPPstartDate", "CPPendDate" },
            (r, _) => r.GetDate("CPPstartDate") is { } s && r.GetDate("CPPendDate") == s),
        Group(K, "8841", "The review date cannot be on the same day or before the Child protection Plan start date.", CinSchema.Reviews, new[] { "CPPstartDate", "CPPreviewDate" }, ctx =>
            ctx.Table(CinSchema.Reviews).Where(r => r.GetDate("CPPreviewDate") is { } d && r.ChildId is not null && ctx.ByChild(Cpp).TryGetValue(r.ChildId, out var plans)
                && FirstWith(plans, "CPPID", r["CPPID"])?.GetDate("CPPstartDate") is { } s && d <= s)),
        Row(K, "8842Q", "Please check and either amend or provide a reason: Review Record has a missing date", CinSchema.Reviews, new[] { "CPPreviewDate" },
            (r, _) => r["CPPreviewDate"] is null, RuleSeverity.Query),
        Row(K, "8866", "Source of Referral is missing or an invalid code", D, new[] { "CINreferralDate", "ReferralSource" }, MissingOrNotIn("ReferralSource", Sources)),
        Row(K, "8869", "The assessment factors code “21” cannot be used in conjunction with any other assessment factors.", A, new[] { "AssessmentFactors" },
            (r, _) => r["AssessmentFactors"] is { } f && ListOfSeveralHas(f, "21")),
        Row(K, "8897Q", "Parental or child factors at assessment information is missing from a completed assessment", A, new[] { "AssessmentAuthorisationDate", "AssessmentFactors" },
            (r, _) => r["AssessmentAuthorisationDate"] is not null && r["AssessmentFactors"] is null, RuleSeverity.Query),
        Row(K, "8898", " The assessment has more than one parental or child factors with the same code", A, new[] { "AssessmentFactors" },
            (r, _) => r["AssessmentFactors"] is { } f && ListHasDuplicate(f)),
        Row(K, "8905", "Initial Category of Abuse code missing or invalid (see Category of Abuse table in CIN Census code set)", Cpp, new[] { "InitialCategoryOfAbuse" }, MissingOrNotIn("InitialCategoryOfAbuse", Abuse)),
        Row(K, "8910", "Latest Category of Abuse code missing or invalid (see Category of Abuse table in CIN Census code set)", Cpp, new[] { "LatestCategoryOfAbuse" }, MissingOrNotIn("LatestCategoryOfAbuse", Abuse)),
        Row(K, "8915", "Child Protection Plan shown as starting after the child’s Date of Death", Cpp, new[] { "CPPstartDate", "PersonDeathDate" },
            (r, c) => r.GetDate("CPPstartDate") is { } s && c.First(Ids, r.ChildId)?.GetDate("PersonDeathDate") is { } d && s > d),
        Row(K, "8925", "Child Protection Plan End Date earlier than Start Date", Cpp, new[] { "CPPstartDate", "CPPendDate" },
            (r, _) => r.GetDate("CPPstartDate") is { } s && r.GetDate("CPPendDate") is { } e && e < s),
        Group(K, "8935", "This child is showing more than one open Child Protection plan, i.e. with no End Date", Cpp, new[] { "CPPendDate" }, ctx =>
            ctx.ByChild(Cpp).Values.Where(l => l.Count(p => p["CPPendDate"] is null) > 1).SelectMany(l => l.Where(p => p["CPPendDate"] is null))),
        Row(K, "1103", "The assessment start date cannot be before the referral date", A, new[] { "AssessmentActualStartDate", "CINreferralDate" },
            (r, c) => r.GetDate("AssessmentActualStartDate") is { } s && Details(c, r)?.GetDate("CINreferralDate") is { } f && s < f),
        Row(K, "1104", "The date of the initial child protection conference cannot be before the referral date", D, new[] { "CINreferralDate", "DateOfInitialCPC" },
            (r, _) => r.GetDate("DateOfInitialCPC") is { } i && r.GetDate("CINreferralDate") is { } f && i < f),
        Row(K, "2889", "The S47 start date cannot be before the referral date.", S47, new[] { "S47ActualStartDate", "CINreferralDate" },
            (r, c) => r.GetDate("S47ActualStartDate") is { } s && Details(c, r)?.GetDate("CINreferralDate") is { } f && s < f),
    };
}
