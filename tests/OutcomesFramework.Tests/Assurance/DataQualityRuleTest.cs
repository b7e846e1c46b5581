using OutcomesFramework.Assurance;
using OutcomesFramework.Evidence;
using OutcomesFramework.Outcomes;
using Xunit;
using static OutcomesFramework.Tests.Assurance.AssuranceTestData;

namespace OutcomesFramework.Tests.Assurance;

public sealed class DataQualityRuleTest
{
    private static IndicatorEvidence WithStatus(ObservationStatus? status)
    {
        var period = March(2025);
        return new IndicatorEvidence(Rereferrals, period, period, status, status == ObservationStatus.Value ? 20 : null);
    }

    [Theory]
    [InlineData(ObservationStatus.Suppressed, DataQualityCheck.Suppressed)]
    [InlineData(ObservationStatus.LowReliability, DataQualityCheck.LowReliability)]
    [InlineData(ObservationStatus.NotAvailable, DataQualityCheck.Missing)]
    public void Check_MatchingStatus_FiresOnlyForItsCheck(ObservationStatus status, DataQualityCheck expected)
    {
        var rules = new AssuranceRule[]
        {
            DataQualityRule.Suppressed("suppressed", Severity.Information, IndicatorSelection.All),
            DataQualityRule.LowReliability("low-reliability", Severity.Advisory, IndicatorSelection.All),
            DataQualityRule.Missing("missing", Severity.Information, IndicatorSelection.All),
        };
        var f = Assert.Single(Run(rules, Area(WithStatus(status))).Findings);
        Assert.Equal(expected switch { DataQualityCheck.Suppressed => "suppressed", DataQualityCheck.LowReliability => "low-reliability", _ => "missing" }, f.RuleId);
    }

    [Fact]
    public void Missing_NoObservationAtAll_Fires_ButNotWhenNoAuthorityHasThePeriod()
    {
        var rule = DataQualityRule.Missing("missing", Severity.Information, IndicatorSelection.All);
        Assert.Single(Run(rule, Area(WithStatus(null))).Findings);
        // Period null: nobody's figure is published yet, which is the calendar, not the council's data.
        Assert.Empty(Run(rule, Area(new IndicatorEvidence(Rereferrals, March(2025)))).Findings);
    }

    [Fact]
    public void Checks_AValue_DoNotFire()
    {
        var rules = new AssuranceRule[]
        {
            DataQualityRule.Suppressed("suppressed", Severity.Information, IndicatorSelection.All),
            DataQualityRule.LowReliability("low-reliability", Severity.Advisory, IndicatorSelection.All),
            DataQualityRule.Missing("missing", Severity.Information, IndicatorSelection.All),
            DataQualityRule.Stale("stale", Severity.Information, IndicatorSelection.All, 1),
        };
        Assert.Empty(Run(rules, Area(WithStatus(ObservationStatus.Value))).Findings);
    }

    [Fact]
    public void Stale_LatestValueMoreThanMaxAgeBeforeTheYear_Fires()
    {
        // History: 2021 and 2022 have values, 2023–2025 are suppressed. Latest value 2022; 2025 − 2022 = 3 > 2 → stale. With max 3 → not.
        var evidence = Area(Series(Rereferrals, 20, 21, null, null, null));
        var f = Assert.Single(Run(DataQualityRule.Stale("stale", Severity.Information, IndicatorSelection.All, 2), evidence).Findings);
        Assert.Equal(3, f.Evidence[2].Number);
        Assert.Empty(Run(DataQualityRule.Stale("stale", Severity.Information, IndicatorSelection.All, 3), evidence).Findings);
    }

    [Fact]
    public void InsufficientEvidence_OutcomeBelowCoverage_Fires()
    {
        var outcomes = new[]
        {
            new OutcomeEvidence(EveryChildMatters.MakeAPositiveContribution, 0.2, 0.5, null),
            new OutcomeEvidence(EveryChildMatters.StaySafe, 0.9, 0.5, 61.0),
        };
        var evidence = new AreaEvidence(Hartlepool, 2025, AsOf, new[] { Value(Rereferrals, 20) }, outcomes);
        var f = Assert.Single(Run(DataQualityRule.InsufficientEvidence("insufficient", Severity.Advisory), evidence).Findings);
        Assert.Equal("PC", f.OutcomeId);
        Assert.Null(f.IndicatorId);
        Assert.Equal("PC", f.ExplanationPath);
        Assert.Empty(Run(DataQualityRule.InsufficientEvidence("insufficient", Severity.Advisory, new[] { "SS" }), evidence).Findings);
    }
}
