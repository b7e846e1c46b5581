using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using OutcomesFramework.Statistics;
using Xunit;

namespace OutcomesFramework.Statistics.Tests;

/// <summary>
/// SII / RII point estimates against PHEindicatormethods' testdata_SII (expected values on the first row of each
/// scenario and area). Scenario settings are read from the description: "log transform" (rates) and "logit transform"
/// (proportions) fit on that scale; "multiplier (x 100)" = 100, "multiplier (x -100)" = −100, "negative multiplier" = −1.
/// Confidence-level, repetition and multiple-CI variants differ only in the simulated limits, so their point estimates
/// are tested too; the simulated limits themselves (R RNG, set.seed(5)) are not reproducible and are not compared.
/// Covered: 22 point-estimate scenarios (44 areas) plus "negative populations" (as an exception). NOT covered (6 scenarios),
/// all error/warning handling of inputs this API does not take or does not emulate:
/// "negative counts/standard error", "invalid proportion in CLs", "missing confidence limits and se" (the API takes no
/// counts, CLs or SE: they only feed the simulated limits); "missing value field" (R errors on a missing column, a
/// data-frame concern); "missing populations, counts or values" and "large number of quantiles (&gt;10)" (R warns and
/// drops areas; this API throws on bad input and does not warn).
/// </summary>
public sealed class SiiFixtureTest
{
    private static readonly FixtureCsv Data = FixtureCsv.Load("pheindicatormethods", "testdata_SII__testdata_SII.csv");

    private static readonly string[] NotCovered =
    {
        "error handling - negative counts/standard error",
        "error handling - invalid proportion in CLs",
        "error handling - missing value field",
        "error handling - missing confidence limits and se",
        "warning handling - missing populations, counts or values",
        "warning handling - large number of quantiles (>10)",
    };

    private const string NegativePopulations = "error handling - negative populations";

    public static TheoryData<string> PointScenarios => new(Scenarios().Where(s => s != NegativePopulations && !NotCovered.Contains(s)));

    private static List<string> Scenarios() =>
        Enumerable.Range(0, Data.Rows.Count).Select(i => Data.Text(i, "TestDescription")).Distinct(StringComparer.Ordinal).ToList();

    [Fact]
    public void Fixture_ScenarioCounts_AreAccountedFor()
    {
        Assert.Equal(505, Data.Rows.Count);
        var all = Scenarios();
        Assert.Equal(29, all.Count);
        Assert.All(NotCovered, s => Assert.Contains(s, all));
        Assert.Contains(NegativePopulations, all);
        Assert.Equal(22, PointScenarios.Count);
    }

    [Theory]
    [MemberData(nameof(PointScenarios))]
    public void Sii_Scenario_MatchesPointEstimates(string scenario)
    {
        var rows = Enumerable.Range(0, Data.Rows.Count).Where(i => Data.Text(i, "TestDescription") == scenario).ToList();
        var areas = rows.Select(i => Data.Text(i, "Area")).Distinct(StringComparer.Ordinal).ToList();
        Assert.Equal(2, areas.Count);
        foreach (var area in areas)
        {
            var group = rows.Where(i => Data.Text(i, "Area") == area)
                .OrderBy(i => Data.Required(i, "Quantile"))
                .ToList();
            var first = group[0];
            Assert.Equal(1, Data.Required(first, "Quantile"));
            var valueType = (int)Data.Required(first, "ValueType");
            var transform = scenario.Contains("log transform", StringComparison.Ordinal) ? SiiTransform.Log
                : scenario.Contains("logit transform", StringComparison.Ordinal) ? SiiTransform.Logit
                : SiiTransform.None;
            Assert.True(transform == SiiTransform.None || (int)transform == valueType, $"{scenario}: transform vs value type {valueType}");
            var multiplier = scenario.Contains("(x 100)", StringComparison.Ordinal) ? 100.0
                : scenario.Contains("(x -100)", StringComparison.Ordinal) ? -100.0
                : scenario.Contains("negative multiplier", StringComparison.Ordinal) ? -1.0
                : 1.0;
            var result = SlopeIndexOfInequality.Calculate(
                group.Select(i => Data.Required(i, "Population")).ToArray(),
                group.Select(i => Data.Required(i, "Value")).ToArray(),
                transform,
                multiplier);
            var what = string.Create(CultureInfo.InvariantCulture, $"{scenario} {area}");
            Close.Equal(Data.Required(first, "sii"), result.Sii, Close.ReadmeTolerance, what + " sii");
            if (Data.Number(first, "rii") is { } rii)
            {
                Close.Equal(rii, result.Rii, Close.ReadmeTolerance, what + " rii");
            }
            else
            {
                Assert.Contains("without rii", scenario, StringComparison.Ordinal);
            }
            if (Data.Number(first, "Intercept") is { } intercept)
            {
                Close.Equal(intercept, result.Intercept, Close.ReadmeTolerance, what + " intercept");
            }
        }
    }

    [Fact]
    public void Sii_NegativePopulation_Throws()
    {
        var group = Enumerable.Range(0, Data.Rows.Count).Where(i => Data.Text(i, "TestDescription") == NegativePopulations).ToList();
        var populations = group.Select(i => Data.Required(i, "Population")).ToArray();
        Assert.Contains(populations, p => p < 0);
        Assert.Throws<ArgumentOutOfRangeException>(() =>
            SlopeIndexOfInequality.Calculate(populations, group.Select(i => Data.Required(i, "Value")).ToArray()));
    }
}
