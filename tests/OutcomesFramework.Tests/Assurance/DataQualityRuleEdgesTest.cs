using System.Linq;
using OutcomesFramework.Assurance;
using OutcomesFramework.Evidence;
using OutcomesFramework.Outcomes;
using Xunit;
using static OutcomesFramework.Tests.Assurance.AssuranceTestData;

namespace OutcomesFramework.Tests.Assurance;

/// <summary>Equality, messages and evidence of every <see cref="DataQualityRule"/> check.</summary>
public sealed class DataQualityRuleEdgesTest
{
    private static IndicatorEvidence WithStatus(ObservationStatus? status)
    {
        var period = March(2025);
        return new IndicatorEvidence(Rereferrals, period, period, status, status == ObservationStatus.Value ? 20 : null);
    }

    [Fact]
    public void Equals_ComparesSelectionCheckAndMaxAge()
    {
        Assert.Equal(DataQualityRule.Stale("d", Severity.Advisory, IndicatorSelection.All, 2), DataQualityRule.Stale("d", Severity.Advisory, IndicatorSelection.All, 2));
        Assert.NotEqual(DataQualityRule.Stale("d", Severity.Advisory, IndicatorSelection.All, 2), DataQualityRule.Stale("d", Severity.Advisory, IndicatorSelection.All, 3));
        Assert.NotEqual(DataQualityRule.Suppressed("d", Severity.Advisory, IndicatorSelection.All), DataQualityRule.Missing("d", Severity.Advisory, IndicatorSelection.All));
        Assert.NotEqual(DataQualityRule.Suppressed("d", Severity.Advisory, IndicatorSelection.All),
            DataQualityRule.Suppressed("d", Severity.Advisory, new IndicatorSelection(indicatorIds: new[] { "rereferrals" })));
    }

    [Fact]
    public void Suppressed_MessageAndEvidence()
    {
        var f = Assert.Single(Run(DataQualityRule.Suppressed("s", Severity.Information, IndicatorSelection.All), Area(WithStatus(ObservationStatus.Suppressed))).Findings);
        Assert.Equal("Re-referrals (rereferrals) is suppressed (c) for year ending 31 March 2025.", f.Message);
        Assert.Equal(new[] { "status", "period" }, EvidenceNames(f));
        Assert.Equal(new[] { "suppressed (c)", "year ending 31 March 2025" }, EvidenceTexts(f));
        Assert.Equal("SS/rereferrals/Value", f.ExplanationPath);
    }

    [Fact]
    public void LowReliability_MessageAndEvidence()
    {
        var f = Assert.Single(Run(DataQualityRule.LowReliability("u", Severity.Information, IndicatorSelection.All), Area(WithStatus(ObservationStatus.LowReliability))).Findings);
        Assert.Equal("Re-referrals (rereferrals) is withheld as of low reliability (u) for year ending 31 March 2025, for example after a late or failed return.", f.Message);
        Assert.Equal(new[] { "status", "period" }, EvidenceNames(f));
        Assert.Equal(new[] { "low reliability (u)", "year ending 31 March 2025" }, EvidenceTexts(f));
        Assert.Equal("SS/rereferrals/Value", f.ExplanationPath);
    }

    /// <summary>Missing says which kind: no observation at all, or a published "x".</summary>
    [Theory]
    [InlineData(null, "no observation")]
    [InlineData(ObservationStatus.NotAvailable, "not available (x)")]
    public void Missing_MessageAndEvidence(ObservationStatus? status, string kind)
    {
        var f = Assert.Single(Run(DataQualityRule.Missing("m", Severity.Information, IndicatorSelection.All), Area(WithStatus(status))).Findings);
        Assert.Equal("Re-referrals (rereferrals) has no figure for year ending 31 March 2025 (" + kind + "), although the period is published for other authorities.", f.Message);
        Assert.Equal(new[] { "status", "period" }, EvidenceNames(f));
        Assert.Equal(new[] { kind, "year ending 31 March 2025" }, EvidenceTexts(f));
        Assert.Equal("SS/rereferrals/Value", f.ExplanationPath);
    }

    [Fact]
    public void Stale_MessageAndEvidence()
    {
        // Values for 2021 and 2022, then suppressed to 2025: latest 2022, age 2025 − 2022 = 3 > 2.
        var f = Assert.Single(Run(DataQualityRule.Stale("stale", Severity.Information, IndicatorSelection.All, 2), Area(Series(Rereferrals, 20, 21, null, null, null))).Findings);
        Assert.Equal("Re-referrals (rereferrals): the latest figure is from a period ending in 2022, 3 years before 2025 (more than 2).", f.Message);
        Assert.Equal(new[] { "latest year", "year", "age in years" }, EvidenceNames(f));
        Assert.Equal(new double?[] { 2022, 2025, 3 }, f.Evidence.Select(e => e.Number).ToArray());
        Assert.Equal("SS/rereferrals/Value", f.ExplanationPath);
    }

    [Fact]
    public void InsufficientEvidence_Message()
    {
        // Coverage 0.225 → 22.5%; threshold 0.5 → 50%.
        var outcomes = new[] { new OutcomeEvidence(EveryChildMatters.MakeAPositiveContribution, 0.225, 0.5, null) };
        var evidence = new AreaEvidence(Hartlepool, 2025, AsOf, new[] { Value(Rereferrals, 20) }, outcomes);
        var f = Assert.Single(Run(DataQualityRule.InsufficientEvidence("insufficient", Severity.Advisory), evidence).Findings);
        Assert.Equal("Outcome PC (Make a positive contribution) has insufficient evidence to be scored: 22.5% of its scored indicators' weight has a score, below the 50% needed.", f.Message);
        Assert.Equal(new[] { "coverage", "coverage threshold" }, EvidenceNames(f));
        Assert.Equal(new double?[] { 0.225, 0.5 }, f.Evidence.Select(e => e.Number).ToArray());
    }
}
