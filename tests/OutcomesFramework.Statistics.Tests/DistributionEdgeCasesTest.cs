using System;
using OutcomesFramework.Statistics;
using Xunit;

namespace OutcomesFramework.Statistics.Tests;

/// <summary>
/// The argument checks, special cases and tails of the distributions and special functions that the value tests in
/// <see cref="DistributionsTest"/> do not reach (issue #11, mutation testing). Expected values are closed forms worked
/// out in the comments, or mpmath 1.3 at 40 digits where stated (R is not installed on this machine).
/// </summary>
public sealed class DistributionEdgeCasesTest
{
    private static void Relative(double expected, double actual, double tolerance)
    {
        var error = expected == 0 ? Math.Abs(actual) : Math.Abs(actual - expected) / Math.Abs(expected);
        Assert.True(error <= tolerance, $"expected {expected:R}, got {actual:R}, relative error {error:E2}");
    }

    private static void ThrowsRange(string paramName, Action action)
    {
        var exception = Assert.Throws<ArgumentOutOfRangeException>(action);
        Assert.Equal(paramName, exception.ParamName);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void Gamma_ShapeNotPositiveAndFinite_ThrowsNamingShape(double badShape)
    {
        // Every entry point checks the shape itself: the incomplete gamma functions would return a number for it.
        ThrowsRange("shape", () => GammaDistribution.Cdf(badShape, 1));
        ThrowsRange("shape", () => GammaDistribution.UpperTail(badShape, 1));
        ThrowsRange("shape", () => GammaDistribution.Quantile(0.5, badShape));
    }

    [Theory]
    [InlineData(-0.1)]
    [InlineData(1.1)]
    [InlineData(double.NaN)]
    public void Gamma_ProbabilityOutsideZeroOne_ThrowsNamingProbability(double badProbability)
    {
        ThrowsRange("probability", () => GammaDistribution.Quantile(badProbability, 2));
        ThrowsRange("probability", () => GammaDistribution.ChiSquaredQuantile(badProbability, 2));
        ThrowsRange("probability", () => StudentT.Quantile(badProbability, 5));
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void ChiSquaredQuantile_DegreesNegativeOrNotFinite_ThrowsNamingDegrees(double degrees) =>
        ThrowsRange("degreesOfFreedom", () => GammaDistribution.ChiSquaredQuantile(0.5, degrees));

    [Fact]
    public void Gamma_NaNPoint_GivesNaN()
    {
        Assert.True(double.IsNaN(GammaDistribution.Cdf(2, double.NaN)));
        Assert.True(double.IsNaN(GammaDistribution.UpperTail(2, double.NaN)));
    }

    [Theory]
    [InlineData(0.5)]
    [InlineData(3)]
    [InlineData(1e4)]
    public void GammaQuantile_ProbabilityZeroAndOne_AreZeroAndInfinity(double shape)
    {
        // The support is [0, ∞): P(X ≤ 0) = 0 and P(X < ∞) = 1, so the quantiles at 0 and 1 are exactly 0 and +∞.
        Assert.Equal(0, GammaDistribution.Quantile(0, shape));
        Assert.Equal(double.PositiveInfinity, GammaDistribution.Quantile(1, shape));
        Assert.Equal(0, GammaDistribution.ChiSquaredQuantile(0, 2 * shape));
        Assert.Equal(double.PositiveInfinity, GammaDistribution.ChiSquaredQuantile(1, 2 * shape));
    }

    [Theory]
    [InlineData(0.1)]
    [InlineData(1)]
    [InlineData(4.5)]
    public void ChiSquaredCdf_TwoDegrees_IsOneMinusExpMinusHalfX(double x) =>
        // χ²₂ is the exponential with mean 2: P(χ²₂ ≤ x) = 1 − e^(−x/2).
        Relative(1 - Math.Exp(-x / 2), GammaDistribution.ChiSquaredCdf(2, x), 1e-14);

    [Theory]
    [InlineData(1e-300)]
    [InlineData(1e-200)]
    [InlineData(1e-40)]
    public void GammaQuantile_FarLowerTail_ShapeTwo_IsSqrtTwoP(double p)
    {
        // P(2, x) = 1 − e^(−x)(1 + x) = x²/2 − x³/3 + …, so for p this small the quantile is √(2p) to far better
        // than double precision (the x³ term is ~x relative). The Wilson–Hilferty start is negative here, so this
        // runs the small-x series start.
        Relative(Math.Sqrt(2 * p), GammaDistribution.Quantile(p, 2), 5e-14);
    }

    [Theory]
    [InlineData(1e-20)]
    [InlineData(1e-300)]
    public void GammaQuantile_FarUpperTailThroughExactPoisson_ShapeOne_IsMinusLogQ(double q)
    {
        // Gamma(1) is the unit exponential: Q(1, x) = e^(−x), so Q = q at x = −ln q. An upper-tail request this
        // far out cannot be written as a probability 1 − q, but the internal solver takes q itself.
        Relative(-Math.Log(q), GammaDistribution.QuantileUnchecked(1 - q, q, 1), 1e-14);
    }

    [Theory]
    [InlineData(1e-300)]
    [InlineData(1e-20)]
    [InlineData(0.2)]
    public void GammaQuantile_ShapeOne_LowerTail_IsMinusLog1PMinusP(double p) =>
        // The unit exponential again: P(1, x) = 1 − e^(−x) = p at x = −ln(1 − p) = −log1p(−p) ≈ p for tiny p.
        Relative(-SpecialFunctions.Log1P(-p), GammaDistribution.Quantile(p, 1), 1e-13);

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void StudentT_DegreesNotPositiveAndFinite_ThrowsNamingDegrees(double degrees)
    {
        ThrowsRange("degreesOfFreedom", () => StudentT.Cdf(1, degrees));
        ThrowsRange("degreesOfFreedom", () => StudentT.Quantile(0.3, degrees));
    }

    [Fact]
    public void StudentTCdf_NaN_GivesNaN() => Assert.True(double.IsNaN(StudentT.Cdf(double.NaN, 4)));

    [Theory]
    [InlineData(-50)]
    [InlineData(-2)]
    [InlineData(-0.1)]
    [InlineData(0)]
    [InlineData(0.1)]
    [InlineData(2)]
    [InlineData(50)]
    public void StudentTCdf_OneAndTwoDegrees_MatchClosedForms(double t)
    {
        // ν = 1 (Cauchy): F(t) = ½ + atan(t)/π. ν = 2: F(t) = ½ + t / (2√(2 + t²)). Both are ½ at t = 0 and
        // rise with t, so the sign of t picks the tail.
        // For t < 0 the same values are written without the cancellation of ½ − …: ½ − atan|t|/π = atan(1/|t|)/π,
        // and ½ − |t|/(2√(2 + t²)) = 1/(√(2 + t²)(√(2 + t²) + |t|)).
        var s = Math.Sqrt(2 + (t * t));
        var cauchy = t < 0 ? Math.Atan(-1 / t) / Math.PI : 0.5 + (Math.Atan(t) / Math.PI);
        var two = t < 0 ? 1 / (s * (s - t)) : 0.5 + (t / (2 * s));
        Relative(cauchy, StudentT.Cdf(t, 1), 1e-13);
        Relative(two, StudentT.Cdf(t, 2), 1e-13);
    }

    [Theory]
    [InlineData(3)]
    [InlineData(30)]
    public void StudentTQuantile_ProbabilityZeroHalfAndOne(double degrees)
    {
        Assert.Equal(double.NegativeInfinity, StudentT.Quantile(0, degrees));
        Assert.Equal(0, StudentT.Quantile(0.5, degrees));
        Assert.Equal(double.PositiveInfinity, StudentT.Quantile(1, degrees));
    }

    [Theory]
    // Down to the smallest double: below about 1e-90 the quantile used to stop near −1e34 (p = 1e-300 gave −1.39e34;
    // the true quantile is about −1.03e100), found by these tests (docs/mutation/statistics-mutA.md) and fixed.
    [InlineData(4.94065645841247e-324)]
    [InlineData(1e-300)]
    [InlineData(1e-100)]
    [InlineData(1e-50)]
    [InlineData(1e-20)]
    [InlineData(1e-6)]
    [InlineData(0.3)]
    public void StudentTQuantile_ThreeDegrees_RoundTripsThroughTheClosedFormCdf(double p)
    {
        // ν = 3 has a closed-form distribution function: F(t) = ½ + (1/π)(atan(t/√3) + √3 t/(t² + 3)). The
        // quantile must put exactly p in the lower tail; for p ≤ 0.3 the tail is compared through the equivalent
        // form F(t) = (1/π)(atan(√3/|t|) − √3|t|/(t² + 3)) for t < 0, which keeps its digits for tiny p.
        var t = StudentT.Quantile(p, 3);
        Assert.True(t < 0);
        var a = Math.Abs(t);
        var tail = (Math.Atan(Math.Sqrt(3) / a) - (Math.Sqrt(3) * a / ((a * a) + 3))) / Math.PI;
        // Far out the two terms cancel (tail ~ 2√3/(π a³), next term relatively 1.8/a²): use that leading term when a
        // is huge, as a ratio of cube roots so that neither a³ nor 1/p (up to 2e323) overflows.
        if (a > 1e5)
        {
            var ratio = Math.Cbrt(2 * Math.Sqrt(3) / Math.PI) / Math.Cbrt(p) / a;
            Relative(1, ratio * ratio * ratio, 1e-9);
            return;
        }
        Relative(p, tail, 1e-9);
    }

    [Theory]
    // mpmath at 60 digits: the root of log(½ I_{ν/(ν+t²)}(ν/2, ½)) = log p (findroot in log|t|), p the double given.
    [InlineData(3, 1e-300, -1.0331108360446529009e+100)]
    [InlineData(3, 4.94065645841247e-324, -6.0657619779398582613e+107)]
    [InlineData(3, 1e-20, -4795275.7204689731896)]
    [InlineData(4.5, 1e-300, -6.7094554006634833012e+66)]
    [InlineData(4.5, 4.94065645841247e-324, -1.0135524680648115846e+72)]
    [InlineData(4.5, 1e-20, -40222.12836181788166)]
    [InlineData(30, 1e-300, -50178575360.505080714)]
    [InlineData(30, 1e-20, -22.658878371940183115)]
    [InlineData(1.5, 1e-300, -5.2194694273446363294e+199)]
    [InlineData(1.5, 4.94065645841247e-324, -1.799298647445317345e+215)]
    [InlineData(0.5, 1e-20, -1.0284911563163401247e+39)]
    public void StudentTQuantile_FarLowerTail_MatchesMpmath(double degrees, double p, double expected)
    {
        Relative(expected, StudentT.Quantile(p, degrees), 1e-12);
        // The distribution function gives p back (its far tail is the leading term of I_x, exact there); not for the
        // subnormal p, which has a single significant bit. (ν = 30 is left out at that p: there the quantile,
        // 3.0e11, is not in the far tail and an iteration on a one-bit F resolves it only to a few per cent.)
        if (p >= 1e-300)
        {
            Relative(p, StudentT.Cdf(expected, degrees), 1e-11);
        }
    }

    [Fact]
    public void StudentTQuantile_BeyondTheLargestDouble_IsMinusInfinity() =>
        // ν = 0.5, p = 1e-300: the quantile is −1.03e599 (mpmath), beyond double's 1.8e308.
        Assert.Equal(double.NegativeInfinity, StudentT.Quantile(1e-300, 0.5));

    [Theory]
    [InlineData(1e7, 151180949.3694739)]
    [InlineData(1e8, 1742068066.1038346)]
    [InlineData(3e9, 62465634366.85156)]
    public void LogGamma_Large_MatchesMpmath(double x, double expected) =>
        // mpmath.loggamma(x) at 40 digits. From 1e7 on this is Stirling's series.
        Relative(expected, SpecialFunctions.LogGamma(x), 1e-15);

    [Fact]
    public void Log1P_SmallAndOrdinary()
    {
        // Below half an ulp of 1, 1 + x rounds to 1 and log(1 + x) = x to double precision.
        Assert.Equal(1e-20, SpecialFunctions.Log1P(1e-20));
        // log1p(1e-10) = 1e-10 − 5e-21 + … (mpmath: 9.999999999500001e-11).
        Relative(9.999999999500001e-11, SpecialFunctions.Log1P(1e-10), 1e-15);
        Relative(Math.Log(2), SpecialFunctions.Log1P(1), 1e-15);
    }

    [Fact]
    public void IncompleteGamma_EdgesOfTheSupport()
    {
        Assert.Equal(0, SpecialFunctions.GammaP(2, -1));
        Assert.Equal(1, SpecialFunctions.GammaQ(2, -1));
        Assert.Equal(1, SpecialFunctions.GammaP(2, double.PositiveInfinity));
        Assert.Equal(0, SpecialFunctions.GammaQ(2, double.PositiveInfinity));
        // Far above the mean: P(1, 800) = 1 − e^(−800) = 1 in double, and Q(1, 800) = e^(−800) underflows to 0
        // only below 4.9e-324 (e^(−800) ≈ 3.7e-348), so it is 0.
        Assert.Equal(1, SpecialFunctions.GammaP(1, 800));
        Assert.Equal(0, SpecialFunctions.GammaQ(1, 800));
        // Just inside: Q(1, 700) = e^(−700).
        Relative(Math.Exp(-700), SpecialFunctions.GammaQ(1, 700), 1e-12);
        // Small x, from the series side: Q(1, 0.001) = e^(−0.001).
        Relative(Math.Exp(-0.001), SpecialFunctions.GammaQ(1, 0.001), 1e-15);
    }

    [Theory]
    [InlineData(1, 0.5)]
    [InlineData(3, 2)]
    [InlineData(0.5, 0.25)]
    public void GammaDensity_MatchesTheFormula(double a, double x)
    {
        // f(x) = x^(a−1) e^(−x) / Γ(a); Γ(1) = 1, Γ(3) = 2, Γ(½) = √π.
        var gamma = a == 1 ? 1 : a == 3 ? 2 : Math.Sqrt(Math.PI);
        Relative(Math.Pow(x, a - 1) * Math.Exp(-x) / gamma, SpecialFunctions.GammaDensity(a, x), 1e-14);
        Assert.Equal(0, SpecialFunctions.GammaDensity(a, 0));
        Assert.Equal(0, SpecialFunctions.GammaDensity(a, -1));
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void ExactPoisson_BadCount_ThrowsNamingCount(double badCount)
    {
        ThrowsRange("count", () => ExactPoisson.Lower(badCount, ConfidenceLevel.NinetyFivePercent));
        ThrowsRange("count", () => ExactPoisson.Upper(badCount, ConfidenceLevel.NinetyFivePercent));
    }

    [Fact]
    public void ExactPoisson_NullLevel_ThrowsNamingLevel()
    {
        Assert.Equal("level", Assert.Throws<ArgumentNullException>(() => ExactPoisson.Lower(3, null!)).ParamName);
        Assert.Equal("level", Assert.Throws<ArgumentNullException>(() => ExactPoisson.Upper(3, null!)).ParamName);
    }

    [Theory]
    [InlineData(0.5)]
    [InlineData(2.25)]
    [InlineData(7)]
    [InlineData(2500)]
    public void ExactPoisson_AnyCount_IsTheGammaQuantile(double count)
    {
        // Garwood: lower = qgamma(α/2, x), upper = qgamma(1 − α/2, x + 1), whether the count is in the table,
        // fractional or beyond the table.
        foreach (var level in new[] { ConfidenceLevel.NinetyFivePercent, ConfidenceLevel.NinetyNinePointEightPercent })
        {
            var tail = level.Alpha / 2;
            Relative(GammaDistribution.Quantile(tail, count), ExactPoisson.Lower(count, level), 1e-13);
            Relative(GammaDistribution.Quantile(1 - tail, count + 1), ExactPoisson.Upper(count, level), 1e-13);
        }
    }

    [Fact]
    public void ExactPoisson_ZeroCount_LowerIsZero_UpperIsMinusLogTail()
    {
        // Q(1, u) = e^(−u) = α/2 gives the upper limit for no events: −ln(α/2) (3.689 at 95%).
        Assert.Equal(0, ExactPoisson.Lower(0, ConfidenceLevel.NinetyFivePercent));
        Relative(-Math.Log(0.025), ExactPoisson.Upper(0, ConfidenceLevel.NinetyFivePercent), 1e-13);
        Assert.Equal(0, ExactPoisson.LowerUnchecked(0, ConfidenceLevel.NinetyFivePercent));
    }

    [Fact]
    public void ExactPoisson_TryTable_OnlyWholeCountsBelowTheTableSize()
    {
        Assert.True(ExactPoisson.TryTable(0, out var index));
        Assert.Equal(0, index);
        Assert.True(ExactPoisson.TryTable(ConfidenceLevel.ExactTableSize - 1, out index));
        Assert.Equal(ConfidenceLevel.ExactTableSize - 1, index);
        Assert.False(ExactPoisson.TryTable(ConfidenceLevel.ExactTableSize, out _));
        Assert.False(ExactPoisson.TryTable(2.5, out _));
    }

    [Theory]
    [InlineData(double.NaN, 10, "numerator")]
    [InlineData(double.PositiveInfinity, 10, "numerator")]
    [InlineData(3, double.NaN, "denominator")]
    [InlineData(3, double.PositiveInfinity, "denominator")]
    [InlineData(-1, 10, "numerator")]
    [InlineData(0, 0, "denominator")]
    public void WilsonInterval_BadCounts_ThrowNamingTheArgument(double x, double n, string paramName) =>
        ThrowsRange(paramName, () => Wilson.Interval(x, n, ConfidenceLevel.NinetyFivePercent));

    [Fact]
    public void WilsonInterval_NullLevelAndNumeratorAboveDenominator()
    {
        Assert.Equal("level", Assert.Throws<ArgumentNullException>(() => Wilson.Interval(1, 2, null!)).ParamName);
        var exception = Assert.Throws<ArgumentException>(() => Wilson.Interval(3, 2, ConfidenceLevel.NinetyFivePercent));
        Assert.Contains("greater than the denominator", exception.Message, StringComparison.Ordinal);
    }
}
