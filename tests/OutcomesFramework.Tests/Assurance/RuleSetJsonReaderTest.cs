using System;
using System.Linq;
using OutcomesFramework.Assurance;
using OutcomesFramework.Indicators;
using Xunit;
using static OutcomesFramework.Tests.Assurance.AssuranceTestData;

namespace OutcomesFramework.Tests.Assurance;

/// <summary>
/// The reader's error reports, one rule kind at a time: the exact message, the JSON path and the line of each problem,
/// that a problem stops the rule being built (no second, derived problem and no escaping exception), and the defaults
/// and bounds of the optional properties.
/// </summary>
public sealed class RuleSetJsonReaderTest
{
    private const string Header = "{\n  \"formatVersion\": 1,\n  \"id\": \"la-rules\",\n  \"version\": \"2025.1\",\n  \"rules\": [\n";
    private const string Footer = "\n  ]\n}\n";

    /// <summary>A document whose rule lines start on line 6 (one rule a line).</summary>
    private static string Doc(params string[] rules) => Header + string.Join(",\n", rules) + Footer;

    private static DocumentProblem[] Problems(string json, bool withFramework = false, RuleSet? baseSet = null) =>
        Assert.Throws<RuleSetValidationException>(() => RuleSetJson.Read(json, withFramework ? Framework : null, baseSet)).Problems.ToArray();

    /// <summary>Reads a document of one rule (on line 6) and returns its only problem.</summary>
    private static DocumentProblem One(string rule, bool withFramework = false) => Assert.Single(Problems(Doc(rule), withFramework));

    private static void AssertProblem(DocumentProblem p, string path, long line, string message)
    {
        Assert.Equal(path, p.Path);
        Assert.Equal(line, p.Line);
        Assert.Equal(message, p.Message);
    }

    private static RuleSet BaseAB() => new("la-rules", "2025.1", new AssuranceRule[]
    {
        DataQualityRule.Suppressed("a", Severity.Information, IndicatorSelection.All),
        DataQualityRule.Missing("b", Severity.Information, IndicatorSelection.All),
    });

    // ---- the document: base sets and extensions ----

    [Fact]
    public void Base_WithAddOrRemove_IsToldToUseExtends()
    {
        var problems = Problems("{\n  \"formatVersion\": 1,\n  \"id\": \"la-rules\",\n  \"version\": \"1\",\n  \"rules\": [],\n  \"add\": [],\n  \"remove\": []\n}");
        Assert.Equal(2, problems.Length);
        AssertProblem(problems[0], "$.add", 6, "'add' is used only by a rule set that extends another (give 'extends'); a base rule set lists its 'rules'.");
        AssertProblem(problems[1], "$.remove", 7, "'remove' is used only by a rule set that extends another (give 'extends'); a base rule set lists its 'rules'.");
    }

    [Fact]
    public void Base_WithoutRules_IsAProblemAtRules() =>
        AssertProblem(Assert.Single(Problems("{\"formatVersion\": 1, \"id\": \"la-rules\", \"version\": \"1\"}")), "$.rules", 1, "Required property 'rules' is missing.");

    /// <summary>A problem in the document stops the structural checks, so a repeated id is not reported on top of it.</summary>
    [Fact]
    public void Base_UnsupportedFormat_StopsBeforeTheStructuralChecks()
    {
        var rule = "{\"id\": \"q\", \"kind\": \"dataQuality\", \"severity\": \"information\", \"check\": \"suppressed\"}";
        var json = Doc(rule, rule).Replace("\"formatVersion\": 1", "\"formatVersion\": 2", StringComparison.Ordinal);
        AssertProblem(Assert.Single(Problems(json)), "$.formatVersion", 2, "Unsupported format version 2; this library reads version 1.");
    }

    [Fact]
    public void Extends_Null_IsOneProblem() =>
        AssertProblem(Assert.Single(Problems("{\"formatVersion\": 1, \"id\": \"la-rules\", \"version\": \"2\", \"extends\": null, \"remove\": []}")),
            "$.extends", 1, "'extends' must not be null; leave an optional property out instead.");

    [Fact]
    public void Extends_WithoutABase_SaysWhichSetToReadFirst() =>
        AssertProblem(Assert.Single(Problems("{\"formatVersion\": 1, \"id\": \"la-rules\", \"version\": \"2026.1\",\n \"extends\": \"2025.1\", \"remove\": []}")),
            "$.extends", 2, "This rule set extends la-rules 2025.1; read that rule set first and give it as the base.");

