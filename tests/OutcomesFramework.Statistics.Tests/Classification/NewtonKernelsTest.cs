using System;
using OutcomesFramework.Statistics.Classification;
using Xunit;

namespace OutcomesFramework.Statistics.Tests.Classification;

/// <summary>
/// The fast kernels of the logistic fit (register-tiled information matrix, interleaved linear predictors,
/// right-looking Cholesky) give exactly — bit for bit, not to a tolerance — what the textbook loops written out here
/// give, on matrices of every shape around the tile and vector sizes: the fitted models, and so the shipped early-warning
/// model and the evaluation report, do not depend on the speed-ups, the vector width or the machine.
/// </summary>
public sealed class NewtonKernelsTest
{
    public static TheoryData<int, int> Shapes()
    {
        var data = new TheoryData<int, int>();
        foreach (var n in new[] { 1, 2, 3, 5, 13, 49, 101 })
        {
            foreach (var p in new[] { 1, 2, 3, 4, 7, 8, 9, 15, 16, 17, 31, 33, 64, 98, 137 })
            {
                data.Add(n, p);
            }
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Shapes))]
    public void Derivatives_EqualTheTextbookLoopBitForBit(int n, int p)
    {
        var (x, y, beta) = Problem(n, p, seed: (ulong)((n * 1000) + p));
        const double lambda = 3;
        var k = p + 1;
        var design = new LogisticDesign(x, y, n, p);
        var gradient = new double[k];
        var hessian = new double[k * k];
        design.Derivatives(lambda, beta, gradient, hessian);
        var (expectedGradient, expectedHessian) = TextbookDerivatives(x, y, n, p, lambda, beta);
        for (var a = 0; a < k; a++)
        {
            Assert.Equal(BitConverter.DoubleToInt64Bits(expectedGradient[a]), BitConverter.DoubleToInt64Bits(gradient[a]));
            for (var b = 0; b < k; b++)
            {
                Assert.Equal(BitConverter.DoubleToInt64Bits(expectedHessian[(a * k) + b]), BitConverter.DoubleToInt64Bits(hessian[(a * k) + b]));
            }
        }
        Assert.Equal(BitConverter.DoubleToInt64Bits(TextbookObjective(x, y, n, p, lambda, beta)), BitConverter.DoubleToInt64Bits(design.Objective(lambda, beta)));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    [InlineData(8)]
    [InlineData(9)]
    [InlineData(17)]
    [InlineData(64)]
    [InlineData(138)]
    [InlineData(165)]
    public void Cholesky_EqualsTheRowByRowFactorBitForBit(int k)
    {
        var a = PositiveDefinite(k, (ulong)k);
        var l = Cholesky.Factor(a, k);
        Assert.NotNull(l);
        var expected = TextbookFactor(a, k);
        Assert.NotNull(expected);
        for (var i = 0; i < k; i++)
        {
            for (var j = 0; j <= i; j++)
            {
                Assert.Equal(BitConverter.DoubleToInt64Bits(expected![(i * k) + j]), BitConverter.DoubleToInt64Bits(l![(i * k) + j]));
            }
        }
        // And the factor is a factor: L Lᵀ = A (to rounding), and the solve recovers a known solution.
        for (var i = 0; i < k; i++)
        {
            for (var j = 0; j <= i; j++)
            {
                var s = 0.0;
                for (var t = 0; t <= j; t++)
                {
                    s += l![(i * k) + t] * l[(j * k) + t];
                }
                Assert.Equal(a[(i * k) + j], s, 1e-9 * Math.Max(1, Math.Abs(a[(i * k) + j])));
            }
        }
        var solution = new double[k];
        var b = new double[k];
        for (var i = 0; i < k; i++)
        {
            solution[i] = i - (k / 2.0);
        }
        for (var i = 0; i < k; i++)
        {
            for (var j = 0; j < k; j++)
            {
                b[i] += a[(i * k) + j] * solution[j];
            }
        }
        Assert.True(Cholesky.Solve(a, b, k));
        for (var i = 0; i < k; i++)
        {
            Assert.Equal(solution[i], b[i], 1e-6);
        }
    }

    [Fact]
    public void Cholesky_RejectsAMatrixThatIsNotPositiveDefinite()
    {
        // [[1, 2], [2, 1]] has eigenvalues 3 and −1; [[1, 1], [1, 1]] is singular.
        Assert.Null(Cholesky.Factor(new double[] { 1, 2, 2, 1 }, 2));
        Assert.Null(Cholesky.Factor(new double[] { 1, 1, 1, 1 }, 2));
        Assert.False(Cholesky.Solve(new double[] { 1, 2, 2, 1 }, new double[] { 1, 1 }, 2));
        Assert.Null(Cholesky.Inverse(new double[] { -1 }, 1));
    }

    [Fact]
    public void Fit_CovarianceOnFirstUse_IsTheInverseInformationAndTheSameFromEveryThread()
    {
        var (x, y, _) = Problem(60, 9, seed: 7);
        var fit = RidgeLogisticRegression.FitRowMajor(x, 60, 9, y, 2);
        var k = 10;
        var beta = new double[k];
        beta[0] = fit.Intercept;
        for (var j = 1; j < k; j++)
        {
            beta[j] = fit.Coefficients[j - 1];
        }
        var (_, information) = TextbookDerivatives(x, y, 60, 9, 2, beta);
        var results = new double[8][];
        System.Threading.Tasks.Parallel.For(0, results.Length, t =>
        {
            var c = new double[k * k];
            for (var a = 0; a < k; a++)
            {
                for (var b = 0; b < k; b++)
                {
                    c[(a * k) + b] = fit.Covariance(a, b);
                }
            }
            results[t] = c;
        });
        // Σ · I = identity.
        for (var a = 0; a < k; a++)
        {
            for (var b = 0; b < k; b++)
            {
                var s = 0.0;
                for (var t = 0; t < k; t++)
                {
                    s += results[0][(a * k) + t] * information[(t * k) + b];
                }
                Assert.Equal(a == b ? 1 : 0, s, 1e-9);
            }
        }
        foreach (var r in results)
        {
            Assert.Equal(results[0], r);
        }
    }

    /// <summary>The gradient and information as first written: one case at a time, the row copied, the lower triangle accumulated in place.</summary>
    private static (double[] Gradient, double[] Hessian) TextbookDerivatives(double[] x, double[] y, int n, int p, double lambda, double[] beta)
    {
        var k = p + 1;
        var gradient = new double[k];
        var hessian = new double[k * k];
        var row = new double[k];
        row[0] = 1;
        for (var i = 0; i < n; i++)
        {
            var eta = beta[0];
            for (var j = 0; j < p; j++)
            {
                row[j + 1] = x[(i * p) + j];
                eta += row[j + 1] * beta[j + 1];
            }
            var mu = eta >= 0 ? 1 / (1 + Math.Exp(-eta)) : Math.Exp(eta) / (1 + Math.Exp(eta));
            var w = mu * (1 - mu);
            var r = y[i] - mu;
            for (var a = 0; a < k; a++)
            {
                gradient[a] += row[a] * r;
                var wa = w * row[a];
                for (var b = 0; b <= a; b++)
                {
                    hessian[(a * k) + b] += wa * row[b];
                }
            }
        }
        for (var a = 0; a < k; a++)
        {
            if (a > 0)
            {
                gradient[a] -= lambda * beta[a];
                hessian[(a * k) + a] += lambda;
            }
            for (var b = 0; b < a; b++)
            {
                hessian[(b * k) + a] = hessian[(a * k) + b];
            }
        }
        return (gradient, hessian);
    }

    private static double TextbookObjective(double[] x, double[] y, int n, int p, double lambda, double[] beta)
    {
        var sum = 0.0;
        for (var i = 0; i < n; i++)
        {
            var eta = beta[0];
            for (var j = 0; j < p; j++)
            {
                eta += x[(i * p) + j] * beta[j + 1];
            }
            sum += (eta > 0 ? eta + Math.Log(1 + Math.Exp(-eta)) : Math.Log(1 + Math.Exp(eta))) - (y[i] * eta);
        }
        var penalty = 0.0;
        for (var j = 1; j <= p; j++)
        {
            penalty += beta[j] * beta[j];
        }
        return sum + (lambda / 2 * penalty);
    }

    /// <summary>The row-by-row (left-looking) Cholesky factor: each element's dot product summed in column order.</summary>
    private static double[]? TextbookFactor(double[] a, int k)
    {
        var l = new double[k * k];
        for (var i = 0; i < k; i++)
        {
            for (var j = 0; j <= i; j++)
            {
                var s = a[(i * k) + j];
                for (var t = 0; t < j; t++)
                {
                    s -= l[(i * k) + t] * l[(j * k) + t];
                }
                if (i == j)
                {
                    if (!(s > 1e-14 * Math.Max(1, Math.Abs(a[(i * k) + i]))))
                    {
                        return null;
                    }
                    l[(i * k) + i] = Math.Sqrt(s);
                }
                else
                {
                    l[(i * k) + j] = s / l[(j * k) + j];
                }
            }
        }
        return l;
    }

    /// <summary>A reproducible problem: features in (−2, 2) with a few missing-as-zero and exact repeats, outcomes from a known score, non-zero coefficients.</summary>
    private static (double[] X, double[] Y, double[] Beta) Problem(int n, int p, ulong seed)
    {
        var random = new SplitMix64(seed);
        double Uniform() => (random.Next() >> 11) * (1.0 / (1UL << 53));
        var x = new double[n * p];
        for (var i = 0; i < x.Length; i++)
        {
            x[i] = i % 11 == 5 ? 0 : (4 * Uniform()) - 2;
        }
        var y = new double[n];
        for (var i = 0; i < n; i++)
        {
            y[i] = Uniform() < 0.3 + (0.1 * x[i * p]) ? 1 : 0;
        }
        var beta = new double[p + 1];
        for (var j = 0; j <= p; j++)
        {
            beta[j] = Uniform() - 0.5;
        }
        return (x, y, beta);
    }

    /// <summary>BᵀB + I for a random B: symmetric positive definite, with entries of mixed sign and size.</summary>
    private static double[] PositiveDefinite(int k, ulong seed)
    {
        var random = new SplitMix64(seed);
        var b = new double[k * k];
        for (var i = 0; i < b.Length; i++)
        {
            b[i] = ((random.Next() >> 11) * (1.0 / (1UL << 53))) - 0.5;
        }
        var a = new double[k * k];
        for (var i = 0; i < k; i++)
        {
            for (var j = 0; j < k; j++)
            {
                var s = i == j ? 1.0 : 0.0;
                for (var t = 0; t < k; t++)
                {
                    s += b[(t * k) + i] * b[(t * k) + j];
                }
                a[(i * k) + j] = s;
            }
        }
        return a;
    }
}
