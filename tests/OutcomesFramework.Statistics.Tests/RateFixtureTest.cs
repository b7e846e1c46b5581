using System;
using System.Linq;
using OutcomesFramework.Statistics;
using Xunit;

namespace OutcomesFramework.Statistics.Tests;

/// <summary>Crude rates (exact below 10, Byar's from 10) against PHEindicatormethods' testdata_Rate.</summary>
public sealed class RateFixtureTest
{
    private static readonly FixtureCsv Rate = FixtureCsv.Load("pheindicatormethods", "testdata_Rate__testdata_Rate.csv");
    private static readonly FixtureCsv RateGrouped = FixtureCsv.Load("pheindicatormethods", "testdata_Rate__testdata_Rate_g.csv");

    public static TheoryData<int> RateRows => new(Enumerable.Range(0, 20));

    public static TheoryData<int> RateGroupedRows => new(Enumerable.Range(0, 12));

    [Fact]
    public void Fixtures_RowCounts_AreComplete()
    {
        Assert.Equal(20, Rate.Rows.Count);
        Assert.Equal(12, RateGrouped.Rows.Count);
    }

    [Theory]
    [MemberData(nameof(RateRows))]
    public void Rate_TestdataRate_MatchesBothLevelsAndMethod(int row)
    {
        var multiplier = Rate.Required(row, "multiplier");
        var x = Rate.Number(row, "Numerator");
        var n = Rate.Number(row, "Denominator");
        var at95 = CrudeRate.Calculate(x, n, ConfidenceLevel.NinetyFivePercent, multiplier);
        var at998 = CrudeRate.Calculate(x, n, ConfidenceLevel.NinetyNinePointEightPercent, multiplier);
        Close.Equal(Rate.Number(row, "value"), at95?.Value, what: "value");
        Close.Equal(Rate.Number(row, "lower95_0cl"), at95?.Lower, what: "lower95");
        Close.Equal(Rate.Number(row, "upper95_0cl"), at95?.Upper, what: "upper95");
        Close.Equal(Rate.Number(row, "lower99_8cl"), at998?.Lower, what: "lower99.8");
        Close.Equal(Rate.Number(row, "upper99_8cl"), at998?.Upper, what: "upper99.8");
        if (at95 is { } estimate)
        {
            Assert.Equal(Rate.Text(row, "method"), estimate.Method.ToLabel());
            Assert.Equal(Rate.Text(row, "statistic"), estimate.Statistic);
        }

        // The batch path gives the same limits (NaN for missing rows).
        var lower = new double[1];
        var upper = new double[1];
        CrudeRate.Compute([x ?? double.NaN], [n ?? double.NaN], ConfidenceLevel.NinetyNinePointEightPercent, multiplier, lower, upper);
        Close.Equal(Rate.Number(row, "lower99_8cl"), double.IsNaN(lower[0]) ? null : lower[0], what: "batch lower99.8");
        Close.Equal(Rate.Number(row, "upper99_8cl"), double.IsNaN(upper[0]) ? null : upper[0], what: "batch upper99.8");
    }

    [Theory]
    [MemberData(nameof(RateGroupedRows))]
    public void Rate_GroupedSums_Match(int row)
    {
        var result = CrudeRate.Calculate(
            RateGrouped.Number(row, "Numerator"), RateGrouped.Number(row, "Denominator"), ConfidenceLevel.NinetyFivePercent, RateGrouped.Required(row, "multiplier"));
        Close.Equal(RateGrouped.Number(row, "value"), result?.Value, what: "value");
        Close.Equal(RateGrouped.Number(row, "lowercl"), result?.Lower, what: "lower");
        Close.Equal(RateGrouped.Number(row, "uppercl"), result?.Upper, what: "upper");
    }

    [Fact]
    public void Compute_MixedCounts_VectorPathMatchesScalarApi()
    {
        // 37 rows (not a multiple of the vector width) mixing exact, Byar's, non-integer and missing counts.
        var xs = Enumerable.Range(0, 37).Select(i => i % 5 == 0 ? i / 5.0 : i * 7.0).ToArray();
        xs[3] = 2.5;
        xs[8] = double.NaN;
        var ns = Enumerable.Range(0, 37).Select(i => 1000.0 + i).ToArray();
        var lower = new double[37];
        var upper = new double[37];
        CrudeRate.Compute(xs, ns, ConfidenceLevel.NinetyFivePercent, 100000, lower, upper);
        for (var i = 0; i < xs.Length; i++)
        {
            var scalar = CrudeRate.Calculate(xs[i], ns[i], ConfidenceLevel.NinetyFivePercent);
            if (scalar is null)
            {
                Assert.True(double.IsNaN(lower[i]));
                continue;
            }
            Assert.Equal(scalar.Value.Lower, lower[i], 1e-12 * scalar.Value.Upper);
            Assert.Equal(scalar.Value.Upper, upper[i], 1e-12 * scalar.Value.Upper);
        }
    }

    [Fact]
    public void Rate_NumeratorAboveDenominator_IsAllowed() =>
        Assert.NotNull(CrudeRate.Calculate(250, 220, ConfidenceLevel.NinetyFivePercent));

    [Theory]
    [InlineData(-1.0, 100.0)]
    [InlineData(5.0, 0.0)]
    public void Rate_InvalidInput_ThrowsOutOfRange(double x, double n) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => CrudeRate.Calculate(x, n, ConfidenceLevel.NinetyFivePercent));

    [Fact]
    public void Compute_NegativeCountInVectorBlock_ThrowsNamingRow()
    {
        var xs = new double[] { 5, 50, 500, -1, 5, 5, 5, 5 };
        var ns = new double[] { 10, 10, 10, 10, 10, 10, 10, 10 };
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => CrudeRate.Compute(xs, ns, ConfidenceLevel.NinetyFivePercent, 1, new double[8], new double[8]));
        Assert.Contains("Row 3", ex.Message, StringComparison.Ordinal);
    }
}
