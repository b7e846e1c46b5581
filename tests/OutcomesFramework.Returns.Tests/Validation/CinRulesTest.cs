using System.Collections.Immutable;
using System.Linq;
using OutcomesFramework.Returns.Validation;
using Xunit;

namespace OutcomesFramework.Returns.Tests.Validation;

/// <summary>Every CIN rule fails on a census changed in the one way it checks, and passes on a near miss.</summary>
public sealed class CinRulesTest
{
    private const string Details1 =
        "<CINdetails><CINreferralDate>2024-05-01</CINreferralDate><ReferralSource>1A</ReferralSource><PrimaryNeedCode>N1</PrimaryNeedCode><ReferralNFA>0</ReferralNFA>"
        + "<Assessments><AssessmentActualStartDate>2024-05-02</AssessmentActualStartDate><AssessmentAuthorisationDate>2024-06-01</AssessmentAuthorisationDate><FactorsIdentifiedAtAssessment><AssessmentFactors>2A</AssessmentFactors></FactorsIdentifiedAtAssessment></Assessments>"
        + "<Section47><S47ActualStartDate>2024-05-03</S47ActualStartDate><DateOfInitialCPC>2024-05-20</DateOfInitialCPC></Section47>"
        + "<ChildProtectionPlans><CPPstartDate>2024-05-20</CPPstartDate><InitialCategoryOfAbuse>NEG</InitialCategoryOfAbuse><LatestCategoryOfAbuse>NEG</LatestCategoryOfAbuse><NumberOfPreviousCPP>0</NumberOfPreviousCPP><Reviews><CPPreviewDate>2024-08-01</CPPreviewDate></Reviews></ChildProtectionPlans>"
        + "</CINdetails>";

    private const string CleanChild =
        "<Child><ChildIdentifiers><LAchildID>1</LAchildID><UPN>A123</UPN><PersonBirthDate>2015-01-01</PersonBirthDate><Sex>M</Sex></ChildIdentifiers>"
        + "<ChildCharacteristics><Ethnicity>WBRI</Ethnicity></ChildCharacteristics>" + Details1 + "</Child>";

    private const string SecondDetails = "<CINdetails><CINreferralDate>2024-06-01</CINreferralDate><ReferralSource>1A</ReferralSource><PrimaryNeedCode>N1</PrimaryNeedCode><ReferralNFA>0</ReferralNFA></CINdetails>";

    private const string SecondPlan = "<ChildProtectionPlans><CPPstartDate>2024-06-20</CPPstartDate><InitialCategoryOfAbuse>NEG</InitialCategoryOfAbuse><LatestCategoryOfAbuse>NEG</LatestCategoryOfAbuse><NumberOfPreviousCPP>1</NumberOfPreviousCPP></ChildProtectionPlans>";

    /// <summary>The clean census with "find=>replace" changes applied in turn.</summary>
    internal static ReturnData Census(params string[] changes)
    {
        var xml = CleanChild;
        foreach (var c in changes)
        {
            var at = c.IndexOf("=>", System.StringComparison.Ordinal);
            var find = c.Substring(0, at);
            Assert.Contains(find, xml, System.StringComparison.Ordinal);
            xml = xml.Replace(find, c.Substring(at + 2));
        }
        return TestData.CinXml(2025, TestData.CinMessage(xml));
    }

    private static ImmutableArray<ValidationFailure> Run(string code, ReturnData data) =>
        ReturnValidator.Validate(data, ValidationRuleSet.For(ReturnKind.CinCensus, data.Year).Only(new[] { code })).Failures;

    private const string Nfa = "0</ReferralNFA><Assessments>";

