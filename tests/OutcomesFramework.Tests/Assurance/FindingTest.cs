using System;
using System.Linq;
using OutcomesFramework.Assurance;
using OutcomesFramework.Periods;
using Xunit;
using static OutcomesFramework.Tests.Assurance.AssuranceTestData;

namespace OutcomesFramework.Tests.Assurance;

/// <summary>The public constructor's checks, equality, hashing, text and explanation path of <see cref="Finding"/>.</summary>
public sealed class FindingTest
{
    private static Finding Make(
        string ruleId = "r1",
        RuleKind kind = RuleKind.Threshold,
        string ruleSetId = "set",
        string ruleSetVersion = "1",
        Severity severity = Severity.Advisory,
        string areaCode = "E06000001",
        string areaName = "Hartlepool",
        string message = "Something is wrong.",
        EvidenceValue[]? evidence = null,
        string? outcomeId = "SS",
        string? indicatorId = "rereferrals",
        ReportingPeriod? period = null,
        string? explanationPath = "SS/rereferrals") =>
        new(ruleId, kind, ruleSetId, ruleSetVersion, severity, areaCode, areaName, message, evidence, outcomeId, indicatorId, period, explanationPath);

    [Fact]
    public void Constructor_KeepsEveryArgument()
    {
        var evidence = new[] { new EvidenceValue("value", 27.4), new EvidenceValue("rule", "Above UCL") };
        var f = Make(kind: RuleKind.SpcConcern, severity: Severity.Concern, evidence: evidence, period: March(2025));
        Assert.Equal("r1", f.RuleId);
        Assert.Equal(RuleKind.SpcConcern, f.Kind);
        Assert.Equal("set", f.RuleSetId);
        Assert.Equal("1", f.RuleSetVersion);
        Assert.Equal(Severity.Concern, f.Severity);
        Assert.Equal("E06000001", f.AreaCode);
        Assert.Equal("Hartlepool", f.AreaName);
        Assert.Equal("Something is wrong.", f.Message);
        Assert.Equal<EvidenceValue>(evidence, f.Evidence.ToArray());
        Assert.Equal("SS", f.OutcomeId);
        Assert.Equal("rereferrals", f.IndicatorId);
        Assert.Equal(March(2025), f.Period);
        Assert.Equal("SS/rereferrals", f.ExplanationPath);
        Assert.Null(f.Risk);
    }

    [Fact]
    public void Constructor_NoEvidence_IsEmptyNotDefault()
    {
        var f = Make(evidence: null);
        Assert.False(f.Evidence.IsDefault);
        Assert.Empty(f.Evidence);
    }

    [Fact]
    public void Constructor_NoIndicator_KeepsNull()
    {
        var f = Make(indicatorId: null, explanationPath: null);
        Assert.Null(f.IndicatorId);
        Assert.Equal("SS", f.OutcomeId);
    }

    /// <summary>A hand-made finding's path is the one given: it is never built from the outcome and indicator.</summary>
    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void Constructor_BlankPath_IsNull(string? path) => Assert.Null(Make(explanationPath: path).ExplanationPath);

