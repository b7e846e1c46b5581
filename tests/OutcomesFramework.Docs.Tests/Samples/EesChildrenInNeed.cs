using System.Collections.Generic;
using System.Linq;
using OutcomesFramework.England;
using OutcomesFramework.Indicators;
using OutcomesFramework.Periods;
using Xunit;

namespace OutcomesFramework.Docs.Tests.Samples;

/// <summary>docs/ees-data.md, "Example: children in need per 10,000": a rate from a count and the ONS population, and the indicator built in code.</summary>
public sealed class EesChildrenInNeed
{
    [Fact]
    public void IsTheDefaultFrameworksSourceAndGivesTheDocumentedRate()
    {
        #region sample
        var population = new DenominatorSource(
            "ons_mid-year_population_estimates_2012_to_2024.csv",
            new Dictionary<string, string> { ["age_group"] = "Children aged 0 to 17 years" },
            column: "population_estimate",
            yearOffset: -1);
        var source = new IndicatorSource(
            "Children in need", "b1_children_in_need_2013_to_2025.csv",
            new Dictionary<string, string> { ["category"] = "Children in Need" },
            valueColumn: null, numeratorColumn: "At31_episodes", denominatorSource: population, multiplier: 10_000);
        var cinRate = new Indicator("cin-rate", "Children in need at 31 March per 10,000 children", "SS", new[] { "SS1" },
                MeasureKind.Rate, Polarity.NoPolarity, "per 10,000 children aged under 18", PeriodKind.YearEnding31March)
            .WithSource(source)
            .WithMultiplier(10_000)
            .WithReference("LAIT 171; LAIT key: CIN");
        #endregion

        var england = EnglandData.Default;
        var inFramework = england.Framework.Indicators.Single(i => i.Id == "cin-rate");
        Assert.Equal(source, inFramework.Source);
        // The same definition as the framework file's, but for the description the sample leaves out.
        Assert.Equal(inFramework.WithDescription(null), cinRate);
        Assert.Equal(IndicatorRole.Context, cinRate.Role);

        // The doc's hand calculation: England (ONS code E92000001) at 31 March 2025, 402,400 ÷ 12,183,016 (mid-2024) × 10,000 = 330.3.
        var observed = Assert.NotNull(england.Observations.Find("cin-rate", "E92000001", ReportingPeriod.YearEnding31March(2025)));
        Assert.Equal(402_400, observed.Numerator);
        Assert.Equal(12_183_016, observed.Denominator);
        Assert.Equal(402_400 / 12_183_016.0 * 10_000, observed.Value!.Value, 9);
    }
}