    public static TheoryData<string, string[], string[]> Cases => new()
    {
        { "4180", new[] { "<Sex>M<=><Sex>X<" }, new[] { "<Sex>M<=><Sex>U<" } },
        { "8750", new[] { "<PersonBirthDate>2015-01-01</PersonBirthDate>=><ExpectedPersonBirthDate>2025-06-01</ExpectedPersonBirthDate>" }, new[] { "<PersonBirthDate>2015-01-01</PersonBirthDate>=><ExpectedPersonBirthDate>2025-06-01</ExpectedPersonBirthDate>", "<Sex>M<=><Sex>U<" } },
        { "8500", new[] { "<LAchildID>1<=><LAchildID><" }, new[] { "<LAchildID>1<=><LAchildID>2<" } },
        { "8510", new[] { "</Child>=></Child>" + CleanChild }, new[] { "</Child>=></Child>" + CleanChild.Replace("<LAchildID>1<", "<LAchildID>2<") } },
        { "8520", new[] { "2015-01-01=>2025-04-01" }, new[] { "2015-01-01=>2025-03-31" } },
        { "8525Q", new[] { "</Sex>=></Sex><ExpectedPersonBirthDate>2015-01-01</ExpectedPersonBirthDate>" }, new[] { "2015-01-01=>2015-01-02" } },
        { "8535Q", new[] { "</Sex>=></Sex><PersonDeathDate>2014-12-31</PersonDeathDate>" }, new[] { "</Sex>=></Sex><PersonDeathDate>2015-01-01</PersonDeathDate>" } },
        { "8545Q", new[] { "</Sex>=></Sex><PersonDeathDate>2024-03-31</PersonDeathDate>" }, new[] { "</Sex>=></Sex><PersonDeathDate>2024-04-01</PersonDeathDate>" } },
        { "8555Q", new[] { "</Sex>=></Sex><PersonDeathDate>2024-04-30</PersonDeathDate>" }, new[] { "</Sex>=></Sex><PersonDeathDate>2024-05-01</PersonDeathDate>" } },
        { "8590", new[] { "CINdetails>=>Other>" }, new[] { "<UPN>A123<=><UPN>A124<" } },
        { "8600", new[] { "<CINreferralDate>2024-05-01<=><CINreferralDate>2025-04-01<" }, new[] { "<CINreferralDate>2024-05-01<=><CINreferralDate>2025-03-31<" } },
        { "8610", new[] { "<PrimaryNeedCode>N1</PrimaryNeedCode>=>" }, new[] { "<PrimaryNeedCode>N1</PrimaryNeedCode>=>", "<ReferralNFA>0<=><ReferralNFA>1<" } },
        { "8614", new[] { "<AssessmentAuthorisationDate>2024-06-01</AssessmentAuthorisationDate>=>" }, new[] { "<AssessmentAuthorisationDate>2024-06-01</AssessmentAuthorisationDate>=>", "<FactorsIdentifiedAtAssessment><AssessmentFactors>2A</AssessmentFactors></FactorsIdentifiedAtAssessment>=>" } },
        { "8615", new[] { "<S47ActualStartDate>2024-05-03<=><S47ActualStartDate>2024-05-21<" }, new[] { "<S47ActualStartDate>2024-05-03<=><S47ActualStartDate>2024-05-20<" } },
        { "8620", new[] { Nfa + "=>0</ReferralNFA><CINclosureDate>2025-04-01</CINclosureDate><ReasonForClosure>RC1</ReasonForClosure><Assessments>" }, new[] { Nfa + "=>0</ReferralNFA><CINclosureDate>2025-03-31</CINclosureDate><ReasonForClosure>RC1</ReasonForClosure><Assessments>" } },
        { "8640", new[] { Nfa + "=>0</ReferralNFA><CINclosureDate>2025-03-31</CINclosureDate><ReasonForClosure>RC0</ReasonForClosure><Assessments>" }, new[] { Nfa + "=>0</ReferralNFA><CINclosureDate>2025-03-31</CINclosureDate><ReasonForClosure>RC9</ReasonForClosure><Assessments>" } },
        { "8675Q", new[] { "<DateOfInitialCPC>2024-05-20</DateOfInitialCPC></Section47>=></Section47>" }, new[] { "<DateOfInitialCPC>2024-05-20</DateOfInitialCPC></Section47>=><ICPCnotRequired>true</ICPCnotRequired></Section47>" } },
        { "8715", new[] { "<DateOfInitialCPC>2024-05-20</DateOfInitialCPC></Section47>=><DateOfInitialCPC>2024-03-29</DateOfInitialCPC></Section47>" }, new[] { "<DateOfInitialCPC>2024-05-20</DateOfInitialCPC></Section47>=><DateOfInitialCPC>2024-05-21</DateOfInitialCPC></Section47>" } },
        { "8720", new[] { "<CPPstartDate>2024-05-20<=><CPPstartDate>2025-04-01<" }, new[] { "<CPPstartDate>2024-05-20<=><CPPstartDate>2025-03-31<" } },
        { "8730", new[] { "<NumberOfPreviousCPP>0</NumberOfPreviousCPP>=>" }, new[] { "<NumberOfPreviousCPP>0<=><NumberOfPreviousCPP>2<" } },
        { "8810", new[] { Nfa + "=>0</ReferralNFA><ReasonForClosure>RC1</ReasonForClosure><Assessments>" }, new[] { Nfa + "=>0</ReferralNFA><CINclosureDate>2025-03-31</CINclosureDate><ReasonForClosure>RC1</ReasonForClosure><Assessments>" } },
        { "8820", new[] { "</Child>=>" + SecondDetails + "</Child>" }, new[] { "</Child>=>" + SecondDetails + "</Child>", Nfa + "=>0</ReferralNFA><CINclosureDate>2024-05-31</CINclosureDate><ReasonForClosure>RC1</ReasonForClosure><Assessments>" } },
        { "8840", new[] { "</CPPstartDate>=></CPPstartDate><CPPendDate>2024-05-20</CPPendDate>" }, new[] { "</CPPstartDate>=></CPPstartDate><CPPendDate>2024-05-21</CPPendDate>" } },
        { "8841", new[] { "<CPPreviewDate>2024-08-01<=><CPPreviewDate>2024-05-20<" }, new[] { "<CPPreviewDate>2024-08-01<=><CPPreviewDate>2024-05-21<" } },
        { "8842Q", new[] { "<CPPreviewDate>2024-08-01</CPPreviewDate>=><CPPreviewDate></CPPreviewDate>" }, new[] { "<CPPreviewDate>2024-08-01<=><CPPreviewDate>2024-08-02<" } },
        { "8866", new[] { "<ReferralSource>1A<=><ReferralSource>1Z<" }, new[] { "<ReferralSource>1A<=><ReferralSource>10<" } },
        { "8869", new[] { "<AssessmentFactors>2A</AssessmentFactors>=><AssessmentFactors>21</AssessmentFactors><AssessmentFactors>2A</AssessmentFactors>" }, new[] { "<AssessmentFactors>2A<=><AssessmentFactors>21<" } },
        { "8897Q", new[] { "<FactorsIdentifiedAtAssessment><AssessmentFactors>2A</AssessmentFactors></FactorsIdentifiedAtAssessment>=>" }, new[] { "<FactorsIdentifiedAtAssessment><AssessmentFactors>2A</AssessmentFactors></FactorsIdentifiedAtAssessment>=>", "<AssessmentAuthorisationDate>2024-06-01</AssessmentAuthorisationDate>=>" } },
        { "8898", new[] { "<AssessmentFactors>2A</AssessmentFactors>=><AssessmentFactors>2A</AssessmentFactors><AssessmentFactors>2A</AssessmentFactors>" }, new[] { "<AssessmentFactors>2A</AssessmentFactors>=><AssessmentFactors>2A</AssessmentFactors><AssessmentFactors>2B</AssessmentFactors>" } },
        { "8905", new[] { "<InitialCategoryOfAbuse>NEG<=><InitialCategoryOfAbuse>XXX<" }, new[] { "<InitialCategoryOfAbuse>NEG<=><InitialCategoryOfAbuse>MUL<" } },
        { "8910", new[] { "<LatestCategoryOfAbuse>NEG<=><LatestCategoryOfAbuse>XXX<" }, new[] { "<LatestCategoryOfAbuse>NEG<=><LatestCategoryOfAbuse>EMO<" } },
        { "8915", new[] { "</Sex>=></Sex><PersonDeathDate>2024-05-19</PersonDeathDate>" }, new[] { "</Sex>=></Sex><PersonDeathDate>2024-05-20</PersonDeathDate>" } },
        { "8925", new[] { "</CPPstartDate>=></CPPstartDate><CPPendDate>2024-05-19</CPPendDate>" }, new[] { "</CPPstartDate>=></CPPstartDate><CPPendDate>2024-05-21</CPPendDate>" } },
        { "8935", new[] { "</CINdetails>=>" + SecondPlan + "</CINdetails>" }, new[] { "</CINdetails>=>" + SecondPlan + "</CINdetails>", "</CPPstartDate>=></CPPstartDate><CPPendDate>2024-06-20</CPPendDate>" } },
        { "1103", new[] { "<AssessmentActualStartDate>2024-05-02<=><AssessmentActualStartDate>2024-04-30<" }, new[] { "<AssessmentActualStartDate>2024-05-02<=><AssessmentActualStartDate>2024-05-01<" } },
        { "1104", new[] { Nfa + "=>0</ReferralNFA><DateOfInitialCPC>2024-04-30</DateOfInitialCPC><Assessments>" }, new[] { Nfa + "=>0</ReferralNFA><DateOfInitialCPC>2024-05-01</DateOfInitialCPC><Assessments>" } },
        { "2889", new[] { "<S47ActualStartDate>2024-05-03<=><S47ActualStartDate>2024-04-30<" }, new[] { "<S47ActualStartDate>2024-05-03<=><S47ActualStartDate>2024-05-01<" } },
    };

