using System;
using System.Linq;
using OutcomesFramework.Assurance;
using Xunit;
using static OutcomesFramework.Tests.Assurance.AssuranceTestData;

namespace OutcomesFramework.Tests.Assurance;

public sealed class ThresholdRuleTest
{
    private static readonly ThresholdRule RedAmber = new("rereferrals-rag", Severity.Concern, "rereferrals", red: 25, amber: 22, amberSeverity: Severity.Advisory);

    [Fact]
    public void Evaluate_LowerIsBetterPastRed_RaisesRedAtRuleSeverity()
    {
        // Lower is better: 26.0 > red 25 → red.
        var f = Assert.Single(Run(RedAmber, Area(Value(Rereferrals, 26.0))).Findings);
        Assert.Equal(Severity.Concern, f.Severity);
        Assert.Equal("red", f.Evidence[2].Text);
        Assert.Equal("Re-referrals (rereferrals) is 26% in year ending 31 March 2025: above the red threshold of 25%.", f.Message);
    }

    [Fact]
    public void Evaluate_BetweenAmberAndRed_RaisesAmberAtAmberSeverity()
    {
        // 22 < 23.5 ≤ 25 → amber, not red.
        var f = Assert.Single(Run(RedAmber, Area(Value(Rereferrals, 23.5))).Findings);
        Assert.Equal(Severity.Advisory, f.Severity);
        Assert.Equal("amber", f.Evidence[2].Text);
    }

    [Fact]
    public void Evaluate_OnOrInsideAmber_DoesNotFire()
    {
        // A value exactly on the threshold is not past it: 22 is not > 22.
        Assert.Empty(Run(RedAmber, Area(Value(Rereferrals, 22))).Findings);
        Assert.Empty(Run(RedAmber, Area(Value(Rereferrals, 18.3))).Findings);
    }

    [Fact]
    public void Evaluate_HigherIsBetter_FiresBelowThreshold()
    {
        var rule = new ThresholdRule("ks2-floor", Severity.Advisory, "ks2-rwm", red: 40);
        Assert.Single(Run(rule, Area(Value(Ks2, 39))).Findings);   // 39 < 40
        Assert.Empty(Run(rule, Area(Value(Ks2, 41))).Findings);    // 41 ≥ 40
    }

    [Fact]
    public void Evaluate_PercentOfTarget_HigherIsBetter()
    {
        // Target 60%: 51 is 51 / 60 × 100 = 85% of target < red 90 → red; 55 is 91.67% → amber (< 95); 58 is 96.67% → nothing.
        var rule = new ThresholdRule("ks2-target", Severity.Concern, "ks2-rwm", red: 90, amber: 95, amberSeverity: Severity.Advisory,
            basis: ThresholdBasis.PercentOfTarget, target: 60);
        var red = Assert.Single(Run(rule, Area(Value(Ks2, 51))).Findings);
        Assert.Equal(Severity.Concern, red.Severity);
        Assert.Equal(85, red.Evidence[2].Number!.Value, 10);
        Assert.Equal(Severity.Advisory, Assert.Single(Run(rule, Area(Value(Ks2, 55))).Findings).Severity);
        Assert.Empty(Run(rule, Area(Value(Ks2, 58))).Findings);
    }

    [Fact]
    public void Evaluate_PercentOfLocalTarget_UsesTheScorecardsTarget_AndNeedsOne()
    {
        // Lower is better, local target 20: 23 is 115% of target > amber 105, not > red 120 → amber.
        var rule = new ThresholdRule("rereferrals-target", Severity.Concern, "rereferrals", red: 120, amber: 105, amberSeverity: Severity.Advisory,
            basis: ThresholdBasis.PercentOfTarget);
        var f = Assert.Single(Run(rule, Area(Value(Rereferrals, 23, localTarget: 20))).Findings);
        Assert.Equal(Severity.Advisory, f.Severity);
        Assert.Equal(115, f.Evidence[2].Number!.Value, 10);
        Assert.Empty(Run(rule, Area(Value(Rereferrals, 23))).Findings); // no local target, no finding
    }

    [Fact]
    public void Evaluate_ContextMeasureWithExplicitDirection_Fires()
    {
        var rule = new ThresholdRule("cla-high", Severity.Information, "cla-rate", red: 100, direction: ThresholdDirection.Above);
        Assert.Single(Run(rule, Area(Value(ClaRate, 101))).Findings);
        Assert.Empty(Run(rule, Area(Value(ClaRate, 99))).Findings);
    }

    [Fact]
    public void Evaluate_MissingValue_DoesNotFire() =>
        Assert.Empty(Run(RedAmber, Area(Series(Rereferrals, 30, null))).Findings);

    [Fact]
    public void Constructor_AmberOnBadSideForExplicitDirection_Throws() =>
        Assert.Throws<ArgumentException>(() => new ThresholdRule("x", Severity.Concern, "cla-rate", red: 100, amber: 110, amberSeverity: Severity.Advisory, direction: ThresholdDirection.Above));

    [Fact]
    public void Constructor_AmberSeverityNotBelowRed_Throws() =>
        Assert.Throws<ArgumentException>(() => new ThresholdRule("x", Severity.Advisory, "rereferrals", red: 25, amber: 20, amberSeverity: Severity.Concern));

    [Fact]
    public void Validate_PolarityAgainstFramework_ReportsAmberOnBadSideAndNoPolarity()
    {
        var set = new RuleSet("t", "1", new AssuranceRule[]
        {
            new ThresholdRule("wrong-side", Severity.Concern, "rereferrals", red: 20, amber: 25, amberSeverity: Severity.Advisory),
            new ThresholdRule("no-polarity", Severity.Concern, "cla-rate", red: 100),
            new ThresholdRule("dangling", Severity.Concern, "no-such-indicator", red: 1),
        });
        var problems = set.Validate(Framework);
        Assert.Equal(new[] { "$.rules[0].amber", "$.rules[1].direction", "$.rules[2].indicator" }, problems.Select(p => p.Path));
    }
}
