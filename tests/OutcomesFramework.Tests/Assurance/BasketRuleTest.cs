using System;
using System.Linq;
using OutcomesFramework.Assurance;
using OutcomesFramework.Statistics;
using Xunit;
using static OutcomesFramework.Tests.Assurance.AssuranceTestData;

namespace OutcomesFramework.Tests.Assurance;

public sealed class BasketRuleTest
{
    private static readonly AssuranceRule BottomQuartile = BenchmarkGapRule.BottomQuartile("bottom-quartile", Severity.Information, IndicatorSelection.All);
    private static readonly AssuranceRule Worsening = DeteriorationRule.SignificantTrend("worsening", Severity.Information, IndicatorSelection.All);
    private static readonly AssuranceRule Suppressed = DataQualityRule.Suppressed("suppressed", Severity.Information, IndicatorSelection.All);

    // Signals: bottom quartile on 2+ indicators, a worsening trend, a suppressed figure. N = 2 of M = 3, across K = 2 outcomes.
    private static readonly BasketRule Basket = new("several-signals", Severity.Concern, new[]
    {
        new BasketSignal("bottom-quartile", minimumFindings: 2), new BasketSignal("worsening"), new BasketSignal("suppressed"),
    }, minimumSignals: 2, minimumOutcomes: 2);

    private static AssuranceResult RunBasket(params IndicatorEvidence[] evidence) =>
        Run(new[] { BottomQuartile, Worsening, Suppressed, Basket }, Area(evidence));

    [Fact]
    public void Basket_TwoSignalsAcrossTwoOutcomes_Fires()
    {
        // Bottom quartile on re-referrals (SS) and KS2 (EA): 2 findings ≥ 2 → on. Worsening trend on care leavers (EW) → on.
        // 2 signals ≥ N = 2, spanning SS, EA, EW: 3 outcomes ≥ K = 2.
        var result = RunBasket(
            Value(Rereferrals, 30, band: QuartileBand.D), Value(Ks2, 40, band: QuartileBand.D),
            Value(CareLeaversEet, 40, trend: TrendDirection.DecreasingAndGettingWorse));
        var basket = Assert.Single(result.Findings, f => f.RuleId == "several-signals");
        Assert.Equal(Severity.Concern, basket.Severity);
        Assert.Equal("SS EA EW", basket.Evidence.Single(e => e.Name == "outcomes").Text);
        Assert.Equal(EarlyWarningLevel.Concern, result.Level);
        Assert.Same(basket, Assert.Single(result.RaisedBy));
    }

    [Fact]
    public void Basket_SignalBelowItsMinimumFindings_IsOff()
    {
        // Only one bottom-quartile finding (< 2): that signal is off; the worsening trend alone is 1 < N = 2.
        var result = RunBasket(Value(Rereferrals, 30, band: QuartileBand.D), Value(CareLeaversEet, 40, trend: TrendDirection.DecreasingAndGettingWorse));
        Assert.DoesNotContain(result.Findings, f => f.RuleId == "several-signals");
        Assert.Equal(EarlyWarningLevel.None, result.Level);
    }

    [Fact]
    public void Basket_EnoughSignalsInOneOutcome_DoesNotFire()
    {
        // Two signals on, but every finding behind them is about Stay safe: 1 outcome < K = 2.
        var result = RunBasket(
            Value(Rereferrals, 30, band: QuartileBand.D, trend: TrendDirection.IncreasingAndGettingWorse),
            Value(Turnover, 30, band: QuartileBand.D));
        Assert.Equal(3, result.Findings.Length);
        Assert.DoesNotContain(result.Findings, f => f.RuleId == "several-signals");
    }

    [Fact]
    public void Basket_SignalFilteredByIndicator_CountsOnlyThatIndicator()
    {
        var basket = new BasketRule("rereferrals-pair", Severity.Advisory, new[]
        {
            new BasketSignal("bottom-quartile", indicatorId: "rereferrals"), new BasketSignal("worsening", indicatorId: "rereferrals"),
        }, minimumSignals: 2);
        var rules = new[] { BottomQuartile, Worsening, basket };
        Assert.Single(Run(rules, Area(Value(Rereferrals, 30, band: QuartileBand.D, trend: TrendDirection.IncreasingAndGettingWorse))).Findings, f => f.RuleId == "rereferrals-pair");
        Assert.DoesNotContain(Run(rules, Area(Value(Rereferrals, 30, band: QuartileBand.D), Value(Ks2, 30, trend: TrendDirection.DecreasingAndGettingWorse))).Findings,
            f => f.RuleId == "rereferrals-pair");
    }

    [Fact]
    public void RuleSet_BasketNamingMissingRuleOrABasket_IsRefused()
    {
        var other = new BasketRule("other", Severity.Advisory, new[] { new BasketSignal("bottom-quartile") }, 1);
        var bad = new BasketRule("bad", Severity.Advisory, new[] { new BasketSignal("no-such-rule"), new BasketSignal("other") }, 1);
        var ex = Assert.Throws<RuleSetValidationException>(() => new RuleSet("t", "1", new[] { BottomQuartile, other, bad }));
        Assert.Equal(new[] { "$.rules[2].signals[0].rule", "$.rules[2].signals[1].rule" }, ex.Problems.Select(p => p.Path));
    }

    [Fact]
    public void Constructor_MoreSignalsNeededThanListed_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new BasketRule("b", Severity.Advisory, new[] { new BasketSignal("a") }, minimumSignals: 2));
}