    /// <summary>With an invalid id, only the id is reported (not a missing base naming a null id).</summary>
    [Fact]
    public void Extends_WithABadIdAndNoBase_ReportsOnlyTheId()
    {
        var p = Assert.Single(Problems("{\"formatVersion\": 1, \"id\": \"\", \"version\": \"2026.1\", \"extends\": \"2025.1\", \"remove\": []}"));
        Assert.Equal("$.id", p.Path);
    }

    [Fact]
    public void Extends_ABaseOfAnotherId_IsAProblemAtId() =>
        AssertProblem(Assert.Single(Problems("{\"formatVersion\": 1,\n \"id\": \"la-rules\", \"version\": \"2026.1\", \"extends\": \"2025.1\", \"remove\": []}",
                baseSet: new RuleSet("other-rules", "2025.1", Array.Empty<AssuranceRule>()))),
            "$.id", 2, "This rule set is 'la-rules' but the base given is 'other-rules'; a rule set extends an earlier version of itself.");

    [Fact]
    public void Extends_ABaseOfAnotherVersion_IsAProblemAtExtends() =>
        AssertProblem(Assert.Single(Problems("{\"formatVersion\": 1, \"id\": \"la-rules\", \"version\": \"2026.1\",\n\n \"extends\": \"2025.1\", \"remove\": []}",
                baseSet: new RuleSet("la-rules", "2024.1", Array.Empty<AssuranceRule>()))),
            "$.extends", 3, "This rule set extends version 2025.1 but the base given is version 2024.1.");

    /// <summary>The same version as the base is one problem at 'version' (not an ArgumentException from Extend).</summary>
    [Fact]
    public void Extends_ItsOwnVersion_IsAProblemAtVersion() =>
        AssertProblem(Assert.Single(Problems("{\"formatVersion\": 1, \"id\": \"la-rules\",\n \"version\": \"2025.1\", \"extends\": \"2025.1\", \"remove\": []}", baseSet: BaseAB())),
            "$.version", 2, "The version must differ from the version it extends (2025.1).");

    [Fact]
    public void Extends_AnIdTwiceInTheChanges_IsAProblemAtTheRoot() =>
        AssertProblem(Assert.Single(Problems(
                "{\"formatVersion\": 1, \"id\": \"la-rules\", \"version\": \"2026.1\", \"extends\": \"2025.1\",\n"
                + " \"add\": [{\"id\": \"c\", \"kind\": \"dataQuality\", \"severity\": \"advisory\", \"check\": \"missing\"}],\n"
                + " \"remove\": [\"c\"]}", baseSet: BaseAB())),
            "$", 1, "Rule 'c' appears twice in the changes.");

    /// <summary>A problem of the result as a whole is reported at the root, naming the path in the result.</summary>
    [Fact]
    public void Extends_RemovingARuleABasketNeeds_IsAProblemOfTheResult()
    {
        var basket = new BasketRule("basket", Severity.Concern, new[] { new BasketSignal("a"), new BasketSignal("b") }, 2);
        var baseSet = new RuleSet("la-rules", "2025.1", new AssuranceRule[]
        {
            DataQualityRule.Suppressed("a", Severity.Information, IndicatorSelection.All),
            DataQualityRule.Missing("b", Severity.Information, IndicatorSelection.All),
            basket,
        });
        // Removing a leaves [b, basket]: the basket is rules[1] and its first signal names a.
        AssertProblem(Assert.Single(Problems("{\"formatVersion\": 1, \"id\": \"la-rules\", \"version\": \"2026.1\", \"extends\": \"2025.1\",\n \"remove\": [\"a\"]}", baseSet: baseSet)),
            "$", 1, "In the extended rule set, $.rules[1].signals[0].rule: Basket 'basket' names rule 'a', which is not in the rule set.");
    }

    /// <summary>'add' and 'change' are optional in an extension: absent means none.</summary>
    [Fact]
    public void Extends_WithOnlyRemove_Reads()
    {
        var next = RuleSetJson.Read("{\"formatVersion\": 1, \"id\": \"la-rules\", \"version\": \"2026.1\", \"extends\": \"2025.1\", \"remove\": [\"b\"]}", null, BaseAB());
        Assert.Equal(new[] { "a" }, next.Rules.Select(r => r.Id));
        Assert.Equal("2025.1", next.ExtendsVersion);
    }

    // ---- every rule ----

    [Fact]
    public void Rule_NotAnObject_IsOneProblem() => AssertProblem(One("1"), "$.rules[0]", 6, "Expected an object, found a number.");

