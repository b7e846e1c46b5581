using System;
using System.Linq;
using OutcomesFramework.Scoring;
using OutcomesFramework.Scoring.Treatment;
using Xunit;

namespace OutcomesFramework.Tests.Scoring.Treatment;

/// <summary>COINr's expected values (tests/testthat/test-treat.R, test-Impute.R, test-aggregate.R; peers.md §5) and hand calculations.</summary>
public class TreatmentTest
{
    private static double[] Range(int from, int to, params double[] extra)
    {
        var list = new System.Collections.Generic.List<double>();
        for (var i = from; i <= to; i++)
        {
            list.Add(i);
        }
        list.AddRange(extra);
        return list.ToArray();
    }

    [Fact]
    public void Winsorise_CoinrTreatNum_OneOutlierMovesTo10AndThenPasses()
    {
        var x = Range(1, 10, 100);
        Assert.False(Winsoriser.Passes(x, 2, 3.5));
        var moved = new sbyte[x.Length];
        var n = Winsoriser.Winsorise(x, 5, 2, 3.5, moved);
        Assert.Equal(1, n);
        Assert.Equal(10, x[10]);
        Assert.Equal(Range(1, 10, 10), x);
        Assert.True(Winsoriser.Passes(x, 2, 3.5));
        Assert.Equal(-1, moved[10]);
    }

    [Fact]
    public void Winsorise_CoinrTreatNum_LimitOfOneLeavesTwoOutliersFailing()
    {
        var x = Range(1, 20, 100, 200);
        var moved = new sbyte[x.Length];
        Assert.Equal(1, Winsoriser.Winsorise(x, 1, 2, 3.5, moved));
        Assert.False(Winsoriser.Passes(x, 2, 3.5));
        Assert.Equal(100, x[21]); // 200 moved in to the next value
    }

    [Fact]
    public void Winsorise_LowOutlier_MovesUp()
    {
        var x = Range(1, 10, -100);
        var moved = new sbyte[x.Length];
        Winsoriser.Winsorise(x, 5, 2, 3.5, moved);
        Assert.Equal(1, x[10]);
        Assert.Equal(1, moved[10]);
    }

    // e1071 type 2 by hand for 1, 2, 3, 10: mean 4, d = −3, −2, −1, 6; Σd² = 50, Σd³ = 180, Σd⁴ = 1394.
    // G1 = √4·180/50^1.5 · √12/2 = 1.8330; r = 4·1394/2500 = 2.2304, G2 = (5·(−0.7696) + 6)·3/(2·1) = 3.2280.
    [Fact]
    public void Moments_AreE1071Type2()
    {
        var x = new[] { 1.0, 2, 3, 10, double.NaN };
        Assert.Equal(2 * 180 / Math.Pow(50, 1.5) * Math.Sqrt(12) / 2, Moments.Skewness(x), 12);
        Assert.Equal(((5 * ((4 * 1394 / 2500.0) - 3)) + 6) * 3 / 2, Moments.Kurtosis(x), 12);
        Assert.True(double.IsNaN(Moments.Skewness(new[] { 1.0, 2 })));
    }

    // The smallest samples each moment takes, by hand. 0, 0, 3: mean 1, d = −1, −1, 2; Σd² = 6, Σd³ = 6;
    // G1 = √3·6/6^1.5 · √6/1 = √3. 0, 0, 0, 0, 5: mean 1, d = −1 (×4), 4; Σd² = 20, Σd⁴ = 260; r = 5·260/400 = 3.25,
    // G2 = (6·0.25 + 6)·4/(3·2) = 5. No spread gives NaN even with enough values.
    [Fact]
    public void Moments_AtTheirSmallestSamples_AndWithNoSpread()
    {
        Assert.Equal(Math.Sqrt(3), Moments.Skewness(new[] { 0.0, 0, 3 }), 12);
        Assert.Equal(5, Moments.Kurtosis(new[] { 0.0, 0, 0, 0, 5 }), 12);
        Assert.True(double.IsNaN(Moments.Kurtosis(new[] { 0.0, 0, 3 })));
        Assert.True(double.IsNaN(Moments.Skewness(new[] { 2.0, 2, 2 })));
        Assert.True(double.IsNaN(Moments.Kurtosis(new[] { 2.0, 2, 2, 2 })));
        Assert.True(double.IsNaN(Moments.Skewness(new[] { double.NaN, double.NaN })));
    }

