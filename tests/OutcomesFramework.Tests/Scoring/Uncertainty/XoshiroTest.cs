using OutcomesFramework.Scoring.Uncertainty;
using Xunit;

namespace OutcomesFramework.Tests.Scoring.Uncertainty;

public class XoshiroTest
{
    // Expected values from the authors' reference C (prng.di.unimi.it: splitmix64.c and xoshiro256starstar.c), compiled
    // with gcc and seeded the same way: SplitMix64 started at seed ^ ((stream + 1) · 0xD1B54A32D192ED03).
    [Fact]
    public void Stream_MatchesTheReferenceImplementation()
    {
        var rng = new Xoshiro256StarStar(42, 0);
        Assert.Equal(13583771085161268UL, rng.NextUInt64());
        Assert.Equal(395782336197462635UL, rng.NextUInt64());
        Assert.Equal(10113986297222979544UL, rng.NextUInt64());
        Assert.Equal(610389594528408260UL, rng.NextUInt64());
        Assert.Equal(3653663353765943856UL, rng.NextUInt64());
    }

    [Fact]
    public void Streams_AreSeparate()
    {
        var rng = new Xoshiro256StarStar(0, 1);
        Assert.Equal(12261933733869604201UL, rng.NextUInt64());
        Assert.Equal(15221190614970136678UL, rng.NextUInt64());
        Assert.Equal(16033593030333026610UL, rng.NextUInt64());
    }

    [Fact]
    public void NextDouble_IsTheTop53BitsOver2To53()
    {
        var a = new Xoshiro256StarStar(42, 0);
        var u = a.NextDouble();
        Assert.Equal((13583771085161268UL >> 11) / 9007199254740992.0, u);
    }

    // Moments of the samplers against their distributions: Gamma(a) has mean a and variance a; Beta(a, b) has mean
    // a/(a+b) and variance ab/((a+b)²(a+b+1)); the normal has mean 0 and variance 1. 200,000 draws put the sample
    // mean within about 4.5 standard errors of the truth with overwhelming probability, at a fixed seed.
    [Theory]
    [InlineData(0.5)]
    [InlineData(3.5)]
    [InlineData(250.5)]
    public void Gamma_HasTheRightMeanAndVariance(double shape)
    {
        var rng = new Xoshiro256StarStar(7, 3);
        const int n = 200_000;
        double sum = 0, squares = 0;
        for (var i = 0; i < n; i++)
        {
            var x = rng.NextGamma(shape);
            sum += x;
            squares += x * x;
        }
        var mean = sum / n;
        var variance = (squares / n) - (mean * mean);
        Assert.InRange(mean, shape - (4.5 * System.Math.Sqrt(shape / n)), shape + (4.5 * System.Math.Sqrt(shape / n)));
        Assert.InRange(variance / shape, 0.97, 1.03);
    }

    [Fact]
    public void Beta_HasTheRightMean()
    {
        var rng = new Xoshiro256StarStar(11, 0);
        const int n = 200_000;
        double a = 12.5, b = 87.5, sum = 0;
        for (var i = 0; i < n; i++)
        {
            sum += rng.NextBeta(a, b);
        }
        var sd = System.Math.Sqrt(a * b / ((a + b) * (a + b) * (a + b + 1)) / n);
        Assert.InRange(sum / n, 0.125 - (4.5 * sd), 0.125 + (4.5 * sd));
    }

    [Fact]
    public void Normal_HasMeanZeroAndVarianceOne()
    {
        var rng = new Xoshiro256StarStar(5, 9);
        const int n = 200_000;
        double sum = 0, squares = 0;
        for (var i = 0; i < n; i++)
        {
            var x = rng.NextNormal();
            sum += x;
            squares += x * x;
        }
        Assert.InRange(sum / n, -4.5 / System.Math.Sqrt(n), 4.5 / System.Math.Sqrt(n));
        Assert.InRange(squares / n, 0.98, 1.02);
    }
}
