using OutcomesFramework.Utility;

namespace OutcomesFramework.Scoring;

/// <summary>
/// The normalisation formulas (docs/scoring.md §Normalised score). Each reads the value through polarity so that
/// 100 is best, and returns the raw result; <see cref="NormalisedScore"/> clamps it to 0–100 and records the clamping.
/// </summary>
internal static class Normaliser
{
    /// <summary>The middle of the scale, given when the authorities' values have no spread.</summary>
    public const double NoSpreadScore = 50;

    /// <summary>
    /// The score of <paramref name="x"/> clamped to 0–100, by the same formulas as <see cref="Normalise"/> but without
    /// the explanation: what the Monte Carlo and sensitivity models compute millions of times. The distribution comes
    /// as its summary numbers, and <paramref name="below"/> and <paramref name="atOrBelow"/> (how many of the
    /// <paramref name="count"/> values are below and at or below x) from the caller's one sort, so that no search is
    /// repeated per authority. NaN when the method needs a target and there is none, or the indicator has no polarity.
    /// </summary>
    public static double Score(Normalisation normalisation, double x, Polarity polarity, int count, double mean, double standardDeviation,
        double min, double max, int below, int atOrBelow, LocalTarget? localTarget)
    {
        if (polarity == Polarity.NoPolarity)
        {
            return double.NaN;
        }
        var higher = polarity == Polarity.HigherIsBetter;
        double raw;
        switch (normalisation.Method)
        {
            case NormalisationMethod.ZScore:
            {
                var z = standardDeviation > 0 ? (x - mean) / standardDeviation : 0.0;
                raw = normalisation.ScaleMean + (normalisation.ScaleStandardDeviation * (higher ? z : -z));
                break;
            }
            case NormalisationMethod.MinMax:
            {
                var range = max - min;
                raw = range > 0 ? 100 * (higher ? x - min : max - x) / range : NoSpreadScore;
                break;
            }
            case NormalisationMethod.DistanceToTarget:
            {
                if ((normalisation.Target ?? localTarget?.Value) is not { } t)
                {
                    return double.NaN;
                }
                var worst = higher ? min : max;
                var gap = higher ? t - worst : worst - t;
                raw = gap > 0 ? 100 * (higher ? x - worst : worst - x) / gap : 100.0;
                break;
            }
            case NormalisationMethod.Goalposts:
                raw = 100 * (higher ? x - normalisation.Lower : normalisation.Upper - x) / (normalisation.Upper - normalisation.Lower);
                break;
            default:
            {
                var worse = higher ? below : count - atOrBelow;
                raw = count > 1 ? 100 * (worse + ((atOrBelow - below - 1) / 2.0)) / (count - 1) : NoSpreadScore;
                break;
            }
        }
        return raw < 0 ? 0 : raw > 100 ? 100 : raw;
    }

    /// <summary>
    /// Scores <paramref name="x"/>; null when the method needs a target and there is none, or the indicator has no
    /// polarity (a context measure is never scored).
    /// </summary>
    public static NormalisedScore? Normalise(Normalisation normalisation, double x, Polarity polarity, Distribution all, LocalTarget? localTarget)
    {
        Preconditions.CheckNotNull(normalisation, nameof(normalisation));
        if (polarity == Polarity.NoPolarity)
        {
            return null;
        }
        var higher = polarity == Polarity.HigherIsBetter;
        switch (normalisation.Method)
        {
            case NormalisationMethod.ZScore:
            {
                var sd = all.StandardDeviation;
                var z = sd > 0 ? (x - all.Mean) / sd : 0.0;
                if (!higher)
                {
                    z = -z;
                }
                return NormalisedScore.Owning(normalisation, normalisation.ScaleMean + (normalisation.ScaleStandardDeviation * z),
                    new[] { new NamedValue("mean", all.Mean), new NamedValue("sd", sd), new NamedValue("z", z), new NamedValue("n", all.Count) });
            }
            case NormalisationMethod.MinMax:
            {
                var range = all.Max - all.Min;
                var raw = range > 0 ? 100 * (higher ? x - all.Min : all.Max - x) / range : NoSpreadScore;
                return NormalisedScore.Owning(normalisation, raw, new[] { new NamedValue("min", all.Min), new NamedValue("max", all.Max) });
            }
            case NormalisationMethod.DistanceToTarget:
            {
                var target = normalisation.Target ?? localTarget?.Value;
                if (target is not { } t)
                {
                    return null;
                }
                // COINr n_dist2targ: (x − xmin)/(targ − xmin), or (xmax − x)/(xmax − targ) when lower is better.
                var worst = higher ? all.Min : all.Max;
                var gap = higher ? t - worst : worst - t;
                var raw = gap > 0 ? 100 * (higher ? x - worst : worst - x) / gap : 100.0;
                return NormalisedScore.Owning(normalisation, raw, new[] { new NamedValue("target", t), new NamedValue("worst", worst) });
            }
            case NormalisationMethod.Goalposts:
            {
                var raw = 100 * (higher ? x - normalisation.Lower : normalisation.Upper - x) / (normalisation.Upper - normalisation.Lower);
                return NormalisedScore.Owning(normalisation, raw, new[] { new NamedValue("lower", normalisation.Lower), new NamedValue("upper", normalisation.Upper) });
            }
            default:
            {
                var n = all.Count;
                var below = all.CountBelow(x);
                var atOrBelow = all.CountAtOrBelow(x);
                var worse = higher ? below : n - atOrBelow;
                var equal = atOrBelow - below;
                // Position among the n authorities with ties averaged: the worst scores 0, the best 100.
                var raw = n > 1 ? 100 * (worse + ((equal - 1) / 2.0)) / (n - 1) : NoSpreadScore;
                return NormalisedScore.Owning(normalisation, raw,
                    new[] { new NamedValue("n", n), new NamedValue("worse", worse), new NamedValue("tied", equal) });
            }
        }
    }
}
