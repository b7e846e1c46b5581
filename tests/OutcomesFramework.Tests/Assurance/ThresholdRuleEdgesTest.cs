using System;
using System.Linq;
using OutcomesFramework.Assurance;
using Xunit;
using static OutcomesFramework.Tests.Assurance.AssuranceTestData;

namespace OutcomesFramework.Tests.Assurance;

/// <summary>Argument checks, equality, validation wording, messages, evidence and threshold edges of <see cref="ThresholdRule"/>.</summary>
public sealed class ThresholdRuleEdgesTest
{
    [Fact]
    public void Constructor_RedNotFinite_Throws()
    {
        Refused.Argument(() => new ThresholdRule("x", Severity.Concern, "rereferrals", red: double.NaN), "red", "The red threshold NaN is not a finite number.");
        Refused.Argument(() => new ThresholdRule("x", Severity.Concern, "rereferrals", red: double.PositiveInfinity), "red", "The red threshold Infinity is not a finite number.");
    }

    [Fact]
    public void Constructor_AmberNotFinite_Throws() =>
        Refused.Argument(() => new ThresholdRule("x", Severity.Concern, "rereferrals", red: 25, amber: double.NaN, amberSeverity: Severity.Advisory),
            "amber", "The amber threshold NaN is not a finite number.");

    [Fact]
    public void Constructor_AmberWithoutSeverity_OrSeverityWithoutAmber_Throws()
    {
        Refused.Argument(() => new ThresholdRule("x", Severity.Concern, "rereferrals", red: 25, amber: 22), "amberSeverity", "An amber threshold and its severity are given together.");
        Refused.Argument(() => new ThresholdRule("x", Severity.Concern, "rereferrals", red: 25, amberSeverity: Severity.Advisory), "amberSeverity", "An amber threshold and its severity are given together.");
    }

    /// <summary>The amber severity must be strictly below red: equal is refused, one below is accepted.</summary>
    [Fact]
    public void Constructor_AmberSeverityEqualToRed_Throws_OneBelowIsAccepted()
    {
        Refused.Argument(() => new ThresholdRule("x", Severity.Concern, "rereferrals", red: 25, amber: 22, amberSeverity: Severity.Concern),
            "amberSeverity", "The amber severity (Concern) must be below the red severity.");
        var ok = new ThresholdRule("x", Severity.Concern, "rereferrals", red: 25, amber: 22, amberSeverity: Severity.Advisory);
        Assert.Equal(Severity.Advisory, ok.AmberSeverity);
    }

    [Fact]
    public void Constructor_UnknownBasisOrDirection_Throws()
    {
        Refused.Argument(() => new ThresholdRule("x", Severity.Concern, "rereferrals", red: 25, basis: (ThresholdBasis)99), "basis", "Unknown basis 99.");
        Refused.Argument(() => new ThresholdRule("x", Severity.Concern, "rereferrals", red: 25, direction: (ThresholdDirection)99), "direction", "Unknown direction 99.");
    }

    [Fact]
    public void Constructor_TargetWithValueBasis_Throws() =>
        Refused.Argument(() => new ThresholdRule("x", Severity.Concern, "rereferrals", red: 25, target: 20), "target", "A target is given only with the basis percentOfTarget.");

    /// <summary>A zero target is finite but still refused (both conditions are needed), and so is a NaN one.</summary>
    [Fact]
    public void Constructor_ZeroOrNaNTarget_Throws()
    {
        Refused.Argument(() => new ThresholdRule("x", Severity.Concern, "rereferrals", red: 120, basis: ThresholdBasis.PercentOfTarget, target: 0),
            "target", "The target 0 must be a finite, non-zero number.");
        Refused.Argument(() => new ThresholdRule("x", Severity.Concern, "rereferrals", red: 120, basis: ThresholdBasis.PercentOfTarget, target: double.NaN),
            "target", "The target NaN must be a finite, non-zero number.");
    }

    [Fact]
    public void Constructor_AmberOnBadSide_MessageSaysWhichSideIsGood()
    {
        // Above is bad: amber 110 > red 100 is on the bad side; it must be at or below red.
        Refused.Argument(() => new ThresholdRule("x", Severity.Concern, "cla-rate", red: 100, amber: 110, amberSeverity: Severity.Advisory, direction: ThresholdDirection.Above),
            "amber", "The amber threshold must be on the good side of the red one (at or below it).");
        // Below is bad: amber 90 < red 100 is on the bad side; it must be at or above red.
        Refused.Argument(() => new ThresholdRule("x", Severity.Concern, "cla-rate", red: 100, amber: 90, amberSeverity: Severity.Advisory, direction: ThresholdDirection.Below),
            "amber", "The amber threshold must be on the good side of the red one (at or above it).");
        // Equal thresholds are in order either way.
        Assert.Equal(100, new ThresholdRule("x", Severity.Concern, "cla-rate", red: 100, amber: 100, amberSeverity: Severity.Advisory, direction: ThresholdDirection.Below).Amber);
    }

