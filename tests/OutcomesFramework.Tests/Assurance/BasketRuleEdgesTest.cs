using System;
using System.Linq;
using NodaTime;
using OutcomesFramework.Assurance;
using OutcomesFramework.Statistics;
using Xunit;
using static OutcomesFramework.Tests.Assurance.AssuranceTestData;

namespace OutcomesFramework.Tests.Assurance;

/// <summary>Argument checks, equality, validation, message and evidence of <see cref="BasketRule"/>, and the labels and equality of <see cref="BasketSignal"/>.</summary>
public sealed class BasketRuleEdgesTest
{
    private static readonly AssuranceRule BottomQuartile = BenchmarkGapRule.BottomQuartile("bottom-quartile", Severity.Information, IndicatorSelection.All);
    private static readonly AssuranceRule Worsening = DeteriorationRule.SignificantTrend("worsening", Severity.Information, IndicatorSelection.All);
    private static readonly AssuranceRule Suppressed = DataQualityRule.Suppressed("suppressed", Severity.Information, IndicatorSelection.All);

    [Fact]
    public void Constructor_NullSignal_Throws()
    {
        var ex = Assert.Throws<ArgumentException>(() => new BasketRule("b", Severity.Advisory, new BasketSignal[] { new("a"), null! }, 1));
        Assert.Equal("signals", ex.ParamName);
        Assert.StartsWith("Element 1 is null.", ex.Message);
    }

    /// <summary>No signal is an <see cref="ArgumentException"/> about the signals, not a range error on the minimum.</summary>
    [Fact]
    public void Constructor_NoSignal_Throws()
    {
        var ex = Assert.Throws<ArgumentException>(() => new BasketRule("b", Severity.Advisory, Array.Empty<BasketSignal>(), 1));
        Assert.Equal("signals", ex.ParamName);
        Assert.StartsWith("A basket needs at least one signal.", ex.Message);
    }

    [Fact]
    public void Constructor_RepeatedSignal_Throws()
    {
        var ex = Assert.Throws<ArgumentException>(() => new BasketRule("b", Severity.Advisory, new[] { new BasketSignal("a", 2), new BasketSignal("a", 2) }, 1));
        Assert.Equal("signals", ex.ParamName);
        Assert.StartsWith("A signal is listed twice.", ex.Message);
    }

    [Fact]
    public void Equals_ComparesSignalsAndBothMinimums()
    {
        BasketRule Make(int n = 1, int k = 1, string second = "b") => new("x", Severity.Concern, new[] { new BasketSignal("a"), new BasketSignal(second) }, n, k);
        // Two rules built separately from equal parts (different arrays, different signal objects) are equal by value.
        var first = Make();
        var second = Make();
        Assert.NotSame(first, second);
        Assert.True(first.Equals(second));
        Assert.Equal(first.GetHashCode(), second.GetHashCode());
        Assert.NotEqual(Make(), Make(second: "c"));
        Assert.NotEqual(Make(), Make(n: 2));
        Assert.NotEqual(Make(), Make(k: 2));
    }

    [Fact]
    public void Validate_UnknownIndicatorInASignal_IsReportedWithItsIndex()
    {
        var basket = new BasketRule("b", Severity.Advisory, new[]
        {
            new BasketSignal("bottom-quartile", indicatorId: "rereferrals"), new BasketSignal("bottom-quartile", indicatorId: "no-such-indicator"),
        }, 1);
        var problem = Assert.Single(new RuleSet("t", "1", new[] { BottomQuartile, basket }).Validate(Framework));
        Assert.Equal("$.rules[1].signals[1].indicator", problem.Path);
        Assert.Equal("Unknown indicator 'no-such-indicator': the framework 'test' has no such indicator.", problem.Message);
    }

    [Fact]
    public void Evaluate_MessageAndEvidence_SeveralOutcomes()
    {
        // Bottom quartile on re-referrals (SS) and KS2 (EA): 2 ≥ 2 → on. Worsening on care leavers (EW) → on. Suppressed: 0 → off.
        // 2 on of 3; outcomes SS, EA, EW in the statutory order.
        var basket = new BasketRule("several-signals", Severity.Concern, new[]
        {
            new BasketSignal("bottom-quartile", minimumFindings: 2), new BasketSignal("worsening"), new BasketSignal("suppressed"),
        }, minimumSignals: 2, minimumOutcomes: 2);
        var result = Run(new[] { BottomQuartile, Worsening, Suppressed, basket }, Area(
            Value(Rereferrals, 30, band: QuartileBand.D), Value(Ks2, 40, band: QuartileBand.D),
            Value(CareLeaversEet, 40, trend: TrendDirection.DecreasingAndGettingWorse)));
        var f = Assert.Single(result.Findings, x => x.RuleId == "several-signals");
        Assert.Equal("2 of 3 signals are on (at least 2 across at least 2 outcomes raise this finding), across 3 outcomes (SS, EA, EW): "
            + "bottom-quartile (2+ findings): 2; worsening: 1.", f.Message);
        Assert.Equal(new[] { "bottom-quartile (2+ findings)", "worsening", "suppressed", "signals on", "outcomes" }, EvidenceNames(f));
        Assert.Equal(new double?[] { 2, 1, 0, 2, null }, f.Evidence.Select(e => e.Number).ToArray());
        Assert.Equal("SS EA EW", f.Evidence[4].Text);
        Assert.Null(f.OutcomeId);
    }

