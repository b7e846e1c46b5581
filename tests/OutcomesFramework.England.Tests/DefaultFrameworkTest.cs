using System.Linq;
using OutcomesFramework.Indicators;
using OutcomesFramework.Outcomes;
using Xunit;

namespace OutcomesFramework.England.Tests;

public sealed class DefaultFrameworkTest
{
    [Fact]
    public void Framework_Loads_WithTheFiveOutcomesAnd30Aims()
    {
        var framework = EnglandData.Default.Framework;
        Assert.Equal("ecm-england", framework.Id);
        Assert.Equal("Every Child Matters (England)", framework.Name);
        Assert.Equal(EveryChildMatters.Outcomes, framework.Outcomes);
        Assert.Equal(30, framework.Outcomes.Sum(o => o.Aims.Length));
    }

    [Fact]
    public void Framework_HasAtLeast30OutcomeIndicatorsPlusContextAndWorkforce()
    {
        var framework = EnglandData.Default.Framework;
        Assert.True(framework.Indicators.Count(i => i.Role == IndicatorRole.Outcome) >= 30);
        var context = framework.Indicators.Where(i => i.Role == IndicatorRole.Context).Select(i => i.Id).ToList();
        Assert.Contains("cla-rate", context);
        Assert.Contains("cin-rate", context);
        Assert.Contains("cpp-rate", context);
        Assert.All(framework.Indicators.Where(i => i.Role == IndicatorRole.Context), i => Assert.Equal(Polarity.NoPolarity, i.Polarity));
        var enablers = framework.Indicators.Where(i => i.Role == IndicatorRole.Enabler).ToList();
        Assert.Equal(new[] { "sw-turnover-rate", "sw-agency-rate", "sw-vacancy-rate", "sw-caseload", "sw-absence-rate" }, enablers.Select(i => i.Id));
        Assert.All(enablers, i => Assert.Equal(Polarity.LowerIsBetter, i.Polarity));
        Assert.All(enablers, i => Assert.Equal(Periods.PeriodKind.Snapshot, i.PeriodKind));
        Assert.All(enablers, i => Assert.Equal((9, 30), (i.SnapshotMonth, i.SnapshotDay)));
    }

    [Fact]
    public void Framework_EveryOutcome_HasIndicatorsWithEnglandDataForTheirLatestPeriod()
    {
        var data = EnglandData.Default;
        foreach (var outcome in data.Framework.Outcomes)
        {
            var withData = data.Framework.IndicatorsOf(outcome.Id)
                .Where(i => i.Role == IndicatorRole.Outcome)
                .Count(i => data.Observations.LatestPeriod(i.Id) is { } latest
                    && data.Observations.Find(i.Id, "E92000001", latest) is { HasValue: true });
            // Make a positive contribution has little published data (docs/default-framework.md says why).
            Assert.True(withData >= (outcome.Id == EveryChildMatters.MakeAPositiveContributionId ? 1 : 3), outcome.Name + ": " + withData);
        }
    }

    [Fact]
    public void Framework_PublishedPercentages_HaveMultiplier100AndRatesPer10000Have10000()
    {
        foreach (var i in EnglandData.Default.Framework.Indicators)
        {
            var expected = i.MeasureKind switch { MeasureKind.Proportion => 100.0, MeasureKind.Rate => 10000.0, _ => 1.0 };
            Assert.Equal(expected, i.Multiplier);
            Assert.NotNull(i.Source);
        }
    }

    [Fact]
    public void Framework_JsonRoundTrip_GivesTheSameFramework()
    {
        var framework = EnglandData.Default.Framework;
        Assert.Equal(framework, Serialization.FrameworkJson.Read(Serialization.FrameworkJson.ToJson(framework)));
    }

    [Fact]
    public void Framework_EmbeddedJson_IsInTheWritersCanonicalForm()
    {
        // The file is kept exactly as FrameworkJson writes it, so a diff of it shows only real changes.
        var embedded = Internal.EmbeddedData.ReadText(EnglandData.FrameworkFileName);
        Assert.Equal(Serialization.FrameworkJson.ToJson(EnglandData.Default.Framework), embedded);
    }

    [Fact]
    public void DefaultFrameworkDoc_ListsEveryIndicator()
    {
        var doc = System.IO.File.ReadAllText(System.IO.Path.Combine(System.AppContext.BaseDirectory, "Docs", "default-framework.md"));
        Assert.All(EnglandData.Default.Framework.Indicators, i => Assert.Contains("| `" + i.Id + "` |", doc, System.StringComparison.Ordinal));
    }
}
