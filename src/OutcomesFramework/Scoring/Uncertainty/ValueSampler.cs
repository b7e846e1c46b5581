using OutcomesFramework.Indicators;

namespace OutcomesFramework.Scoring.Uncertainty;

/// <summary>
/// Draws an observation's value from its sampling distribution. For a proportion x/n the unknown rate θ is drawn
/// from Beta(x + ½, n − x + ½), for a rate of x events in population n from Gamma(x + ½, 1)/n: the Jeffreys
/// posteriors, whose central intervals sit close to the Wilson and exact Poisson intervals the scorecard shows and,
/// unlike a binomial or Poisson redraw around x/n, stay honest at x = 0 (a zero count is not a certain zero).
/// The value moves by the draw's distance from x/n, scaled by the indicator's multiplier: value + m·(θ − x/n), so the
/// published value (which may be rounded) stays the centre. A proportion stays within 0 … m and a rate at or above 0.
/// </summary>
internal static class ValueSampler
{
    public static double Draw(ref Xoshiro256StarStar rng, MeasureKind kind, double value, double numerator, double denominator, double multiplier)
    {
        var p = numerator / denominator;
        if (kind == MeasureKind.Proportion)
        {
            var theta = rng.NextBeta(numerator + 0.5, denominator - numerator + 0.5);
            var v = value + (multiplier * (theta - p));
            return v < 0 ? 0 : v > multiplier ? multiplier : v;
        }
        var rate = rng.NextGamma(numerator + 0.5) / denominator;
        var r = value + (multiplier * (rate - p));
        return r < 0 ? 0 : r;
    }
}
