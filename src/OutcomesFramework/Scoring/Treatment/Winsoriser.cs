using System;

namespace OutcomesFramework.Scoring.Treatment;

/// <summary>
/// COINr's default outlier treatment (<c>Treat</c> with <c>winsorise</c> and <c>check_SkewKurt</c>): while the
/// values fail the check — they pass when |skewness| &lt; the skew threshold OR kurtosis &lt; the kurtosis threshold —
/// and fewer than the limit of points have been winsorised, the most extreme value on the side the skew points to
/// (the highest when skewness ≥ 0, else the lowest) is replaced by the next value in from it; tied extremes move together.
/// </summary>
internal static class Winsoriser
{
    /// <summary>Whether the values pass COINr's <c>check_SkewKurt</c>: |G1| &lt; <paramref name="skewThreshold"/> or G2 &lt; <paramref name="kurtosisThreshold"/>. Too few values to measure pass.</summary>
    public static bool Passes(ReadOnlySpan<double> values, double skewThreshold, double kurtosisThreshold)
    {
        var skew = Moments.Skewness(values);
        var kurt = Moments.Kurtosis(values);
        if (double.IsNaN(skew) || double.IsNaN(kurt))
        {
            return true;
        }
        return Math.Abs(skew) < skewThreshold || kurt < kurtosisThreshold;
    }

    /// <summary>Winsorises <paramref name="values"/> in place (NaN = missing, left alone).</summary>
    /// <param name="values">The values.</param>
    /// <param name="limit">The most points to winsorise (COINr <c>winmax</c>).</param>
    /// <param name="skewThreshold">The skewness threshold (COINr 2).</param>
    /// <param name="kurtosisThreshold">The kurtosis threshold (COINr 3.5).</param>
    /// <param name="moved">Set to −1 for a value moved down (a high outlier), +1 for one moved up, 0 otherwise (all 0 on entry).</param>
    /// <returns>How many distinct points were winsorised (a point moved twice counts once, as COINr counts them).</returns>
    public static int Winsorise(double[] values, int limit, double skewThreshold, double kurtosisThreshold, sbyte[] moved)
    {
        var count = 0;
        while (count < limit && !Passes(values, skewThreshold, kurtosisThreshold))
        {
            var high = Moments.Skewness(values) >= 0;
            // The extreme value and the next one in from it.
            var extreme = high ? double.NegativeInfinity : double.PositiveInfinity;
            foreach (var v in values)
            {
                if (!double.IsNaN(v) && (high ? v > extreme : v < extreme))
                {
                    extreme = v;
                }
            }
            var next = high ? double.NegativeInfinity : double.PositiveInfinity;
            foreach (var v in values)
            {
                if (!double.IsNaN(v) && v != extreme && (high ? v > next : v < next))
                {
                    next = v;
                }
            }
            if (double.IsInfinity(next))
            {
                break; // every value is equal: nothing to move
            }
            for (var i = 0; i < values.Length; i++)
            {
                if (values[i] == extreme)
                {
                    values[i] = next;
                    if (moved[i] == 0)
                    {
                        moved[i] = (sbyte)(high ? -1 : 1);
                        count++;
                    }
                }
            }
        }
        return count;
    }
}
