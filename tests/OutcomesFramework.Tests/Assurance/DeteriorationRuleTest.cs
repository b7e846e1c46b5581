using System.Linq;
using OutcomesFramework.Assurance;
using OutcomesFramework.Statistics;
using Xunit;
using static OutcomesFramework.Tests.Assurance.AssuranceTestData;

namespace OutcomesFramework.Tests.Assurance;

public sealed class DeteriorationRuleTest
{
    private static readonly DeteriorationRule ThreeInARow = DeteriorationRule.ConsecutivePeriods("worse-3", Severity.Advisory, IndicatorSelection.OutcomeIndicators, 3);

    [Fact]
    public void ConsecutivePeriods_ThreeWorseningChanges_Fires()
    {
        // Lower is better: 20 → 21 → 23 → 24 rises three times in a row.
        var f = Assert.Single(Run(ThreeInARow, Area(Series(Rereferrals, 18, 20, 21, 23, 24))).Findings);
        Assert.Equal(new[] { "2022", "2023", "2024", "2025" }, f.Evidence.Select(e => e.Name));
        Assert.Equal(new double?[] { 20, 21, 23, 24 }, f.Evidence.Select(e => e.Number));
    }

    [Fact]
    public void ConsecutivePeriods_AnUnchangedYearOrAGap_BreaksTheRun()
    {
        Assert.Empty(Run(ThreeInARow, Area(Series(Rereferrals, 20, 21, 21, 24))).Findings);      // 21 → 21 is not worse
        Assert.Empty(Run(ThreeInARow, Area(Series(Rereferrals, 20, 21, null, 23, 24))).Findings); // suppressed year
        Assert.Empty(Run(ThreeInARow, Area(Series(Rereferrals, 21, 23, 24))).Findings);           // only two changes
    }

    [Fact]
    public void ConsecutivePeriods_HigherIsBetter_FallingFires() =>
        Assert.Single(Run(ThreeInARow, Area(Series(Ks2, 60, 58, 55, 51))).Findings);

    [Fact]
    public void SignificantTrend_GettingWorse_Fires_OtherwiseNot()
    {
        var rule = DeteriorationRule.SignificantTrend("worsening-trend", Severity.Advisory, IndicatorSelection.OutcomeIndicators);
        Assert.Single(Run(rule, Area(Value(Rereferrals, 26, trend: TrendDirection.IncreasingAndGettingWorse))).Findings);
        Assert.Single(Run(rule, Area(Value(Ks2, 40, trend: TrendDirection.DecreasingAndGettingWorse))).Findings);
        Assert.Empty(Run(rule, Area(Value(Rereferrals, 20, trend: TrendDirection.DecreasingAndGettingBetter))).Findings);
        Assert.Empty(Run(rule, Area(Value(Rereferrals, 20, trend: TrendDirection.NoSignificantChange))).Findings);
    }
}
