using System;
using System.Linq;
using OutcomesFramework.Statistics;
using Xunit;

namespace OutcomesFramework.Statistics.Tests;

/// <summary>Funnel-plot limits and significance against PHEindicatormethods' testdata_funnel_* files.</summary>
public sealed class FunnelFixtureTest
{
    private static readonly FixtureCsv PropInputs = FixtureCsv.Load("pheindicatormethods", "testdata_funnel_prop_inputs.csv");
    private static readonly FixtureCsv PropOutputs = FixtureCsv.Load("pheindicatormethods", "testdata_funnel_prop_outputs.csv");
    private static readonly FixtureCsv PropAxis = FixtureCsv.Load("pheindicatormethods", "testdata_funnel_prop_outputs_with_axis_variation.csv");
    private static readonly FixtureCsv RatioInputs = FixtureCsv.Load("pheindicatormethods", "testdata_funnel_ratio_inputs.csv");
    private static readonly FixtureCsv RatioOutputs = FixtureCsv.Load("pheindicatormethods", "testdata_funnel_ratio_outputs.csv");
    private static readonly FixtureCsv RateInputs = FixtureCsv.Load("pheindicatormethods", "testdata_funnel_rate_input_funnels.csv");
    private static readonly FixtureCsv RateDsrInputs = FixtureCsv.Load("pheindicatormethods", "testdata_funnel_rate_dsr_inputs.csv");

    public static TheoryData<int> HundredRows => new(Enumerable.Range(0, 100));

    // A plain array as well as the theory data: the row-count check loops over the names without xunit.v3's
    // TheoryDataRow, so the same source also compiles in the xunit v2 twin that mutation testing runs (mutation/twins).
    private static readonly string[] RateOutputFileNames = ["testdata_funnel_rate_outputs.csv", "testdata_funnel_rate_outputs_2.csv", "testdata_funnel_rate_outputs_3.csv"];

    public static TheoryData<string> RateOutputFiles => new(RateOutputFileNames);

    public static TheoryData<string> RateSignificanceColumns => new(
        "dsr_per_100000_with_0", "dsr_per_100_with_0", "dsr_per_100000_without_0", "dsr_per_100_without_0",
        "crude_per_100000_with_0", "crude_per_100_with_0", "crude_per_100000_without_0", "crude_per_100_without_0");

    [Fact]
    public void Fixtures_RowCounts_AreComplete()
    {
        Assert.Equal(303, PropInputs.Rows.Count);
        Assert.Equal(100, PropOutputs.Rows.Count);
        Assert.Equal(100, PropAxis.Rows.Count);
        Assert.Equal(300, RatioInputs.Rows.Count);
        Assert.Equal(100, RatioOutputs.Rows.Count);
        Assert.Equal(50, RateInputs.Rows.Count);
        Assert.Equal(40, RateDsrInputs.Rows.Count);
        foreach (var file in RateOutputFileNames)
        {
            Assert.Equal(100, FixtureCsv.Load("pheindicatormethods", file).Rows.Count);
        }
    }

    private static double[] Column(FixtureCsv csv, string column) =>
        Enumerable.Range(0, csv.Rows.Count).Select(i => csv.Number(i, column) ?? double.NaN).ToArray();

    [Fact]
    public void ProportionSignificance_AllAreas_MatchLabels()
    {
        var significance = new FunnelSignificance[PropInputs.Rows.Count];
        FunnelPlot.ProportionSignificance(Column(PropInputs, "numerator"), Column(PropInputs, "denominator"), significance);
        for (var i = 0; i < significance.Length; i++)
        {
            Assert.True(PropInputs.Text(i, "significance") == significance[i].ToLabel(), $"row {i}: expected {PropInputs.Text(i, "significance")}, got {significance[i].ToLabel()}");
        }
    }

