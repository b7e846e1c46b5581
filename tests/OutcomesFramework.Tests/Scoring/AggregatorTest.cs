using System;
using System.Linq;
using OutcomesFramework.Scoring;
using Xunit;

namespace OutcomesFramework.Tests.Scoring;

/// <summary>The aggregation formulas, with COINr's expected values (a_amean, a_gmean, dat_thresh).</summary>
public class AggregatorTest
{
    [Fact]
    public void Geometric_EqualWeights_IsCubeRootOfProduct()
    {
        // a_gmean(c(1, 2, 3)) = (1 * 2 * 3)^(1/3).
        var s = Aggregator.Aggregate(AggregationMethod.Geometric, new[] { 1.0, 2, 3 }, new[] { 1.0, 1, 1 }, 3);
        Assert.Equal(Math.Pow(6, 1.0 / 3), s, 12);
    }

    [Fact]
    public void Geometric_Weighted_MatchesCoinr()
    {
        // a_gmean(c(1, 2, 3), w = c(1, 1, 2)) = (1 * 2 * 3^2)^(1/4).
        var s = Aggregator.Aggregate(AggregationMethod.Geometric, new[] { 1.0, 2, 3 }, new[] { 1.0, 1, 2 }, 3);
        Assert.Equal(Math.Pow(18, 0.25), s, 12);
    }

    [Fact]
    public void Geometric_AZero_GivesZero()
    {
        Assert.Equal(0, Aggregator.Aggregate(AggregationMethod.Geometric, new[] { 0.0, 50, 80 }, new[] { 1.0, 1, 1 }, 3));
    }

    [Fact]
    public void Arithmetic_WeightsOneToFive_EqualsWeightedMean()
    {
        // a_amean(x, w = 1:5) equals weighted.mean(x, 1:5).
        var x = new[] { 12.0, 40, 7, 93, 55 };
        var w = new[] { 1.0, 2, 3, 4, 5 };
        var expected = x.Zip(w, (a, b) => a * b).Sum() / w.Sum();
        Assert.Equal(expected, Aggregator.Aggregate(AggregationMethod.Arithmetic, x, w, 5), 12);
    }

    [Fact]
    public void Arithmetic_MissingPart_RescalesTheOtherWeights()
    {
        // (2 * 40 + 3 * 70) / (2 + 3): the missing first part's weight is dropped.
        var s = Aggregator.Aggregate(AggregationMethod.Arithmetic, new[] { double.NaN, 40, 70 }, new[] { 1.0, 2, 3 }, 3);
        Assert.Equal(290.0 / 5, s, 12);
    }

    [Fact]
    public void Minimum_IgnoresZeroWeights()
    {
        Assert.Equal(40, Aggregator.Aggregate(AggregationMethod.Minimum, new[] { 10.0, 40, 70 }, new[] { 0.0, 2, 3 }, 3));
    }

    [Fact]
    public void Coverage_FourOfFiveMissing_IsBelowHalf()
    {
        // COINr: with dat_thresh = 0.5 a row with 4 of 5 values missing aggregates to NA.
        var scores = new[] { double.NaN, double.NaN, 3.0, double.NaN, double.NaN };
        var c = Aggregator.Coverage(scores, new[] { 1.0, 1, 1, 1, 1 }, 5);
        Assert.Equal(0.2, c, 12);
        Assert.True(c < 0.5);
    }

    [Fact]
    public void Coverage_AllWeightsZero_IsZero()
    {
        Assert.Equal(0, Aggregator.Coverage(new[] { 1.0 }, new[] { 0.0 }, 1));
        Assert.True(double.IsNaN(Aggregator.Aggregate(AggregationMethod.Arithmetic, new[] { 1.0 }, new[] { 0.0 }, 1)));
    }
}
