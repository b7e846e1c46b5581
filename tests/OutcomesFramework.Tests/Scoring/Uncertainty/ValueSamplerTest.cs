using System;
using System.Linq;
using OutcomesFramework.Indicators;
using OutcomesFramework.Scoring.Uncertainty;
using Xunit;

namespace OutcomesFramework.Tests.Scoring.Uncertainty;

/// <summary>
/// The draws behind rank uncertainty: a proportion from its Jeffreys Beta(x + ½, n − x + ½) posterior, a rate from
/// Gamma(x + ½) / n, each shifted so that it is centred on the published value and kept within the measure's bounds.
/// Means and spreads are held to the posterior's, worked out by hand, within four standard errors of 20,000 draws.
/// </summary>
public sealed class ValueSamplerTest
{
    private const int Draws = 20_000;

    private static double[] Sample(ValueSampler sampler, ulong seed = 11)
    {
        var rng = new Xoshiro256StarStar(seed, 3);
        var draws = new double[Draws];
        for (var i = 0; i < Draws; i++)
        {
            draws[i] = sampler.Draw(ref rng);
        }
        return draws;
    }

    private static (double Mean, double Sd) Moments(double[] x)
    {
        var mean = x.Average();
        return (mean, Math.Sqrt(x.Sum(v => (v - mean) * (v - mean)) / (x.Length - 1)));
    }

    [Fact]
    public void Proportion_IsCentredOnTheValue_WithTheJeffreysPosteriorsSpread()
    {
        // 30 of 100 published as 30%: θ ~ Beta(30.5, 70.5), E θ = 30.5 / 101, Var θ = 30.5·70.5 / (101²·102).
        var sampler = new ValueSampler(2, 5, MeasureKind.Proportion, 30, 30, 100, 100);
        Assert.Equal((2, 5), (sampler.Indicator, sampler.Authority));
        var (mean, sd) = Moments(Sample(sampler));
        var expectedMean = 30 + (100 * ((30.5 / 101) - 0.3));
        var expectedSd = 100 * Math.Sqrt(30.5 * 70.5 / (101.0 * 101 * 102));
        Assert.InRange(mean, expectedMean - (4 * expectedSd / Math.Sqrt(Draws)), expectedMean + (4 * expectedSd / Math.Sqrt(Draws)));
        Assert.InRange(sd, expectedSd * 0.96, expectedSd * 1.04);
    }

    [Fact]
    public void Rate_IsCentredOnTheValue_WithTheGammaPosteriorsSpread()
    {
        // 20 per 10,000 of 10,000: rate ~ Gamma(20.5) / 10,000; value + 10,000·(rate − 0.002) has mean 20.5 and variance 20.5.
        var sampler = new ValueSampler(0, 0, MeasureKind.Rate, 20, 20, 10_000, 10_000);
        var (mean, sd) = Moments(Sample(sampler));
        var expectedSd = Math.Sqrt(20.5);
        Assert.InRange(mean, 20.5 - (4 * expectedSd / Math.Sqrt(Draws)), 20.5 + (4 * expectedSd / Math.Sqrt(Draws)));
        Assert.InRange(sd, expectedSd * 0.96, expectedSd * 1.04);
    }

    [Fact]
    public void Draws_StayWithinTheMeasuresBounds()
    {
        // A published value at the bottom (0%, with 2 of 10 behind it) or the top (100%, 8 of 10): the centred draws
        // cross the bound often, and are held at it.
        var bottom = Sample(new ValueSampler(0, 0, MeasureKind.Proportion, 0, 2, 10, 100));
        Assert.Equal(0, bottom.Min());
        Assert.True(bottom.Count(v => v == 0) > Draws / 4);
        Assert.True(bottom.Max() > 0);
        var top = Sample(new ValueSampler(0, 0, MeasureKind.Proportion, 100, 8, 10, 100));
        Assert.Equal(100, top.Max());
        Assert.True(top.Count(v => v == 100) > Draws / 4);
        Assert.True(top.Min() < 100);
        // A rate has no top, only 0.
        var rate = Sample(new ValueSampler(0, 0, MeasureKind.Rate, 0, 5, 1000, 1000));
        Assert.Equal(0, rate.Min());
        Assert.True(rate.Count(v => v == 0) > Draws / 4);
        Assert.True(rate.Max() > 0);
    }

    [Fact]
    public void SameSeed_SameDraws()
    {
        var sampler = new ValueSampler(0, 0, MeasureKind.Proportion, 30, 30, 100, 100);
        Assert.Equal(Sample(sampler, 5), Sample(sampler, 5));
        Assert.NotEqual(Sample(sampler, 5), Sample(sampler, 6));
    }
}
