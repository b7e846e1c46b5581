using System;
using OutcomesFramework.Utility;

namespace OutcomesFramework.Statistics;

/// <summary>The standard normal distribution: the z values behind every confidence interval here.</summary>
public static class Normal
{
    /// <summary>
    /// The quantile (inverse cumulative distribution) Φ⁻¹(p), by Wichura's algorithm AS 241 (PPND16),
    /// the algorithm R's <c>qnorm</c> uses; relative accuracy about 1e-16.
    /// </summary>
    /// <param name="probability">A probability in [0, 1]; 0 and 1 give −∞ and +∞.</param>
    /// <returns>z such that P(Z ≤ z) = <paramref name="probability"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="probability"/> is outside [0, 1] or NaN.</exception>
    public static double Quantile(double probability)
    {
        Preconditions.CheckArgumentRange(nameof(probability), probability, 0.0, 1.0);
        return QuantileUnchecked(probability);
    }

    /// <summary>The cumulative distribution Φ(z) = ½ erfc(−z/√2), through the incomplete gamma function.</summary>
    /// <param name="z">Any value; NaN gives NaN.</param>
    /// <returns>P(Z ≤ <paramref name="z"/>).</returns>
    public static double Cdf(double z)
    {
        if (double.IsNaN(z))
        {
            return double.NaN;
        }
        // erfc(u) = Q(½, u²) for u ≥ 0; use whichever tail is small so that it keeps its digits.
        var half = 0.5 * SpecialFunctions.GammaQ(0.5, 0.5 * z * z);
        return z < 0 ? half : 1 - half;
    }

    internal static double QuantileUnchecked(double p)
    {
        if (p <= 0)
        {
            return double.NegativeInfinity;
        }
        if (p >= 1)
        {
            return double.PositiveInfinity;
        }
        var q = p - 0.5;
        if (Math.Abs(q) <= 0.425)
        {
            var r = 0.180625 - (q * q);
            return q * Horner(r, CentralNumerator) / Horner(r, CentralDenominator);
        }
        var rr = Math.Sqrt(-Math.Log(q < 0 ? p : 1 - p));
        double value;
        if (rr <= 5)
        {
            rr -= 1.6;
            value = Horner(rr, IntermediateNumerator) / Horner(rr, IntermediateDenominator);
        }
        else
        {
            rr -= 5;
            value = Horner(rr, TailNumerator) / Horner(rr, TailDenominator);
        }
        return q < 0 ? -value : value;
    }

    // Polynomial with coefficients from the highest power down.
    private static double Horner(double x, double[] coefficients)
    {
        var sum = coefficients[0];
        for (var i = 1; i < coefficients.Length; i++)
        {
            sum = (sum * x) + coefficients[i];
        }
        return sum;
    }

    // AS 241 coefficients (Wichura 1988), highest power first.
    private static readonly double[] CentralNumerator =
    [
        2509.0809287301226727, 33430.575583588128105, 67265.770927008700853, 45921.953931549871457,
        13731.693765509461125, 1971.5909503065514427, 133.14166789178437745, 3.387132872796366608,
    ];

    private static readonly double[] CentralDenominator =
    [
        5226.495278852545925, 28729.085735721942674, 39307.89580009271061, 21213.794301586595867,
        5394.1960214247511077, 687.1870074920579083, 42.313330701600911252, 1.0,
    ];

    private static readonly double[] IntermediateNumerator =
    [
        7.7454501427834140764e-4, 0.0227238449892691845833, 0.24178072517745061177, 1.27045825245236838258,
        3.64784832476320460504, 5.7694972214606914055, 4.6303378461565452959, 1.42343711074968357734,
    ];

    private static readonly double[] IntermediateDenominator =
    [
        1.05075007164441684324e-9, 5.475938084995344946e-4, 0.0151986665636164571966, 0.14810397642748007459,
        0.68976733498510000455, 1.6763848301838038494, 2.05319162663775882187, 1.0,
    ];

    private static readonly double[] TailNumerator =
    [
        2.01033439929228813265e-7, 2.71155556874348757815e-5, 0.0012426609473880784386, 0.026532189526576123093,
        0.29656057182850489123, 1.7848265399172913358, 5.4637849111641143699, 6.6579046435011037772,
    ];

    private static readonly double[] TailDenominator =
    [
        2.04426310338993978564e-15, 1.4215117583164458887e-7, 1.8463183175100546818e-5, 7.868691311456132591e-4,
        0.0148753612908506148525, 0.13692988092273580531, 0.59983220655588793769, 1.0,
    ];
}