    [Fact]
    public void GroupMedian_OfAnEvenCount_IsTheMeanOfTheMiddleTwo()
    {
        var donors = new int[5];
        var x = new[] { 10.0, 1, double.NaN, 3, 2 };
        Imputer.Group(x, new[] { 0, 0, 0, 0, 0 }, 1, true, donors);
        Assert.Equal(2.5, x[2]); // 1, 2, 3, 10: (2 + 3) / 2; their mean would be 4
        Assert.Equal(new[] { 0, 0, 4, 0, 0 }, donors);
        var y = new[] { 10.0, 1, double.NaN, 3, 2 };
        Imputer.Group(y, new[] { 0, 0, 0, 0, 0 }, 1, false, donors);
        Assert.Equal(4, y[2]);
    }

    [Fact]
    public void Treatment_Text_AndEquality()
    {
        Assert.Equal("imputation=none, no winsorisation", DataTreatment.None.ToString());
        var t = DataTreatment.None.WithImputation(ImputationMethod.GroupMedian).WithWinsorisation(5, 2, 3.5);
        Assert.Equal("imputation=groupMedian, winsorise(limit=5, skew=2, kurtosis=3.5)", t.ToString());
        var same = DataTreatment.None.WithWinsorisation(5, 2, 3.5).WithImputation(ImputationMethod.GroupMedian);
        Assert.NotSame(t, same);
        Assert.True(t.Equals(same));
        Assert.True(t.Equals((object)same));
        Assert.Equal(t.GetHashCode(), same.GetHashCode());
        Assert.False(t.Equals(null));
        foreach (var other in new[]
        {
            t.WithImputation(ImputationMethod.GroupMean), t.WithWinsorisation(6, 2, 3.5), t.WithWinsorisation(5, 2.5, 3.5), t.WithWinsorisation(5, 2, 4),
        })
        {
            Assert.False(t.Equals(other), other.ToString());
        }
        Tests.Refused.Argument(() => t.WithImputation((ImputationMethod)99), "method", "Unknown imputation method 99.");
        Tests.Refused.OutOfRange(() => t.WithWinsorisation(-1), "limit");
        Tests.Refused.OutOfRange(() => t.WithWinsorisation(1001), "limit");
        Tests.Refused.OutOfRange(() => t.WithWinsorisation(5, 0), "skewnessThreshold");
        Tests.Refused.OutOfRange(() => t.WithWinsorisation(5, 2, -3.5), "kurtosisThreshold");
        Assert.True(DataTreatment.None.IsNone);
        Assert.False(t.IsNone);
        Assert.False(DataTreatment.None.WithImputation(ImputationMethod.GroupMean).IsNone);
    }

    [Fact]
    public void GroupMeanAndMedian_FillFromTheGroupOnly()
    {
        var x = new[] { 1.0, double.NaN, 3, 10, double.NaN, 20, double.NaN };
        int[] groups = { 0, 0, 0, 1, 1, 1, -1 };
        var donors = new int[7];
        var mean = (double[])x.Clone();
        Imputer.Group(mean, groups, 2, false, donors);
        Assert.Equal(new[] { 1.0, 2, 3, 10, 15, 20, double.NaN }, mean);
        Assert.Equal(new[] { 0, 2, 0, 0, 2, 0, 0 }, donors);
        var x2 = new[] { 1.0, 2, 9, double.NaN };
        Imputer.Group(x2, new[] { 0, 0, 0, 0 }, 1, true, donors);
        Assert.Equal(2, x2[3]); // the median of 1, 2, 9
    }

