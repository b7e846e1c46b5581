using OutcomesFramework.Returns.Derivation;
using Xunit;

namespace OutcomesFramework.Returns.Tests.Derivation;

/// <summary>The CIN indicators on a census written for the test (2024/25), each count worked out beside it.</summary>
public sealed class CinDerivationTest
{
    private static string Child(string id, string details) =>
        "<Child><ChildIdentifiers><LAchildID>" + id + "</LAchildID><PersonBirthDate>2015-01-01</PersonBirthDate><Sex>M</Sex></ChildIdentifiers>"
        + "<ChildCharacteristics><Ethnicity>WBRI</Ethnicity></ChildCharacteristics>" + details + "</Child>";

    internal static readonly string Census = TestData.CinMessage(
        // C1: referred 1 May 2024 (closed 1 Jun) and again 15 Jan 2025: a re-referral within 12 months.
        // Assessment Wed 15 Jan -> Thu 20 Mar 2025: 9 weeks (45) + 1 = 46 working days, not within 45.
        Child("C1",
            "<CINdetails><CINreferralDate>2024-05-01</CINreferralDate><ReferralSource>1A</ReferralSource><PrimaryNeedCode>N1</PrimaryNeedCode><CINclosureDate>2024-06-01</CINclosureDate><ReasonForClosure>RC1</ReasonForClosure><ReferralNFA>0</ReferralNFA></CINdetails>"
            + "<CINdetails><CINreferralDate>2025-01-15</CINreferralDate><ReferralSource>1A</ReferralSource><PrimaryNeedCode>N1</PrimaryNeedCode><ReferralNFA>0</ReferralNFA>"
            + "<Assessments><AssessmentActualStartDate>2025-01-15</AssessmentActualStartDate><AssessmentAuthorisationDate>2025-03-20</AssessmentAuthorisationDate><FactorsIdentifiedAtAssessment><AssessmentFactors>2A</AssessmentFactors></FactorsIdentifiedAtAssessment></Assessments></CINdetails>"),
        // C2: referred 1 Dec 2023 (more than 12 months before 10 Dec 2024: not a re-referral) and 10 Dec 2024.
        // Assessment Tue 10 Dec 2024 -> Wed 12 Feb 2025: 46 weekdays less 25, 26 Dec and 1 Jan = 43, within 45.
        // S47 10 Dec 2024 -> ICPC 2 Jan 2025: 17 weekdays less 3 holidays = 14, within 15. A second plan from 2 Jan 2025.
        Child("C2",
            "<CINdetails><CINreferralDate>2023-12-01</CINreferralDate><ReferralSource>1A</ReferralSource><CINclosureDate>2024-02-01</CINclosureDate><ReasonForClosure>RC1</ReasonForClosure><ReferralNFA>0</ReferralNFA></CINdetails>"
            + "<CINdetails><CINreferralDate>2024-12-10</CINreferralDate><ReferralSource>1A</ReferralSource><PrimaryNeedCode>N1</PrimaryNeedCode><ReferralNFA>0</ReferralNFA>"
            + "<Assessments><AssessmentActualStartDate>2024-12-10</AssessmentActualStartDate><AssessmentAuthorisationDate>2025-02-12</AssessmentAuthorisationDate><FactorsIdentifiedAtAssessment><AssessmentFactors>2A</AssessmentFactors></FactorsIdentifiedAtAssessment></Assessments>"
            + "<Section47><S47ActualStartDate>2024-12-10</S47ActualStartDate><DateOfInitialCPC>2025-01-02</DateOfInitialCPC><ICPCnotRequired>false</ICPCnotRequired></Section47>"
            + "<ChildProtectionPlans><CPPstartDate>2025-01-02</CPPstartDate><InitialCategoryOfAbuse>NEG</InitialCategoryOfAbuse><LatestCategoryOfAbuse>NEG</LatestCategoryOfAbuse><NumberOfPreviousCPP>1</NumberOfPreviousCPP></ChildProtectionPlans></CINdetails>"),
        // C3: on a plan since 1 Jun 2022 (two years or more at 31 Mar 2025). S47 Mon 3 Feb -> ICPC Tue 25 Feb 2025: 16 working days.
        Child("C3",
            "<CINdetails><CINreferralDate>2022-01-01</CINreferralDate><ReferralSource>1A</ReferralSource><PrimaryNeedCode>N1</PrimaryNeedCode><ReferralNFA>0</ReferralNFA>"
            + "<Section47><S47ActualStartDate>2025-02-03</S47ActualStartDate><DateOfInitialCPC>2025-02-25</DateOfInitialCPC></Section47>"
            + "<ChildProtectionPlans><CPPstartDate>2022-06-01</CPPstartDate><InitialCategoryOfAbuse>NEG</InitialCategoryOfAbuse><LatestCategoryOfAbuse>NEG</LatestCategoryOfAbuse><NumberOfPreviousCPP>0</NumberOfPreviousCPP></ChildProtectionPlans></CINdetails>"),
        // C4: a referral with no further action: a referral, but not a child in need at 31 March.
        Child("C4",
            "<CINdetails><CINreferralDate>2025-03-01</CINreferralDate><ReferralSource>1A</ReferralSource><CINclosureDate>2025-03-01</CINclosureDate><ReasonForClosure>RC8</ReasonForClosure><ReferralNFA>1</ReferralNFA></CINdetails>"));

