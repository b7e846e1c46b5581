using OutcomesFramework.Assurance;
using OutcomesFramework.Statistics;
using Xunit;
using static OutcomesFramework.Tests.Assurance.AssuranceTestData;

namespace OutcomesFramework.Tests.Assurance;

public sealed class BenchmarkGapRuleTest
{
    private static ConfidenceInterval Ci(double lower, double upper) => ConfidenceInterval.FromLimits(lower, upper, ConfidenceLevel.NinetyFivePercent);

    [Fact]
    public void SignificantlyWorseThanEngland_EnglandBelowIntervalWhenLowerIsBetter_Fires()
    {
        // Lower is better: the interval [24.1, 27.9] lies wholly above England's 22.6, so the authority is significantly worse.
        var rule = BenchmarkGapRule.SignificantlyWorseThanEngland("worse-england", Severity.Advisory, IndicatorSelection.OutcomeIndicators);
        var f = Assert.Single(Run(rule, Area(Value(Rereferrals, 26.0, england: 22.6, interval: Ci(24.1, 27.9)))).Findings);
        Assert.Equal("SS/rereferrals/Compared with", f.ExplanationPath);
        Assert.Equal(22.6, f.Evidence[1].Number);
    }

    [Fact]
    public void SignificantlyWorseThanEngland_EnglandInsideOrOnTheGoodSide_DoesNotFire()
    {
        var rule = BenchmarkGapRule.SignificantlyWorseThanEngland("worse-england", Severity.Advisory, IndicatorSelection.OutcomeIndicators);
        // 22.6 inside [21.0, 24.0] → similar; [18, 21] above... England above the interval → better.
        Assert.Empty(Run(rule, Area(Value(Rereferrals, 22.5, england: 22.6, interval: Ci(21.0, 24.0)))).Findings);
        Assert.Empty(Run(rule, Area(Value(Rereferrals, 19.5, england: 22.6, interval: Ci(18.0, 21.0)))).Findings);
        // No interval → no significance test → nothing.
        Assert.Empty(Run(rule, Area(Value(Rereferrals, 30, england: 22.6))).Findings);
    }

    [Fact]
    public void SignificantlyWorseThanEngland_HigherIsBetter_EnglandAboveInterval_Fires()
    {
        var rule = BenchmarkGapRule.SignificantlyWorseThanEngland("worse-england", Severity.Advisory, IndicatorSelection.OutcomeIndicators);
        Assert.Single(Run(rule, Area(Value(Ks2, 40, england: 60, interval: Ci(35, 45)))).Findings);
    }

    [Fact]
    public void BottomQuartile_BandD_Fires_OtherBandsDoNot()
    {
        var rule = BenchmarkGapRule.BottomQuartile("bottom-quartile", Severity.Information, IndicatorSelection.OutcomeIndicators);
        Assert.Single(Run(rule, Area(Value(Rereferrals, 30, band: QuartileBand.D))).Findings);
        Assert.Empty(Run(rule, Area(Value(Rereferrals, 24, band: QuartileBand.C))).Findings);
    }

    [Fact]
    public void WorseThanNeighbours_AbsoluteMargin()
    {
        // Lower is better: gap = 26.0 − 22.0 = 4.0 > margin 3 → fires; 24.5 − 22.0 = 2.5 ≤ 3 → not.
        var rule = BenchmarkGapRule.WorseThanNeighbours("worse-sn", Severity.Information, IndicatorSelection.OutcomeIndicators, 3, MarginUnit.Absolute);
        var f = Assert.Single(Run(rule, Area(Value(Rereferrals, 26.0, neighbours: 22.0))).Findings);
        Assert.Equal(4.0, f.Evidence[2].Number!.Value, 12);
        Assert.Empty(Run(rule, Area(Value(Rereferrals, 24.5, neighbours: 22.0))).Findings);
    }

    [Fact]
    public void WorseThanNeighbours_PercentMargin_HigherIsBetter()
    {
        // Higher is better: gap = 60 − 51 = 9, 9 / 60 × 100 = 15% > 10% → fires; 56: 4 / 60 = 6.67% → not; 65 is better → not.
        var rule = BenchmarkGapRule.WorseThanNeighbours("worse-sn", Severity.Information, IndicatorSelection.OutcomeIndicators, 10, MarginUnit.Percent);
        var f = Assert.Single(Run(rule, Area(Value(Ks2, 51, neighbours: 60))).Findings);
        Assert.Equal(15.0, f.Evidence[2].Number!.Value, 10);
        Assert.Empty(Run(rule, Area(Value(Ks2, 56, neighbours: 60))).Findings);
        Assert.Empty(Run(rule, Area(Value(Ks2, 65, neighbours: 60))).Findings);
    }

    [Fact]
    public void Selection_LeavesOutOtherIndicators_AndContextMeasures()
    {
        var rule = BenchmarkGapRule.BottomQuartile("bq-ss", Severity.Information, new IndicatorSelection(outcomeIds: new[] { "SS" }));
        var result = Run(rule, Area(Value(Rereferrals, 30, band: QuartileBand.D), Value(Ks2, 30, band: QuartileBand.D), Value(ClaRate, 200, band: QuartileBand.D)));
        Assert.Equal("rereferrals", Assert.Single(result.Findings).IndicatorId);
    }
}
