using System;
using System.Linq;
using OutcomesFramework.Assurance;
using Xunit;
using static OutcomesFramework.Tests.Assurance.AssuranceTestData;

namespace OutcomesFramework.Tests.Assurance;

public sealed class RuleSetTest
{
    private static readonly AssuranceRule A = BenchmarkGapRule.BottomQuartile("a", Severity.Information, IndicatorSelection.All);
    private static readonly AssuranceRule B = DeteriorationRule.ConsecutivePeriods("b", Severity.Advisory, IndicatorSelection.All, 3);
    private static readonly AssuranceRule C = DataQualityRule.Suppressed("c", Severity.Information, IndicatorSelection.All);
    private static readonly RuleSet Year2024 = new("la-rules", "2024.1", new[] { A, B, C }, "Local rules");

    [Fact]
    public void Extend_AddChangeRemove_GivesNextYearsSet()
    {
        var b2 = DeteriorationRule.ConsecutivePeriods("b", Severity.Concern, IndicatorSelection.All, 2);
        var d = DataQualityRule.LowReliability("d", Severity.Advisory, IndicatorSelection.All);
        var year2025 = Year2024.Extend("2025.1", new RuleSetChanges(add: new[] { d }, change: new[] { b2 }, remove: new[] { "c" }));
        // Changed rules stay in place, removed ones go, added ones are appended.
        Assert.Equal(new[] { "a", "b", "d" }, year2025.Rules.Select(r => r.Id));
        Assert.Same(b2, year2025.Find("b"));
        Assert.Equal("2024.1", year2025.ExtendsVersion);
        Assert.Equal("Local rules", year2025.Name);
        // The earlier year is untouched.
        Assert.Equal(new[] { "a", "b", "c" }, Year2024.Rules.Select(r => r.Id));
        Assert.Same(B, Year2024.Find("b"));
    }

    [Fact]
    public void Extend_EveryBadReference_IsReportedAtOnce()
    {
        var changes = new RuleSetChanges(add: new[] { A }, change: new[] { DataQualityRule.Missing("zz", Severity.Information, IndicatorSelection.All) }, remove: new[] { "nope" });
        var ex = Assert.Throws<RuleSetValidationException>(() => Year2024.Extend("2025.1", changes));
        Assert.Equal(new[] { "$.add[0]", "$.change[0]", "$.remove[0]" }, ex.Problems.Select(p => p.Path));
    }

    [Fact]
    public void Extend_RemovingARuleABasketNeeds_IsRefused()
    {
        var basket = new BasketRule("basket", Severity.Concern, new[] { new BasketSignal("a"), new BasketSignal("b") }, 2);
        var set = new RuleSet("la-rules", "1", new[] { A, B, basket });
        var ex = Assert.Throws<RuleSetValidationException>(() => set.Extend("2", new RuleSetChanges(remove: new[] { "a" })));
        Assert.Equal("$.rules[1].signals[0].rule", Assert.Single(ex.Problems).Path);
    }

    [Fact]
    public void Extend_SameVersion_Throws() =>
        Assert.Throws<ArgumentException>(() => Year2024.Extend("2024.1", new RuleSetChanges()));

    [Fact]
    public void Changes_Between_RoundTripsThroughExtend()
    {
        var year2025 = Year2024.Extend("2025.1", new RuleSetChanges(
            add: new[] { DataQualityRule.LowReliability("d", Severity.Advisory, IndicatorSelection.All) },
            change: new[] { B.WithSeverity(Severity.Concern) },
            remove: new[] { "a" }));
        var diff = RuleSetChanges.Between(Year2024, year2025);
        Assert.Equal(new[] { "d" }, diff.Add.Select(r => r.Id));
        Assert.Equal(new[] { "b" }, diff.Change.Select(r => r.Id));
        Assert.Equal(new[] { "a" }, diff.Remove);
        Assert.Equal(year2025, Year2024.Extend("2025.1", diff));
    }

    [Fact]
    public void SelectAndWithout_ChooseWhichRulesRun()
    {
        Assert.Equal(new[] { "a", "c" }, Year2024.Select(new[] { "c", "a" }).Rules.Select(r => r.Id));
        Assert.Equal(new[] { "b" }, Year2024.Without(new[] { "a", "c" }).Rules.Select(r => r.Id));
        Assert.Equal("2024.1", Year2024.Select(new[] { "a" }).Version);
        Assert.Throws<ArgumentException>(() => Year2024.Select(new[] { "nope" }));
    }

    [Fact]
    public void Select_BasketWithoutItsSignals_IsRefused()
    {
        var set = new RuleSet("s", "1", new[] { A, new BasketRule("basket", Severity.Concern, new[] { new BasketSignal("a") }, 1) });
        Assert.Throws<RuleSetValidationException>(() => set.Select(new[] { "basket" }));
    }

    [Fact]
    public void Selected_RulesOnly_RaiseFindings()
    {
        var evidence = Area(Series(Rereferrals, 20, 21, null));
        var all = new AssuranceEngine(Year2024, Framework).Assess(evidence);
        Assert.Equal(new[] { "c" }, RuleIds(all));
        Assert.Empty(new AssuranceEngine(Year2024.Without(new[] { "c" }), Framework).Assess(evidence).Findings);
    }

    [Fact]
    public void Constructor_DuplicateIds_IsRefused()
    {
        var ex = Assert.Throws<RuleSetValidationException>(() => new RuleSet("s", "1", new[] { A, A.WithSeverity(Severity.Concern) }));
        Assert.Equal("$.rules[1].id", Assert.Single(ex.Problems).Path);
    }

    [Fact]
    public void Engine_RuleOnUnknownIndicator_IsRefusedUpFront()
    {
        var set = new RuleSet("s", "1", new[] { BenchmarkGapRule.BottomQuartile("a", Severity.Information, IndicatorSelection.Of("nope")) });
        var ex = Assert.Throws<RuleSetValidationException>(() => new AssuranceEngine(set, Framework));
        Assert.Equal("$.rules[0].indicators[0]", Assert.Single(ex.Problems).Path);
    }

    [Fact]
    public void Findings_CiteTheRuleSetVersion()
    {
        var f = Assert.Single(new AssuranceEngine(Year2024, Framework).Assess(Area(Series(Rereferrals, 20, null))).Findings);
        Assert.Equal("la-rules", f.RuleSetId);
        Assert.Equal("2024.1", f.RuleSetVersion);
    }
}
