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
    public void Framework_HasTenScoredIndicatorsPerOutcomePlusContextAndEnablers()
    {
        var framework = EnglandData.Default.Framework;
        Assert.All(framework.Outcomes, o => Assert.True(framework.IndicatorsOf(o.Id).Count(i => i.Role == IndicatorRole.Outcome) >= 10, o.Name));
        var context = framework.Indicators.Where(i => i.Role == IndicatorRole.Context).Select(i => i.Id).ToList();
        Assert.Contains("cla-rate", context);
        Assert.Contains("cin-rate", context);
        Assert.Contains("cpp-rate", context);
        Assert.All(framework.Indicators.Where(i => i.Role == IndicatorRole.Context), i => Assert.Equal(Polarity.NoPolarity, i.Polarity));
        // Enablers: the five workforce measures, then the measures too thinly published to score (fewer than 120
        // authorities with a figure), which keep their polarity so that they are ranked and read by assurance rules.
        var enablers = framework.Indicators.Where(i => i.Role == IndicatorRole.Enabler).ToList();
        Assert.Equal(new[] { "sw-turnover-rate", "sw-agency-rate", "sw-vacancy-rate", "sw-caseload", "sw-absence-rate" }, enablers.Take(5).Select(i => i.Id));
        Assert.All(enablers, i => Assert.NotEqual(Polarity.NoPolarity, i.Polarity));
        Assert.All(enablers.Take(5), i => Assert.Equal(Polarity.LowerIsBetter, i.Polarity));
        Assert.All(enablers.Take(5), i => Assert.Equal(Periods.PeriodKind.Snapshot, i.PeriodKind));
        Assert.All(enablers.Take(5), i => Assert.Equal((9, 30), (i.SnapshotMonth, i.SnapshotDay)));
        Assert.Equal(
            new[] { "cla-substance-misuse", "breastfeeding-6-8-weeks", "cpp-two-years-or-more", "ks2-rwm-cla", "ks2-rwm-cppo", "ks4-grade4-english-maths-cla",
                "cla-convictions", "care-leavers-higher-education-19-21", "care-leavers-apprenticeship-19-21" },
            enablers.Skip(5).Select(i => i.Id));
    }

    [Fact]
    public void Framework_EveryScoredIndicator_HasAnEnglandFigureForItsLatestPeriod_ExceptWhereLaitPublishesNone()
    {
        // LAIT writes '-' for England on the two youth-justice measures from the Youth Justice Board's area tables
        // (re-offending 15-17, cautioned or sentenced): they are compared with region and neighbours only.
        var withoutEngland = new[] { "reoffending-15-17", "cautioned-or-sentenced" };
        var data = EnglandData.Default;
        var missing = data.Framework.Indicators
            .Where(i => i.Role == IndicatorRole.Outcome)
            .Where(i => !(data.Observations.LatestPeriod(i.Id) is { } latest && data.Observations.Find(i.Id, "E92000001", latest) is { HasValue: true }))
            .Select(i => i.Id)
            .ToList();
        Assert.Equal(withoutEngland, missing);
    }

    [Fact]
    public void Framework_PublishedPercentages_HaveMultiplier100AndRatesTheBaseTheirUnitNames()
    {
        foreach (var i in EnglandData.Default.Framework.Indicators)
        {
            // A rate's multiplier is the base its unit names: per 1,000, per 10,000 or per 100,000.
            var unit = i.Unit.Replace(",", string.Empty, System.StringComparison.Ordinal);
            var rateBase = unit.Contains("100000", System.StringComparison.Ordinal) ? 100000.0
                : unit.Contains("10000", System.StringComparison.Ordinal) ? 10000.0
                : unit.Contains("1000", System.StringComparison.Ordinal) ? 1000.0 : double.NaN;
            var expected = i.MeasureKind switch { MeasureKind.Proportion => 100.0, MeasureKind.Rate => rateBase, _ => 1.0 };
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

    [Fact]
    public void DefaultFrameworkDoc_SaysWhyEachAimWithoutAScoredIndicatorHasNone()
    {
        var doc = System.IO.File.ReadAllText(System.IO.Path.Combine(System.AppContext.BaseDirectory, "Docs", "default-framework.md"));
        var why = doc.Substring(doc.IndexOf("### Aims without a scored indicator, and why", System.StringComparison.Ordinal));
        var framework = EnglandData.Default.Framework;
        foreach (var aim in framework.Outcomes.SelectMany(o => o.Aims))
        {
            var evidenced = framework.Indicators.Any(i => i.Role == IndicatorRole.Outcome && i.AimIds.Contains(aim.Id));
            Assert.True(evidenced || why.Contains("* **" + aim.Id + "** ", System.StringComparison.Ordinal), aim.Id + " has no scored indicator and the doc does not say why.");
        }
    }
}
