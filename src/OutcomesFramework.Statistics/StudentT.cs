using System;
using OutcomesFramework.Utility;

namespace OutcomesFramework.Statistics;

/// <summary>Student's t distribution: the multiplier for a mean's confidence interval.</summary>
public static class StudentT
{
    /// <summary>P(T ≤ t) with ν degrees of freedom, through the regularised incomplete beta function.</summary>
    /// <param name="t">The point; NaN gives NaN.</param>
    /// <param name="degreesOfFreedom">ν &gt; 0.</param>
    /// <returns>The cumulative probability.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="degreesOfFreedom"/> is not positive and finite.</exception>
    public static double Cdf(double t, double degreesOfFreedom)
    {
        CheckDegrees(degreesOfFreedom);
        if (double.IsNaN(t))
        {
            return double.NaN;
        }
        var tail = LowerTail(-Math.Abs(t), degreesOfFreedom);
        return t < 0 ? tail : 1 - tail;
    }

    /// <summary>
    /// The quantile qt(p, ν): closed forms for ν = 1 and 2, otherwise Halley's method on the distribution
    /// function from a Cornish–Fisher start, solved in the smaller tail; agrees with R's <c>qt</c> to about 1e-14.
    /// In the far tail (|t| beyond 1e20 √ν) the quantile is the inverse of the tail's leading term, exact to double
    /// precision down to the smallest double; a quantile beyond the largest double is −∞ or +∞. Between those, a
    /// subnormal probability (below 2.2e-308) carries fewer than 53 bits and the quantile is only as precise as it.
    /// </summary>
    /// <param name="probability">A probability in [0, 1].</param>
    /// <param name="degreesOfFreedom">ν &gt; 0.</param>
    /// <returns>t with P(T ≤ t) = <paramref name="probability"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An argument is outside its range or NaN.</exception>
    public static double Quantile(double probability, double degreesOfFreedom)
    {
        Preconditions.CheckArgumentRange(nameof(probability), probability, 0.0, 1.0);
        CheckDegrees(degreesOfFreedom);
        if (probability == 0.5)
        {
            return 0;
        }
        // Symmetry: solve for the lower tail and flip.
        return probability < 0.5
            ? LowerQuantile(probability, degreesOfFreedom)
            : -LowerQuantile(1 - probability, degreesOfFreedom);
    }

    private static void CheckDegrees(double degreesOfFreedom)
    {
        if (!(degreesOfFreedom > 0 && degreesOfFreedom <= double.MaxValue))
        {
            Preconditions.CheckArgumentRange(nameof(degreesOfFreedom), degreesOfFreedom, double.Epsilon, double.MaxValue);
        }
    }

    // P(T ≤ t) for t ≤ 0: ½ I_{ν/(ν+t²)}(ν/2, ½), with both arguments of the beta formed without cancellation.
    private static double LowerTail(double t, double nu)
    {
        var t2 = t * t;
        if (t2 > FarTailSquare * nu)
        {
            // x = ν/(ν + t²) is below 1e-40 (or would underflow, or t² overflow): I_x(a, ½) = x^a/(a B(a, ½)) times
            // 1 + O(x), so the leading term is exact to double precision, taken in logs with log x = log ν − 2 log|t|.
            var a = nu / 2;
            var logX = Math.Log(nu) - (2 * Math.Log(-t));
            return 0.5 * Math.Exp((a * logX) - Math.Log(a) - LogBeta(a, 0.5));
        }
        var x = nu / (nu + t2);
        var y = t2 / (nu + t2);
        return 0.5 * SpecialFunctions.BetaRegularized(nu / 2, 0.5, x, y);
    }

    // Beyond t² = 1e40 ν the tail is its leading term (above); the same bound keeps t² finite in the density.
    private const double FarTailSquare = 1e40;

    private static double LogBeta(double a, double b) =>
        SpecialFunctions.LogGamma(a) + SpecialFunctions.LogGamma(b) - SpecialFunctions.LogGamma(a + b);

    // log(1 + t²/ν) without overflowing t² when |t| is beyond 1e20 √ν (where 1 is below half an ulp of t²/ν).
    private static double LogOnePlusSquare(double t, double nu) =>
        t * t > FarTailSquare * nu ? (2 * Math.Log(Math.Abs(t))) - Math.Log(nu) : SpecialFunctions.Log1P(t * t / nu);