    [Fact]
    public void Rule_WithoutKind_ListsTheKinds() =>
        AssertProblem(One("{\"id\": \"t\", \"severity\": \"concern\"}"), "$.rules[0].kind", 6,
            "Required property 'kind' is missing; expected one of: threshold, benchmarkGap, deterioration, spcConcern, spcAssurance, dataQuality, workforcePressure, inspection, basket, logisticScore.");

    // ---- selections ----

    private const string Gap = "{\"id\": \"g\", \"kind\": \"benchmarkGap\", \"severity\": \"information\", \"benchmark\": \"bottomQuartile\"";

    [Fact]
    public void Selection_DuplicateIndicator_IsAProblemAtIndicators() =>
        AssertProblem(One(Gap + ", \"indicators\": [\"rereferrals\", \"rereferrals\"]}"), "$.rules[0].indicators", 6, "An indicator is listed twice.");

    [Fact]
    public void Selection_DuplicateOutcome_IsAProblemAtOutcomes() =>
        AssertProblem(One(Gap + ", \"outcomes\": [\"SS\", \"SS\"]}"), "$.rules[0].outcomes", 6, "An outcome is listed twice.");

    /// <summary>A list that failed to read stops the selection being built, so the duplicate outcome is not reported too.</summary>
    [Fact]
    public void Selection_ABadList_StopsTheSelection()
    {
        var p = One(Gap + ", \"indicators\": [\"bad id!\"], \"outcomes\": [\"SS\", \"SS\"]}");
        Assert.Equal("$.rules[0].indicators[0]", p.Path);
        Assert.StartsWith("'bad id!' is not a valid id", p.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Selection_OutcomeNotAString_IsOneProblem() =>
        AssertProblem(One(Gap + ", \"outcomes\": [1]}"), "$.rules[0].outcomes[0]", 6, "Expected a string, found a number.");

    [Fact]
    public void Selection_UnknownOutcome_ListsTheOutcomes() =>
        AssertProblem(One(Gap + ", \"outcomes\": [\"XX\"]}"), "$.rules[0].outcomes[0]", 6, "Unknown outcome 'XX'; expected one of: BH, SS, EA, PC, EW.");

    [Fact]
    public void Selection_UnknownRole_ListsTheRoles() =>
        AssertProblem(One(Gap + ", \"roles\": [\"outcome\", \"nope\"]}"), "$.rules[0].roles[1]", 6, "Unknown value 'nope'; expected one of: outcome, context, enabler.");

    [Fact]
    public void Selection_RolesRead()
    {
        var set = RuleSetJson.Read(Doc(Gap + ", \"roles\": [\"context\", \"enabler\"]}"));
        Assert.Equal(new[] { IndicatorRole.Context, IndicatorRole.Enabler }, Assert.IsType<BenchmarkGapRule>(set.Rules[0]).Selection.Roles.ToArray());
    }

    [Fact]
    public void Selection_UnknownIndicator_NamesTheFramework() =>
        AssertProblem(One(Gap + ", \"indicators\": [\"no-such\"]}", withFramework: true), "$.rules[0].indicators[0]", 6,
            "Unknown indicator 'no-such': the framework 'test' has no such indicator.");

    // ---- benchmarkGap ----

    [Fact]
    public void BenchmarkGap_WorseThanNeighboursWithoutMargin_IsOneProblem() =>
        AssertProblem(One("{\"id\": \"g\", \"kind\": \"benchmarkGap\", \"severity\": \"information\", \"benchmark\": \"worseThanNeighbours\", \"marginUnit\": \"percent\"}"),
            "$.rules[0].margin", 6, "Required property 'margin' is missing.");

    [Fact]
    public void BenchmarkGap_NegativeMargin_IsAProblemAtMargin()
    {
        var p = One("{\"id\": \"g\", \"kind\": \"benchmarkGap\", \"severity\": \"information\", \"benchmark\": \"worseThanNeighbours\", \"margin\": -1, \"marginUnit\": \"percent\"}");
        Assert.Equal(("$.rules[0].margin", (long?)6), (p.Path, p.Line));
    }

    [Fact]
    public void BenchmarkGap_MarginOnBottomQuartile_DoesNotApply() =>
        AssertProblem(One(Gap + ", \"margin\": 5}"), "$.rules[0].margin", 6, "Property 'margin' does not apply to benchmark 'bottomQuartile'.");

    [Fact]
    public void BenchmarkGap_MarginUnitOnSignificantlyWorse_DoesNotApply() =>
        AssertProblem(One("{\"id\": \"g\", \"kind\": \"benchmarkGap\", \"severity\": \"information\", \"benchmark\": \"significantlyWorseThanEngland\", \"marginUnit\": \"absolute\"}"),
            "$.rules[0].marginUnit", 6, "Property 'marginUnit' does not apply to benchmark 'significantlyWorseThanEngland'.");

    /// <summary>An unknown benchmark is one problem: margin is then not judged against it.</summary>
    [Fact]
    public void BenchmarkGap_UnknownBenchmarkWithMargin_IsOneProblem() =>
        AssertProblem(One("{\"id\": \"g\", \"kind\": \"benchmarkGap\", \"severity\": \"information\", \"benchmark\": \"best\", \"margin\": 5}"),
            "$.rules[0].benchmark", 6, "Unknown value 'best'; expected one of: significantlyWorseThanEngland, bottomQuartile, worseThanNeighbours.");

    [Fact]
    public void BenchmarkGap_SignificantlyWorse_Reads() =>
        Assert.Equal(BenchmarkGap.SignificantlyWorseThanEngland,
            Assert.IsType<BenchmarkGapRule>(RuleSetJson.Read(Doc("{\"id\": \"g\", \"kind\": \"benchmarkGap\", \"severity\": \"information\", \"benchmark\": \"significantlyWorseThanEngland\"}")).Rules[0]).Benchmark);

    // ---- deterioration ----

    private const string Det = "{\"id\": \"d\", \"kind\": \"deterioration\", \"severity\": \"advisory\"";

    [Theory]
    [InlineData(0)]
    [InlineData(21)]
    public void Deterioration_PeriodsOutside1To20_IsOneProblem(int periods) =>
        AssertProblem(One(Det + ", \"test\": \"consecutivePeriods\", \"periods\": " + periods + "}"), "$.rules[0].periods", 6,
            "Expected a whole number from 1 to 20, found " + periods + ".");

    [Theory]
    [InlineData(1)]
    [InlineData(20)]
    public void Deterioration_PeriodsAtTheBounds_Read(int periods) =>
        Assert.Equal(periods, Assert.IsType<DeteriorationRule>(RuleSetJson.Read(Doc(Det + ", \"test\": \"consecutivePeriods\", \"periods\": " + periods + "}")).Rules[0]).Periods);

    [Fact]
    public void Deterioration_ConsecutiveWithABadSelection_IsOneProblem() =>
        Assert.Equal("$.rules[0].outcomes[0]", One(Det + ", \"outcomes\": [\"XX\"], \"test\": \"consecutivePeriods\", \"periods\": 2}").Path);

    [Fact]
    public void Deterioration_PeriodsOnTrend_DoesNotApply() =>
        AssertProblem(One(Det + ", \"test\": \"significantTrend\", \"periods\": 3}"), "$.rules[0].periods", 6, "Property 'periods' does not apply to test 'significantTrend'.");

    [Fact]
    public void Deterioration_UnknownTestWithPeriods_IsOneProblem() =>
        AssertProblem(One(Det + ", \"test\": \"flat\", \"periods\": 3}"), "$.rules[0].test", 6, "Unknown value 'flat'; expected one of: consecutivePeriods, significantTrend.");

    [Fact]
    public void Deterioration_TrendWithABadSelection_IsOneProblem() =>
        AssertProblem(One(Det + ", \"outcomes\": [\"XX\"], \"test\": \"significantTrend\"}"), "$.rules[0].outcomes[0]", 6, "Unknown outcome 'XX'; expected one of: BH, SS, EA, PC, EW.");

    // ---- spcConcern ----

    private const string Spc = "{\"id\": \"s\", \"kind\": \"spcConcern\", \"severity\": \"advisory\"";

    [Theory]
    [InlineData(", \"minimumPoints\": 1", "minimumPoints", "Expected a whole number from 2 to 1000, found 1.")]
    [InlineData(", \"minimumPoints\": 1001", "minimumPoints", "Expected a whole number from 2 to 1000, found 1001.")]
    [InlineData(", \"lastPoints\": 0", "lastPoints", "Expected a whole number from 1 to 20, found 0.")]
    [InlineData(", \"lastPoints\": 21", "lastPoints", "Expected a whole number from 1 to 20, found 21.")]
    public void SpcConcern_CountsOutOfRange_AreOneProblem(string property, string name, string message) =>
        AssertProblem(One(Spc + property + "}"), "$.rules[0]." + name, 6, message);

    [Fact]
    public void SpcConcern_Defaults_AreNhsr13And1()
    {
        var s = Assert.IsType<SpcConcernRule>(RuleSetJson.Read(Doc(Spc + "}")).Rules[0]);
        Assert.Equal((SpcProfile.NhsrPlotTheDots, 13, 1), (s.Profile, s.MinimumPoints, s.LastPoints));
        var edges = Assert.IsType<SpcConcernRule>(RuleSetJson.Read(Doc(Spc + ", \"minimumPoints\": 2, \"lastPoints\": 20}")).Rules[0]);
        Assert.Equal((2, 20), (edges.MinimumPoints, edges.LastPoints));
    }

    // ---- spcAssurance ----

    private const string Assure = "{\"id\": \"a\", \"kind\": \"spcAssurance\", \"severity\": \"advisory\"";

    [Fact]
    public void SpcAssurance_TargetWithAnotherSource_DoesNotApply() =>
        AssertProblem(One(Assure + ", \"targetSource\": \"england\", \"target\": 60}"), "$.rules[0].target", 6, "Property 'target' does not apply to target source 'england'.");

    [Fact]
    public void SpcAssurance_UnknownSourceWithTarget_IsOneProblem() =>
        AssertProblem(One(Assure + ", \"targetSource\": \"goal\", \"target\": 60}"), "$.rules[0].targetSource", 6, "Unknown value 'goal'; expected one of: value, localTarget, england.");

    [Fact]
    public void SpcAssurance_ValueWithoutTarget_IsOneProblem() =>
        AssertProblem(One(Assure + ", \"indicators\": [\"ks2-rwm\"], \"targetSource\": \"value\"}"), "$.rules[0].target", 6, "Required property 'target' is missing.");

    [Fact]
    public void SpcAssurance_ValueOnTwoIndicators_IsAProblemAtIndicators() =>
        AssertProblem(One(Assure + ", \"indicators\": [\"ks2-rwm\", \"rereferrals\"], \"targetSource\": \"value\", \"target\": 60}"), "$.rules[0].indicators", 6,
            "A target value applies to exactly one named indicator (2 named).");

    [Fact]
    public void SpcAssurance_Defaults_AreNhsrAnd13()
    {
        var a = Assert.IsType<SpcAssuranceRule>(RuleSetJson.Read(Doc(Assure + ", \"targetSource\": \"localTarget\"}")).Rules[0]);
        Assert.Equal((SpcTargetSource.LocalTarget, (double?)null, SpcProfile.NhsrPlotTheDots, 13), (a.TargetSource, a.Target, a.Profile, a.MinimumPoints));
    }

    // ---- dataQuality ----

    private const string Dq = "{\"id\": \"q\", \"kind\": \"dataQuality\", \"severity\": \"information\"";

    [Fact]
    public void DataQuality_RolesOnInsufficientEvidence_DoNotApply() =>
        AssertProblem(One(Dq + ", \"check\": \"insufficientEvidence\", \"roles\": [\"outcome\"]}"), "$.rules[0].roles", 6,
            "Property 'roles' does not apply to check 'insufficientEvidence', which reads outcomes.");

    [Fact]
    public void DataQuality_InsufficientEvidenceWithABadOutcome_IsOneProblem() =>
        AssertProblem(One(Dq + ", \"check\": \"insufficientEvidence\", \"outcomes\": [\"XX\"]}"), "$.rules[0].outcomes[0]", 6, "Unknown outcome 'XX'; expected one of: BH, SS, EA, PC, EW.");

    /// <summary>A repeated outcome is reported at 'outcomes' like any other value the rule refuses, not thrown as an ArgumentException.</summary>
    [Fact]
    public void DataQuality_InsufficientEvidenceWithARepeatedOutcome_IsAProblem() =>
        AssertProblem(One(Dq + ", \"check\": \"insufficientEvidence\", \"outcomes\": [\"SS\", \"SS\"]}"), "$.rules[0].outcomes", 6, "An outcome is listed twice.");

    [Theory]
    [InlineData(-1)]
    [InlineData(51)]
    public void DataQuality_StaleAgeOutside0To50_IsOneProblem(int age) =>
        AssertProblem(One(Dq + ", \"check\": \"stale\", \"maxAgeYears\": " + age + "}"), "$.rules[0].maxAgeYears", 6, "Expected a whole number from 0 to 50, found " + age + ".");

    [Theory]
    [InlineData(0)]
    [InlineData(50)]
    public void DataQuality_StaleAgeAtTheBounds_Reads(int age) =>
        Assert.Equal(age, Assert.IsType<DataQualityRule>(RuleSetJson.Read(Doc(Dq + ", \"check\": \"stale\", \"maxAgeYears\": " + age + "}")).Rules[0]).MaxAgeYears);

    [Fact]
    public void DataQuality_UnknownCheckWithAge_IsOneProblem() =>
        AssertProblem(One(Dq + ", \"check\": \"late\", \"maxAgeYears\": 2}"), "$.rules[0].check", 6,
            "Unknown value 'late'; expected one of: suppressed, missing, lowReliability, stale, insufficientEvidence.");

    [Fact]
    public void DataQuality_SuppressedWithABadRole_IsOneProblem() =>
        AssertProblem(One(Dq + ", \"check\": \"suppressed\", \"roles\": [\"nope\"]}"), "$.rules[0].roles[0]", 6, "Unknown value 'nope'; expected one of: outcome, context, enabler.");

    [Fact]
    public void DataQuality_EachCheck_Reads()
    {
        var set = RuleSetJson.Read(Doc(
            "{\"id\": \"q1\", \"kind\": \"dataQuality\", \"severity\": \"information\", \"check\": \"missing\"}",
            "{\"id\": \"q2\", \"kind\": \"dataQuality\", \"severity\": \"information\", \"check\": \"lowReliability\"}",
            "{\"id\": \"q3\", \"kind\": \"dataQuality\", \"severity\": \"information\", \"check\": \"insufficientEvidence\", \"outcomes\": [\"SS\"]}"));
        Assert.Equal(new[] { DataQualityCheck.Missing, DataQualityCheck.LowReliability, DataQualityCheck.InsufficientEvidence },
            set.Rules.Select(r => Assert.IsType<DataQualityRule>(r).Check));
    }

    // ---- workforcePressure ----

    private const string Wf = "{\"id\": \"w\", \"kind\": \"workforcePressure\", \"severity\": \"advisory\"";

    [Fact]
    public void Workforce_MeasureNotAnObject_IsOneProblem() =>
        AssertProblem(One(Wf + ", \"measures\": [1]}"), "$.rules[0].measures[0]", 6, "Expected an object, found a number.");

    [Fact]
    public void Workforce_MeasureWithoutThreshold_IsOneProblem() =>
        AssertProblem(One(Wf + ", \"measures\": [{\"indicator\": \"sw-turnover\"}]}"), "$.rules[0].measures[0].threshold", 6, "Required property 'threshold' is missing.");

    [Fact]
    public void Workforce_MinimumMeasuresZero_IsOneProblem() =>
        AssertProblem(One(Wf + ", \"measures\": [{\"indicator\": \"sw-turnover\", \"threshold\": 18}], \"minimumMeasures\": 0}"), "$.rules[0].minimumMeasures", 6,
            "Expected a whole number from 1 to 2147483647, found 0.");

    // ---- inspection ----

    private const string Insp = "{\"id\": \"i\", \"kind\": \"inspection\", \"severity\": \"serious\"";

    [Theory]
    [InlineData(", \"check\": \"latestJudgement\", \"judgement\": \"overallEffectiveness\", \"atOrWorseThan\": \"inadequate\", \"activity\": \"graded\"", "activity",
        "Property 'activity' does not apply to check 'latestJudgement'.")]
    [InlineData(", \"check\": \"latestJudgement\", \"judgement\": \"overallEffectiveness\"", "atOrWorseThan", "Required property 'atOrWorseThan' is missing.")]
    [InlineData(", \"check\": \"inspectionCount\", \"activity\": \"graded\", \"withinMonths\": 12, \"minimum\": 1, \"judgement\": \"overallEffectiveness\"", "judgement",
        "Property 'judgement' does not apply to check 'inspectionCount'.")]
    [InlineData(", \"check\": \"inspectionCount\", \"activity\": \"graded\", \"withinMonths\": 0, \"minimum\": 1", "withinMonths", "Expected a whole number from 1 to 600, found 0.")]
    [InlineData(", \"check\": \"inspectionCount\", \"activity\": \"graded\", \"withinMonths\": 12, \"maximum\": 1001", "maximum", "Expected a whole number from 0 to 1000, found 1001.")]
    [InlineData(", \"check\": \"inspectionCount\", \"activity\": \"graded\", \"withinMonths\": 12, \"minimum\": 2, \"maximum\": 1", "maximum", "The maximum (1) is below the minimum.")]
    [InlineData(", \"check\": \"directorTimeInPost\", \"lessThanMonths\": 12, \"activity\": \"graded\"", "activity", "Property 'activity' does not apply to check 'directorTimeInPost'.")]
    [InlineData(", \"check\": \"directorTimeInPost\", \"lessThanMonths\": 601", "lessThanMonths", "Expected a whole number from 1 to 600, found 601.")]
    public void Inspection_Problems_AreOneEach(string properties, string name, string message) =>
        AssertProblem(One(Insp + properties + "}"), "$.rules[0]." + name, 6, message);

    [Fact]
    public void Inspection_CountWithoutMinimumOrMaximum_IsAProblemAtMinimum()
    {
        var p = One(Insp + ", \"check\": \"inspectionCount\", \"activity\": \"graded\", \"withinMonths\": 12}");
        AssertProblem(p, "$.rules[0].minimum", 6, "An inspection count needs a minimum, a maximum or both.");
    }

    // ---- basket ----

    private const string Basket = "{\"id\": \"b\", \"kind\": \"basket\", \"severity\": \"concern\"";

    [Theory]
    [InlineData(", \"signals\": [1], \"minimumSignals\": 1", "signals[0]", "Expected an object, found a number.")]
    [InlineData(", \"signals\": [{\"rule\": \"q\", \"minimumFindings\": 0}], \"minimumSignals\": 1", "signals[0].minimumFindings", "Expected a whole number from 1 to 1000, found 0.")]
    [InlineData(", \"signals\": [{\"rule\": \"q\"}], \"minimumSignals\": 0", "minimumSignals", "Expected a whole number from 1 to 2147483647, found 0.")]
    [InlineData(", \"signals\": [{\"rule\": \"q\"}], \"minimumSignals\": 1, \"minimumOutcomes\": 6", "minimumOutcomes", "Expected a whole number from 0 to 5, found 6.")]
    [InlineData(", \"signals\": [{\"rule\": \"q\", \"outcome\": \"XX\"}], \"minimumSignals\": 1", "signals[0].outcome", "Unknown outcome 'XX'; expected one of: BH, SS, EA, PC, EW.")]
    public void Basket_Problems_AreOneEach(string properties, string name, string message) =>
        AssertProblem(Assert.Single(Problems(Doc("{\"id\": \"q\", \"kind\": \"dataQuality\", \"severity\": \"information\", \"check\": \"suppressed\"}", Basket + properties + "}"))),
            "$.rules[1]." + name, 7, message);

    [Fact]
    public void Basket_SignalDefaults_AreOneFindingAndNoFilter()
    {
        var set = RuleSetJson.Read(Doc("{\"id\": \"q\", \"kind\": \"dataQuality\", \"severity\": \"information\", \"check\": \"suppressed\"}",
            Basket + ", \"signals\": [{\"rule\": \"q\"}, {\"rule\": \"q\", \"indicator\": \"rereferrals\", \"outcome\": \"SS\", \"minimumFindings\": 1000}], \"minimumSignals\": 2}"));
        var b = Assert.IsType<BasketRule>(set.Rules[1]);
        Assert.Equal((1, (string?)null, (string?)null), (b.Signals[0].MinimumFindings, b.Signals[0].OutcomeId, b.Signals[0].IndicatorId));
        Assert.Equal((1000, "SS", "rereferrals"), (b.Signals[1].MinimumFindings, b.Signals[1].OutcomeId, b.Signals[1].IndicatorId));
        Assert.Equal(0, b.MinimumOutcomes);
    }

    // ---- logisticScore ----

    private static string Logistic(string terms = "[{\"feature\": \"sw-turnover\", \"coefficient\": 0.3, \"mean\": 16, \"sd\": 4}]",
        string covariance = "[[0.04, 0], [0, 0.01]]", string extra = "", string from = "\"from\": \"2018-01-29\", ", string raiseAt = "\"raiseAt\": 0.5, ") =>
        "{\"id\": \"m\", \"kind\": \"logisticScore\", \"severity\": \"advisory\", \"target\": \"requires improvement\", " + raiseAt + "\"intercept\": -0.4, "
        + "\"terms\": " + terms + ", \"covariance\": " + covariance + extra + ", "
        + "\"fit\": {\"method\": \"ridge\", \"penalty\": 30, \"cases\": 268, \"positives\": 106, " + from + "\"to\": \"2025-03-24\", \"source\": \"test\"}}";

    [Fact]
    public void Logistic_Baseline_Reads() => Assert.IsType<LogisticScoreRule>(RuleSetJson.Read(Doc(Logistic())).Rules[0]);

    [Fact]
    public void Logistic_TermNotAnObject_IsOneProblem() =>
        AssertProblem(One(Logistic(terms: "[1]")), "$.rules[0].terms[0]", 6, "Expected an object, found a number.");

    [Fact]
    public void Logistic_TermWithoutSd_IsOneProblem() =>
        AssertProblem(One(Logistic(terms: "[{\"feature\": \"sw-turnover\", \"coefficient\": 0.3, \"mean\": 16}]")), "$.rules[0].terms[0].sd", 6, "Required property 'sd' is missing.");

    [Fact]
    public void Logistic_TermWithZeroSd_IsAProblemAtSd() =>
        AssertProblem(One(Logistic(terms: "[{\"feature\": \"sw-turnover\", \"coefficient\": 0.3, \"mean\": 16, \"sd\": 0}]")), "$.rules[0].terms[0].sd", 6,
            "The standard deviation of feature 'sw-turnover' must be a finite number above 0.");

    [Fact]
    public void Logistic_MissingRaiseAt_IsOneProblem() =>
        AssertProblem(One(Logistic(raiseAt: "")), "$.rules[0].raiseAt", 6, "Required property 'raiseAt' is missing.");

    [Fact]
    public void Logistic_ZeroCalibrationSlope_IsAProblemAtCalibration() =>
        AssertProblem(One(Logistic(extra: ", \"calibration\": {\"intercept\": 0.1, \"slope\": 0}")), "$.rules[0].calibration", 6,
            "The calibration slope 0 must be a finite number above 0.");

    [Fact]
    public void Logistic_Calibration_IsRead()
    {
        var m = Assert.IsType<LogisticScoreRule>(RuleSetJson.Read(Doc(Logistic(extra: ", \"calibration\": {\"intercept\": 0.1, \"slope\": 0.9}"))).Rules[0]);
        Assert.Equal((0.1, 0.9), (m.CalibrationIntercept, m.CalibrationSlope));
    }

    [Fact]
    public void Logistic_CovarianceRowNotAnArray_IsOneProblem() =>
        AssertProblem(One(Logistic(covariance: "[5, [0, 0.01]]")), "$.rules[0].covariance[0]", 6, "Expected an array, found a number.");

    [Fact]
    public void Logistic_CovarianceItemNotANumber_IsOneProblem() =>
        AssertProblem(One(Logistic(covariance: "[[0.04, \"0\"], [0, 0.01]]")), "$.rules[0].covariance[0][1]", 6, "Expected a number, found a string.");

    /// <summary>One term: the covariance is (1 + 1) × (1 + 1).</summary>
    [Fact]
    public void Logistic_CovarianceOfTheWrongSize_SaysTheSize() =>
        AssertProblem(One(Logistic(covariance: "[[0.04, 0], [0, 0.01, 0]]")), "$.rules[0].covariance", 6,
            "The covariance must be 2 rows of 2 numbers: one row and column for the intercept and each of the 1 terms.");

    [Fact]
    public void Logistic_FitWithoutFrom_IsOneProblem() =>
        AssertProblem(One(Logistic(from: "")), "$.rules[0].fit.from", 6, "Required property 'from' is missing.");

    [Fact]
    public void Logistic_FitWithABadDate_IsOneProblem() =>
        AssertProblem(One(Logistic(from: "\"from\": \"2018-13-01\", ")), "$.rules[0].fit.from", 6, "'2018-13-01' is not a date in the form yyyy-MM-dd.");

    // ---- where problems found after binding are located ----

    /// <summary>
    /// Structural problems come back as paths and are located in the document: rules[9] and rules[10] (two digits)
    /// are lines 15 and 16, since rule i is on line 6 + i.
    /// </summary>
    [Fact]
    public void Locate_FindsRulesPastIndexNine()
    {
        var rules = Enumerable.Range(0, 11)
            .Select(i => "{\"id\": \"r" + (i == 9 ? 0 : i == 10 ? 1 : i) + "\", \"kind\": \"dataQuality\", \"severity\": \"information\", \"check\": \"suppressed\"}")
            .ToArray();
        var problems = Problems(Doc(rules));
        Assert.Equal(2, problems.Length);
        AssertProblem(problems[0], "$.rules[9].id", 15, "Rule id 'r0' is used twice.");
        AssertProblem(problems[1], "$.rules[10].id", 16, "Rule id 'r1' is used twice.");
    }

    /// <summary>The line is the id's own line, not the line where its rule starts.</summary>
    [Fact]
    public void Locate_GoesDownToTheProperty()
    {
        var rule = "{\"id\": \"q\", \"kind\": \"dataQuality\", \"severity\": \"information\", \"check\": \"suppressed\"}";
        var split = "{\n\"kind\": \"dataQuality\", \"severity\": \"information\",\n\"id\": \"q\", \"check\": \"suppressed\"}";
        // Rule 1 starts on line 7; its id is on line 9.
        AssertProblem(Assert.Single(Problems(Doc(rule, split))), "$.rules[1].id", 9, "Rule id 'q' is used twice.");
    }
}
