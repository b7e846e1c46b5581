using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using OutcomesFramework.Utility;

namespace OutcomesFramework.Statistics.Classification;

/// <summary>A fitted (penalised) logistic regression: P(positive | x) = 1 / (1 + e^−(β₀ + β·x)), with the approximate covariance of the estimates.</summary>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed class LogisticFit
{
    private readonly Lazy<ImmutableArray<double>> covariance;

    internal LogisticFit(double intercept, ImmutableArray<double> coefficients, double lambda, double objective, int iterations, ImmutableArray<double> covariance)
        : this(intercept, coefficients, lambda, objective, iterations, new Lazy<ImmutableArray<double>>(() => covariance))
    {
    }

    /// <summary>A fit whose covariance is computed on first use (once, whichever thread asks first).</summary>
    internal LogisticFit(double intercept, ImmutableArray<double> coefficients, double lambda, double objective, int iterations, Func<ImmutableArray<double>> covariance)
        : this(intercept, coefficients, lambda, objective, iterations, new Lazy<ImmutableArray<double>>(covariance, System.Threading.LazyThreadSafetyMode.ExecutionAndPublication))
    {
    }

    private LogisticFit(double intercept, ImmutableArray<double> coefficients, double lambda, double objective, int iterations, Lazy<ImmutableArray<double>> covariance)
    {
        Intercept = intercept;
        Coefficients = coefficients;
        Lambda = lambda;
        PenalisedDeviance = 2 * objective;
        Iterations = iterations;
        this.covariance = covariance;
    }

    /// <summary>Gets the intercept β₀.</summary>
    public double Intercept { get; }

    /// <summary>Gets the slopes β, one per feature, in the order of the features.</summary>
    public ImmutableArray<double> Coefficients { get; }

    /// <summary>Gets the penalty λ the model was fitted with.</summary>
    public double Lambda { get; }

    /// <summary>Gets twice the minimised objective: the deviance plus λ‖β‖².</summary>
    public double PenalisedDeviance { get; }

    /// <summary>Gets the number of Newton iterations taken.</summary>
    public int Iterations { get; }

    /// <summary>Gets an element of the approximate covariance of (β₀, β₁, …): the inverse of the penalised information at the estimate (the Laplace approximation; for λ = 0 the usual Wald covariance).</summary>
    /// <param name="row">0 for the intercept, j for slope j.</param>
    /// <param name="column">0 for the intercept, j for slope j.</param>
    /// <returns>The covariance.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An index is out of range.</exception>
    /// <exception cref="InvalidOperationException">The penalised information is numerically singular at the estimate (only possible with a vanishing penalty).</exception>
    public double Covariance(int row, int column)
    {
        var k = Coefficients.Length + 1;
        Preconditions.CheckArgumentRange(nameof(row), row, 0, k - 1);
        Preconditions.CheckArgumentRange(nameof(column), column, 0, k - 1);
        return covariance.Value[(row * k) + column];
    }

    /// <summary>Gets the linear predictor β₀ + β·x.</summary>
    /// <param name="features">The feature values, one per coefficient.</param>
    /// <returns>The log-odds.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="features"/> is null.</exception>
    /// <exception cref="ArgumentException">The number of values is not the number of coefficients.</exception>
    public double LinearPredictor(IReadOnlyList<double> features)
    {
        Check(features);
        var eta = Intercept;
        for (var j = 0; j < Coefficients.Length; j++)
        {
            eta += Coefficients[j] * features[j];
        }
        return eta;
    }

    /// <summary>Gets the standard error of the linear predictor, √(x̃ᵀ Σ x̃) with x̃ = (1, x).</summary>
    /// <param name="features">The feature values, one per coefficient.</param>
    /// <returns>The standard error on the log-odds scale.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="features"/> is null.</exception>
    /// <exception cref="ArgumentException">The number of values is not the number of coefficients.</exception>
    /// <exception cref="InvalidOperationException">The penalised information is numerically singular at the estimate (only possible with a vanishing penalty).</exception>
    public double LinearPredictorStandardError(IReadOnlyList<double> features)
    {
        Check(features);
        var k = Coefficients.Length + 1;
        var covariance = this.covariance.Value;
        var v = 0.0;
        for (var a = 0; a < k; a++)
        {
            var xa = a == 0 ? 1 : features[a - 1];
            for (var b = 0; b < k; b++)
            {
                v += xa * (b == 0 ? 1 : features[b - 1]) * covariance[(a * k) + b];
            }
        }
        return Math.Sqrt(Math.Max(0, v));
    }

    /// <summary>Gets the probability of the positive class.</summary>
    /// <param name="features">The feature values, one per coefficient.</param>
    /// <returns>The probability.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="features"/> is null.</exception>
    /// <exception cref="ArgumentException">The number of values is not the number of coefficients.</exception>
    public double Probability(IReadOnlyList<double> features) => Logistic(LinearPredictor(features));

    /// <summary>The logistic function 1 / (1 + e^−η), without overflow.</summary>
    internal static double Logistic(double eta) => eta >= 0 ? 1 / (1 + Math.Exp(-eta)) : Math.Exp(eta) / (1 + Math.Exp(eta));

    private void Check(IReadOnlyList<double> features)
    {
        Preconditions.CheckNotNull(features, nameof(features));
        Preconditions.CheckArgument(features.Count == Coefficients.Length, nameof(features), "There must be one value per coefficient ({0}).", Coefficients.Length);
    }
}
