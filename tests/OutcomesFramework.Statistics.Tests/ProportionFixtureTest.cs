using System;
using System.Linq;
using OutcomesFramework.Statistics;
using Xunit;

namespace OutcomesFramework.Statistics.Tests;

/// <summary>Wilson proportions against PHEindicatormethods' testdata_Proportion, testdata_B_W and NCMP_testdata.</summary>
public sealed class ProportionFixtureTest
{
    private static readonly FixtureCsv Prop = FixtureCsv.Load("pheindicatormethods", "testdata_Proportion__testdata_Prop.csv");
    private static readonly FixtureCsv PropGrouped = FixtureCsv.Load("pheindicatormethods", "testdata_Proportion__testdata_Prop_g.csv");
    private static readonly FixtureCsv ByarsWilson = FixtureCsv.Load("pheindicatormethods", "testdata_Byars_Wilson__testdata_B_W.csv");
    private static readonly FixtureCsv Ncmp = FixtureCsv.Load("pheindicatormethods", "NCMP_testdata.csv");

    public static TheoryData<int> PropRows => new(Enumerable.Range(0, 19));

    public static TheoryData<int> PropGroupedRows => new(Enumerable.Range(0, 11));

    public static TheoryData<int> ByarsWilsonRows => new(Enumerable.Range(0, 13));

    public static TheoryData<int> NcmpRows => new(Enumerable.Range(0, 240));

    [Fact]
    public void Fixtures_RowCounts_AreComplete()
    {
        Assert.Equal(19, Prop.Rows.Count);
        Assert.Equal(11, PropGrouped.Rows.Count);
        Assert.Equal(13, ByarsWilson.Rows.Count);
        Assert.Equal(240, Ncmp.Rows.Count);
    }

    [Theory]
    [MemberData(nameof(PropRows))]
    public void Proportion_TestdataProp_MatchesBothLevels(int row)
    {
        var multiplier = Prop.Required(row, "multiplier");
        var x = Prop.Number(row, "Numerator");
        var n = Prop.Number(row, "Denominator");
        var at95 = Wilson.Proportion(x, n, ConfidenceLevel.NinetyFivePercent, multiplier);
        var at998 = Wilson.Proportion(x, n, ConfidenceLevel.NinetyNinePointEightPercent, multiplier);
        var both = Wilson.ProportionBothLevels(x, n, multiplier);
        Close.Equal(Prop.Number(row, "value"), at95?.Value, what: "value");
        Close.Equal(Prop.Number(row, "lower95_0cl"), at95?.Lower, what: "lower95");
        Close.Equal(Prop.Number(row, "upper95_0cl"), at95?.Upper, what: "upper95");
        Close.Equal(Prop.Number(row, "lower99_8cl"), at998?.Lower, what: "lower99.8");
        Close.Equal(Prop.Number(row, "upper99_8cl"), at998?.Upper, what: "upper99.8");
        Close.Equal(Prop.Number(row, "lower99_8cl"), both?.Interval998.Lower, what: "both lower99.8");
        Close.Equal(Prop.Number(row, "upper95_0cl"), both?.Interval95.Upper, what: "both upper95");
        if (at95 is { } estimate)
        {
            Assert.Equal(Prop.Text(row, "statistic"), estimate.Statistic);
            Assert.Equal(Prop.Text(row, "method"), estimate.Method.ToLabel());
            Assert.Equal("95%", estimate.Interval.Level.ToString());
        }
    }

    [Theory]
    [MemberData(nameof(PropGroupedRows))]
    public void Proportion_GroupedSums_Match(int row)
    {
        var result = Wilson.Proportion(
            PropGrouped.Number(row, "Numerator"), PropGrouped.Number(row, "Denominator"), ConfidenceLevel.NinetyFivePercent, PropGrouped.Required(row, "multiplier"));
        Close.Equal(PropGrouped.Number(row, "value"), result?.Value, what: "value");
        Close.Equal(PropGrouped.Number(row, "lowercl"), result?.Lower, what: "lower");
        Close.Equal(PropGrouped.Number(row, "uppercl"), result?.Upper, what: "upper");
    }

