namespace OutcomesFramework.Statistics;

/// <summary>
/// The Poisson mean search shared by Fingertips' SPC-for-DSR comparer and the PHE funnel plots
/// (adapted from fingertips-open <c>StatisticalMethods.PoisLow/PoisHigh/PoisP</c>, MIT licence,
/// Copyright (C) 2016 Crown copyright (Public Health England)). Kept step for step, bisection tolerance
/// included, because published funnel limits are reproduced to their printed digits only this way.
/// </summary>
internal static class PoissonFunnel
{
    /// <summary>The mean λ with P(X ≥ observed; λ) = p (Fingertips <c>PoisLow</c>; PHE "low" side).</summary>
    public static double LowerMean(double observed, double p)
    {
        var v = 0.5;
        var dv = 0.5;
        while (dv > 1e-7)
        {
            dv /= 2;
            if (Probability((1 + observed) * v / (1 - v), observed, 1e10) > p)
            {
                v -= dv;
            }
            else
            {
                v += dv;
            }
        }
        return (1 + observed) * v / (1 - v);
    }

    /// <summary>The mean λ with P(X ≤ observed; λ) = p (Fingertips <c>PoisHigh</c>; PHE "high" side).</summary>
    public static double UpperMean(double observed, double p)
    {
        var v = 0.5;
        var dv = 0.5;
        while (dv > 1e-7)
        {
            dv /= 2;
            if (Probability((1 + observed) * v / (1 - v), 0, observed) < p)
            {
                v -= dv;
            }
            else
            {
                v += dv;
            }
        }
        return (1 + observed) * v / (1 - v);
    }

    /// <summary>P(from ≤ X ≤ to) for X ~ Poisson(mean), by summing rescaled terms.</summary>
    private static double Probability(double mean, double from, double to)
    {
        double q = 1, total = 0, sum = 0, k = 0;
        while (k <= mean || q > total * 1e-10)
        {
            total += q;
            if (k >= from && k <= to)
            {
                sum += q;
            }
            if (total > 1e30)
            {
                sum /= 1e30;
                total /= 1e30;
                q /= 1e30;
            }
            k += 1;
            q = q * mean / k;
        }
        return sum / total;
    }
}
