using System;
using OutcomesFramework.Statistics;
using Xunit;

namespace OutcomesFramework.Statistics.Tests;

/// <summary>
/// The numerics against R 4.2.2 (qnorm, qgamma, qt printed with %.17g), against closed forms and identities,
/// and by round trips cdf(quantile(p)) = p.
/// </summary>
public sealed class DistributionsTest
{
    private const double RTolerance = 1e-12;

    private static void Relative(double expected, double actual, double tolerance)
    {
        var error = expected == 0 ? Math.Abs(actual) : Math.Abs(actual - expected) / Math.Abs(expected);
        Assert.True(error <= tolerance, $"expected {expected:R}, got {actual:R}, relative error {error:E2}");
    }

    [Theory]
    [InlineData(1e-300, -37.047096299361201)]
    [InlineData(9.9999999999999995e-21, -9.2623400897984052)]
    [InlineData(1e-08, -5.61200124417479)]
    [InlineData(0.001, -3.0902323061678132)]
    [InlineData(0.025000000000000001, -1.9599639845400538)]
    [InlineData(0.29999999999999999, -0.52440051270804067)]
    [InlineData(0.5, 0)]
    [InlineData(0.80000000000000004, 0.84162123357291441)]
    [InlineData(0.97499999999999998, 1.9599639845400536)]
    [InlineData(0.999, 3.0902323061678132)]
    [InlineData(0.99999999999900002, 7.0344869100478356)]
    public void NormalQuantile_MatchesR(double p, double expected) => Relative(expected, Normal.Quantile(p), RTolerance);

    [Theory]
    [InlineData(0.00050000000000000001, 0.5, 1.9634956655145984e-07)]
    [InlineData(0.025000000000000001, 0.5, 0.00049103455858762809)]
    [InlineData(0.5, 0.5, 0.22746821155978642)]
    [InlineData(0.97499999999999998, 0.5, 2.5119430936574423)]
    [InlineData(0.99950000000000006, 0.5, 6.0578325731986933)]
    [InlineData(0.00050000000000000001, 1, 0.00050012504168229794)]
    [InlineData(0.025000000000000001, 1, 0.025317807984289876)]
    [InlineData(0.5, 1, 0.69314718055994529)]
    [InlineData(0.97499999999999998, 1, 3.6888794541139354)]
    [InlineData(0.99950000000000006, 1, 7.6009024595421923)]
    [InlineData(0.00050000000000000001, 2.5, 0.079068761444826746)]
    [InlineData(0.025000000000000001, 2.5, 0.41560580674333125)]
    [InlineData(0.5, 2.5, 2.1757300955477632)]
    [InlineData(0.97499999999999998, 2.5, 6.4162509970150126)]
    [InlineData(0.99950000000000006, 2.5, 11.052663389103808)]
    [InlineData(0.00050000000000000001, 5, 0.63249104033219417)]
    [InlineData(0.025000000000000001, 5, 1.6234863901184207)]
    [InlineData(0.5, 5, 4.6709088827959846)]
    [InlineData(0.97499999999999998, 5, 10.241588675403698)]
    [InlineData(0.99950000000000006, 5, 15.709906253700245)]
    [InlineData(0.00050000000000000001, 9, 2.2196933541068273)]
    [InlineData(0.025000000000000001, 9, 4.115373097378332)]
    [InlineData(0.5, 9, 8.6689511843703713)]
    [InlineData(0.97499999999999998, 9, 15.763189220193315)]
    [InlineData(0.99950000000000006, 9, 22.216885369903164)]
    [InlineData(0.00050000000000000001, 10, 2.6990331060328105)]
    [InlineData(0.025000000000000001, 10, 4.7953886961324335)]
    [InlineData(0.5, 10, 9.6687146147141352)]
    [InlineData(0.97499999999999998, 10, 17.08480345141917)]
    [InlineData(0.99950000000000006, 10, 23.749225942736)]
    [InlineData(0.00050000000000000001, 50, 29.947828993282148)]
    [InlineData(0.025000000000000001, 50, 37.110963737461859)]
    [InlineData(0.5, 50, 49.667064617994242)]
    [InlineData(0.97499999999999998, 50, 64.780598592918295)]
    [InlineData(0.99950000000000006, 50, 76.583477540833911)]
    [InlineData(0.00050000000000000001, 1000, 899.20868311918707)]
    [InlineData(0.025000000000000001, 1000, 938.97301840769524)]
    [InlineData(0.5, 1000, 999.66668642696516)]
    [InlineData(0.97499999999999998, 1000, 1062.9211512248878)]
    [InlineData(0.99950000000000006, 1000, 1107.3420113949796)]
    public void GammaQuantile_MatchesR(double p, double shape, double expected) => Relative(expected, GammaDistribution.Quantile(p, shape), RTolerance);

