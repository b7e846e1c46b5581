using System.Linq;
using OutcomesFramework.Assurance;
using OutcomesFramework.Statistics;
using Xunit;
using static OutcomesFramework.Tests.Assurance.AssuranceTestData;

namespace OutcomesFramework.Tests.Assurance;

/// <summary>Equality, messages, evidence and the strict "worse" comparison of <see cref="DeteriorationRule"/>.</summary>
public sealed class DeteriorationRuleEdgesTest
{
    private static readonly DeteriorationRule ThreeInARow = DeteriorationRule.ConsecutivePeriods("worse-3", Severity.Advisory, IndicatorSelection.OutcomeIndicators, 3);

    [Fact]
    public void Equals_ComparesSelectionTestAndPeriods()
    {
        Assert.Equal(ThreeInARow, DeteriorationRule.ConsecutivePeriods("worse-3", Severity.Advisory, IndicatorSelection.OutcomeIndicators, 3));
        // Only the selection differs.
        Assert.NotEqual(ThreeInARow, DeteriorationRule.ConsecutivePeriods("worse-3", Severity.Advisory, IndicatorSelection.All, 3));
        Assert.NotEqual(ThreeInARow, DeteriorationRule.ConsecutivePeriods("worse-3", Severity.Advisory, IndicatorSelection.OutcomeIndicators, 4));
        Assert.NotEqual(DeteriorationRule.SignificantTrend("t", Severity.Advisory, IndicatorSelection.All),
            DeteriorationRule.SignificantTrend("t", Severity.Advisory, IndicatorSelection.OutcomeIndicators));
        Assert.Equal(DeteriorationRule.SignificantTrend("t", Severity.Advisory, IndicatorSelection.All),
            DeteriorationRule.SignificantTrend("t", Severity.Advisory, IndicatorSelection.All));
    }

    [Fact]
    public void SignificantTrend_Increasing_LowerIsBetter_MessageAndEvidence()
    {
        var rule = DeteriorationRule.SignificantTrend("worsening-trend", Severity.Advisory, IndicatorSelection.OutcomeIndicators);
        var f = Assert.Single(Run(rule, Area(Value(Rereferrals, 26, trend: TrendDirection.IncreasingAndGettingWorse))).Findings);
        Assert.Equal("Re-referrals (rereferrals) is 26% in year ending 31 March 2025, with a significant increasing trend over the recent periods that is getting worse (lower is better).", f.Message);
        Assert.Equal(new[] { "value", "trend" }, f.Evidence.Select(e => e.Name).ToArray());
        Assert.Equal(26, f.Evidence[0].Number);
        Assert.Equal("increasing and getting worse", f.Evidence[1].Text);
        Assert.Equal("SS/rereferrals/Recent trend", f.ExplanationPath);
    }

    [Fact]
    public void SignificantTrend_Decreasing_HigherIsBetter_MessageAndEvidence()
    {
        var rule = DeteriorationRule.SignificantTrend("worsening-trend", Severity.Advisory, IndicatorSelection.OutcomeIndicators);
        var f = Assert.Single(Run(rule, Area(Value(Ks2, 40, trend: TrendDirection.DecreasingAndGettingWorse))).Findings);
        Assert.Equal("KS2 reading, writing and maths (ks2-rwm) is 40% in academic year 2024/25, with a significant decreasing trend over the recent periods that is getting worse (higher is better).", f.Message);
        Assert.Equal("decreasing and getting worse", f.Evidence[1].Text);
        Assert.Equal("EA/ks2-rwm/Recent trend", f.ExplanationPath);
    }

    [Fact]
    public void ConsecutivePeriods_LowerIsBetter_Message()
    {
        // Lower is better, one decimal place: 20.1 → 21.2 → 23 → 24 rises three times in a row (2022 to 2025).
        var f = Assert.Single(Run(ThreeInARow, Area(Series(Rereferrals, 18, 20.1, 21.2, 23, 24))).Findings);
        Assert.Equal("Re-referrals (rereferrals) got worse in each of the last 3 periods: 20.1, 21.2, 23, 24 (2022 to 2025, lower is better).", f.Message);
        Assert.Equal("SS/rereferrals/Change from previous period", f.ExplanationPath);
    }

    [Fact]
    public void ConsecutivePeriods_HigherIsBetter_Message()
    {
        // Higher is better: 60 → 58 → 55 → 51 falls three times in a row (academic years 2021/22 to 2024/25).
        var f = Assert.Single(Run(ThreeInARow, Area(Series(Ks2, 60, 58, 55, 51))).Findings);
        Assert.Equal("KS2 reading, writing and maths (ks2-rwm) got worse in each of the last 3 periods: 60, 58, 55, 51 (2021/22 to 2024/25, higher is better).", f.Message);
        Assert.Equal(new[] { "2021/22", "2022/23", "2023/24", "2024/25" }, f.Evidence.Select(e => e.Name).ToArray());
    }

    /// <summary>Higher is better: an unchanged year is not worse, so it breaks the run (strict &lt;).</summary>
    [Fact]
    public void ConsecutivePeriods_HigherIsBetter_UnchangedYearBreaksTheRun()
    {
        Assert.Empty(Run(ThreeInARow, Area(Series(Ks2, 60, 58, 58, 51))).Findings);
        Assert.Empty(Run(ThreeInARow, Area(Series(Ks2, 60, 58, 59, 51))).Findings);
    }
}
