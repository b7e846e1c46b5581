using System;
using System.Linq;
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

    // The finding texts, worked from the rule's message methods. Re-referrals: 1 decimal place, unit "%", lower is
    // better; KS2: 0 decimal places, higher is better. The interval limits are written to one place more than the
    // indicator (24.137 → "24.14" at 1 + 1 places) and a margin to two more (3.1234 → "3.123"); numbers print without
    // trailing zeros (26.0 → "26"). The period's own text is left to the period tests: only what follows "in" is fixed.

    [Fact]
    public void SignificantlyWorseThanEngland_Message_NamesEnglandTheSideAndTheInterval()
    {
        var rule = BenchmarkGapRule.SignificantlyWorseThanEngland("worse-england", Severity.Advisory, IndicatorSelection.OutcomeIndicators);
        var lower = Assert.Single(Run(rule, Area(Value(Rereferrals, 26.0, england: 22.6, interval: Ci(24.137, 27.912)))).Findings);
        Assert.StartsWith("Re-referrals (rereferrals) is 26% in ", lower.Message);
        Assert.EndsWith(", significantly worse than England (22.6%): England's value lies below the 95% interval [24.14, 27.91].", lower.Message);
        Assert.Equal(new[] { "value", "England", "interval lower", "interval upper" }, lower.Evidence.Select(v => v.Name));
        Assert.Equal(new[] { 26.0, 22.6, 24.137, 27.912 }, lower.Evidence.Select(v => v.Number!.Value));

        // Higher is better: England (60) above the interval [35.26, 44.74]; 0 + 1 places → "35.3", "44.7".
        var higher = Assert.Single(Run(rule, Area(Value(Ks2, 40, england: 60, interval: Ci(35.26, 44.74)))).Findings);
        Assert.StartsWith("KS2 reading, writing and maths (ks2-rwm) is 40% in ", higher.Message);
        Assert.EndsWith(", significantly worse than England (60%): England's value lies above the 95% interval [35.3, 44.7].", higher.Message);
    }

    [Fact]
    public void BottomQuartile_Message_AndEvidence()
    {
        var rule = BenchmarkGapRule.BottomQuartile("bottom-quartile", Severity.Information, IndicatorSelection.OutcomeIndicators);
        var f = Assert.Single(Run(rule, Area(Value(Rereferrals, 30, band: QuartileBand.D))).Findings);
        Assert.StartsWith("Re-referrals (rereferrals) is 30% in ", f.Message);
        Assert.EndsWith(": quartile band D, the worst quarter of authorities.", f.Message);
        Assert.Equal("SS/rereferrals/Quartile band", f.ExplanationPath);
        Assert.Equal(new[] { "value", "band" }, f.Evidence.Select(v => v.Name));
    }

    [Fact]
    public void WorseThanNeighbours_AbsoluteMessage_GivesTheGapAndMarginInTheIndicatorsPlaces()
    {
        // Lower is better: gap = 26.26 − 22 = 4.26 → "4.3" (1 place) > margin 3.1234 → "3.123" (1 + 2 places).
        var rule = BenchmarkGapRule.WorseThanNeighbours("worse-sn", Severity.Information, IndicatorSelection.OutcomeIndicators, 3.1234, MarginUnit.Absolute);
        var f = Assert.Single(Run(rule, Area(Value(Rereferrals, 26.26, neighbours: 22.0))).Findings);
        Assert.StartsWith("Re-referrals (rereferrals) is 26.3% in ", f.Message);
        Assert.EndsWith(", 4.3 worse than the statistical neighbours' 22% (margin 3.123).", f.Message);
        Assert.Equal("SS/rereferrals/Statistical neighbour", f.ExplanationPath);
        Assert.Equal(new[] { "value", "neighbours", "gap", "margin" }, f.Evidence.Select(v => v.Name));
        Assert.Equal(3.1234, f.Evidence[3].Number);
    }

    [Fact]
    public void WorseThanNeighbours_PercentMessage_GivesThePercentGapAndMargin()
    {
        // Higher is better: gap = 61 − 51 = 10, 10 / 61 × 100 = 16.393…% → "16.4" (1 place) > 10.126% → "10.13%" (2 places).
        var rule = BenchmarkGapRule.WorseThanNeighbours("worse-sn", Severity.Information, IndicatorSelection.OutcomeIndicators, 10.126, MarginUnit.Percent);
        var f = Assert.Single(Run(rule, Area(Value(Ks2, 51, neighbours: 61))).Findings);
        Assert.StartsWith("KS2 reading, writing and maths (ks2-rwm) is 51% in ", f.Message);
        Assert.EndsWith(", 16.4% worse than the statistical neighbours' 61% (margin 10.13%).", f.Message);
        Assert.Equal(new[] { "value", "neighbours", "gap percent", "margin" }, f.Evidence.Select(v => v.Name));
        Assert.Equal(1000.0 / 61, f.Evidence[2].Number!.Value, 12);
    }

    [Fact]
    public void WorseThanNeighbours_PercentAgainstZeroNeighbours_IsNotJudged()
    {
        // A percentage of a zero average has no meaning; the absolute rule still judges the same figures.
        Assert.Empty(Run(BenchmarkGapRule.WorseThanNeighbours("p", Severity.Information, IndicatorSelection.OutcomeIndicators, 1, MarginUnit.Percent),
            Area(Value(Rereferrals, 5, neighbours: 0))).Findings);
        Assert.Single(Run(BenchmarkGapRule.WorseThanNeighbours("a", Severity.Information, IndicatorSelection.OutcomeIndicators, 1, MarginUnit.Absolute),
            Area(Value(Rereferrals, 5, neighbours: 0))).Findings);
    }

    [Fact]
    public void WorseThanNeighbours_BadMarginOrUnit_IsRefusedWithItsName()
    {
        var negative = Assert.Throws<ArgumentOutOfRangeException>(() =>
            BenchmarkGapRule.WorseThanNeighbours("m", Severity.Information, IndicatorSelection.OutcomeIndicators, -1, MarginUnit.Absolute));
        Assert.Equal("margin", negative.ParamName);
        var unit = Assert.Throws<ArgumentException>(() =>
            BenchmarkGapRule.WorseThanNeighbours("u", Severity.Information, IndicatorSelection.OutcomeIndicators, 1, (MarginUnit)99));
        Assert.Equal("unit", unit.ParamName);
        Assert.Contains("Unknown margin unit 99.", unit.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Equality_TakesEveryParameterIntoAccount()
    {
        var all = IndicatorSelection.OutcomeIndicators;
        var ss = new IndicatorSelection(outcomeIds: new[] { "SS" });
        var rule = BenchmarkGapRule.WorseThanNeighbours("r", Severity.Information, all, 3, MarginUnit.Absolute);
        Assert.Equal(rule, BenchmarkGapRule.WorseThanNeighbours("r", Severity.Information, all, 3, MarginUnit.Absolute));
        Assert.NotEqual(rule, BenchmarkGapRule.WorseThanNeighbours("r", Severity.Information, ss, 3, MarginUnit.Absolute));
        Assert.NotEqual(rule, BenchmarkGapRule.WorseThanNeighbours("r", Severity.Information, all, 4, MarginUnit.Absolute));
        Assert.NotEqual(rule, BenchmarkGapRule.WorseThanNeighbours("r", Severity.Information, all, 3, MarginUnit.Percent));
        Assert.NotEqual(BenchmarkGapRule.BottomQuartile("r", Severity.Information, all), BenchmarkGapRule.SignificantlyWorseThanEngland("r", Severity.Information, all));
    }
}
