using System;

namespace OutcomesFramework.Statistics;

/// <summary>
/// The special functions behind the distributions: log-gamma, the regularised incomplete gamma and beta
/// functions and an accurate <c>log(1 + x)</c>. Written from the standard series and continued fractions
/// (Abramowitz and Stegun 6.5.29, 6.5.31, 26.5.8; Lentz's method) so that no package is needed.
/// </summary>
internal static class SpecialFunctions
{
    // Machine epsilon: the continued fractions and series stop when a term no longer changes the sum.
    private const double Epsilon = 1.1102230246251565e-16;
    private const double Tiny = 1e-300;
    private const double HalfLogTwoPi = 0.91893853320467274178032973640562;

    // Lanczos approximation with g = 671/128 and 14 terms (Numerical Recipes, 3rd ed., §6.1): relative
    // error about 1e-15 for x > 0.
    private const double LanczosG = 5.2421875;
    private const double SqrtTwoPi = 2.5066282746310005;
    private static readonly double[] LanczosCoefficients =
    [
        57.1562356658629235, -59.5979603554754912, 14.1360979747417471, -0.491913816097620199,
        .339946499848118887e-4, .465236289270485756e-4, -.983744753048795646e-4, .158088703224912494e-3,
        -.210264441724104883e-3, .217439618115212643e-3, -.164318106536763890e-3, .844182239838527433e-4,
        -.261908384015814087e-4, .368991826595316234e-5,
    ];

    /// <summary>ln Γ(x) for x &gt; 0, with absolute error about 1e-15 (what the exponentials below need).</summary>
    public static double LogGamma(double x)
    {
        if (x >= 1e7)
        {
            // Stirling's series: the Lanczos form loses digits to cancellation this far out.
            var inverse = 1 / x;
            return ((x - 0.5) * Math.Log(x)) - x + HalfLogTwoPi + (inverse / 12) - (inverse * inverse * inverse / 360);
        }
        var t = x + LanczosG;
        var sum = 0.999999999999997092;
        var y = x;
        for (var i = 0; i < LanczosCoefficients.Length; i++)
        {
            y += 1;
            sum += LanczosCoefficients[i] / y;
        }
        return ((x + 0.5) * Math.Log(t)) - t + Math.Log(SqrtTwoPi * sum / x);
    }

    /// <summary>log(1 + x), accurate for small x (netstandard2.0 has no Math.Log1P).</summary>
    public static double Log1P(double x)
    {
        var u = 1 + x;
        if (u == 1)
        {
            return x;
        }
        // Goldberg's trick: the rounding error of 1 + x cancels in the ratio.
        return Math.Log(u) * x / (u - 1);
    }

    /// <summary>The log of the common factor x^a e^(−x) / Γ(a) of both incomplete gamma expansions.</summary>
    private static double LogGammaPrefactor(double a, double x) => (a * Math.Log(x)) - x - LogGamma(a);

    /// <summary>Regularised lower incomplete gamma P(a, x) = γ(a, x)/Γ(a).</summary>
    public static double GammaP(double a, double x)
    {
        if (x <= 0)
        {
            return 0;
        }
        if (double.IsPositiveInfinity(x))
        {
            return 1;
        }
        return x < a + 1 ? GammaSeries(a, x) : 1 - GammaContinuedFraction(a, x);
    }

    /// <summary>Regularised upper incomplete gamma Q(a, x) = 1 − P(a, x), without cancellation in the tail.</summary>
    public static double GammaQ(double a, double x)
    {
        if (x <= 0)
        {
            return 1;
        }
        if (double.IsPositiveInfinity(x))
        {
            return 0;
        }
        return x < a + 1 ? 1 - GammaSeries(a, x) : GammaContinuedFraction(a, x);
    }

    /// <summary>d/dx P(a, x): the gamma density with shape a and scale 1.</summary>
    public static double GammaDensity(double a, double x) =>
        x <= 0 ? 0 : Math.Exp(((a - 1) * Math.Log(x)) - x - LogGamma(a));