    [Theory]
    [MemberData(nameof(ByarsWilsonRows))]
    public void ByarsAndWilson_Helpers_MatchCountAndProportionScale(int row)
    {
        var level = ByarsWilson.Text(row, "confidence") == "95%" ? ConfidenceLevel.NinetyFivePercent : ConfidenceLevel.NinetyNinePointEightPercent;
        var x = ByarsWilson.Required(row, "x");
        if (ByarsWilson.Text(row, "method") == "Wilson")
        {
            var interval = Wilson.Interval(x, ByarsWilson.Required(row, "n"), level);
            Close.Equal(ByarsWilson.Number(row, "lowercl"), interval.Lower, what: "wilson lower");
            Close.Equal(ByarsWilson.Number(row, "uppercl"), interval.Upper, what: "wilson upper");
        }
        else
        {
            Close.Equal(ByarsWilson.Number(row, "lowercl"), Byars.Lower(x, level), what: "byars lower");
            Close.Equal(ByarsWilson.Number(row, "uppercl"), Byars.Upper(x, level), what: "byars upper");
        }
    }

    [Theory]
    [MemberData(nameof(NcmpRows))]
    public void Proportion_NcmpChildObesityByDecile_MatchesPercentages(int row)
    {
        var result = Wilson.Proportion(Ncmp.Number(row, "Count"), Ncmp.Number(row, "Measured"), ConfidenceLevel.NinetyFivePercent, 100);
        Close.Equal(Ncmp.Number(row, "Rate"), result?.Value, what: "rate");
        Close.Equal(Ncmp.Number(row, "LCL"), result?.Lower, what: "LCL");
        Close.Equal(Ncmp.Number(row, "UCL"), result?.Upper, what: "UCL");
    }

    [Fact]
    public void Compute_Batch_MatchesScalarForEveryFixtureRow()
    {
        // Batch and scalar paths must agree bit for bit (vector and scalar code perform the same operations).
        var xs = Ncmp.Rows.Select((_, i) => Ncmp.Required(i, "Count")).Concat([double.NaN, 3]).ToArray();
        var ns = Ncmp.Rows.Select((_, i) => Ncmp.Required(i, "Measured")).Concat([10, double.NaN]).ToArray();
        var lower = new double[xs.Length];
        var upper = new double[xs.Length];
        Wilson.Compute(xs, ns, ConfidenceLevel.NinetyFivePercent, 100, lower, upper);
        for (var i = 0; i < Ncmp.Rows.Count; i++)
        {
            var scalar = Wilson.Proportion(xs[i], ns[i], ConfidenceLevel.NinetyFivePercent, 100)!.Value;
            Assert.Equal(scalar.Lower, lower[i]);
            Assert.Equal(scalar.Upper, upper[i]);
        }
        Assert.True(double.IsNaN(lower[^2]) && double.IsNaN(upper[^1]));
    }

    [Theory]
    [InlineData(-1.0, 10.0)]
    [InlineData(1.0, 0.0)]
    [InlineData(1.0, -5.0)]
    [InlineData(double.PositiveInfinity, 10.0)]
    public void Proportion_InvalidCounts_ThrowOutOfRange(double x, double n) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => Wilson.Proportion(x, n, ConfidenceLevel.NinetyFivePercent));

    [Fact]
    public void Proportion_NumeratorAboveDenominator_ThrowsNamingValues()
    {
        var ex = Assert.Throws<ArgumentException>(() => Wilson.Proportion(11, 10, ConfidenceLevel.NinetyFivePercent));
        Assert.Contains("11", ex.Message, StringComparison.Ordinal);
        Assert.Equal("numerator", ex.ParamName);
    }

    [Fact]
    public void Compute_BadRow_ThrowsNamingRow()
    {
        var xs = new double[] { 1, 2, 3, 4, 5, 6, 7, 8, 9, 12 };
        var ns = new double[] { 10, 10, 10, 10, 10, 10, 10, 10, 10, 10 };
        var ex = Assert.Throws<ArgumentException>(() => Wilson.Compute(xs, ns, ConfidenceLevel.NinetyFivePercent, 1, new double[10], new double[10]));
        Assert.Contains("Row 9", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Proportion_Missing_GivesNull()
    {
        Assert.Null(Wilson.Proportion(null, 10, ConfidenceLevel.NinetyFivePercent));
        Assert.Null(Wilson.Proportion(3, double.NaN, ConfidenceLevel.NinetyFivePercent));
    }

    [Fact]
    public void Interval_HandCalculation_ZeroAndAll()
    {
        // x = 0: lower is 0; upper = z²/(n + z²) (the square root reduces to z). x = n: upper is 1.
        var z = ConfidenceLevel.NinetyFivePercent.Z;
        var zero = Wilson.Interval(0, 20, ConfidenceLevel.NinetyFivePercent);
        Assert.Equal(0, zero.Lower);
        Assert.Equal(z * z / (20 + (z * z)), zero.Upper, 1e-15);
        Assert.Equal(1, Wilson.Interval(20, 20, ConfidenceLevel.NinetyFivePercent).Upper);
    }
}