    [Theory]
    [InlineData(0.00050000000000000001, 3, -12.923978636687483)]
    [InlineData(0.025000000000000001, 3, -3.1824463052837091)]
    [InlineData(0.29999999999999999, 3, -0.58438972743981865)]
    [InlineData(0.90000000000000002, 3, 1.6377443536962091)]
    [InlineData(0.00050000000000000001, 7, -5.4078825208617261)]
    [InlineData(0.025000000000000001, 7, -2.3646242515927844)]
    [InlineData(0.29999999999999999, 7, -0.54910965794728506)]
    [InlineData(0.90000000000000002, 7, 1.4149239276505086)]
    [InlineData(0.00050000000000000001, 17, -3.9651262721190315)]
    [InlineData(0.025000000000000001, 17, -2.1098155778333165)]
    [InlineData(0.29999999999999999, 17, -0.53437747983900397)]
    [InlineData(0.90000000000000002, 17, 1.3333793897216268)]
    [InlineData(0.00050000000000000001, 25, -3.7251439497286492)]
    [InlineData(0.025000000000000001, 25, -2.0595385527532977)]
    [InlineData(0.29999999999999999, 25, -0.53115378958192838)]
    [InlineData(0.90000000000000002, 25, 1.3163450726738706)]
    [InlineData(0.00050000000000000001, 60, -3.4602004691963555)]
    [InlineData(0.025000000000000001, 60, -2.00029782201426)]
    [InlineData(0.29999999999999999, 60, -0.52719812722974224)]
    [InlineData(0.90000000000000002, 60, 1.2958210935157313)]
    [InlineData(0.00050000000000000001, 1000, -3.3002826484239121)]
    [InlineData(0.025000000000000001, 1000, -1.9623390808264078)]
    [InlineData(0.29999999999999999, 1000, -0.52456770730922675)]
    [InlineData(0.90000000000000002, 1000, 1.2823987214609247)]
    public void StudentTQuantile_MatchesR(double p, double df, double expected) => Relative(expected, StudentT.Quantile(p, df), RTolerance);

    [Fact]
    public void ConfidenceLevel_Z_MatchesResearchNoteValues()
    {
        // Research note §1: z for 95% = 1.9599639845400536, for 99.8% = 3.0902323061678132 (R qnorm).
        Assert.Equal(1.9599639845400536, ConfidenceLevel.NinetyFivePercent.Z, 0.0);
        Assert.Equal(3.0902323061678132, ConfidenceLevel.NinetyNinePointEightPercent.Z, 0.0);
    }

    [Fact]
    public void ChiSquaredQuantile_OneDegreeAt998_MatchesTrendCriticalValue() =>
        // Research note §12.4: qchisq(0.998, 1) = 9.54953570608324 (Fingertips' constant).
        Relative(RecentTrend.ChiSquaredCritical, GammaDistribution.ChiSquaredQuantile(0.998, 1), 1e-13);

    [Theory]
    [InlineData(0.0005)]
    [InlineData(0.025)]
    [InlineData(0.3)]
    [InlineData(0.975)]
    [InlineData(0.9995)]
    public void GammaQuantile_ShapeOne_IsMinusLogOneMinusP(double p) =>
        // Gamma(1) is the unit exponential: F(x) = 1 − e^(−x), so the quantile is −ln(1 − p). The expected value
        // itself carries the rounding of 1 − p (about 1e-13 relative at p = 0.0005).
        Relative(-Math.Log(1 - p), GammaDistribution.Quantile(p, 1), 1e-12);