    private static ThresholdRule Full(string indicatorId = "rereferrals", double red = 120, double? amber = 105, Severity? amberSeverity = Severity.Advisory,
        ThresholdBasis basis = ThresholdBasis.PercentOfTarget, double? target = 20, ThresholdDirection direction = ThresholdDirection.Above) =>
        new("r", Severity.Concern, indicatorId, red, amber, amberSeverity, basis, target, direction);

    [Fact]
    public void Equals_ComparesEveryParameter()
    {
        var rule = Full();
        Assert.Equal(rule, Full());
        Assert.Equal(rule.GetHashCode(), Full().GetHashCode());
        Assert.NotEqual(rule, Full(indicatorId: "ks2-rwm"));
        Assert.NotEqual(rule, Full(red: 121));
        Assert.NotEqual(rule, Full(amber: 104));
        Assert.NotEqual(rule, Full(amber: null, amberSeverity: null));
        Assert.NotEqual(rule, Full(amberSeverity: Severity.Information));
        Assert.NotEqual(rule, Full(basis: ThresholdBasis.Value, target: null, red: 120, amber: 105));
        Assert.NotEqual(rule, Full(target: 21));
        Assert.NotEqual(rule, Full(target: null));
        Assert.NotEqual(rule, Full(direction: ThresholdDirection.Polarity));
        Assert.Equal(rule, rule.WithTitle(null));
    }

    [Fact]
    public void Validate_Messages_AreExact()
    {
        var set = new RuleSet("t", "1", new AssuranceRule[]
        {
            new ThresholdRule("wrong-side-lower", Severity.Concern, "rereferrals", red: 20, amber: 25, amberSeverity: Severity.Advisory),
            new ThresholdRule("wrong-side-higher", Severity.Concern, "ks2-rwm", red: 40, amber: 35, amberSeverity: Severity.Advisory),
            new ThresholdRule("no-polarity", Severity.Concern, "cla-rate", red: 100),
            new ThresholdRule("dangling", Severity.Concern, "no-such-indicator", red: 1),
            new ThresholdRule("right-side-higher", Severity.Concern, "ks2-rwm", red: 40, amber: 45, amberSeverity: Severity.Advisory),
            new ThresholdRule("equal-higher", Severity.Concern, "ks2-rwm", red: 40, amber: 40, amberSeverity: Severity.Advisory),
        });
        var problems = set.Validate(Framework);
        Assert.Equal(new[] { "$.rules[0].amber", "$.rules[1].amber", "$.rules[2].direction", "$.rules[3].indicator" }, problems.Select(p => p.Path));
        Assert.Equal("The amber threshold must be on the good side of the red one (at or below it: 'rereferrals' is lower is better).", problems[0].Message);
        Assert.Equal("The amber threshold must be on the good side of the red one (at or above it: 'ks2-rwm' is higher is better).", problems[1].Message);
        Assert.Equal("Indicator 'cla-rate' has no polarity, so the rule must say whether above or below the threshold is bad.", problems[2].Message);
        Assert.Equal("Unknown indicator 'no-such-indicator': the framework 'test' has no such indicator.", problems[3].Message);
    }

    /// <summary>Higher is better: the finding says "below", and the value exactly on the threshold is not past it.</summary>
    [Fact]
    public void Evaluate_HigherIsBetter_MessageSaysBelow_AndOnThresholdDoesNotFire()
    {
        var rule = new ThresholdRule("ks2-floor", Severity.Advisory, "ks2-rwm", red: 40);
        var f = Assert.Single(Run(rule, Area(Value(Ks2, 39))).Findings);
        Assert.Equal("KS2 reading, writing and maths (ks2-rwm) is 39% in academic year 2024/25: below the red threshold of 40%.", f.Message);
        Assert.Equal(new[] { "value", "red threshold", "band" }, f.Evidence.Select(v => v.Name));
        Assert.Equal(new double?[] { 39, 40, null }, f.Evidence.Select(v => v.Number));
        Assert.Equal("red", f.Evidence[2].Text);
        Assert.Empty(Run(rule, Area(Value(Ks2, 40))).Findings);        // 40 is not < 40
        Assert.Single(Run(rule, Area(Value(Ks2, 39.9))).Findings);     // 39.9 < 40
    }

