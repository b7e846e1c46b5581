using System;
using System.Linq;
using System.Text;
using FsCheck.Xunit;
using OutcomesFramework.Assurance;
using Xunit;
using static OutcomesFramework.Tests.Assurance.AssuranceTestData;

namespace OutcomesFramework.Tests.Assurance;

public sealed class RuleSetJsonTest
{
    private const string Header = "{\n  \"formatVersion\": 1,\n  \"id\": \"la-rules\",\n  \"version\": \"2025.1\",\n  \"rules\": [\n";
    private const string Footer = "\n  ]\n}\n";

    /// <summary>A document whose rule lines start on line 6.</summary>
    private static string Doc(params string[] rules) => Header + string.Join(",\n", rules) + Footer;

    private static DocumentProblem Single(string json, bool withFramework = true)
    {
        var ex = Assert.Throws<RuleSetValidationException>(() => RuleSetJson.Read(json, withFramework ? Framework : null));
        return Assert.Single(ex.Problems);
    }

    [Fact]
    public void Read_ValidDocument_BuildsEveryKind()
    {
        var set = RuleSetJson.Read(Doc(
            "{\"id\": \"t\", \"kind\": \"threshold\", \"severity\": \"concern\", \"indicator\": \"rereferrals\", \"red\": 25, \"amber\": 22, \"amberSeverity\": \"advisory\"}",
            "{\"id\": \"g\", \"kind\": \"benchmarkGap\", \"severity\": \"information\", \"outcomes\": [\"SS\"], \"benchmark\": \"worseThanNeighbours\", \"margin\": 10, \"marginUnit\": \"percent\"}",
            "{\"id\": \"d\", \"kind\": \"deterioration\", \"severity\": \"advisory\", \"roles\": [\"outcome\"], \"test\": \"consecutivePeriods\", \"periods\": 3}",
            "{\"id\": \"s\", \"kind\": \"spcConcern\", \"severity\": \"advisory\", \"profile\": \"nhse\", \"minimumPoints\": 8}",
            "{\"id\": \"a\", \"kind\": \"spcAssurance\", \"severity\": \"advisory\", \"indicators\": [\"ks2-rwm\"], \"targetSource\": \"value\", \"target\": 60}",
            "{\"id\": \"q\", \"kind\": \"dataQuality\", \"severity\": \"information\", \"check\": \"stale\", \"maxAgeYears\": 2}",
            "{\"id\": \"w\", \"kind\": \"workforcePressure\", \"severity\": \"advisory\", \"measures\": [{\"indicator\": \"sw-turnover\", \"threshold\": 18}]}",
            "{\"id\": \"i\", \"kind\": \"inspection\", \"severity\": \"serious\", \"check\": \"latestJudgement\", \"judgement\": \"overallEffectiveness\", \"atOrWorseThan\": \"inadequate\"}",
            "{\"id\": \"b\", \"kind\": \"basket\", \"severity\": \"concern\", \"signals\": [{\"rule\": \"g\", \"minimumFindings\": 2}, {\"rule\": \"d\", \"outcome\": \"SS\"}], \"minimumSignals\": 2, \"minimumOutcomes\": 1}",
            "{\"id\": \"m\", \"kind\": \"logisticScore\", \"severity\": \"advisory\", \"target\": \"requires improvement\", \"raiseAt\": 0.5, \"intercept\": -0.4, "
            + "\"terms\": [{\"feature\": \"sw-turnover\", \"coefficient\": 0.3, \"mean\": 16, \"sd\": 4}], \"covariance\": [[0.04, 0], [0, 0.01]], "
            + "\"fit\": {\"method\": \"ridge\", \"penalty\": 30, \"cases\": 268, \"positives\": 106, \"from\": \"2018-01-29\", \"to\": \"2025-03-24\", \"source\": \"test\"}}"),
            Framework);
        Assert.Equal(RuleKinds.All, set.Rules.Select(r => r.Kind));
        var m = Assert.IsType<LogisticScoreRule>(set.Rules[9]);
        Assert.Equal((0.0, 1.0), (m.CalibrationIntercept, m.CalibrationSlope)); // defaults
        var t = Assert.IsType<ThresholdRule>(set.Rules[0]);
        Assert.Equal((25.0, 22.0, Severity.Advisory), (t.Red, t.Amber!.Value, t.AmberSeverity!.Value));
        Assert.Equal(SpcProfile.NhsEngland, Assert.IsType<SpcConcernRule>(set.Rules[3]).Profile);
        Assert.Equal(1, Assert.IsType<SpcConcernRule>(set.Rules[3]).LastPoints); // default
        Assert.Null(set.ExtendsVersion);
    }

