using System;
using System.Linq;
using OutcomesFramework.Scoring;
using Xunit;

namespace OutcomesFramework.Tests.Scoring;

/// <summary>The normalisation formulas, with COINr's expected values (tests/testthat of bluefoxr/COINr v1.1.14) scaled by 100.</summary>
public class NormaliserTest
{
    private static Distribution Of(params double[] values) => new(values.OrderBy(v => v).ToArray());

    private static NormalisedScore Score(Normalisation n, double x, Polarity p, Distribution d, double? target = null) =>
        Normaliser.Normalise(n, x, p, d, target is null ? null : new LocalTarget(target.Value))!;

    [Theory]
    // n_dist2targ(c(0, 5, 11), targ = 10) = 0, 0.5, 1.1; with cap_max the last is 1.
    [InlineData(0, 0, 0)]
    [InlineData(5, 50, 50)]
    [InlineData(11, 110, 100)]
    public void DistanceToTarget_HigherIsBetter_MatchesCoinr(double x, double raw, double capped)
    {
        var s = Score(Normalisation.DistanceToTarget(10), x, Polarity.HigherIsBetter, Of(0, 5, 11));
        Assert.Equal(raw, s.RawValue, 12);
        Assert.Equal(capped, s.Value, 12);
        Assert.Equal(raw > 100, s.IsClamped);
    }

    [Theory]
    // n_dist2targ(c(-1, 1, 10), targ = 0, direction = -1) = 1.1, 0.9, 0; capped 1, 0.9, 0.
    [InlineData(-1, 110, 100)]
    [InlineData(1, 90, 90)]
    [InlineData(10, 0, 0)]
    public void DistanceToTarget_LowerIsBetter_MatchesCoinr(double x, double raw, double capped)
    {
        var s = Score(Normalisation.DistanceToTarget(), x, Polarity.LowerIsBetter, Of(-1, 1, 10), target: 0);
        Assert.Equal(raw, s.RawValue, 12);
        Assert.Equal(capped, s.Value, 12);
    }

    [Fact]
    public void DistanceToTarget_NoTarget_GivesNoScore()
    {
        Assert.Null(Normaliser.Normalise(Normalisation.DistanceToTarget(), 3, Polarity.HigherIsBetter, Of(1, 2, 3), null));
    }

    [Theory]
    // n_goalposts(1, c(0, 10, 1)) = 0.1; 11 -> 1; -1 -> 0; direction -1: 1 -> 0.9, -1 -> 1, 11 -> 0.
    [InlineData(1, Polarity.HigherIsBetter, 10)]
    [InlineData(11, Polarity.HigherIsBetter, 100)]
    [InlineData(-1, Polarity.HigherIsBetter, 0)]
    [InlineData(1, Polarity.LowerIsBetter, 90)]
    [InlineData(-1, Polarity.LowerIsBetter, 100)]
    [InlineData(11, Polarity.LowerIsBetter, 0)]
    public void Goalposts_MatchCoinr(double x, Polarity polarity, double expected)
    {
        var s = Score(Normalisation.Goalposts(0, 10), x, polarity, Of(x));
        Assert.Equal(expected, s.Value, 12);
    }

    [Fact]
    public void MinMax_SpansZeroToHundred_AndFlipsForLowerIsBetter()
    {
        var d = Of(Enumerable.Range(1, 10).Select(i => (double)i).ToArray());
        // n_minmax(1:10, l_u = c(0, 100)): (x - 1) / 9 * 100.
        Assert.Equal(0, Score(Normalisation.MinMax, 1, Polarity.HigherIsBetter, d).Value, 12);
        Assert.Equal(100, Score(Normalisation.MinMax, 10, Polarity.HigherIsBetter, d).Value, 12);
        Assert.Equal(400 / 9.0, Score(Normalisation.MinMax, 5, Polarity.HigherIsBetter, d).Value, 12);
        Assert.Equal(500 / 9.0, Score(Normalisation.MinMax, 5, Polarity.LowerIsBetter, d).Value, 12);
    }

    [Fact]
    public void ZScore_HasTheChosenMeanAndStandardDeviation()
    {
        // n_zscore(1:10, m_sd = c(5, 2)) has mean 5 and sd 2.
        var values = Enumerable.Range(1, 10).Select(i => (double)i).ToArray();
        var d = Of(values);
        var scores = values.Select(x => Score(Normalisation.ZScore(5, 2), x, Polarity.HigherIsBetter, d).RawValue).ToArray();
        var mean = scores.Average();
        var sd = Math.Sqrt(scores.Sum(s => (s - mean) * (s - mean)) / (scores.Length - 1));
        Assert.Equal(5, mean, 12);
        Assert.Equal(2, sd, 12);
    }

    [Fact]
    public void PercentileRank_AveragesTies_AndReadsPolarity()
    {
        // Values 10, 20, 20, 30 (higher is better): 10 is worst (0), the tied 20s share (1 + 0.5)/3, 30 is best.
        var d = Of(10, 20, 20, 30);
        Assert.Equal(0, Score(Normalisation.PercentileRank, 10, Polarity.HigherIsBetter, d).Value, 12);
        Assert.Equal(100 * 1.5 / 3, Score(Normalisation.PercentileRank, 20, Polarity.HigherIsBetter, d).Value, 12);
        Assert.Equal(100, Score(Normalisation.PercentileRank, 30, Polarity.HigherIsBetter, d).Value, 12);
        // Lower is better: 10 is best.
        Assert.Equal(100, Score(Normalisation.PercentileRank, 10, Polarity.LowerIsBetter, d).Value, 12);
        Assert.Equal(0, Score(Normalisation.PercentileRank, 30, Polarity.LowerIsBetter, d).Value, 12);
    }

    [Fact]
    public void AnyMethod_NoSpread_ScoresFifty()
    {
        var d = Of(7, 7, 7);
        Assert.Equal(50, Score(Normalisation.PercentileRank, 7, Polarity.HigherIsBetter, d).Value);
        Assert.Equal(50, Score(Normalisation.MinMax, 7, Polarity.HigherIsBetter, d).Value);
        Assert.Equal(50, Score(Normalisation.ZScore(), 7, Polarity.LowerIsBetter, d).Value);
        Assert.Equal(50, Score(Normalisation.PercentileRank, 7, Polarity.HigherIsBetter, Of(7)).Value);
    }

    [Fact]
    public void NoPolarity_IsNeverScored()
    {
        Assert.Null(Normaliser.Normalise(Normalisation.PercentileRank, 1, Polarity.NoPolarity, Of(1, 2), null));
    }
}
