using System;
using System.Linq;
using FsCheck.Xunit;
using OutcomesFramework.Scoring;
using Xunit;

namespace OutcomesFramework.Tests.Scoring;

/// <summary>
/// The authorities' distribution behind every normalisation (its summary numbers and its two counts by binary
/// search, against counting one by one), and the normalisations' own refusals.
/// </summary>
public sealed class DistributionTest
{
    [Property(MaxTest = 200 / MutationTwin.Divisor)]
    public void Counts_EqualCountingOneByOne(int seed)
    {
        var random = new Random(seed);
        var values = Enumerable.Range(0, random.Next(0, 40)).Select(_ => (double)random.Next(-5, 6)).OrderBy(v => v).ToArray();
        var d = new Distribution(values);
        Assert.Equal(values.Length, d.Count);
        for (var x = -6.5; x <= 6.5; x += 0.5)
        {
            Assert.Equal(values.Count(v => v < x), d.CountBelow(x));
            Assert.Equal(values.Count(v => v <= x), d.CountAtOrBelow(x));
        }
    }

    [Fact]
    public void Summary_IsMinMaxMeanAndSampleStandardDeviation()
    {
        // 2, 4, 4, 4, 5, 5, 7, 9: mean 5; squares 9+1+1+1+0+0+4+16 = 32; sample sd √(32 / 7).
        var d = new Distribution(new double[] { 2, 4, 4, 4, 5, 5, 7, 9 });
        Assert.Equal(2, d.Min);
        Assert.Equal(9, d.Max);
        Assert.Equal(5, d.Mean);
        Assert.Equal(Math.Sqrt(32.0 / 7), d.StandardDeviation, 15);
        // One value: no spread (0), not NaN.
        var one = new Distribution(new double[] { 3.5 });
        Assert.Equal(3.5, one.Mean);
        Assert.Equal(0, one.StandardDeviation);
        Assert.Equal(3.5, one.Min);
        Assert.Equal(3.5, one.Max);
        // None: every summary number is NaN and both counts are 0.
        var none = new Distribution(Array.Empty<double>());
        Assert.Equal(0, none.Count);
        Assert.True(double.IsNaN(none.Mean) && double.IsNaN(none.StandardDeviation) && double.IsNaN(none.Min) && double.IsNaN(none.Max));
        Assert.Equal(0, none.CountBelow(1));
        Assert.Equal(0, none.CountAtOrBelow(1));
    }

    [Fact]
    public void Normalisations_RefuseWhatTheyCannotMean()
    {
        Tests.Refused.OutOfRange(() => Normalisation.ZScore(-0.5, 10), "mean");
        Tests.Refused.OutOfRange(() => Normalisation.ZScore(100.5, 10), "mean");
        Tests.Refused.OutOfRange(() => Normalisation.ZScore(50, 0), "standardDeviation");
        Tests.Refused.OutOfRange(() => Normalisation.ZScore(50, 100.5), "standardDeviation");
        Assert.Equal(0, Normalisation.ZScore(0, 100).ScaleMean);
        Assert.Equal(100, Normalisation.ZScore(100, 100).ScaleStandardDeviation);
        Tests.Refused.Argument(() => Normalisation.DistanceToTarget(double.NaN), "target", "The target must be a finite number.");
        Tests.Refused.Argument(() => Normalisation.DistanceToTarget(double.PositiveInfinity), "target", "The target must be a finite number.");
        Tests.Refused.Argument(() => Normalisation.Goalposts(double.NaN, 1), "lower", "Goalposts must be finite numbers.");
        Tests.Refused.Argument(() => Normalisation.Goalposts(0, double.PositiveInfinity), "lower", "Goalposts must be finite numbers.");
        Tests.Refused.Argument(() => Normalisation.Goalposts(double.NegativeInfinity, 0), "lower", "Goalposts must be finite numbers.");
        Tests.Refused.Argument(() => Normalisation.Goalposts(5, 5), "upper", "The upper goalpost must be above the lower one.");
        Tests.Refused.Argument(() => Normalisation.Goalposts(5, 4), "upper", "The upper goalpost must be above the lower one.");
        var posts = Normalisation.Goalposts(-1, 1);
        Assert.Equal((-1.0, 1.0), (posts.Lower, posts.Upper));
        Assert.True(double.IsNaN(posts.ScaleMean) && double.IsNaN(posts.ScaleStandardDeviation));
        var z = Normalisation.ZScore(40, 5);
        Assert.Equal((40.0, 5.0), (z.ScaleMean, z.ScaleStandardDeviation));
        Assert.True(double.IsNaN(z.Lower) && double.IsNaN(z.Upper));
        Assert.True(posts.IsAbsolute && Normalisation.DistanceToTarget().IsAbsolute);
        Assert.False(z.IsAbsolute || Normalisation.MinMax.IsAbsolute || Normalisation.PercentileRank.IsAbsolute);
        Assert.True(Normalisation.DistanceToTarget(3).NeedsTarget);
        Assert.False(posts.NeedsTarget || z.NeedsTarget);
    }
}