    private static readonly DerivationResult Result = ReturnsDeriver.Derive(null, TestData.CinXml(2025, Census), new DerivationOptions(10000));

    [Fact]
    public void ReferralsAndReReferrals()
    {
        Assert.Equal(new[] { "C1", "C1", "C2", "C4" }, Result.ChildLevel("referrals").Numerator);
        Assert.Equal(new[] { "C1" }, Result.ChildLevel("rereferrals").Numerator);
        Assert.Equal(25.0, Result.Find("rereferrals")!.Value);
    }

    [Fact]
    public void AssessmentsWithin45WorkingDaysCountBankHolidays()
    {
        Assert.Equal(new[] { "C2" }, Result.ChildLevel("assessments-45-working-days").Numerator);
        Assert.Equal(new[] { "C1", "C2" }, Result.ChildLevel("assessments-45-working-days").Denominator);
        Assert.Equal(50.0, Result.Find("assessments-45-working-days")!.Value);
    }

    [Fact]
    public void ConferencesWithin15WorkingDays()
    {
        Assert.Equal(new[] { "C2" }, Result.ChildLevel("s47-icpc-15-working-days").Numerator);
        Assert.Equal(new[] { "C2", "C3" }, Result.ChildLevel("s47-icpc-15-working-days").Denominator);
    }

    [Fact]
    public void ChildProtectionPlans()
    {
        Assert.Equal(new[] { "C2" }, Result.ChildLevel("cpp-subsequent").Numerator);
        Assert.Equal(new[] { "C2" }, Result.ChildLevel("cpp-subsequent").Denominator);
        Assert.Equal(new[] { "C3" }, Result.ChildLevel("cpp-two-years-or-more").Numerator);
        Assert.Equal(new[] { "C2", "C3" }, Result.ChildLevel("cpp-two-years-or-more").Denominator);
        Assert.Equal(2.0, Result.Find("cpp-rate")!.Value); // 2 plans per 10,000 of a population of 10,000
        Assert.Equal(new[] { "C2", "C3" }, Result.ChildLevel("cpp-rate").Numerator); // the two children on a plan at 31 March
    }

    [Fact]
    public void ChildrenInNeedAt31March()
    {
        // Open on 31 March and not NFA: C1 (15 Jan 2025), C2 (10 Dec 2024), C3 (2022); C4 was NFA and closed.
        Assert.Equal(new[] { "C1", "C2", "C3" }, Result.ChildLevel("cin-rate").Numerator);
        Assert.Equal(3.0, Result.Find("cin-rate")!.Value);
    }

    [Fact]
    public void TheLiiaToolsCensusDerivesWithoutError()
    {
        // cin-2022.xml: one child, every module, deliberately odd dates (2021/22 collection).
        var cin = new Cin.CinCensusReader(new CollectionYear(2022)).ReadFile(TestData.Fixture("cin_census/liia_tools_cin-2022.xml"));
        var r = ReturnsDeriver.Derive(null, cin);
        Assert.Equal(8, r.Indicators.Length);
    }
}
