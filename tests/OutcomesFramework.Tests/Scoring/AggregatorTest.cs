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

    [Fact]
    public void Harmonic_IsWeightSumOverWeightedReciprocals()
    {
        // Weights 1, 1, 2 on 20, 40, 80: 4 / (1/20 + 1/40 + 2/80) = 4 / 0.1 = 40.
        Assert.Equal(40, Aggregator.Aggregate(AggregationMethod.Harmonic, new[] { 20.0, 40, 80 }, new[] { 1.0, 1, 2 }, 3), 12);
        // The power argument does not change it: harmonic is always p = −1.
        Assert.Equal(40, Aggregator.Aggregate(AggregationMethod.Harmonic, new[] { 20.0, 40, 80 }, new[] { 1.0, 1, 2 }, 3, 3), 12);
        // A zero part makes it zero.
        Assert.Equal(0, Aggregator.Aggregate(AggregationMethod.Harmonic, new[] { 0.0, 40, 80 }, new[] { 1.0, 1, 2 }, 3));
    }

    [Theory]
    // Weights 1 and 3 on 10 and 50.
    [InlineData(1, (10 + 150) / 4.0)] // (10 + 3·50) / 4 = 40
    [InlineData(2, 43.58898943540674)] // √((100 + 3·2500) / 4) = √1900
    [InlineData(3, 45.46835943776343)] // ∛((1000 + 3·125000) / 4) = ∛94000
    [InlineData(-1, 25.0)] // 4 / (1/10 + 3/50) = 4 / 0.16
    [InlineData(-2, 18.89822365046136)] // (4 / (1/100 + 3/2500))^(1/2) = √(4 / 0.0112)
    [InlineData(0.5, 37.13525491562421)] // ((√10 + 3·√50) / 4)^2
    public void Generalised_IsThePowerMean(double p, double expected)
    {
        Assert.Equal(expected, Aggregator.Aggregate(AggregationMethod.Generalised, new[] { 10.0, 50 }, new[] { 1.0, 3 }, 2, p), 10);
    }

    [Fact]
    public void Generalised_AZeroPart_IsZeroOnlyForANegativePower()
    {
        Assert.Equal(0, Aggregator.Aggregate(AggregationMethod.Generalised, new[] { 0.0, 50 }, new[] { 1.0, 3 }, 2, -2));
        // p = 2: √((0 + 3·2500) / 4) = √1875.
        Assert.Equal(Math.Sqrt(1875), Aggregator.Aggregate(AggregationMethod.Generalised, new[] { 0.0, 50 }, new[] { 1.0, 3 }, 2, 2), 12);
    }

    [Theory]
    [InlineData(AggregationMethod.Arithmetic)]
    [InlineData(AggregationMethod.Geometric)]
    [InlineData(AggregationMethod.Minimum)]
    [InlineData(AggregationMethod.Harmonic)]
    [InlineData(AggregationMethod.Generalised)]
    public void EveryMethod_UsesOnlyTheCountedScoredPositivelyWeightedParts(AggregationMethod method)
    {
        // Only 30 (weight 2) counts: 60 has no weight, NaN no score, 5 is past the count. Any mean of one part is that part.
        var scores = new[] { 30.0, 60, double.NaN, 5 };
        var weights = new[] { 2.0, 0, 1, 1 };
        Assert.Equal(30, Aggregator.Aggregate(method, scores, weights, 3), 12);
        Assert.True(double.IsNaN(Aggregator.Aggregate(method, new[] { double.NaN, 10 }, new[] { 1.0, 0 }, 2)));
        Assert.True(double.IsNaN(Aggregator.Aggregate(method, scores, weights, 0)));
    }

    [Fact]
    public void Minimum_IsTheLowestWeightedPart()
    {
        Assert.Equal(12, Aggregator.Aggregate(AggregationMethod.Minimum, new[] { 40.0, 12, 77 }, new[] { 1.0, 0.5, 3 }, 3));
    }

    [Fact]
    public void Coverage_IsTheScoredShareOfTheWeight()
    {
        // Weights 1, 3, 4 with the second unscored: (1 + 4) / 8.
        Assert.Equal(5.0 / 8, Aggregator.Coverage(new[] { 10.0, double.NaN, 20 }, new[] { 1.0, 3, 4 }, 3));
        // Only the first count parts are read.
        Assert.Equal(1.0 / 4, Aggregator.Coverage(new[] { 10.0, double.NaN, 20 }, new[] { 1.0, 3, 4 }, 2));
    }
}