    /// <summary>One signal, one outcome, K = 1: exactly K outcomes fire, and the wording is singular.</summary>
    [Fact]
    public void Evaluate_OneSignalOneOutcome_AtMinimumOutcomes_Fires_Singular()
    {
        var basket = new BasketRule("one", Severity.Advisory, new[] { new BasketSignal("bottom-quartile") }, minimumSignals: 1, minimumOutcomes: 1);
        var f = Assert.Single(Run(new[] { BottomQuartile, basket }, Area(Value(Rereferrals, 30, band: QuartileBand.D))).Findings, x => x.RuleId == "one");
        Assert.Equal("1 of 1 signals are on (at least 1 across at least 1 outcomes raise this finding), across 1 outcome (SS): bottom-quartile: 1.", f.Message);
        Assert.Equal(new[] { "bottom-quartile", "signals on", "outcomes" }, EvidenceNames(f));
        Assert.Equal("SS", f.Evidence[2].Text);
    }

    /// <summary>Two outcomes needed and one spanned: nothing (outcomes.Count &lt; K).</summary>
    [Fact]
    public void Evaluate_FewerOutcomesThanMinimum_DoesNotFire()
    {
        var basket = new BasketRule("two", Severity.Advisory, new[] { new BasketSignal("bottom-quartile") }, minimumSignals: 1, minimumOutcomes: 2);
        Assert.DoesNotContain(Run(new[] { BottomQuartile, basket }, Area(Value(Rereferrals, 30, band: QuartileBand.D))).Findings, x => x.RuleId == "two");
    }

    /// <summary>A finding about the authority as a whole adds no outcome: "none" in the evidence and no list in the message.</summary>
    [Fact]
    public void Evaluate_SignalWithoutOutcome_SaysNone()
    {
        var dcs = InspectionRule.DirectorTimeInPost("new-dcs", Severity.Information, 12);
        var basket = new BasketRule("b", Severity.Advisory, new[] { new BasketSignal("new-dcs") }, minimumSignals: 1);
        // In post since 2025-03-15: 8 months to 2025-12-01, less than 12 → one finding with no outcome.
        var area = new AreaEvidence(Hartlepool, 2025, AsOf, new[] { Value(Rereferrals, 20) }, null, null, new LeadershipContext(new LocalDate(2025, 3, 15)));
        var f = Assert.Single(Run(new AssuranceRule[] { dcs, basket }, area).Findings, x => x.RuleId == "b");
        Assert.Equal("1 of 1 signals are on (at least 1 across at least 0 outcomes raise this finding), across 0 outcomes: new-dcs: 1.", f.Message);
        Assert.Equal("none", f.Evidence[2].Text);
    }

    [Fact]
    public void Signal_UnknownOutcome_Throws()
    {
        var ex = Assert.Throws<ArgumentException>(() => new BasketSignal("r", outcomeId: "XX"));
        Assert.Equal("outcomeId", ex.ParamName);
        Assert.StartsWith("'XX' is not one of the five outcomes (BH, SS, EA, PC, EW).", ex.Message);
    }

    [Theory]
    [InlineData(1, null, null, "r")]
    [InlineData(2, null, null, "r (2+ findings)")]
    [InlineData(1, "SS", null, "r in SS")]
    [InlineData(1, null, "rereferrals", "r on rereferrals")]
    [InlineData(1, "SS", "rereferrals", "r on rereferrals")]
    [InlineData(3, "EA", null, "r in EA (3+ findings)")]
    public void Signal_Label(int minimumFindings, string? outcomeId, string? indicatorId, string expected) =>
        Assert.Equal(expected, new BasketSignal("r", minimumFindings, outcomeId, indicatorId).ToString());

    [Fact]
    public void Signal_MatchesNull_Throws() =>
        Assert.Equal("finding", Assert.Throws<ArgumentNullException>(() => new BasketSignal("r").Matches(null!)).ParamName);

    [Fact]
    public void Signal_Equals_ComparesEveryPart()
    {
        var s = new BasketSignal("r", 2, "SS", "rereferrals");
        Assert.True(s.Equals(new BasketSignal("r", 2, "SS", "rereferrals")));
        Assert.True(s.Equals((object)new BasketSignal("r", 2, "SS", "rereferrals")));
        Assert.Equal(s.GetHashCode(), new BasketSignal("r", 2, "SS", "rereferrals").GetHashCode());
        Assert.False(s.Equals(null));
        Assert.False(s.Equals((object?)null));
        Assert.False(s.Equals(new BasketSignal("q", 2, "SS", "rereferrals")));
        Assert.False(s.Equals(new BasketSignal("r", 3, "SS", "rereferrals")));
        Assert.False(s.Equals(new BasketSignal("r", 2, "EA", "rereferrals")));
        Assert.False(s.Equals(new BasketSignal("r", 2, "SS", "ks2-rwm")));
    }

    [Fact]
    public void Signal_Matches_FiltersByRuleOutcomeAndIndicator()
    {
        // Bottom quartile on re-referrals (SS) and KS2 (EA).
        var findings = Run(BottomQuartile, Area(Value(Rereferrals, 30, band: QuartileBand.D), Value(Ks2, 40, band: QuartileBand.D))).Findings;
        var rereferrals = Assert.Single(findings, f => f.IndicatorId == "rereferrals");
        var ks2 = Assert.Single(findings, f => f.IndicatorId == "ks2-rwm");
        Assert.True(new BasketSignal("bottom-quartile").Matches(rereferrals));
        Assert.False(new BasketSignal("other").Matches(rereferrals));
        Assert.True(new BasketSignal("bottom-quartile", outcomeId: "SS").Matches(rereferrals));
        Assert.False(new BasketSignal("bottom-quartile", outcomeId: "SS").Matches(ks2));
        Assert.True(new BasketSignal("bottom-quartile", indicatorId: "ks2-rwm").Matches(ks2));
        Assert.False(new BasketSignal("bottom-quartile", indicatorId: "ks2-rwm").Matches(rereferrals));
    }
}