    [Fact]
    public void Constructor_UndefinedKind_Throws()
    {
        var ex = Assert.Throws<ArgumentException>(() => Make(kind: (RuleKind)99));
        Assert.Equal("kind", ex.ParamName);
        Assert.StartsWith("Unknown rule kind 99.", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_UndefinedSeverity_Throws()
    {
        var ex = Assert.Throws<ArgumentException>(() => Make(severity: (Severity)9));
        Assert.Equal("severity", ex.ParamName);
        Assert.StartsWith("Unknown severity 9.", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_NotStatutoryOutcome_Throws()
    {
        var ex = Assert.Throws<ArgumentException>(() => Make(outcomeId: "XX", indicatorId: null));
        Assert.Equal("outcomeId", ex.ParamName);
        Assert.StartsWith("'XX' is not a statutory outcome id.", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_IndicatorWithoutOutcome_Throws()
    {
        var ex = Assert.Throws<ArgumentException>(() => Make(outcomeId: null, indicatorId: "rereferrals"));
        Assert.Equal("outcomeId", ex.ParamName);
        Assert.StartsWith("A finding about indicator 'rereferrals' names its outcome too.", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_NoOutcomeNoIndicator_IsAboutTheAuthority()
    {
        var f = Make(outcomeId: null, indicatorId: null, explanationPath: null);
        Assert.Null(f.OutcomeId);
        Assert.Null(f.IndicatorId);
        Assert.Null(f.ExplanationPath);
    }

    [Fact]
    public void Constructor_InvalidIndicatorId_Throws()
    {
        var ex = Assert.Throws<ArgumentException>(() => Make(indicatorId: "not an id!"));
        Assert.Equal("indicatorId", ex.ParamName);
    }

    [Fact]
    public void Constructor_BlankVersion_Throws()
    {
        var ex = Assert.Throws<ArgumentException>(() => Make(ruleSetVersion: " "));
        Assert.Equal("ruleSetVersion", ex.ParamName);
    }

    [Fact]
    public void Equals_SameArguments_AreEqualWithEqualHashes()
    {
        var a = Make(period: March(2025), evidence: new[] { new EvidenceValue("value", 1.5) });
        var b = Make(period: March(2025), evidence: new[] { new EvidenceValue("value", 1.5) });
        Assert.True(a.Equals(b));
        Assert.True(a.Equals((object)b));
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.False(a.Equals(null));
        Assert.False(a.Equals((object?)"a string"));
    }

    /// <summary>Each member on its own makes two findings unequal.</summary>
    [Fact]
    public void Equals_EachMemberMatters()
    {
        var a = Make(period: March(2025), evidence: new[] { new EvidenceValue("value", 1.5) });
        var others = new[]
        {
            Make(ruleId: "r2", period: March(2025), evidence: new[] { new EvidenceValue("value", 1.5) }),
            Make(kind: RuleKind.BenchmarkGap, period: March(2025), evidence: new[] { new EvidenceValue("value", 1.5) }),
            Make(ruleSetId: "other", period: March(2025), evidence: new[] { new EvidenceValue("value", 1.5) }),
            Make(ruleSetVersion: "2", period: March(2025), evidence: new[] { new EvidenceValue("value", 1.5) }),
            Make(severity: Severity.Serious, period: March(2025), evidence: new[] { new EvidenceValue("value", 1.5) }),
            Make(areaCode: "E06000005", period: March(2025), evidence: new[] { new EvidenceValue("value", 1.5) }),
            Make(areaName: "Darlington", period: March(2025), evidence: new[] { new EvidenceValue("value", 1.5) }),
            Make(outcomeId: "EA", period: March(2025), evidence: new[] { new EvidenceValue("value", 1.5) }),
            Make(indicatorId: "ks2-rwm", period: March(2025), evidence: new[] { new EvidenceValue("value", 1.5) }),
            Make(period: March(2024), evidence: new[] { new EvidenceValue("value", 1.5) }),
            Make(message: "Something else.", period: March(2025), evidence: new[] { new EvidenceValue("value", 1.5) }),
            Make(period: March(2025), evidence: new[] { new EvidenceValue("value", 2.5) }),
            Make(period: March(2025), evidence: new[] { new EvidenceValue("value", 1.5) }, explanationPath: "SS"),
        };
        for (var i = 0; i < others.Length; i++)
        {
            Assert.False(a.Equals(others[i]), "member " + i);
            Assert.False(others[i].Equals(a), "member " + i);
        }
    }

    /// <summary>The hash reads the indicator only when there is one (a null indicator hashes as 0, not through the comparer).</summary>
    [Fact]
    public void GetHashCode_WithoutIndicator_DoesNotThrow()
    {
        var a = Make(indicatorId: null, explanationPath: null);
        var b = Make(indicatorId: null, explanationPath: null);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
    }

    [Fact]
    public void ToString_NamesTheIndicatorWhenThereIsOne() =>
        Assert.Equal("advisory r1 E06000001 rereferrals: Something is wrong.", Make().ToString());

    [Fact]
    public void ToString_NamesTheOutcomeWithoutAnIndicator() =>
        Assert.Equal("concern r1 E06000001 SS: Something is wrong.", Make(severity: Severity.Concern, indicatorId: null).ToString());

    [Fact]
    public void ToString_AboutTheAuthority_NamesNoSubject() =>
        Assert.Equal("serious r1 E06000001: Something is wrong.", Make(severity: Severity.Serious, outcomeId: null, indicatorId: null, explanationPath: null).ToString());

    /// <summary>A rule's finding writes its message once and keeps it (the factory is not asked again).</summary>
    [Fact]
    public void Message_OfARulesFinding_IsWrittenOnce()
    {
        var calls = 0;
        var rule = new WorkforcePressureRule("w", Severity.Advisory, new[] { new WorkforceMeasure("sw-turnover", 18) });
        var f = new Finding(rule, "set", "1", Severity.Advisory, Hartlepool, () => "m" + (++calls).ToString(System.Globalization.CultureInfo.InvariantCulture),
            Array.Empty<EvidenceValue>(), "SS", "sw-turnover", null, "Value");
        Assert.Equal("m1", f.Message);
        Assert.Equal("m1", f.Message);
        Assert.Equal(1, calls);
        Assert.Equal("SS/sw-turnover/Value", f.ExplanationPath);
        Assert.Equal("advisory w E06000001 sw-turnover: m1", f.ToString());
    }

    [Fact]
    public void ExplanationPath_OfARulesFindingAboutAnOutcome_IsTheOutcome()
    {
        var rule = new WorkforcePressureRule("w", Severity.Advisory, new[] { new WorkforceMeasure("sw-turnover", 18) });
        var f = new Finding(rule, "set", "1", Severity.Advisory, Hartlepool, () => "m", Array.Empty<EvidenceValue>(), "SS", null, null, null);
        Assert.Equal("SS", f.ExplanationPath);
        var whole = new Finding(rule, "set", "1", Severity.Advisory, Hartlepool, () => "m", Array.Empty<EvidenceValue>(), null, null, null, null);
        Assert.Null(whole.ExplanationPath);
    }
}