    [Fact]
    public void Read_UnknownProperty_IsAProblemWithPathAndLine()
    {
        var p = Single(Doc("{\"id\": \"t\", \"kind\": \"threshold\", \"severity\": \"concern\", \"indicator\": \"rereferrals\", \"red\": 25, \"colour\": \"red\"}"));
        Assert.Equal("$.rules[0].colour", p.Path);
        Assert.Equal(6, p.Line);
        Assert.StartsWith("Unknown property 'colour'", p.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_UnknownKind_IsAProblem()
    {
        var p = Single(Doc("{\"id\": \"x\", \"kind\": \"expression\", \"severity\": \"concern\", \"code\": \"System.IO.File.Delete(...)\"}"));
        Assert.Equal("$.rules[0].kind", p.Path);
        Assert.Contains("Unknown value 'expression'", p.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_WrongType_IsAProblem()
    {
        var p = Single(Doc("{\"id\": \"t\", \"kind\": \"threshold\", \"severity\": \"concern\", \"indicator\": \"rereferrals\", \"red\": \"25\"}"));
        Assert.Equal("$.rules[0].red", p.Path);
        Assert.Equal("Expected a number, found a string.", p.Message);
    }

    [Fact]
    public void Read_DanglingIndicator_IsAProblemWhenAFrameworkIsGiven()
    {
        var json = Doc("{\"id\": \"g\", \"kind\": \"benchmarkGap\", \"severity\": \"information\", \"indicators\": [\"rereferrals\", \"no-such\"], \"benchmark\": \"bottomQuartile\"}");
        var p = Single(json);
        Assert.Equal("$.rules[0].indicators[1]", p.Path);
        Assert.Equal(6, p.Line);
        Assert.Contains("Unknown indicator 'no-such'", p.Message, StringComparison.Ordinal);
        Assert.Single(RuleSetJson.Read(json).Rules); // without a framework, ids are not checked
    }

    [Fact]
    public void Read_DanglingOutcome_IsAProblem()
    {
        var p = Single(Doc("{\"id\": \"g\", \"kind\": \"benchmarkGap\", \"severity\": \"information\", \"outcomes\": [\"SS\", \"XX\"], \"benchmark\": \"bottomQuartile\"}"));
        Assert.Equal("$.rules[0].outcomes[1]", p.Path);
        Assert.StartsWith("Unknown outcome 'XX'", p.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_MissingRequiredProperty_IsAProblem()
    {
        var p = Single(Doc("{\"id\": \"t\", \"kind\": \"threshold\", \"severity\": \"concern\", \"indicator\": \"rereferrals\"}"));
        Assert.Equal("$.rules[0].red", p.Path);
        Assert.Equal("Required property 'red' is missing.", p.Message);
    }

    [Fact]
    public void Read_PropertyThatDoesNotApplyToTheCheck_IsAProblem()
    {
        var p = Single(Doc("{\"id\": \"q\", \"kind\": \"dataQuality\", \"severity\": \"information\", \"check\": \"suppressed\", \"maxAgeYears\": 2}"));
        Assert.Equal("$.rules[0].maxAgeYears", p.Path);
        Assert.Equal("Property 'maxAgeYears' does not apply to check 'suppressed'.", p.Message);
    }

    [Fact]
    public void Read_ValueTheRuleRefuses_IsAProblemAtItsProperty()
    {
        // The amber severity must be below the red one.
        var p = Single(Doc("{\"id\": \"t\", \"kind\": \"threshold\", \"severity\": \"advisory\", \"indicator\": \"rereferrals\", \"red\": 25, \"amber\": 22, \"amberSeverity\": \"serious\"}"));
        Assert.Equal("$.rules[0].amberSeverity", p.Path);
        Assert.Contains("must be below the red severity", p.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_PolarityProblemAgainstTheFramework_IsAProblem()
    {
        var p = Single(Doc("{\"id\": \"t\", \"kind\": \"threshold\", \"severity\": \"concern\", \"indicator\": \"cla-rate\", \"red\": 100}"));
        Assert.Equal("$.rules[0].direction", p.Path);
    }

    [Fact]
    public void Read_BasketNamingAMissingRule_IsAProblem()
    {
        var p = Single(Doc("{\"id\": \"b\", \"kind\": \"basket\", \"severity\": \"concern\", \"signals\": [{\"rule\": \"nope\"}], \"minimumSignals\": 1}"));
        Assert.Equal("$.rules[0].signals[0].rule", p.Path);
        Assert.Equal(6, p.Line);
    }

    [Fact]
    public void Read_DuplicateRuleId_IsAProblem()
    {
        var rule = "{\"id\": \"q\", \"kind\": \"dataQuality\", \"severity\": \"information\", \"check\": \"suppressed\"}";
        var p = Single(Doc(rule, rule));
        Assert.Equal("$.rules[1].id", p.Path);
        Assert.Equal(7, p.Line);
    }

    [Fact]
    public void Read_NullDuplicateKeyAndBadSyntax_AreProblems()
    {
        Assert.Equal("$.rules[0].title", Single(Doc("{\"id\": \"q\", \"kind\": \"dataQuality\", \"severity\": \"information\", \"title\": null, \"check\": \"suppressed\"}")).Path);
        Assert.Contains("more than once", Single(Doc("{\"id\": \"q\", \"id\": \"r\", \"kind\": \"dataQuality\", \"severity\": \"information\", \"check\": \"suppressed\"}")).Message, StringComparison.Ordinal);
        Assert.Throws<RuleSetValidationException>(() => RuleSetJson.Read("{\"formatVersion\": 1,"));
    }

    [Fact]
    public void Read_UnsupportedFormatVersion_IsAProblem() =>
        Assert.Equal("$.formatVersion", Single("{\"formatVersion\": 2, \"id\": \"r\", \"version\": \"1\", \"rules\": []}").Path);

    [Fact]
    public void Read_EveryProblemAtOnce_InDocumentOrder()
    {
        var ex = Assert.Throws<RuleSetValidationException>(() => RuleSetJson.Read(Doc(
            "{\"id\": \"t\", \"kind\": \"threshold\", \"severity\": \"urgent\", \"indicator\": \"rereferrals\", \"red\": 25}",
            "{\"id\": \"x\", \"kind\": \"magic\", \"severity\": \"concern\"}",
            "{\"id\": \"g\", \"kind\": \"benchmarkGap\", \"severity\": \"information\", \"indicators\": [\"nope\"], \"benchmark\": \"bottomQuartile\"}"), Framework));
        Assert.Equal(new[] { "$.rules[0].severity", "$.rules[1].kind" }, ex.Problems.Take(2).Select(p => p.Path));
        Assert.Equal(new long?[] { 6, 7 }, ex.Problems.Take(2).Select(p => p.Line));
        Assert.Equal(3, ex.Problems.Length);
        Assert.Contains("3 problems", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Extends_AddChangeRemove_AppliesToTheBase()
    {
        var base2024 = RuleSetJson.Read(Doc(
            "{\"id\": \"a\", \"kind\": \"dataQuality\", \"severity\": \"information\", \"check\": \"suppressed\"}",
            "{\"id\": \"b\", \"kind\": \"dataQuality\", \"severity\": \"information\", \"check\": \"missing\"}"), Framework);
        var next = RuleSetJson.Read(
            "{\"formatVersion\": 1, \"id\": \"la-rules\", \"version\": \"2026.1\", \"extends\": \"2025.1\",\n" +
            " \"add\": [{\"id\": \"c\", \"kind\": \"dataQuality\", \"severity\": \"advisory\", \"check\": \"lowReliability\"}],\n" +
            " \"change\": [{\"id\": \"a\", \"kind\": \"dataQuality\", \"severity\": \"advisory\", \"check\": \"suppressed\"}],\n" +
            " \"remove\": [\"b\"]}", Framework, base2024);
        Assert.Equal(new[] { "a", "c" }, next.Rules.Select(r => r.Id));
        Assert.Equal(Severity.Advisory, next.Find("a")!.Severity);
        Assert.Equal("2025.1", next.ExtendsVersion);
        Assert.Equal("2026.1", next.Version);
    }

    [Fact]
    public void Extends_BadReferences_AreProblemsWithLines()
    {
        var base2024 = RuleSetJson.Read(Doc("{\"id\": \"a\", \"kind\": \"dataQuality\", \"severity\": \"information\", \"check\": \"suppressed\"}"));
        var ex = Assert.Throws<RuleSetValidationException>(() => RuleSetJson.Read(
            "{\"formatVersion\": 1, \"id\": \"la-rules\", \"version\": \"2026.1\", \"extends\": \"2025.1\",\n" +
            " \"add\": [{\"id\": \"a\", \"kind\": \"dataQuality\", \"severity\": \"advisory\", \"check\": \"lowReliability\"}],\n" +
            " \"change\": [{\"id\": \"zz\", \"kind\": \"dataQuality\", \"severity\": \"advisory\", \"check\": \"suppressed\"}],\n" +
            " \"remove\": [\"gone\"]}", null, base2024));
        Assert.Equal(new[] { "$.add[0]", "$.change[0]", "$.remove[0]" }, ex.Problems.Select(p => p.Path));
        Assert.Equal(new long?[] { 2, 3, 4 }, ex.Problems.Select(p => p.Line));
    }

    [Fact]
    public void Extends_WithoutOrWithTheWrongBase_IsAProblem()
    {
        const string json = "{\"formatVersion\": 1, \"id\": \"la-rules\", \"version\": \"2026.1\", \"extends\": \"2025.1\", \"remove\": []}";
        Assert.Equal("$.extends", Single(json, false).Path);
        var other = new RuleSet("la-rules", "2024.1", Array.Empty<AssuranceRule>());
        var ex = Assert.Throws<RuleSetValidationException>(() => RuleSetJson.Read(json, null, other));
        Assert.Contains("version 2024.1", Assert.Single(ex.Problems).Message, StringComparison.Ordinal);
        var base2025 = new RuleSet("la-rules", "2025.1", Array.Empty<AssuranceRule>());
        var withRules = Assert.Throws<RuleSetValidationException>(() =>
            RuleSetJson.Read("{\"formatVersion\": 1, \"id\": \"la-rules\", \"version\": \"2026.1\", \"extends\": \"2025.1\", \"rules\": []}", null, base2025));
        Assert.Equal("$.rules", Assert.Single(withRules.Problems).Path);
    }

    [Fact]
    public void ChangesToJson_ReadWithTheBase_GivesTheLaterVersion()
    {
        var a = DataQualityRule.Suppressed("a", Severity.Information, IndicatorSelection.All);
        var b = DataQualityRule.Missing("b", Severity.Information, IndicatorSelection.All);
        var v1 = new RuleSet("la-rules", "1", new AssuranceRule[] { a, b });
        var v2 = v1.Extend("2", new RuleSetChanges(add: new[] { DataQualityRule.LowReliability("c", Severity.Advisory, IndicatorSelection.All) },
            change: new[] { a.WithSeverity(Severity.Advisory) }, remove: new[] { "b" }));
        var json = RuleSetJson.ChangesToJson(v1, v2);
        Assert.Contains("\"extends\": \"1\"", json, StringComparison.Ordinal);
        Assert.Equal(v2, RuleSetJson.Read(json, null, v1));
    }

    [Property(Arbitrary = new[] { typeof(RuleSetArbitraries) }, MaxTest = 300)]
    public bool Write_ThenRead_GivesAnEqualRuleSet(RuleSet set) => RuleSetJson.Read(RuleSetJson.ToJson(set)).Equals(set);

    [Property(Arbitrary = new[] { typeof(RuleSetArbitraries) }, MaxTest = 100)]
    public bool Write_IsDeterministic(RuleSet set) =>
        RuleSetJson.ToUtf8Bytes(set).SequenceEqual(RuleSetJson.ToUtf8Bytes(RuleSetJson.Read(RuleSetJson.ToUtf8Bytes(set))));
}
