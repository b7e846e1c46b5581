using System;
using System.Buffers;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using OutcomesFramework.Utility;

namespace OutcomesFramework.Statistics.Classification;

/// <summary>
/// Logistic regression with a ridge (L2) penalty on the slopes, the intercept unpenalised: the estimates minimise
/// −ℓ(β₀, β) + (λ/2) Σⱼ βⱼ², with ℓ the binomial log-likelihood summed over the cases. That is <c>glmnet</c>'s
/// <c>alpha = 0</c> fit with <c>lambda</c> = λ / N and <c>standardize = FALSE</c>; with λ &gt; 0 the estimates are finite
/// even when the classes are separated, where maximum likelihood diverges.
/// </summary>
/// <remarks>
/// Fitted by Newton–Raphson (iteratively reweighted least squares) with a Cholesky solve and step-halving; the
/// objective is strictly convex for λ &gt; 0, so the minimum is unique and the iteration converges to it. Features
/// should be on comparable scales (standardise them) for the penalty to treat them alike; the fit does not rescale.
/// Hand-written rather than taken from a linear-algebra package: the system is small (one row and column per feature
/// plus the intercept) and the code stays dependency-free on netstandard2.0 and AOT.
/// </remarks>
public static class RidgeLogisticRegression
{
    private const int MaxIterations = 200;

    /// <summary>Fits the model.</summary>
    /// <param name="features">One row per case, each with the same number of finite feature values (at least one feature).</param>
    /// <param name="outcomes">Whether each case is positive (same length as <paramref name="features"/>).</param>
    /// <param name="lambda">The penalty λ ≥ 0 (0 is plain maximum likelihood, which fails to converge under separation).</param>
    /// <returns>The fit.</returns>
    /// <exception cref="ArgumentNullException">An argument or row is null.</exception>
    /// <exception cref="ArgumentException">The rows have different lengths, a value is not finite, or the lengths of features and outcomes differ.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="lambda"/> is negative or not finite.</exception>
    /// <exception cref="InvalidOperationException">The fit did not converge (maximum likelihood with separated classes, or features that are exactly collinear with λ = 0).</exception>
    public static LogisticFit Fit(IReadOnlyList<IReadOnlyList<double>> features, IReadOnlyList<bool> outcomes, double lambda)
    {
        Preconditions.CheckNotNull(features, nameof(features));
        Preconditions.CheckNotNull(outcomes, nameof(outcomes));
        Preconditions.CheckArgument(features.Count == outcomes.Count, nameof(outcomes), "There must be one outcome for each row of features.");
        Preconditions.CheckArgument(features.Count > 0, nameof(features), "There must be at least one case.");
        Preconditions.CheckArgumentRange(nameof(lambda), lambda, 0, double.MaxValue);
        var n = features.Count;
        var p = Preconditions.CheckNotNull(features[0], nameof(features)).Count;
        Preconditions.CheckArgument(p > 0, nameof(features), "There must be at least one feature.");
        var x = new double[n * p];
        for (var i = 0; i < n; i++)
        {
            var row = features[i];
            if (row is null || row.Count != p)
            {
                throw new ArgumentException(string.Format(CultureInfo.InvariantCulture, "Row {0} has {1} values; row 0 has {2}.", i, row?.Count ?? 0, p), nameof(features));
            }
            for (var j = 0; j < p; j++)
            {
                var v = row[j];
                if (double.IsNaN(v) || double.IsInfinity(v))
                {
                    throw new ArgumentException(string.Format(CultureInfo.InvariantCulture, "Row {0}, feature {1}: {2} is not a finite number.", i, j, v), nameof(features));
                }
                x[(i * p) + j] = v;
            }
        }
        var y = new double[n];
        for (var i = 0; i < n; i++)
        {
            y[i] = outcomes[i] ? 1 : 0;
        }
        return FitCore(x, y, n, p, lambda);
    }

    /// <summary>
    /// Fits the model on a row-major matrix, for callers (cross-validation, rolling fits) that already hold their
    /// cases in one flat array and would otherwise copy them into rows only for <see cref="Fit"/> to copy them back.
    /// </summary>
    /// <param name="features">The feature values, case by case: case i's feature j at index i × <paramref name="columns"/> + j; all finite.</param>
    /// <param name="rows">The number of cases (at least one).</param>
    /// <param name="columns">The number of features per case (at least one).</param>
    /// <param name="outcomes">Each case's outcome as 1 (positive) or 0 (negative); length <paramref name="rows"/>.</param>
    /// <param name="lambda">The penalty λ ≥ 0.</param>
    /// <returns>The fit; the arrays are not kept.</returns>
    /// <exception cref="ArgumentNullException">An array is null.</exception>
    /// <exception cref="ArgumentException">A length does not match <paramref name="rows"/> × <paramref name="columns"/>, a value is not finite, or an outcome is neither 0 nor 1.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="rows"/> or <paramref name="columns"/> is below 1, or <paramref name="lambda"/> is negative or not finite.</exception>
    /// <exception cref="InvalidOperationException">The fit did not converge.</exception>
    public static LogisticFit FitRowMajor(double[] features, int rows, int columns, double[] outcomes, double lambda)
    {
        Preconditions.CheckNotNull(features, nameof(features));
        Preconditions.CheckNotNull(outcomes, nameof(outcomes));
        Preconditions.CheckArgumentRange(nameof(rows), rows, 1, int.MaxValue);
        Preconditions.CheckArgumentRange(nameof(columns), columns, 1, int.MaxValue);
        Preconditions.CheckArgumentRange(nameof(lambda), lambda, 0, double.MaxValue);
        Preconditions.CheckArgument((long)rows * columns == features.Length, nameof(features), "The matrix must hold rows × columns values.");
        Preconditions.CheckArgument(outcomes.Length == rows, nameof(outcomes), "There must be one outcome for each case.");
        for (var i = 0; i < features.Length; i++)
        {
            var v = features[i];
            if (double.IsNaN(v) || double.IsInfinity(v))
            {
                throw new ArgumentException(string.Format(CultureInfo.InvariantCulture, "Case {0}, feature {1}: {2} is not a finite number.", i / columns, i % columns, v), nameof(features));
            }
        }
        for (var i = 0; i < outcomes.Length; i++)
        {
            if (outcomes[i] != 0 && outcomes[i] != 1)
            {
                throw new ArgumentException(string.Format(CultureInfo.InvariantCulture, "Case {0}: outcome {1} is neither 0 nor 1.", i, outcomes[i]), nameof(outcomes));
            }
        }
        return FitCore(features, outcomes, rows, columns, lambda);
    }

