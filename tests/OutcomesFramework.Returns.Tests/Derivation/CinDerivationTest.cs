using OutcomesFramework.Returns.Derivation;
using Xunit;

namespace OutcomesFramework.Returns.Tests.Derivation;

/// <summary>The CIN indicators on a census written for the test (2024/25), each count worked out beside it.</summary>
public sealed class CinDerivationTest
{
    // The rest of an open CIN episode after its referral date, and of a plan after its start (a first plan).
    private const string Open = "<ReferralSource>1A</ReferralSource><PrimaryNeedCode>N1</PrimaryNeedCode><ReferralNFA>0</ReferralNFA>";
    private const string Plan = "<InitialCategoryOfAbuse>NEG</InitialCategoryOfAbuse><LatestCategoryOfAbuse>NEG</LatestCategoryOfAbuse><NumberOfPreviousCPP>0</NumberOfPreviousCPP>";

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
        Assert.Equal(2.0, Result.Find("cpp-rate")!.Value); // 2 children on a plan per 10,000 of a population of 10,000
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
    public void RatesAt31MarchCountChildrenNotEpisodesOrPlans()
    {
        var census = TestData.CinMessageFor(2025,
            // D1: two CIN episodes open on 31 March 2025 (referred 1 Jun and 1 Sep 2024, neither closed), each with a
            // plan open on 31 March (from 10 Jun and 10 Sep 2024, no end): one child in need and one child on a plan.
            Child("D1",
                "<CINdetails><CINreferralDate>2024-06-01</CINreferralDate>" + Open
                + "<ChildProtectionPlans><CPPstartDate>2024-06-10</CPPstartDate>" + Plan + "</ChildProtectionPlans></CINdetails>"
                + "<CINdetails><CINreferralDate>2024-09-01</CINreferralDate>" + Open
                + "<ChildProtectionPlans><CPPstartDate>2024-09-10</CPPstartDate>" + Plan + "</ChildProtectionPlans></CINdetails>"),
            // D2: an episode closed 1 Jul 2024 and one open since 10 Jan 2025: one child in need, no plan.
            Child("D2",
                "<CINdetails><CINreferralDate>2024-05-01</CINreferralDate>" + Open + "<CINclosureDate>2024-07-01</CINclosureDate><ReasonForClosure>RC1</ReasonForClosure></CINdetails>"
                + "<CINdetails><CINreferralDate>2025-01-10</CINreferralDate>" + Open + "</CINdetails>"),
            // D3: episode and plan both ended on 31 March 2025 itself: not open on 31 March, counted in neither.
            Child("D3",
                "<CINdetails><CINreferralDate>2024-04-15</CINreferralDate>" + Open + "<CINclosureDate>2025-03-31</CINclosureDate><ReasonForClosure>RC1</ReasonForClosure>"
                + "<ChildProtectionPlans><CPPstartDate>2024-04-20</CPPstartDate><CPPendDate>2025-03-31</CPPendDate>" + Plan + "</ChildProtectionPlans></CINdetails>"));
        var result = ReturnsDeriver.Derive(null, TestData.CinXml(2025, census), new DerivationOptions(10000));
        // Children in need on 31 March: D1 (once, not twice for its two episodes) and D2 = 2 per 10,000 of 10,000.
        Assert.Equal(new[] { "D1", "D2" }, result.ChildLevel("cin-rate").Numerator);
        Assert.Equal(2.0, result.Find("cin-rate")!.Value);
        // Children on a plan on 31 March: D1 alone (once, not twice for its two plans) = 1 per 10,000.
        Assert.Equal(new[] { "D1" }, result.ChildLevel("cpp-rate").Numerator);
        Assert.Equal(1.0, result.Find("cpp-rate")!.Value);
        Assert.Contains("each child counted once", result.Find("cin-rate")!.Definition, System.StringComparison.Ordinal);
        Assert.Contains("each child counted once", result.Find("cpp-rate")!.Definition, System.StringComparison.Ordinal);
    }

