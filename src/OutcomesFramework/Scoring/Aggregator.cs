using System;

namespace OutcomesFramework.Scoring;

/// <summary>The aggregation formulas (docs/scoring.md §Outcome score). Missing parts are NaN and are left out, with the weights of the rest rescaled (COINr's implicit reweighting).</summary>
internal static class Aggregator
{
    /// <summary>Combines <paramref name="scores"/> (NaN = missing) with <paramref name="weights"/>; NaN when no part with a positive weight has a score.</summary>
    public static double Aggregate(AggregationMethod method, double[] scores, double[] weights, int count)
    {
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
            // A zero part makes a geometric mean zero: no compensation for a part at the very bottom.
            AggregationMethod.Geometric => zero ? 0.0 : Math.Exp(accumulator / weightSum),
            AggregationMethod.Minimum => accumulator,
            _ => accumulator / weightSum,
        };
    }

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