    /// <summary>The Newton iteration on a row-major n × p matrix (no intercept column; the intercept is coefficient 0); the arrays are not kept.</summary>
    internal static LogisticFit FitCore(double[] x, double[] y, int n, int p, double lambda)
    {
        var design = new LogisticDesign(x, y, n, p);
        var k = p + 1;
        var beta = new double[k];
        // Start the intercept at the logit of the base rate (clamped), the slopes at zero.
        var mean = 0.0;
        for (var i = 0; i < n; i++)
        {
            mean += y[i];
        }
        mean = Math.Min(Math.Max(mean / n, 1e-6), 1 - 1e-6);
        beta[0] = Math.Log(mean / (1 - mean));
        var objective = design.Objective(lambda, beta);
        var gradient = new double[k];
        // Pooled: one k × k array per fit would land on the large-object heap (cross-validation fits thousands).
        var hessian = ArrayPool<double>.Shared.Rent(k * k);
        try
        {
            return Newton(design, lambda, beta, objective, gradient, hessian);
        }
        finally
        {
            ArrayPool<double>.Shared.Return(hessian);
        }
    }

    private static LogisticFit Newton(LogisticDesign design, double lambda, double[] beta, double objective, double[] gradient, double[] hessian)
    {
        var k = design.Columns;
        var step = new double[k];
        var trial = new double[k];
        for (var iteration = 1; iteration <= MaxIterations; iteration++)
        {
            design.Derivatives(lambda, beta, gradient, hessian);
            Array.Copy(gradient, step, k);
            if (!Cholesky.Solve(hessian, step, k))
            {
                break;
            }
            var t = 1.0;
            // Given a value although the loop below always sets it: a mutation test that turns the loop off must still
            // compile, or Stryker's safe mode sets aside every mutant of this method (docs/reliability.md).
            var next = objective;
            while (true)
            {
                for (var j = 0; j < k; j++)
                {
                    trial[j] = beta[j] + (t * step[j]);
                }
                next = design.Objective(lambda, trial);
                if (next <= objective + (1e-12 * Math.Abs(objective)) || t < 1e-10)
                {
                    break;
                }
                t /= 2;
            }
            var change = 0.0;
            for (var j = 0; j < k; j++)
            {
                change = Math.Max(change, Math.Abs(trial[j] - beta[j]) / Math.Max(1, Math.Abs(beta[j])));
                beta[j] = trial[j];
            }
            objective = next;
            if (change < 1e-13 || (change < 1e-10 && iteration > 1 && t == 1))
            {
                return Converged(design, beta, lambda, objective, iteration);
            }
        }
        throw new InvalidOperationException(string.Format(CultureInfo.InvariantCulture,
            "The logistic fit did not converge (λ = {0}): with λ = 0 the classes are probably separated or the features collinear; use a penalty λ > 0.", lambda));
    }

    /// <summary>
    /// The fit at the estimate. Its covariance, the inverse of the penalised information there, costs another pass
    /// over the data and a k × k inversion, which cross-validation and rolling forecasts never read: with λ &gt; 0 the
    /// information is positive definite, so it is computed on first use; with λ = 0 it is computed now, so a singular
    /// information fails the fit as before.
    /// </summary>
    private static LogisticFit Converged(LogisticDesign design, double[] beta, double lambda, double objective, int iteration)
    {
        var estimate = (double[])beta.Clone();
        ImmutableArray<double> Covariance()
        {
            var k = design.Columns;
            var gradient = new double[k];
            var hessian = new double[k * k];
            design.Derivatives(lambda, estimate, gradient, hessian);
            var inverse = Cholesky.Inverse(hessian, k)
                ?? throw new InvalidOperationException("The penalised information matrix is singular at the estimate; use a penalty λ > 0.");
            return inverse.ToImmutableArray();
        }
        var coefficients = ImmutableArray.Create(estimate, 1, estimate.Length - 1);
        return lambda > 0
            ? new LogisticFit(estimate[0], coefficients, lambda, objective, iteration, Covariance)
            : new LogisticFit(estimate[0], coefficients, lambda, objective, iteration, Covariance());
    }
}
