using System;

namespace OutcomesFramework.Scoring;

/// <summary>The aggregation formulas (docs/scoring.md §Outcome score). Missing parts are NaN and are left out, with the weights of the rest rescaled (COINr's implicit reweighting).</summary>
internal static class Aggregator
{
    /// <summary>The power of <see cref="AggregationMethod.Generalised"/> when the policy sets none: 2, the quadratic mean.</summary>
    public const double DefaultPower = 2;

    /// <summary>Combines <paramref name="scores"/> (NaN = missing) with <paramref name="weights"/>; NaN when no part with a positive weight has a score.</summary>
    /// <param name="method">The formula.</param>
    /// <param name="scores">The parts' scores.</param>
    /// <param name="weights">The parts' weights.</param>
    /// <param name="count">How many parts to read.</param>
    /// <param name="power">The power p of <see cref="AggregationMethod.Generalised"/> (≠ 0); ignored by the other methods.</param>
    public static double Aggregate(AggregationMethod method, double[] scores, double[] weights, int count, double power = DefaultPower)
    {
        // The harmonic mean is the generalised mean with p = −1; both share one loop.
        var p = method == AggregationMethod.Harmonic ? -1.0 : power;
        var weightSum = 0.0;
        var accumulator = method == AggregationMethod.Minimum ? double.PositiveInfinity : 0.0;
        var zero = false;
        for (var i = 0; i < count; i++)
        {
            var s = scores[i];
            var w = weights[i];
            if (double.IsNaN(s) || !(w > 0))
            {
                continue;
            }
            weightSum += w;
            switch (method)
            {
                case AggregationMethod.Geometric:
                    if (s <= 0)
                    {
                        zero = true;
                    }
                    else
                    {
                        accumulator += w * Math.Log(s);
                    }
                    break;
                case AggregationMethod.Minimum:
                    accumulator = Math.Min(accumulator, s);
                    break;
                case AggregationMethod.Harmonic:
                case AggregationMethod.Generalised:
                    if (s <= 0 && p < 0)
                    {
                        zero = true;
                    }
                    else
                    {
                        accumulator += w * (p == -1 ? 1 / s : p == 1 ? s : p == 2 ? s * s : Math.Pow(s, p));
                    }
                    break;
                default:
                    accumulator += w * s;
                    break;
            }
        }
        if (weightSum == 0)
        {
            return double.NaN;
        }
        return method switch
        {
            // A zero part makes a geometric (or negative-power) mean zero: no compensation for a part at the very bottom.
            AggregationMethod.Geometric => zero ? 0.0 : Math.Exp(accumulator / weightSum),
            AggregationMethod.Minimum => accumulator,
            AggregationMethod.Harmonic or AggregationMethod.Generalised => zero ? 0.0 : Power(accumulator / weightSum, p),
            _ => accumulator / weightSum,
        };
    }

    private static double Power(double mean, double p) => p == -1 ? 1 / mean : p == 1 ? mean : p == 2 ? Math.Sqrt(mean) : Math.Pow(mean, 1 / p);

    /// <summary>The share of the total weight whose part has a score: Σ w (scored) / Σ w (all); 0 when the total is 0.</summary>
    public static double Coverage(double[] scores, double[] weights, int count)
    {
        double total = 0, covered = 0;
        for (var i = 0; i < count; i++)
        {
            total += weights[i];
            if (!double.IsNaN(scores[i]))
            {
                covered += weights[i];
            }
        }
        return total > 0 ? covered / total : 0.0;
    }
}