    [Theory]
    [MemberData(nameof(HundredRows))]
    public void ProportionLimits_AllInputs_MatchPoint(int row)
    {
        var points = FunnelPlot.ProportionLimits(Column(PropInputs, "numerator"), Column(PropInputs, "denominator"));
        AssertProportionPoint(PropOutputs, row, points[row]);
    }

    [Theory]
    [MemberData(nameof(HundredRows))]
    public void ProportionLimits_AxisVariation_MatchPoint(int row)
    {
        var keep = Enumerable.Range(0, PropInputs.Rows.Count).Where(i => PropInputs.Required(i, "denominator") < 31000).ToArray();
        var points = FunnelPlot.ProportionLimits(
            keep.Select(i => PropInputs.Required(i, "numerator")).ToArray(), keep.Select(i => PropInputs.Required(i, "denominator")).ToArray());
        AssertProportionPoint(PropAxis, row, points[row]);
    }

    private static void AssertProportionPoint(FixtureCsv csv, int row, FunnelLimits point)
    {
        Assert.Equal(csv.Required(row, "Population"), point.X);
        Printed.Equal(csv, row, "Lower2s0025limit", point.Lower2s);
        Printed.Equal(csv, row, "Upper2s0025limit", point.Upper2s);
        Printed.Equal(csv, row, "Lower3s0001limit", point.Lower3s);
        Printed.Equal(csv, row, "Upper3s0001limit", point.Upper3s);
        Printed.Equal(csv, row, "Baseline", point.Baseline!.Value);
    }

    [Fact]
    public void RatioSignificance_AllAreas_MatchLabels()
    {
        for (var i = 0; i < RatioInputs.Rows.Count; i++)
        {
            var actual = FunnelPlot.RatioSignificance(RatioInputs.Required(i, "obs"), RatioInputs.Required(i, "expected")).ToLabel();
            Assert.True(RatioInputs.Text(i, "significance") == actual, $"row {i}: expected {RatioInputs.Text(i, "significance")}, got {actual}");
        }
    }

    [Theory]
    [MemberData(nameof(HundredRows))]
    public void RatioLimits_CountAndIsr_MatchPoint(int row)
    {
        var point = FunnelPlot.RatioLimits(Column(RatioInputs, "expected"))[row];
        Assert.Equal(RatioOutputs.Required(row, "Observed_events"), point.X);
        Printed.Equal(RatioOutputs, row, "lower_2s_exp_events", point.Lower2sDenominator!.Value);
        Printed.Equal(RatioOutputs, row, "upper_2s_exp_events", point.Upper2sDenominator!.Value);
        Printed.Equal(RatioOutputs, row, "lower_3s_exp_events", point.Lower3sDenominator!.Value);
        Printed.Equal(RatioOutputs, row, "upper_3s_exp_events", point.Upper3sDenominator!.Value);
        // ratio_type "count" is the ratio − 1; "isr" is the ratio × 100.
        Printed.Equal(RatioOutputs, row, "lower_2s_count", point.Lower2s - 1);
        Printed.Equal(RatioOutputs, row, "upper_2s_count", point.Upper2s - 1);
        Printed.Equal(RatioOutputs, row, "lower_3s_count", point.Lower3s - 1);
        Printed.Equal(RatioOutputs, row, "upper_3s_count", point.Upper3s - 1);
        Printed.Equal(RatioOutputs, row, "lower_2s_isr", point.Lower2s * 100);
        Printed.Equal(RatioOutputs, row, "upper_2s_isr", point.Upper2s * 100);
        Printed.Equal(RatioOutputs, row, "lower_3s_isr", point.Lower3s * 100);
        Printed.Equal(RatioOutputs, row, "upper_3s_isr", point.Upper3s * 100);
    }

