using System;
using System.Collections.Generic;
using System.Linq;
using OutcomesFramework.Statistics.Classification;
using Xunit;

namespace OutcomesFramework.Statistics.Tests.Classification;

/// <summary>
/// Argument checks, boundaries and small hand-calculated cases of the classification statistics: DeLong's AUC
/// variance, the paired comparison, the ridge logistic fit, the stratified bootstrap and its SplitMix64 generator.
/// </summary>
public sealed class ClassificationEdgesTest
{
    private static void AssertArgument(string param, string text, Action action)
    {
        var ex = Assert.Throws<ArgumentException>(action);
        Assert.Equal(param, ex.ParamName);
        Assert.Contains(text, ex.Message, StringComparison.Ordinal);
    }

    /// <summary>
    /// Positives 0.9, 0.4 and negatives 0.5, 0.1. V10 (negatives below each positive / 2) = 1, 0.5; V01 (positives
    /// above each negative / 2) = 0.5, 1. AUC = 0.75; S10 = S01 = ((0.25)² + (0.25)²) / 1 = 0.125; variance =
    /// 0.125 / 2 + 0.125 / 2 = 0.125.
    /// </summary>
    [Fact]
    public void DeLong_TwoOfEach_HandCalculatedVariance()
    {
        var e = DeLong.Estimate([0.9, 0.4, 0.5, 0.1], [true, true, false, false]);
        Assert.Equal(0.75, e.Auc, 12);
        Assert.Equal(0.125, e.Variance, 12);
        Assert.Equal(2, e.Positives);
        Assert.Equal(2, e.Negatives);
    }

    /// <summary>
    /// A as above; B: positives 0.3, 0.8, negatives 0.6, 0.2, so V10(B) = 0.5, 1 and V01(B) = 0.5, 1, AUC 0.75,
    /// variance 0.125. Cov(V10 A, V10 B) = (0.25 × −0.25 + −0.25 × 0.25) / 1 = −0.125, Cov(V01 A, V01 B) = 0.125, so the
    /// covariance is −0.125 / 2 + 0.125 / 2 = 0 and Var(A − B) = 0.125 + 0.125 = 0.25; the difference is 0, z 0, p 1.
    /// </summary>
    [Fact]
    public void DeLong_Paired_HandCalculatedCovariance()
    {
        var c = DeLong.ComparePaired([0.9, 0.4, 0.5, 0.1], [0.3, 0.8, 0.6, 0.2], [true, true, false, false]);
        Assert.Equal(0.125, c.Second.Variance, 12);
        Assert.Equal(0.25, c.DifferenceVariance, 12);
        Assert.Equal(0, c.Z, 12);
        Assert.Equal(1, c.PValue, 12);
    }

    /// <summary>
    /// A separates perfectly (all components 1) and B is all ties (all 0.5): both variances and the covariance are 0,
    /// so the difference 0.5 has no standard error: z is undefined (NaN), not infinite, and p is 1.
    /// </summary>
    [Fact]
    public void DeLong_Paired_ZeroVariance_ZIsNaN()
    {
        var c = DeLong.ComparePaired([0.9, 0.8, 0.1, 0.2], [0.5, 0.5, 0.5, 0.5], [true, true, false, false]);
        Assert.Equal(0.5, c.Difference, 12);
        Assert.Equal(0, c.DifferenceVariance, 12);
        Assert.True(double.IsNaN(c.Z));
        Assert.Equal(1, c.PValue);
    }

    [Fact]
    public void DeLong_InvalidArguments_SayWhatIsWrong()
    {
        AssertArgument("outcomes", "3 scores but 2 outcomes", () => DeLong.Estimate([1, 2, 3], [true, false]));
        AssertArgument("scores", "(case 1) is not a finite number", () => DeLong.Estimate([1, double.NaN, 3, 4], [true, false, true, false]));
        AssertArgument("scores", "(case 2) is not a finite number", () => DeLong.Estimate([1, 2, double.NegativeInfinity, 4], [true, false, true, false]));
        AssertArgument("outcomes", "at least one positive and one negative case; there are 3 positive and 0 negative", () => DeLong.Estimate([1, 2, 3], [true, true, true]));
        AssertArgument("outcomes", "at least two positive and two negative", () => DeLong.Estimate([1, 2, 3], [true, true, false]));
        AssertArgument("outcomes", "at least two positive and two negative", () => DeLong.Estimate([1, 2, 3], [true, false, false]));
        AssertArgument("outcomes", "DeLong test needs at least two positive and two negative", () => DeLong.ComparePaired([1, 2, 3], [1, 2, 3], [false, true, false]));
        Assert.Equal("scores", Assert.Throws<ArgumentNullException>(() => DeLong.Estimate(null!, [true])).ParamName);
        Assert.Equal("outcomes", Assert.Throws<ArgumentNullException>(() => DeLong.Estimate([1], null!)).ParamName);
    }

