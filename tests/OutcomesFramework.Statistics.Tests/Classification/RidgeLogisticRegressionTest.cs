using System;
using System.Collections.Generic;
using System.Linq;
using OutcomesFramework.Statistics.Classification;
using Xunit;

namespace OutcomesFramework.Statistics.Tests.Classification;

public sealed class RidgeLogisticRegressionTest
{
    [Theory]
    [InlineData("ridge-overlap")]
    [InlineData("ridge-separated")]
    public void Fit_EqualsGlmnetAndNewtonInR(string name)
    {
        // Reference: glmnet(alpha = 0, lambda = λ/N, standardize = FALSE) and a hand-written Newton fit in R, which
        // agreed to 1e-12 (make-fixtures.R). "ridge-separated" has y = 1 exactly when x1 > 0: no finite ML estimate.
        var (outcomes, columns, _) = ClassificationFixture.Data(name + "-data.csv");
        var expected = ClassificationFixture.Expected(name + "-expected.csv");
        var rows = Enumerable.Range(0, outcomes.Length).Select(i => (IReadOnlyList<double>)columns.Select(c => c[i]).ToArray()).ToList();
        var fit = RidgeLogisticRegression.Fit(rows, outcomes, expected["lambda"]);
        Assert.InRange(Math.Abs(fit.Intercept - expected["intercept"]), 0, 1e-6);
        for (var j = 0; j < columns.Length; j++)
        {
            Assert.InRange(Math.Abs(fit.Coefficients[j] - expected["beta" + (j + 1)]), 0, 1e-6);
        }
    }

    [Theory]
    [InlineData("ridge-overlap")]
    [InlineData("ridge-separated")]
    public void FitRowMajor_EqualsGlmnetAndNewtonInR(string name)
    {
        // The same R reference as above, through the flat row-major entry point the rolling fits use.
        var (outcomes, columns, _) = ClassificationFixture.Data(name + "-data.csv");
        var expected = ClassificationFixture.Expected(name + "-expected.csv");
        var p = columns.Length;
        var x = new double[outcomes.Length * p];
        for (var i = 0; i < outcomes.Length; i++)
        {
            for (var j = 0; j < p; j++)
            {
                x[(i * p) + j] = columns[j][i];
            }
        }
        var fit = RidgeLogisticRegression.FitRowMajor(x, outcomes.Length, p, outcomes.Select(o => o ? 1.0 : 0.0).ToArray(), expected["lambda"]);
        Assert.InRange(Math.Abs(fit.Intercept - expected["intercept"]), 0, 1e-6);
        for (var j = 0; j < p; j++)
        {
            Assert.InRange(Math.Abs(fit.Coefficients[j] - expected["beta" + (j + 1)]), 0, 1e-6);
        }
    }

    [Fact]
    public void FitRowMajor_RejectsBadInput()
    {
        Assert.Throws<ArgumentException>(() => RidgeLogisticRegression.FitRowMajor(new[] { 1.0, 2, 3 }, 2, 2, new[] { 0.0, 1 }, 1));
        Assert.Throws<ArgumentException>(() => RidgeLogisticRegression.FitRowMajor(new[] { 1.0, 2 }, 2, 1, new[] { 0.0, 0.5 }, 1));
        Assert.Throws<ArgumentException>(() => RidgeLogisticRegression.FitRowMajor(new[] { 1.0, double.NaN }, 2, 1, new[] { 0.0, 1 }, 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => RidgeLogisticRegression.FitRowMajor(new[] { 1.0, 2 }, 2, 1, new[] { 0.0, 1 }, -1));
    }

    [Fact]
    public void Fit_SeparatedWithoutPenalty_IsAClearError()
    {
        var rows = new[] { new[] { -2.0 }, new[] { -1.0 }, new[] { 1.0 }, new[] { 2.0 } };
        var ex = Assert.Throws<InvalidOperationException>(() => RidgeLogisticRegression.Fit(rows, new[] { false, false, true, true }, 0));
        Assert.Contains("separated", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Fit_WithoutFeaturesSignal_InterceptIsTheLogitOfTheBaseRate()
    {
        // A feature that is zero for every case contributes nothing: β₀ = logit(3/4) = ln 3 whatever λ.
        var rows = Enumerable.Repeat(new[] { 0.0 }, 4).ToArray();
        var fit = RidgeLogisticRegression.Fit(rows, new[] { true, true, true, false }, 1);
        Assert.Equal(Math.Log(3), fit.Intercept, 12);
        Assert.Equal(0, fit.Coefficients[0], 12);
        Assert.Equal(0.75, fit.Probability(new[] { 0.0 }), 12);
    }

    [Fact]
    public void Fit_LargerPenaltyShrinksTheSlopes()
    {
        var (outcomes, columns, _) = ClassificationFixture.Data("ridge-overlap-data.csv");
        var rows = Enumerable.Range(0, outcomes.Length).Select(i => (IReadOnlyList<double>)columns.Select(c => c[i]).ToArray()).ToList();
        double Norm(LogisticFit f) => f.Coefficients.Sum(b => b * b);
        var small = RidgeLogisticRegression.Fit(rows, outcomes, 0.1);
        var large = RidgeLogisticRegression.Fit(rows, outcomes, 50);
        Assert.True(Norm(large) < Norm(small));
        Assert.True(large.LinearPredictorStandardError(rows[0]) < small.LinearPredictorStandardError(rows[0]));
    }

    [Fact]
    public void Fit_RejectsBadInput()
    {
        Assert.Throws<ArgumentException>(() => RidgeLogisticRegression.Fit(new[] { new[] { 1.0 }, new[] { 1.0, 2 } }, new[] { true, false }, 1));
        Assert.Throws<ArgumentException>(() => RidgeLogisticRegression.Fit(new[] { new[] { double.NaN } }, new[] { true }, 1));
        Assert.Throws<ArgumentException>(() => RidgeLogisticRegression.Fit(new[] { new[] { 1.0 } }, new[] { true, false }, 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => RidgeLogisticRegression.Fit(new[] { new[] { 1.0 } }, new[] { true }, -1));
    }
}