    [Fact]
    public void TheCleanCensusPassesEveryRule() => Assert.Empty(ReturnValidator.Validate(Census()).Failures);

    [Fact]
    public void EveryRuleHasACase()
    {
        var codes = ValidationRuleSet.For(ReturnKind.CinCensus, new CollectionYear(2025)).Rules.Select(r => r.Code);
        Assert.Equal(codes.OrderBy(c => c, System.StringComparer.Ordinal), Cases.Select(c => c.Data.Item1).OrderBy(c => c, System.StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void FailsThenPasses(string code, string[] failing, string[] passing)
    {
        var failures = Run(code, Census(failing));
        Assert.NotEmpty(failures);
        Assert.All(failures, f => Assert.Equal(code, f.RuleCode));
        Assert.All(failures, f => Assert.StartsWith("Message/Children/Child[", f.Location.XmlPath, System.StringComparison.Ordinal));
        if (code != "8500")
        {
            Assert.All(failures, f => Assert.Equal("1", f.ChildId));
        }
        Assert.Equal(code.EndsWith('Q') ? RuleSeverity.Query : RuleSeverity.Error, failures[0].Severity);
        Assert.Empty(Run(code, Census(passing)));
    }

    [Fact]
    public void SexRulesArriveIn202425()
    {
        Assert.Null(ValidationRuleSet.For(ReturnKind.CinCensus, new CollectionYear(2024)).Find("4180"));
        Assert.NotNull(ValidationRuleSet.For(ReturnKind.CinCensus, new CollectionYear(2025)).Find("4180"));
    }
}