    [Fact]
    public void CarryForward_FillsOnlyMissing()
    {
        var x = new[] { 5.0, double.NaN, double.NaN };
        var filled = new bool[3];
        Assert.Equal(1, Imputer.CarryForward(x, new[] { 4.0, 7, double.NaN }, filled));
        Assert.Equal(new[] { 5.0, 7, double.NaN }, x);
        Assert.Equal(new[] { false, true, false }, filled);
    }

    // COINr test-aggregate.R: a_hmean(c(1,2,3), w = c(2,1,1)) = 4/(2/1 + 1/2 + 1/3) = a_genmean(…, p = −1); a_genmean(c(1,2,3), p = 1) = 2.
    [Fact]
    public void HarmonicAndGeneralisedMeans_AreCoinrs()
    {
        Assert.Equal(4 / (2 + 0.5 + (1.0 / 3)), Aggregator.Aggregate(AggregationMethod.Harmonic, new[] { 1.0, 2, 3 }, new[] { 2.0, 1, 1 }, 3), 12);
        Assert.Equal(4 / (2 + 0.5 + (1.0 / 3)), Aggregator.Aggregate(AggregationMethod.Generalised, new[] { 1.0, 2, 3 }, new[] { 2.0, 1, 1 }, 3, -1), 12);
        Assert.Equal(2, Aggregator.Aggregate(AggregationMethod.Generalised, new[] { 1.0, 2, 3 }, new[] { 1.0, 1, 1 }, 3, 1), 12);
        Assert.Equal(Math.Sqrt(14.0 / 3), Aggregator.Aggregate(AggregationMethod.Generalised, new[] { 1.0, 2, 3 }, new[] { 1.0, 1, 1 }, 3, 2), 12);
        Assert.Equal(0, Aggregator.Aggregate(AggregationMethod.Harmonic, new[] { 0.0, 50 }, new[] { 1.0, 1 }, 2));
    }

    // COINr test-aggregate.R: a_gmean(c(1,2,3)) = (1·2·3)^(1/3); with w = c(1,1,2), (1·2·3²)^(1/4).
    [Fact]
    public void GeometricMean_IsCoinrs()
    {
        Assert.Equal(Math.Pow(6, 1.0 / 3), Aggregator.Aggregate(AggregationMethod.Geometric, new[] { 1.0, 2, 3 }, new[] { 1.0, 1, 1 }, 3), 12);
        Assert.Equal(Math.Pow(18, 0.25), Aggregator.Aggregate(AggregationMethod.Geometric, new[] { 1.0, 2, 3 }, new[] { 1.0, 1, 2 }, 3), 12);
    }

    [Fact]
    public void Engine_FlagsImputedAndWinsorisedValues_AndImputationNeverLiftsCoverage()
    {
        var world = new SyntheticWorld(2);
        var plain = world.Engine().ScoreAll(2025);
        var imputed = world.Engine(ScoringPolicy.Default.WithTreatment(DataTreatment.None.WithImputation(ImputationMethod.GroupMean))).ScoreAll(2025);
        // ew-eet is suppressed for the fourth authority in 2025 (SyntheticWorld).
        var area = world.Areas.Get(SyntheticWorld.LaCodes[3]);
        var before = plain.Find(area)!;
        var after = imputed.Find(area)!;
        var eet = after.FindOutcome("EW")!.Indicators.Single(i => i.Indicator.Id == "ew-eet");
        Assert.Null(before.FindOutcome("EW")!.Indicators.Single(i => i.Indicator.Id == "ew-eet").Score);
        Assert.NotNull(eet.Score);
        Assert.Null(eet.Value);
        Assert.Contains(eet.Notes, n => n.StartsWith("imputed: scored on the mean of 5 authorities in the same region", StringComparison.Ordinal));
        Assert.Equal(before.FindOutcome("EW")!.Coverage, after.FindOutcome("EW")!.Coverage);
    }
}