    [Fact]
    public void Evaluate_LowerIsBetter_OnRedIsAmber_AmberEvidence()
    {
        // Lower is better, red 25, amber 22: 25 is not > 25 (not red) but 25 > 22 → amber.
        var rule = new ThresholdRule("rereferrals-rag", Severity.Concern, "rereferrals", red: 25, amber: 22, amberSeverity: Severity.Advisory);
        var f = Assert.Single(Run(rule, Area(Value(Rereferrals, 25))).Findings);
        Assert.Equal(Severity.Advisory, f.Severity);
        Assert.Equal("Re-referrals (rereferrals) is 25% in year ending 31 March 2025: above the amber threshold of 22%.", f.Message);
        Assert.Equal(new[] { "value", "amber threshold", "band" }, f.Evidence.Select(v => v.Name));
        Assert.Equal(22, f.Evidence[1].Number);
        Assert.Equal("amber", f.Evidence[2].Text);
        Assert.Equal("SS/rereferrals/Value", f.ExplanationPath);
    }

    /// <summary>An explicit "below" direction on an indicator without polarity fires below and not on or above.</summary>
    [Fact]
    public void Evaluate_ExplicitBelow_OnContextMeasure()
    {
        var rule = new ThresholdRule("cla-low", Severity.Information, "cla-rate", red: 50, direction: ThresholdDirection.Below);
        var f = Assert.Single(Run(rule, Area(Value(ClaRate, 49))).Findings);
        Assert.Equal("Children looked after rate (cla-rate) is 49 per 10,000 children in year ending 31 March 2025: below the red threshold of 50 per 10,000 children.", f.Message);
        Assert.Empty(Run(rule, Area(Value(ClaRate, 50))).Findings);
        Assert.Empty(Run(rule, Area(Value(ClaRate, 51))).Findings);
    }

    [Fact]
    public void Evaluate_PercentOfTarget_MessageAndEvidence()
    {
        // Lower is better, target 20: 23 / 20 × 100 = 115% > amber 105, not > red 120 → amber.
        var rule = new ThresholdRule("rereferrals-target", Severity.Concern, "rereferrals", red: 120, amber: 105, amberSeverity: Severity.Advisory,
            basis: ThresholdBasis.PercentOfTarget, target: 20);
        var f = Assert.Single(Run(rule, Area(Value(Rereferrals, 23))).Findings);
        Assert.Equal("Re-referrals (rereferrals) is 23% in year ending 31 March 2025, 115% of the target 20: above the amber threshold of 105% of target.", f.Message);
        Assert.Equal(new[] { "value", "target", "percent of target", "amber threshold", "band" }, f.Evidence.Select(v => v.Name));
        Assert.Equal(23, f.Evidence[0].Number);
        Assert.Equal(20, f.Evidence[1].Number);
        Assert.Equal(115, f.Evidence[2].Number!.Value, 9);
        Assert.Equal(105, f.Evidence[3].Number);
        Assert.Equal("amber", f.Evidence[4].Text);
        Assert.Equal("SS/rereferrals/Value", f.ExplanationPath);
    }

    [Fact]
    public void Evaluate_PercentOfTarget_HigherIsBetter_RedMessageRoundsPercent()
    {
        // Higher is better, target 60: 50 / 60 × 100 = 83.33…% < red 90.5 → red; the percentage is written to 1 dp (83.3), the threshold to 2 dp.
        var rule = new ThresholdRule("ks2-target", Severity.Concern, "ks2-rwm", red: 90.5, basis: ThresholdBasis.PercentOfTarget, target: 60);
        var f = Assert.Single(Run(rule, Area(Value(Ks2, 50))).Findings);
        Assert.Equal("KS2 reading, writing and maths (ks2-rwm) is 50% in academic year 2024/25, 83.3% of the target 60: below the red threshold of 90.5% of target.", f.Message);
        Assert.Equal("red threshold", f.Evidence[3].Name);
    }

    /// <summary>The rule's own target wins over the scorecard's local target.</summary>
    [Fact]
    public void Evaluate_ExplicitTarget_WinsOverLocalTarget()
    {
        // Explicit 20: 23 is 115% > amber 105 → amber. The local target 25 would give 92% → nothing.
        var rule = new ThresholdRule("rereferrals-target", Severity.Concern, "rereferrals", red: 120, amber: 105, amberSeverity: Severity.Advisory,
            basis: ThresholdBasis.PercentOfTarget, target: 20);
        var f = Assert.Single(Run(rule, Area(Value(Rereferrals, 23, localTarget: 25))).Findings);
        Assert.Equal(20, f.Evidence[1].Number);
    }
}
