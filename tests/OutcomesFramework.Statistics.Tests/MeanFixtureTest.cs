using System.Linq;
using OutcomesFramework.Statistics;
using Xunit;

namespace OutcomesFramework.Statistics.Tests;

/// <summary>Student's t means against PHEindicatormethods' testdata_Mean.</summary>
public sealed class MeanFixtureTest
{
    private static readonly FixtureCsv Data = FixtureCsv.Load("pheindicatormethods", "testdata_Mean__testdata_Mean.csv");
    private static readonly FixtureCsv Results = FixtureCsv.Load("pheindicatormethods", "testdata_Mean__testdata_Mean_results.csv");

    public static TheoryData<int> ResultRows => new(Enumerable.Range(0, 3));

    [Fact]
    public void Fixtures_RowCounts_AreComplete()
    {
        Assert.Equal(26, Data.Rows.Count);
        Assert.Equal(3, Results.Rows.Count);
    }

    [Theory]
    [MemberData(nameof(ResultRows))]
    public void Mean_GroupedAndUngrouped_MatchesBothLevels(int row)
    {
        var area = Results.Text(row, "area");
        var values = Enumerable.Range(0, Data.Rows.Count)
            .Where(i => area == "No grouping" || Data.Text(i, "area") == area)
            .Select(i => Data.Required(i, "values"))
            .ToArray();
        Assert.Equal(Results.Required(row, "value_count"), values.Length);
        var both = SampleMean.CalculateBothLevels(values);
        Assert.NotNull(both);
        Close.Equal(Results.Number(row, "value"), both.Value.Value, what: "value");
        Close.Equal(Results.Number(row, "lower95_0cl"), both.Value.Interval95.Lower, what: "lower95");
        Close.Equal(Results.Number(row, "upper95_0cl"), both.Value.Interval95.Upper, what: "upper95");
        Close.Equal(Results.Number(row, "lower99_8cl"), both.Value.Interval998.Lower, what: "lower99.8");
        Close.Equal(Results.Number(row, "upper99_8cl"), both.Value.Interval998.Upper, what: "upper99.8");
        Assert.Equal(Results.Text(row, "method"), both.Value.Interval95.Method.ToLabel());
        Assert.Equal(Results.Text(row, "statistic"), both.Value.Statistic);
    }

    [Fact]
    public void Mean_MissingValueOrSingleValue_GivesNull()
    {
        Assert.Null(SampleMean.Calculate([1.0, double.NaN, 3.0], ConfidenceLevel.NinetyFivePercent));
        Assert.Null(SampleMean.Calculate([4.0], ConfidenceLevel.NinetyFivePercent));
    }

    [Fact]
    public void Mean_HandCalculation_TwoValues()
    {
        // Values 1 and 3: mean 2, s = √2, n = 2, df = 1 so |qt(0.025, 1)| = tan(0.475π) = cot(0.025π);
        // half-width = cot(0.025π)·√2/√2 = cot(0.025π) = 12.706204736174705.
        var result = SampleMean.Calculate([1.0, 3.0], ConfidenceLevel.NinetyFivePercent)!.Value;
        var half = 1 / System.Math.Tan(0.025 * System.Math.PI);
        Assert.Equal(2 - half, result.Lower, 1e-12);
        Assert.Equal(2 + half, result.Upper, 1e-12);
    }
}