    [Theory]
    [InlineData(1, 0.025)]
    [InlineData(3, 0.0005)]
    [InlineData(5, 0.975)]
    [InlineData(9, 0.9995)]
    [InlineData(10, 0.025)]
    public void GammaQuantile_IntegerShape_MatchesPoissonCumulativeSum(int k, double p)
    {
        // qchisq(p, 2k)/2 = qgamma(p, k) = λ with P(Poisson(λ) ≥ k) = p, i.e. 1 − Σ_{j<k} e^(−λ)λ^j/j! = p.
        var lambda = GammaDistribution.ChiSquaredQuantile(p, 2 * k) / 2;
        double term = Math.Exp(-lambda), sum = 0;
        for (var j = 0; j < k; j++)
        {
            sum += term;
            term *= lambda / (j + 1);
        }
        Relative(p, 1 - sum, 1e-12);
    }

    [Theory]
    [InlineData(0.001)]
    [InlineData(0.025)]
    [InlineData(0.4)]
    public void StudentTQuantile_OneAndTwoDegrees_MatchClosedForms(double p)
    {
        // ν = 1 is Cauchy: tan(π(p − ½)); ν = 2: (2p − 1)/√(2p(1 − p)).
        Relative(Math.Tan(Math.PI * (p - 0.5)), StudentT.Quantile(p, 1), 1e-13);
        Relative(((2 * p) - 1) / Math.Sqrt(2 * p * (1 - p)), StudentT.Quantile(p, 2), 1e-13);
    }

    [Theory]
    [InlineData(1e-10)]
    [InlineData(0.001)]
    [InlineData(0.025)]
    [InlineData(0.2)]
    [InlineData(0.5)]
    [InlineData(0.7)]
    [InlineData(0.999)]
    public void Normal_RoundTripAndSymmetry(double p)
    {
        Relative(p, Normal.Cdf(Normal.Quantile(p)), 1e-13);
        if (p >= 1e-3)
        {
            // Below that, 1 − p itself is rounded by more than the tolerance, so symmetry cannot be tested this way.
            Assert.Equal(-Normal.Quantile(p), Normal.Quantile(1 - p), 1e-12);
        }
    }

    [Theory]
    [InlineData(0.0005, 0.5)]
    [InlineData(0.025, 3)]
    [InlineData(0.5, 9)]
    [InlineData(0.975, 10)]
    [InlineData(0.0005, 100)]
    [InlineData(0.9995, 2.5)]
    public void Gamma_RoundTrip(double p, double shape)
    {
        var x = GammaDistribution.Quantile(p, shape);
        if (p > 0.5)
        {
            Relative(1 - p, GammaDistribution.UpperTail(shape, x), 1e-13);
        }
        else
        {
            Relative(p, GammaDistribution.Cdf(shape, x), 1e-13);
        }
    }

    [Theory]
    [InlineData(0.0005, 3)]
    [InlineData(0.025, 7)]
    [InlineData(0.3, 17)]
    [InlineData(0.975, 25)]
    [InlineData(0.001, 1000)]
    public void StudentT_RoundTripAndSymmetry(double p, double df)
    {
        Relative(p, StudentT.Cdf(StudentT.Quantile(p, df), df), 1e-13);
        Assert.Equal(-StudentT.Quantile(p, df), StudentT.Quantile(1 - p, df), 1e-12);
    }

    [Fact]
    public void Quantiles_OutOfRange_Throw()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Normal.Quantile(1.5));
        Assert.Throws<ArgumentOutOfRangeException>(() => GammaDistribution.Quantile(0.5, 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => StudentT.Quantile(double.NaN, 3));
        Assert.Equal(0, GammaDistribution.ChiSquaredQuantile(0.3, 0));
    }

    [Fact]
    public void ExactPoisson_Table_MatchesDirectQuantiles()
    {
        // The cached table for counts 0..9 must equal the quantile search it was built from (and x = 0 gives 0).
        var level = ConfidenceLevel.NinetyNinePointEightPercent;
        Assert.Equal(0, ExactPoisson.Lower(0, level));
        for (var x = 1; x < 10; x++)
        {
            Relative(GammaDistribution.Quantile(0.001, x), ExactPoisson.Lower(x, level), 1e-13);
            Relative(GammaDistribution.Quantile(0.999, x + 1), ExactPoisson.Upper(x, level), 1e-13);
        }
    }
}