    [Theory]
    [MemberData(nameof(RateOutputFiles))]
    public void RateLimits_ThreeSettings_MatchAllPoints(string file)
    {
        var expected = FixtureCsv.Load("pheindicatormethods", file);
        var ev = Column(RateInputs, "ev");
        var rate = Column(RateInputs, "rate");
        double[] denominators = [];
        var type = FunnelRateType.Crude;
        var largest = Array.IndexOf(ev, ev.Max());
        switch (file)
        {
            case "testdata_funnel_rate_outputs.csv":
                type = FunnelRateType.DirectlyStandardised;
                break;
            case "testdata_funnel_rate_outputs_2.csv":
                ev[largest] = 5; // README: the largest ev replaced by 5, crude
                break;
            default:
                // README: pop = 1e5·ev/rate; the largest-ev row becomes ev = 0, rate = 0; rows with pop ≤ max/2 dropped.
                var pop = ev.Zip(rate, (e, r) => 1e5 * e / r).ToArray();
                ev[largest] = 0;
                rate[largest] = 0;
                var keep = Enumerable.Range(0, pop.Length).Where(i => pop[i] > pop.Max() / 2).ToArray();
                ev = keep.Select(i => ev[i]).ToArray();
                rate = keep.Select(i => rate[i]).ToArray();
                denominators = keep.Select(i => pop[i]).ToArray();
                break;
        }
        var points = FunnelPlot.RateLimits(ev, rate, denominators, type, 1e5, yearsOfData: 3);
        for (var row = 0; row < 100; row++)
        {
            var point = points[row];
            Assert.Equal(expected.Required(row, "Events"), point.X);
            Printed.Equal(expected, row, "lower_2s_population_1_year", point.Lower2sDenominator!.Value);
            Printed.Equal(expected, row, "upper_2s_population_1_year", point.Upper2sDenominator!.Value);
            Printed.Equal(expected, row, "lower_3s_population_1_year", point.Lower3sDenominator!.Value);
            Printed.Equal(expected, row, "upper_3s_population_1_year", point.Upper3sDenominator!.Value);
            Printed.Equal(expected, row, "lower_2s_limit", point.Lower2s);
            Printed.Equal(expected, row, "upper_2s_limit", point.Upper2s);
            Printed.Equal(expected, row, "lower_3s_limit", point.Lower3s);
            Printed.Equal(expected, row, "upper_3s_limit", point.Upper3s);
            Printed.Equal(expected, row, "baseline", point.Baseline!.Value);
        }
    }

    [Theory]
    [MemberData(nameof(RateSignificanceColumns))]
    public void RateSignificance_EightSettings_MatchLabels(string column)
    {
        var type = column.StartsWith("dsr", StringComparison.Ordinal) ? FunnelRateType.DirectlyStandardised : FunnelRateType.Crude;
        var per100 = column.Contains("_per_100_", StringComparison.Ordinal);
        var rateColumn = type == FunnelRateType.DirectlyStandardised ? "rate_dsr" : per100 ? "rate_crude_per_100" : "rate_crude_per_100000";
        var multiplier = per100 ? 100 : 1e5;
        // README: the dsr columns use rate_dsr, the crude ones the crude-rate column matching the multiplier.
        var withZero = !column.EndsWith("without_0", StringComparison.Ordinal);
        var rows = Enumerable.Range(0, RateDsrInputs.Rows.Count).Where(i => withZero || RateDsrInputs.Required(i, "count") != 0).ToArray();
        Assert.Equal(withZero ? 40 : 39, rows.Length);
        var counts = rows.Select(i => RateDsrInputs.Required(i, "count")).ToArray();
        var rates = rows.Select(i => RateDsrInputs.Number(i, rateColumn) ?? double.NaN).ToArray();
        var pops = rows.Select(i => RateDsrInputs.Required(i, "pop")).ToArray();
        var significance = new FunnelSignificance[rows.Length];
        FunnelPlot.RateSignificance(counts, rates, pops, type, multiplier, significance);
        for (var k = 0; k < rows.Length; k++)
        {
            Assert.True(RateDsrInputs.Text(rows[k], column) == significance[k].ToLabel(), $"row {rows[k]}: expected {RateDsrInputs.Text(rows[k], column)}, got {significance[k].ToLabel()}");
        }
    }
}
