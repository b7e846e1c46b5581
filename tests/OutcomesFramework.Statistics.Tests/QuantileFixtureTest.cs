using System;
using System.Collections.Generic;
using System.Linq;
using OutcomesFramework.Statistics;
using Xunit;

namespace OutcomesFramework.Statistics.Tests;

/// <summary>PHE quantile assignment against PHEindicatormethods' testdata_Quantiles (982 "Good" rows).</summary>
public sealed class QuantileFixtureTest
{
    private static readonly FixtureCsv Data = FixtureCsv.Load("pheindicatormethods", "testdata_Quantiles__testdata_Quantiles.csv");
    private static readonly Lazy<Dictionary<int, int?>> Computed = new(ComputeAll);

    public static TheoryData<int> GoodRows => new(GoodRowIndices());

    private static IEnumerable<int> GoodRowIndices() =>
        Enumerable.Range(0, Data.Rows.Count).Where(i => Data.Text(i, "Test").StartsWith("Good", StringComparison.Ordinal));

    [Fact]
    public void Fixture_RowCounts_AreComplete()
    {
        Assert.Equal(1017, Data.Rows.Count);
        Assert.Equal(982, GoodRowIndices().Count());
        // 22 in regional groups under 10 areas (README) plus 8 rows whose value is itself missing.
        Assert.Equal(30, GoodRowIndices().Count(i => Data.Number(i, "QuantileInGrp") is null));
    }

    [Theory]
    [MemberData(nameof(GoodRows))]
    public void Assign_GoodRows_MatchExpectedQuantile(int row)
    {
        var expected = Data.Number(row, "QuantileInGrp") is { } q ? (int?)q : null;
        Assert.Equal(expected, Computed.Value[row]);
    }

    private static bool Invert(int row) => Data.Text(row, "Polarity") switch
    {
        "RAG - Low is good" or "TRUE" => true,
        "RAG - High is good" or "FALSE" => false,
        var other => throw new InvalidOperationException(other),
    };

    private static Dictionary<int, int?> ComputeAll()
    {
        // As the package's test: IndSexReg groups by IndSexRef + ParentCode (deciles); IndSex by IndSexRef
        // (septiles); None is one set of quartiles with invert = TRUE.
        var result = new Dictionary<int, int?>();
        var groups = GoodRowIndices().GroupBy(i => Data.Text(i, "GroupSet") switch
        {
            "IndSexReg" => "R|" + Data.Text(i, "IndSexRef") + "|" + Data.Text(i, "ParentCode"),
            "IndSex" => "S|" + Data.Text(i, "IndSexRef"),
            _ => "N",
        }, StringComparer.Ordinal);
        foreach (var group in groups)
        {
            var rows = group.ToArray();
            var (count, invert) = group.Key[0] switch
            {
                'R' => (10, Invert(rows[0])),
                'S' => (7, Invert(rows[0])),
                _ => (4, true),
            };
            var values = rows.Select(i => Data.Number(i, "Value") ?? double.NaN).ToArray();
            var quantiles = new int[values.Length];
            PheQuantiles.Assign(values, count, invert, quantiles);
            for (var k = 0; k < rows.Length; k++)
            {
                result[rows[k]] = quantiles[k] == 0 ? null : quantiles[k];
            }
        }
        return result;
    }

    [Fact]
    public void Assign_Ties_ShareAQuantileAndNaNGetsNone()
    {
        // Hand calculation: 4 values into 2 quantiles, invert = false. Min ranks 1, 2, 2, 4 for 1, 5, 5, 9;
        // N/q = 2; quantile = 3 − ⌈(5 − rank)/2⌉: rank 1 → 3 − 2 = 1, rank 2 → 3 − ⌈1.5⌉ = 1, rank 4 → 3 − 1 = 2.
        var quantiles = new int[5];
        Assert.True(PheQuantiles.Assign([5.0, 1.0, 9.0, 5.0, double.NaN], 2, false, quantiles));
        Assert.Equal(new[] { 1, 1, 2, 1, 0 }, quantiles);
    }

    [Fact]
    public void Assign_TooFewValues_AssignsNone()
    {
        var quantiles = new int[] { 9, 9, 9 };
        Assert.False(PheQuantiles.Assign([1.0, 2.0, 3.0], 4, true, quantiles));
        Assert.Equal(new[] { 0, 0, 0 }, quantiles);
    }

    [Fact]
    public void Assign_FloatingPointEdge_MatchesR()
    {
        // Research note §8: N = 28, q = 20, rank 8: (29 − 8)/(28/20) evaluates to 15.000000000000002 in doubles,
        // so R (and we) give ⌊21 − 16⌋ = 5, where exact arithmetic gives 6.
        var values = Enumerable.Range(1, 28).Select(i => (double)i).ToArray();
        var quantiles = new int[28];
        PheQuantiles.Assign(values, 20, false, quantiles);
        Assert.Equal(5, quantiles[7]);
    }
}
