using System;
using System.Collections.Generic;
using OutcomesFramework.Utility;

namespace OutcomesFramework.Statistics;

/// <summary>
/// Slope index of inequality (SII) and relative index of inequality (RII) point estimates
/// (the method of PHEindicatormethods <c>phe_sii</c>; the simulated confidence limits are not provided).
/// </summary>
public static class SlopeIndexOfInequality
{
    /// <summary>Fits the weighted regression of value on relative rank and returns SII, RII and the intercept.</summary>
    /// <param name="populations">Population of each quantile, ordered from most to least deprived; each &gt; 0.</param>
    /// <param name="values">Indicator value of each quantile, in the same order.</param>
    /// <param name="transform">The scale of the regression (log for rates, logit for proportions, or none).</param>
    /// <param name="multiplier">Scales the SII (for example 100 for percentages); a negative value also inverts the RII.</param>
    /// <returns>The point estimates.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The lists differ in length or have fewer than two quantiles, a value is not finite or is outside the transform's domain, or the multiplier is zero or not finite.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A population is not a finite positive number.</exception>
    public static SiiResult Calculate(
        IReadOnlyList<double> populations, IReadOnlyList<double> values, SiiTransform transform = SiiTransform.None, double multiplier = 1)
    {
        Preconditions.CheckNotNull(populations, nameof(populations));
        Preconditions.CheckNotNull(values, nameof(values));
        Preconditions.CheckArgument(populations.Count == values.Count, nameof(values), "There must be one value per quantile population.");
        Preconditions.CheckArgument(populations.Count >= 2, nameof(populations), "At least two quantiles are needed.");
        Preconditions.CheckArgument(multiplier != 0 && !double.IsNaN(multiplier) && !double.IsInfinity(multiplier), nameof(multiplier), "The multiplier must be finite and non-zero.");
        var n = populations.Count;
        var total = 0.0;
        for (var i = 0; i < n; i++)
        {
            Preconditions.CheckArgumentRange(nameof(populations), populations[i], double.Epsilon, double.MaxValue);
            total += populations[i];
        }

        // a = population share, b = midpoint of cumulative share. Fitting Y·√a ~ √a + b·√a with no
        // intercept term is ordinary weighted least squares of Y on (1, b) with weights a.
        var shares = new double[n];
        var ranks = new double[n];
        var ys = new double[n];
        var cumulative = 0.0;
        var meanRank = 0.0;
        var meanY = 0.0;
        for (var i = 0; i < n; i++)
        {
            shares[i] = populations[i] / total;
            ranks[i] = cumulative + (shares[i] / 2);
            cumulative += shares[i];
            ys[i] = ToScale(values[i], transform, i);
            meanRank += shares[i] * ranks[i];
            meanY += shares[i] * ys[i];
        }
        var sxy = 0.0;
        var sxx = 0.0;
        for (var i = 0; i < n; i++)
        {
            var dx = ranks[i] - meanRank;
            sxx += shares[i] * dx * dx;
            sxy += shares[i] * dx * (ys[i] - meanY);
        }
        var slope = sxy / sxx;
        var intercept = meanY - (slope * meanRank);
        var atZero = FromScale(intercept, transform);
        var atOne = FromScale(intercept + slope, transform);
        var sii = (atOne - atZero) * multiplier;
        var rii = atOne / atZero;
        return new SiiResult(sii, multiplier < 0 ? 1 / rii : rii, atZero);
    }

    private static double ToScale(double value, SiiTransform transform, int index)
    {
        Preconditions.CheckArgument(!double.IsNaN(value) && !double.IsInfinity(value), "values", "Value at index {0} is not finite.", index);
        switch (transform)
        {
            case SiiTransform.None:
                return value;
            case SiiTransform.Log:
                Preconditions.CheckArgument(value > 0, "values", "Value at index {0} must be positive for the log transform.", index);
                return Math.Log(value);
            case SiiTransform.Logit:
                Preconditions.CheckArgument(value > 0 && value < 1, "values", "Value at index {0} must lie strictly between 0 and 1 for the logit transform.", index);
                return Math.Log(value / (1 - value));
            default:
                throw new ArgumentOutOfRangeException(nameof(transform), transform, "Unknown transform.");
        }
    }

    private static double FromScale(double value, SiiTransform transform) => transform switch
    {
        SiiTransform.Log => Math.Exp(value),
        SiiTransform.Logit => 1 / (1 + Math.Exp(-value)),
        _ => value,
    };
}
