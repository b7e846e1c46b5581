using System.Collections.Generic;
using System.Linq;
using static OutcomesFramework.Returns.TableSchema;

namespace OutcomesFramework.Returns.Cin;

/// <summary>
/// The CIN census modules flattened into tables, one record per module occurrence, keyed as the DfE's CIN validator
/// keys them (LAchildID, then a generated CINdetailsID, AssessmentID or CPPID linking a module to its parent).
/// Year-versioned: GenderCurrent until 2023/24, Sex from 2023/24, the pre-proceedings and family group
/// decision-making block from 2025/26.
/// </summary>
internal static class CinSchema
{
    public const string ChildIdentifiers = "ChildIdentifiers";
    public const string ChildCharacteristics = "ChildCharacteristics";
    public const string Disabilities = "Disabilities";
    public const string CinDetails = "CINdetails";
    public const string Assessments = "Assessments";
    public const string CinPlanDates = "CINplanDates";
    public const string Section47 = "Section47";
    public const string ChildProtectionPlans = "ChildProtectionPlans";
    public const string Reviews = "Reviews";
    public const string PreProceedings = "PreProceedingsandFGDM";

    private static FieldSchema Child => F("LAchildID", FieldKind.Id);

    private static FieldSchema DetailsId => F("CINdetailsID", FieldKind.Text);

    public static IReadOnlyList<TableSchema> All { get; } = new[]
    {
        new TableSchema(ChildIdentifiers, new[] { Child, F("UPN", FieldKind.Text), F("FormerUPN", FieldKind.Text), F("UPNunknown"), F("PersonBirthDate", FieldKind.Date), F("ExpectedPersonBirthDate", FieldKind.Date), F("GenderCurrent", FieldKind.Code, 0, 2024), F("Sex", FieldKind.Code, 2024), F("PersonDeathDate", FieldKind.Date) }),
        new TableSchema(ChildCharacteristics, new[] { Child, F("Ethnicity") }),
        new TableSchema(Disabilities, new[] { Child, F("Disability") }),
        new TableSchema(CinDetails, new[] { Child, DetailsId, F("CINreferralDate", FieldKind.Date), F("ReferralSource"), F("PrimaryNeedCode"), F("CINclosureDate", FieldKind.Date), F("ReasonForClosure"), F("DateOfInitialCPC", FieldKind.Date), F("ReferralNFA", FieldKind.Boolean) }),
        new TableSchema(Assessments, new[] { Child, DetailsId, F("AssessmentID", FieldKind.Text), F("AssessmentActualStartDate", FieldKind.Date), F("AssessmentInternalReviewDate", FieldKind.Date), F("AssessmentAuthorisationDate", FieldKind.Date), F("AssessmentFactors", FieldKind.Text) }),
        new TableSchema(CinPlanDates, new[] { Child, DetailsId, F("CINPlanStartDate", FieldKind.Date), F("CINPlanEndDate", FieldKind.Date) }),
        new TableSchema(Section47, new[] { Child, DetailsId, F("S47ActualStartDate", FieldKind.Date), F("InitialCPCtarget", FieldKind.Date), F("DateOfInitialCPC", FieldKind.Date), F("ICPCnotRequired", FieldKind.Boolean) }),
        new TableSchema(ChildProtectionPlans, new[] { Child, DetailsId, F("CPPID", FieldKind.Text), F("CPPstartDate", FieldKind.Date), F("CPPendDate", FieldKind.Date), F("InitialCategoryOfAbuse"), F("LatestCategoryOfAbuse"), F("NumberOfPreviousCPP", FieldKind.Text) }),
        new TableSchema(Reviews, new[] { Child, DetailsId, F("CPPID", FieldKind.Text), F("CPPreviewDate", FieldKind.Date) }),
        new TableSchema(PreProceedings, new[] { Child, DetailsId, F("PPStartDate", FieldKind.Date), F("LBPSentDate", FieldKind.Date), F("FGDMMeetingOffer"), F("FGDMMeetingFac"), F("InitialPPMeetingDate", FieldKind.Date), F("ReviewMeetingsCount", FieldKind.Text), F("StepDecisionDate", FieldKind.Date), F("PPOutcome"), F("CourtAppDate", FieldKind.Date), F("LetterInitCPDate", FieldKind.Date) }, firstYear: 2026),
    };

    public static TableSchema Get(string name) => All.First(t => t.Name == name);
}
