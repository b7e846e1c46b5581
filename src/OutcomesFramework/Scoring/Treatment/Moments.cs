using System;

namespace OutcomesFramework.Scoring.Treatment;

/// <summary>
/// Sample skewness and excess kurtosis as COINr's <c>skew</c> and <c>kurt</c> compute them (both taken from
/// R's e1071, type 2: the bias-adjusted G1 and G2 of Joanes and Gill (1998), as in SAS and SPSS).
/// </summary>
internal static class Moments
{
    /// <summary>G1 = √n·Σd³ / (Σd²)^1.5 · √(n(n−1)) / (n−2), d = x − mean, over the non-NaN values; NaN below 3 values or with no spread.</summary>
    public static double Skewness(ReadOnlySpan<double> values)
    {
        Sums(values, out var n, out var s2, out var s3, out _);
        if (n < 3 || s2 == 0)
        {
            return double.NaN;
        }
        var g = Math.Sqrt(n) * s3 / Math.Pow(s2, 1.5);
        return g * Math.Sqrt(n * (n - 1.0)) / (n - 2);
    }

    /// <summary>G2 = ((n+1)(r−3) + 6)(n−1) / ((n−2)(n−3)), r = n·Σd⁴ / (Σd²)², over the non-NaN values; NaN below 4 values or with no spread.</summary>
    public static double Kurtosis(ReadOnlySpan<double> values)
    {
        Sums(values, out var n, out var s2, out _, out var s4);
        if (n < 4 || s2 == 0)
        {
            return double.NaN;
        }
        var r = n * s4 / (s2 * s2);
        return (((n + 1) * (r - 3)) + 6) * (n - 1) / ((n - 2.0) * (n - 3));
    }

    private static void Sums(ReadOnlySpan<double> values, out int n, out double s2, out double s3, out double s4)
    {
        n = 0;
        var sum = 0.0;
        foreach (var v in values)
        {
            if (!double.IsNaN(v))
            {
                n++;
                sum += v;
            }
        }
        s2 = s3 = s4 = 0;
        if (n == 0)
        {
            return;
        }
        var mean = sum / n;
        foreach (var v in values)
        {
            if (!double.IsNaN(v))
            {
                var d = v - mean;
                var d2 = d * d;
                s2 += d2;
                s3 += d2 * d;
                s4 += d2 * d2;
            }
        }
    }
}