    /// <summary>The interval defaults to 95 %: asking for 95 % gives the same limits, and 90 % a narrower one.</summary>
    [Fact]
    public void AucEstimate_Interval_DefaultsToNinetyFivePercent()
    {
        var e = DeLong.Estimate([0.9, 0.4, 0.5, 0.1, 0.7, 0.3], [true, true, false, false, true, false]);
        var byDefault = e.Interval();
        var ninetyFive = e.Interval(ConfidenceLevel.NinetyFivePercent);
        var ninety = e.Interval(ConfidenceLevel.FromPercent(90));
        Assert.Equal(ninetyFive.Lower, byDefault.Lower);
        Assert.Equal(ninetyFive.Upper, byDefault.Upper);
        Assert.True(ninety.Upper - ninety.Lower < ninetyFive.Upper - ninetyFive.Lower);
    }

    private static readonly IReadOnlyList<double>[] OneBinaryFeature = [[0], [0], [0], [0], [1], [1], [1], [1]];
    private static readonly bool[] OneBinaryOutcomes = [true, false, false, false, true, true, true, false];

    /// <summary>
    /// One binary feature, no penalty: the model is saturated, so the fitted probabilities are the group rates 1/4
    /// (x = 0) and 3/4 (x = 1): intercept logit(1/4) = −ln 3, slope logit(3/4) − logit(1/4) = 2 ln 3. The deviance is
    /// −2 (2 ln ¼ + 6 ln ¾) = 8.99736…; the inverse information is Var(b0) = 1 / (4 × ¼ × ¾) = 4/3, Var(b1) = 4/3 + 4/3 =
    /// 8/3, Cov(b0, b1) = −4/3. At x = 2 the linear predictor is −ln 3 + 4 ln 3 = 3 ln 3, with variance
    /// 4/3 + 4 × 8/3 − 2 × 2 × 4/3 = 20/3.
    /// </summary>
    [Fact]
    public void Ridge_SaturatedBinaryFeature_HandCalculated()
    {
        var fit = RidgeLogisticRegression.Fit(OneBinaryFeature, OneBinaryOutcomes, 0);
        var ln3 = Math.Log(3);
        Assert.Equal(-ln3, fit.Intercept, 6);
        Assert.Equal(2 * ln3, fit.Coefficients[0], 6);
        Assert.Equal((-4 * Math.Log(0.25)) - (12 * Math.Log(0.75)), fit.PenalisedDeviance, 8);
        Assert.Equal(4.0 / 3, fit.Covariance(0, 0), 5);
        Assert.Equal(8.0 / 3, fit.Covariance(1, 1), 5);
        Assert.Equal(-4.0 / 3, fit.Covariance(0, 1), 5);
        Assert.Equal(-4.0 / 3, fit.Covariance(1, 0), 5);
        Assert.Equal(3 * ln3, fit.LinearPredictor([2]), 6);
        Assert.Equal(Math.Sqrt(20.0 / 3), fit.LinearPredictorStandardError([2]), 5);
        Assert.Equal(0.75, fit.Probability([1]), 6);
        Assert.Equal(0.25, fit.Probability([0]), 6);
        Assert.Equal(0, fit.Lambda);

        // The row-major entry point is the same fit.
        var rowMajor = RidgeLogisticRegression.FitRowMajor([0, 0, 0, 0, 1, 1, 1, 1], 8, 1, [1, 0, 0, 0, 1, 1, 1, 0], 0);
        Assert.Equal(fit.Intercept, rowMajor.Intercept, 12);
        Assert.Equal(fit.Coefficients[0], rowMajor.Coefficients[0], 12);
    }

    /// <summary>A penalty shrinks the slope towards 0 (ridge): 0 &lt; slope(λ = 1) &lt; 2 ln 3.</summary>
    [Fact]
    public void Ridge_Penalty_ShrinksTheSlope()
    {
        var fit = RidgeLogisticRegression.Fit(OneBinaryFeature, OneBinaryOutcomes, 1);
        Assert.InRange(fit.Coefficients[0], 0.01, (2 * Math.Log(3)) - 0.01);
        Assert.Equal(1, fit.Lambda);
        Assert.True(fit.Covariance(1, 1) > 0);
    }

