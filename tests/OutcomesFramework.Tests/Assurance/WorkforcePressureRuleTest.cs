using OutcomesFramework.Assurance;
using Xunit;
using static OutcomesFramework.Tests.Assurance.AssuranceTestData;

namespace OutcomesFramework.Tests.Assurance;

public sealed class WorkforcePressureRuleTest
{
    private static readonly WorkforcePressureRule TwoOfFour = new("workforce", Severity.Advisory, new[]
    {
        new WorkforceMeasure("sw-turnover", 18), new WorkforceMeasure("sw-agency", 20), new WorkforceMeasure("sw-vacancy", 21), new WorkforceMeasure("sw-caseload", 23),
    }, minimumMeasures: 2);

    [Fact]
    public void Evaluate_TwoMeasuresPast_Fires()
    {
        // Turnover 19.5 > 18 and agency 24.1 > 20 are past; vacancy 15 ≤ 21 and caseload 16 ≤ 23 are not: 2 ≥ 2.
        var f = Assert.Single(Run(TwoOfFour, Area(Value(Turnover, 19.5), Value(Agency, 24.1), Value(Vacancy, 15), Value(Caseload, 16))).Findings);
        Assert.Null(f.OutcomeId);
        Assert.Null(f.ExplanationPath);
        Assert.Equal(2, f.Evidence[^1].Number);
        Assert.Contains("2 of 4 workforce measures", f.Message, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_OnlyOnePastOrOnTheThreshold_DoesNotFire()
    {
        // Turnover exactly 18 is not past it; only agency is past.
        Assert.Empty(Run(TwoOfFour, Area(Value(Turnover, 18), Value(Agency, 24.1), Value(Vacancy, 15), Value(Caseload, 16))).Findings);
    }

    [Fact]
    public void Evaluate_MissingMeasure_CountsAsNotPast()
    {
        Assert.Empty(Run(TwoOfFour, Area(Value(Turnover, 30), Series(Agency, 40, null))).Findings);
    }

    [Fact]
    public void Validate_MeasureWithoutPolarity_IsAProblem()
    {
        var set = new RuleSet("t", "1", new[] { new WorkforcePressureRule("w", Severity.Advisory, new[] { new WorkforceMeasure("cla-rate", 1) }) });
        Assert.Equal("$.rules[0].measures[0].indicator", Assert.Single(set.Validate(Framework)).Path);
    }
}