    // log of the largest double: a quantile whose log is above it is −∞ in doubles.
    private const double MaxLog = 709.782712893384;

    private static double LowerQuantile(double p, double nu)
    {
        if (p <= 0)
        {
            return double.NegativeInfinity;
        }
        if (nu == 1)
        {
            // Cauchy: F(t) = ½ + atan(t)/π.
            return -1 / Math.Tan(Math.PI * p);
        }
        if (nu == 2)
        {
            // F(t) = ½ + t / (2√(2 + t²)) inverts to t = (2p − 1)/√(2p(1 − p)).
            return ((2 * p) - 1) / Math.Sqrt(2 * p * (1 - p));
        }

        // Cornish–Fisher expansion about the normal quantile (A&S 26.7.5).
        var z = Normal.QuantileUnchecked(p);
        var z2 = z * z;
        var g1 = ((z2 + 1) * z) / 4;
        var g2 = ((((5 * z2) + 16) * z2) + 3) * z / 96;
        var g3 = ((((((3 * z2) + 19) * z2) + 17) * z2) - 15) * z / 384;
        var g4 = ((((((((79 * z2) + 776) * z2) + 1482) * z2) - 1920) * z2) - 945) * z / 92160;
        var t = z + (g1 / nu) + (g2 / (nu * nu)) + (g3 / (nu * nu * nu)) + (g4 / (nu * nu * nu * nu));
        if (!(t < 0) || double.IsInfinity(t))
        {
            t = z;
        }

        var logNormaliser = SpecialFunctions.LogGamma((nu + 1) / 2) - SpecialFunctions.LogGamma(nu / 2) - (0.5 * Math.Log(nu * Math.PI));
        // In the far tail F(t) ≈ K ν^((ν−1)/2) |t|^−ν (K the density's normaliser), so |t| ≈ (K ν^((ν−1)/2)/p)^(1/ν).
        // Where that is further out than the Cornish–Fisher start, the normal-based one is far too short (for ν = 3
        // and p = 1e-300 it gives −37 against −1.03e100) and the search would not reach the root; start from it.
        var logFar = (logNormaliser + ((nu - 1) / 2 * Math.Log(nu)) - Math.Log(p)) / nu;
        // Only where the leading term is good to about 1 % (t² ≥ 100 ν); nearer the centre Cornish–Fisher is better.
        if (logFar > Math.Log(-t) && 2 * logFar > Math.Log(100 * nu))
        {
            if (logFar > MaxLog)
            {
                // The quantile is beyond the largest double.
                return double.NegativeInfinity;
            }
            if (2 * logFar > Math.Log(FarTailSquare * nu))
            {
                // There the leading term is F itself to double precision (LowerTail's far branch), and inverting it
                // in logs is exact where F is subnormal (p below 2.2e-308) and an iteration on F could not resolve t.
                return -Math.Exp(logFar);
            }
            t = -Math.Exp(logFar);
        }
        var low = double.NegativeInfinity;
        var high = 0.0;
        for (var iteration = 0; iteration < 200; iteration++)
        {
            var f = LowerTail(t, nu) - p;
            if (f == 0)
            {
                return t;
            }
            if (f < 0)
            {
                low = t;
            }
            else
            {
                high = t;
            }
            // f / density in logs: far out the density underflows (ν = 3, t = −1e100: about 1e-400) while f does not.
            var logDensity = logNormaliser - ((nu + 1) / 2 * LogOnePlusSquare(t, nu));
            var newton = Math.Exp(Math.Log(Math.Abs(f)) - logDensity) * Math.Sign(f);
            // Halley: f''/f' = −(ν + 1) t / (ν + t²) = −(ν + 1) / (t + ν/t) for the t density (the second form
            // keeps t² out of it).
            var correction = 1 + (0.5 * newton * (nu + 1) / (t + (nu / t)));
            var next = t - (correction > 0.5 && correction < 2 ? newton / correction : newton);
            if (!(next > low && next < high))
            {
                next = double.IsNegativeInfinity(low) ? Math.Min(2 * t, t - 1) : 0.5 * (low + high);
            }
            if (Math.Abs(next - t) <= 4e-16 * Math.Abs(t))
            {
                return next;
            }
            t = next;
        }
        return t;
    }
}