    [Fact]
    public void LogisticFit_BadIndexOrFeatures_Throw()
    {
        var fit = RidgeLogisticRegression.Fit(OneBinaryFeature, OneBinaryOutcomes, 0);
        Assert.Equal("row", Assert.Throws<ArgumentOutOfRangeException>(() => fit.Covariance(2, 0)).ParamName);
        Assert.Equal("column", Assert.Throws<ArgumentOutOfRangeException>(() => fit.Covariance(0, 2)).ParamName);
        Assert.Equal("row", Assert.Throws<ArgumentOutOfRangeException>(() => fit.Covariance(-1, 0)).ParamName);
        AssertArgument("features", "one value per coefficient (1)", () => fit.LinearPredictor([1, 2]));
        AssertArgument("features", "one value per coefficient (1)", () => fit.LinearPredictorStandardError([]));
        Assert.Equal("features", Assert.Throws<ArgumentNullException>(() => fit.Probability(null!)).ParamName);
    }

    [Fact]
    public void Ridge_Fit_InvalidArguments_SayWhatIsWrong()
    {
        AssertArgument("outcomes", "one outcome for each row", () => RidgeLogisticRegression.Fit([[1], [2]], [true], 0));
        AssertArgument("features", "at least one case", () => RidgeLogisticRegression.Fit([], [], 0));
        AssertArgument("features", "at least one feature", () => RidgeLogisticRegression.Fit([[], []], [true, false], 0));
        AssertArgument("features", "Row 1 has 1 values; row 0 has 2", () => RidgeLogisticRegression.Fit([[1, 2], [1], [3, 4]], [true, false, true], 0));
        AssertArgument("features", "Row 1 has 0 values; row 0 has 1", () => RidgeLogisticRegression.Fit([[1], null!, [3]], [true, false, true], 0));
        AssertArgument("features", "Row 1, feature 0: NaN is not a finite number", () => RidgeLogisticRegression.Fit([[1], [double.NaN]], [true, false], 0));
        Assert.Equal("lambda", Assert.Throws<ArgumentOutOfRangeException>(() => RidgeLogisticRegression.Fit([[1], [2]], [true, false], -0.1)).ParamName);
        Assert.Equal("features", Assert.Throws<ArgumentNullException>(() => RidgeLogisticRegression.Fit(null!, [true], 0)).ParamName);
        Assert.Equal("outcomes", Assert.Throws<ArgumentNullException>(() => RidgeLogisticRegression.Fit([[1]], null!, 0)).ParamName);
    }

    [Fact]
    public void Ridge_FitRowMajor_InvalidArguments_SayWhatIsWrong()
    {
        AssertArgument("features", "rows × columns", () => RidgeLogisticRegression.FitRowMajor([1, 2, 3], 2, 2, [1, 0], 0));
        AssertArgument("outcomes", "one outcome for each case", () => RidgeLogisticRegression.FitRowMajor([1, 2], 2, 1, [1], 0));
        AssertArgument("features", "Case 1, feature 0: Infinity is not a finite number", () => RidgeLogisticRegression.FitRowMajor([1, double.PositiveInfinity], 2, 1, [1, 0], 0));
        AssertArgument("outcomes", "Case 1: outcome 0.5 is neither 0 nor 1", () => RidgeLogisticRegression.FitRowMajor([1, 2], 2, 1, [1, 0.5], 0));
        Assert.Equal("rows", Assert.Throws<ArgumentOutOfRangeException>(() => RidgeLogisticRegression.FitRowMajor([], 0, 1, [], 0)).ParamName);
        Assert.Equal("columns", Assert.Throws<ArgumentOutOfRangeException>(() => RidgeLogisticRegression.FitRowMajor([], 1, 0, [1], 0)).ParamName);
        Assert.Equal("lambda", Assert.Throws<ArgumentOutOfRangeException>(() => RidgeLogisticRegression.FitRowMajor([1], 1, 1, [1], -1)).ParamName);
        Assert.Equal("features", Assert.Throws<ArgumentNullException>(() => RidgeLogisticRegression.FitRowMajor(null!, 1, 1, [1], 0)).ParamName);
        Assert.Equal("outcomes", Assert.Throws<ArgumentNullException>(() => RidgeLogisticRegression.FitRowMajor([1], 1, 1, null!, 0)).ParamName);
    }

    /// <summary>
    /// Sebastiano Vigna's splitmix64.c seeded with 1234567 starts 6457827717110365317, 3203168211198807973,
    /// 9817491932198370423 (the reference vector other ports test against).
    /// </summary>
    [Fact]
    public void SplitMix64_ReferenceVector()
    {
        var random = new SplitMix64(1234567);
        Assert.Equal(6457827717110365317UL, random.Next());
        Assert.Equal(3203168211198807973UL, random.Next());
        Assert.Equal(9817491932198370423UL, random.Next());
    }