    // A&S 6.5.29: P(a, x) = x^a e^−x / Γ(a+1) · Σ x^n / ((a+1)…(a+n)).
    private static double GammaSeries(double a, double x)
    {
        var term = 1 / a;
        var sum = term;
        var denominator = a;
        for (var n = 0; n < 100000; n++)
        {
            denominator += 1;
            term *= x / denominator;
            sum += term;
            if (Math.Abs(term) < Math.Abs(sum) * Epsilon)
            {
                break;
            }
        }
        return sum * Math.Exp(LogGammaPrefactor(a, x));
    }

    // A&S 6.5.31 evaluated by the modified Lentz method: Q(a, x) = x^a e^−x / Γ(a) · 1/(x+1−a− 1(1−a)/(x+3−a− …)).
    private static double GammaContinuedFraction(double a, double x)
    {
        var b = x + 1 - a;
        var c = 1 / Tiny;
        var d = 1 / b;
        var h = d;
        for (var i = 1; i < 100000; i++)
        {
            var an = -i * (i - a);
            b += 2;
            d = (an * d) + b;
            if (Math.Abs(d) < Tiny)
            {
                d = Tiny;
            }
            c = b + (an / c);
            if (Math.Abs(c) < Tiny)
            {
                c = Tiny;
            }
            d = 1 / d;
            var delta = d * c;
            h *= delta;
            if (Math.Abs(delta - 1) < Epsilon)
            {
                break;
            }
        }
        return Math.Exp(LogGammaPrefactor(a, x)) * h;
    }

    /// <summary>
    /// Regularised incomplete beta I_x(a, b). The caller passes y = 1 − x computed without rounding
    /// (e.g. t²/(ν + t²) beside ν/(ν + t²)) so that neither tail loses digits.
    /// </summary>
    public static double BetaRegularized(double a, double b, double x, double y)
    {
        if (x <= 0)
        {
            return 0;
        }
        if (y <= 0)
        {
            return 1;
        }
        // A&S 26.5.8 converges fast for x < (a+1)/(a+b+2); otherwise use I_x(a,b) = 1 − I_y(b,a).
        if (x < (a + 1) / (a + b + 2))
        {
            return BetaPrefactor(a, b, x, y) * BetaContinuedFraction(a, b, x) / a;
        }
        return 1 - (BetaPrefactor(b, a, y, x) * BetaContinuedFraction(b, a, y) / b);
    }

    private static double BetaPrefactor(double a, double b, double x, double y) =>
        Math.Exp((a * Math.Log(x)) + (b * Math.Log(y)) + LogGamma(a + b) - LogGamma(a) - LogGamma(b));

    // A&S 26.5.8 by the modified Lentz method.
    private static double BetaContinuedFraction(double a, double b, double x)
    {
        var qab = a + b;
        var qap = a + 1;
        var qam = a - 1;
        var c = 1.0;
        var d = 1 - (qab * x / qap);
        if (Math.Abs(d) < Tiny)
        {
            d = Tiny;
        }
        d = 1 / d;
        var h = d;
        for (var m = 1; m < 100000; m++)
        {
            var m2 = 2 * m;
            var aa = m * (b - m) * x / ((qam + m2) * (a + m2));
            d = 1 + (aa * d);
            if (Math.Abs(d) < Tiny)
            {
                d = Tiny;
            }
            c = 1 + (aa / c);
            if (Math.Abs(c) < Tiny)
            {
                c = Tiny;
            }
            d = 1 / d;
            h *= d * c;
            aa = -(a + m) * (qab + m) * x / ((a + m2) * (qap + m2));
            d = 1 + (aa * d);
            if (Math.Abs(d) < Tiny)
            {
                d = Tiny;
            }
            c = 1 + (aa / c);
            if (Math.Abs(c) < Tiny)
            {
                c = Tiny;
            }
            d = 1 / d;
            var delta = d * c;
            h *= delta;
            if (Math.Abs(delta - 1) < Epsilon)
            {
                break;
            }
        }
        return h;
    }
}
