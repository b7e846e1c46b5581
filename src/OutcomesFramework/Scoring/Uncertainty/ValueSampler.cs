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
/// <remarks>The shapes' constants are worked out once per observation, since every replicate redraws it.</remarks>
internal readonly struct ValueSampler
{
    private readonly GammaShape first;
    private readonly GammaShape second;

    public ValueSampler(int indicator, int authority, MeasureKind kind, double value, double numerator, double denominator, double multiplier)
    {
        Indicator = indicator;
        Authority = authority;
        IsProportion = kind == MeasureKind.Proportion;
        Value = value;
        Denominator = denominator;
        Multiplier = multiplier;
        P = numerator / denominator;
        first = new GammaShape(numerator + 0.5);
        second = IsProportion ? new GammaShape(denominator - numerator + 0.5) : default;
    }

    /// <summary>Gets the indicator's index in the model.</summary>
    public int Indicator { get; }

    /// <summary>Gets the authority's index in the model.</summary>
    public int Authority { get; }

    private bool IsProportion { get; }

    private double Value { get; }

    private double Denominator { get; }

    private double Multiplier { get; }

    private double P { get; }

    /// <summary>Draws the value.</summary>
    public double Draw(ref Xoshiro256StarStar rng)
    {
        if (IsProportion)
        {
            var theta = rng.NextBeta(first, second);
            var v = Value + (Multiplier * (theta - P));
            return v < 0 ? 0 : v > Multiplier ? Multiplier : v;
        }
        var rate = rng.NextGamma(first) / Denominator;
        var r = Value + (Multiplier * (rate - P));
        return r < 0 ? 0 : r;
    }
}