    [Fact]
    public void PlansOfTwoYearsOrMoreCountChildrenByTheirEarliestOpenPlan()
    {
        var census = TestData.CinMessageFor(2025,
            // E1: two plans open on 31 March 2025 (one never closed in the system): from 10 Sep 2024 and, listed
            // second, from 1 May 2022, which is on or before 31 March 2023 (two years before): one child, two years or more.
            Child("E1",
                "<CINdetails><CINreferralDate>2024-09-01</CINreferralDate>" + Open
                + "<ChildProtectionPlans><CPPstartDate>2024-09-10</CPPstartDate>" + Plan + "</ChildProtectionPlans></CINdetails>"
                + "<CINdetails><CINreferralDate>2022-04-20</CINreferralDate>" + Open
                + "<ChildProtectionPlans><CPPstartDate>2022-05-01</CPPstartDate>" + Plan + "</ChildProtectionPlans></CINdetails>"),
            // E2: one plan from 1 Apr 2023, a day after 31 March 2023: on a plan at 31 March 2025, under two years.
            Child("E2",
                "<CINdetails><CINreferralDate>2023-03-20</CINreferralDate>" + Open
                + "<ChildProtectionPlans><CPPstartDate>2023-04-01</CPPstartDate>" + Plan + "</ChildProtectionPlans></CINdetails>"));
        var result = ReturnsDeriver.Derive(null, TestData.CinXml(2025, census), new DerivationOptions(10000));
        // Children on a plan: E1 (once, not for each of its plans) and E2; two years or more: E1 alone = 1 of 2 = 50 %.
        // Counted per plan it would be 1 of 3 (33.3 %).
        Assert.Equal(new[] { "E1", "E2" }, result.ChildLevel("cpp-two-years-or-more").Denominator);
        Assert.Equal(new[] { "E1" }, result.ChildLevel("cpp-two-years-or-more").Numerator);
        Assert.Equal(50.0, result.Find("cpp-two-years-or-more")!.Value);
        Assert.Equal(result.ChildLevel("cpp-rate").Numerator, result.ChildLevel("cpp-two-years-or-more").Denominator);
    }

    [Fact]
    public void ConferencesBeyondTheBankHolidayCalendarAreLeftOutWithANoteNotThrown()
    {
        // The calendar covers 2012 to 2027; the 2027/28 collection's conferences run to 31 March 2028.
        const string Open = "<ReferralSource>1A</ReferralSource><PrimaryNeedCode>N1</PrimaryNeedCode><ReferralNFA>0</ReferralNFA>";
        var census = TestData.CinMessageFor(2028,
            // E1: enquiry Tue 1 Jun 2027, conference Tue 15 Jun 2027: 2-4 Jun (3), 7-11 Jun (5), 14-15 Jun (2) = 10
            // working days (no bank holiday between; 31 May is before the start), within 15: counted.
            Child("E1", "<CINdetails><CINreferralDate>2027-05-28</CINreferralDate>" + Open
                + "<Section47><S47ActualStartDate>2027-06-01</S47ActualStartDate><DateOfInitialCPC>2027-06-15</DateOfInitialCPC></Section47></CINdetails>"),
            // E2: enquiry 20 Dec 2027 (inside the calendar), conference 5 Jan 2028 (after its last year): left out.
            Child("E2", "<CINdetails><CINreferralDate>2027-12-15</CINreferralDate>" + Open
                + "<Section47><S47ActualStartDate>2027-12-20</S47ActualStartDate><DateOfInitialCPC>2028-01-05</DateOfInitialCPC></Section47></CINdetails>"),
            // E3: enquiry 1 Feb 2028 and conference 10 Feb 2028, both after the calendar: left out.
            Child("E3", "<CINdetails><CINreferralDate>2028-01-25</CINreferralDate>" + Open
                + "<Section47><S47ActualStartDate>2028-02-01</S47ActualStartDate><DateOfInitialCPC>2028-02-10</DateOfInitialCPC></Section47></CINdetails>"));
        var result = ReturnsDeriver.Derive(null, TestData.CinXml(2028, census));
        var icpc = result.Find("s47-icpc-15-working-days")!;
        Assert.Equal(new[] { "E1" }, result.ChildLevel("s47-icpc-15-working-days").Numerator);
        Assert.Equal(new[] { "E1" }, result.ChildLevel("s47-icpc-15-working-days").Denominator);
        Assert.Equal(100.0, icpc.Value);
        Assert.Contains("2 left out: conferences with a date outside the bank-holiday calendar (2012 to 2027)", icpc.Notes);
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
