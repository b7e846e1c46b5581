using System;

namespace OutcomesFramework.Scoring.Uncertainty;

/// <summary>
/// A gamma shape with the constants of Marsaglia and Tsang's method worked out once, for a shape that is drawn
/// from again and again (every Monte Carlo replicate redraws the same observations): the draws are those of
/// <see cref="Xoshiro256StarStar.NextGamma(double)"/> to the bit, which computes the same constants the same way.
/// </summary>
internal readonly struct GammaShape
{
    public GammaShape(double shape)
    {
        // A shape below 1 is boosted: G(a) = G(a + 1)·U^(1/a).
        Boosted = shape < 1;
        var drawn = Boosted ? shape + 1 : shape;
        D = drawn - (1.0 / 3);
        C = 1 / Math.Sqrt(9 * D);
        InverseShape = Boosted ? 1 / shape : double.NaN;
    }

    /// <summary>Gets whether the shape is below 1 and is drawn as G(a + 1)·U^(1/a).</summary>
    public bool Boosted { get; }

    /// <summary>Gets d = a − ⅓ of the shape drawn (a + 1 when boosted).</summary>
    public double D { get; }

    /// <summary>Gets c = 1 / √(9d).</summary>
    public double C { get; }

    /// <summary>Gets 1/a when boosted.</summary>
    public double InverseShape { get; }
}