    /// <summary>
    /// NextInt is Lemire's multiply-and-reject on the high 32 bits of each draw: r = draw >> 32, accept
    /// floor(r × b / 2³²) unless the low 32 bits of r × b fall below 2³² mod b. With b = 1.5 × 2³⁰, 2³² mod b = 2³⁰, so
    /// a quarter of the draws are rejected: the sequence must follow the rule draw by draw.
    /// </summary>
    [Theory]
    [InlineData(1610612736)]
    [InlineData(7)]
    [InlineData(1)]
    public void SplitMix64_NextInt_FollowsLemireRejection(int bound)
    {
        var random = new SplitMix64(42);
        var raw = new SplitMix64(42);
        var b = (ulong)bound;
        var threshold = (ulong)((1L << 32) % bound);
        var rejected = 0;
        for (var k = 0; k < 200; k++)
        {
            ulong expected;
            while (true)
            {
                var product = (raw.Next() >> 32) * b;
                if ((product & 0xFFFFFFFFUL) >= threshold)
                {
                    expected = product >> 32;
                    break;
                }
                rejected++;
            }
            var value = random.NextInt(bound);
            Assert.Equal((int)expected, value);
            Assert.InRange(value, 0, bound - 1);
        }
        if (bound == 1610612736)
        {
            Assert.True(rejected > 0);
        }
    }

    /// <summary>
    /// A statistic that ignores the sample and returns the replicate's number: the sorted values are 0…99, and the
    /// type-7 percentiles at 2.5 % and 97.5 % are 99 × 0.025 = 2.475 and 99 × 0.975 = 96.525 (at 90 %: 4.95, 94.05).
    /// </summary>
    [Fact]
    public void Bootstrap_PercentilesAtHalfAlphaEachSide()
    {
        bool[] outcomes = [true, false, true, false];
        var r = 0;
        var ci = Bootstrap.StratifiedPercentile(outcomes, _ => r++, 100, 1);
        Assert.Equal(2.475, ci.Lower, 9);
        Assert.Equal(96.525, ci.Upper, 9);
        r = 0;
        var ninety = Bootstrap.StratifiedPercentile(outcomes, _ => r++, 100, 1, ConfidenceLevel.FromPercent(90));
        Assert.Equal(4.95, ninety.Lower, 9);
        Assert.Equal(94.05, ninety.Upper, 9);
    }

    /// <summary>
    /// Each replicate draws the positives first (m draws of NextInt(m)) then the negatives (n of NextInt(n)) from one
    /// SplitMix64 stream: the samples must be exactly those draws, positives in the first m places.
    /// </summary>
    [Fact]
    public void Bootstrap_SamplesAreStratifiedDrawsFromTheSeededStream()
    {
        bool[] outcomes = [true, false, false, true, false, true, false];
        int[] positives = [0, 3, 5], negatives = [1, 2, 4, 6];
        var reference = new SplitMix64(99);
        var samples = new List<int[]>();
        Bootstrap.StratifiedPercentile(outcomes, s => { samples.Add((int[])s.Clone()); return s.Sum(); }, 10, 99);
        Assert.Equal(10, samples.Count);
        foreach (var sample in samples)
        {
            var expected = positives.Select(_ => positives[reference.NextInt(3)]).ToList();
            expected.AddRange(negatives.Select(_ => negatives[reference.NextInt(4)]));
            Assert.Equal(expected, sample);
        }
    }

    [Fact]
    public void Bootstrap_InvalidArguments_SayWhatIsWrong()
    {
        bool[] outcomes = [true, false];
        Assert.Equal("outcomes", Assert.Throws<ArgumentNullException>(() => Bootstrap.StratifiedPercentile(null!, _ => 0, 10, 1)).ParamName);
        Assert.Equal("statistic", Assert.Throws<ArgumentNullException>(() => Bootstrap.StratifiedPercentile(outcomes, null!, 10, 1)).ParamName);
        Assert.Equal("replicates", Assert.Throws<ArgumentOutOfRangeException>(() => Bootstrap.StratifiedPercentile(outcomes, _ => 0, 9, 1)).ParamName);
        Assert.Equal(0, Bootstrap.StratifiedPercentile(outcomes, _ => 0, 10, 1).Lower);
        AssertArgument("statistic", "not a finite number", () => Bootstrap.StratifiedPercentile(outcomes, _ => double.NaN, 10, 1));
        AssertArgument("statistic", "not a finite number", () => Bootstrap.StratifiedPercentile(outcomes, _ => double.PositiveInfinity, 10, 1));
        AssertArgument("outcomes", "at least one positive and one negative", () => Bootstrap.StratifiedPercentile([true, true], _ => 0, 10, 1));
    }
}
