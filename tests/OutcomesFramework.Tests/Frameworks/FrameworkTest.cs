using System;
using System.Linq;
using OutcomesFramework.Frameworks;
using OutcomesFramework.Indicators;
using OutcomesFramework.Outcomes;
using OutcomesFramework.Periods;
using OutcomesFramework.Tests.Indicators;
using Xunit;

namespace OutcomesFramework.Tests.Frameworks;

public sealed class FrameworkTest
{
    [Fact]
    public void Constructor_Valid_IndexesIndicatorsAndOutcomes()
    {
        var f = new Framework("test", "Test", "1", EveryChildMatters.Outcomes, new[] { IndicatorTest.Make() });
        Assert.Same(f.Indicators[0], f.FindIndicator("re-referrals"));
        Assert.Equal("Stay safe", f.FindOutcome("SS")!.Name);
        Assert.Single(f.IndicatorsOf("SS"));
        Assert.Empty(f.IndicatorsOf("BH"));
    }

    [Fact]
    public void Constructor_OutcomesMissingOrOutOfOrder_Throws()
    {
        var ex = Assert.Throws<FrameworkValidationException>(() =>
            new Framework("t", "T", "1", EveryChildMatters.Outcomes.Reverse(), Array.Empty<Indicator>()));
        Assert.Equal("outcomes", Assert.Single(ex.Problems).Path);
    }

    [Fact]
    public void Constructor_EveryProblem_IsReportedAtOnce()
    {
        var dangling = new Indicator("x", "X", "SS", new[] { "BH1" }, MeasureKind.Proportion, Polarity.HigherIsBetter, "%", PeriodKind.YearEnding31March)
            .WithDecimalPlaces(0).WithSource(IndicatorTest.Source());
        var ex = Assert.Throws<FrameworkValidationException>(() =>
            new Framework("t", "T", "1", EveryChildMatters.Outcomes, new[] { IndicatorTest.Make(), IndicatorTest.Make(), dangling }));
        Assert.Equal(new[] { "indicators[1].id", "indicators[2].aims[0]" }, ex.Problems.Select(p => p.Path));
        Assert.Contains("2 problems", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_UnknownOutcome_IsAProblem()
    {
        var indicator = new Indicator("y", "Y", "XX", new[] { "XX1" }, MeasureKind.Rate, Polarity.LowerIsBetter, "", PeriodKind.YearEnding31March).WithDecimalPlaces(0);
        var problems = Framework.Validate(EveryChildMatters.Outcomes, new[] { indicator });
        Assert.Equal("indicators[0].outcome", Assert.Single(problems).Path);
    }

    [Fact]
    public void Equality_IsByValue()
    {
        var a = new Framework("t", "T", "1", EveryChildMatters.Outcomes, new[] { IndicatorTest.Make() });
        var b = new Framework("t", "T", "1", EveryChildMatters.Outcomes, new[] { IndicatorTest.Make() });
        Assert.Equal(a, b);
        Assert.NotEqual(a, b.WithIndicators(new[] { IndicatorTest.Make().WithWeight(2) }));
    }
}
