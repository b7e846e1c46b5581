using System;
using System.Globalization;
using OutcomesFramework.Utility;

namespace OutcomesFramework.Scoring;

/// <summary>
/// A normalisation method with its parameters. The formulas are given in <c>docs/scoring.md</c>; each maps onto
/// 0–100 with 100 best, and any value outside 0–100 is clamped and the clamping recorded.
/// </summary>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed class Normalisation : IEquatable<Normalisation>
{
    private Normalisation(NormalisationMethod method, double first, double second, double? target)
    {
        Method = method;
        this.first = first;
        this.second = second;
        Target = target;
    }

    private readonly double first;
    private readonly double second;

    /// <summary>Gets the position among all authorities (the default).</summary>
    public static Normalisation PercentileRank { get; } = new(NormalisationMethod.PercentileRank, double.NaN, double.NaN, null);

    /// <summary>Gets min–max between the lowest and highest authority.</summary>
    public static Normalisation MinMax { get; } = new(NormalisationMethod.MinMax, double.NaN, double.NaN, null);

    /// <summary>Gets the method.</summary>
    public NormalisationMethod Method { get; }

    /// <summary>Gets the scale's mean for <see cref="NormalisationMethod.ZScore"/> (score = mean + sd·z); NaN otherwise.</summary>
    public double ScaleMean => Method == NormalisationMethod.ZScore ? first : double.NaN;

    /// <summary>Gets the scale's standard deviation for <see cref="NormalisationMethod.ZScore"/>; NaN otherwise.</summary>
    public double ScaleStandardDeviation => Method == NormalisationMethod.ZScore ? second : double.NaN;

    /// <summary>Gets the lower goalpost for <see cref="NormalisationMethod.Goalposts"/>; NaN otherwise.</summary>
    public double Lower => Method == NormalisationMethod.Goalposts ? first : double.NaN;

    /// <summary>Gets the upper goalpost for <see cref="NormalisationMethod.Goalposts"/>; NaN otherwise.</summary>
    public double Upper => Method == NormalisationMethod.Goalposts ? second : double.NaN;

    /// <summary>Gets the target for <see cref="NormalisationMethod.DistanceToTarget"/>, or null to use the indicator's local target.</summary>
    public double? Target { get; }

    /// <summary>Gets whether the method needs a target (its own or the indicator's local target).</summary>
    public bool NeedsTarget => Method == NormalisationMethod.DistanceToTarget;

    /// <summary>Gets whether the score depends only on the value and fixed parameters, not on other authorities.</summary>
    public bool IsAbsolute => Method is NormalisationMethod.DistanceToTarget or NormalisationMethod.Goalposts;

    /// <summary>The z-score placed on a scale: score = <paramref name="mean"/> + <paramref name="standardDeviation"/> · z, z read through polarity.</summary>
    /// <param name="mean">The score given to the authorities' mean (default 50).</param>
    /// <param name="standardDeviation">The score points per standard deviation (default 10, so ±5 sd spans 0–100).</param>
    /// <returns>The normalisation.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The mean is outside 0–100 or the standard deviation is not in (0, 100].</exception>
    public static Normalisation ZScore(double mean = 50, double standardDeviation = 10)
    {
        Preconditions.CheckArgumentRange(nameof(mean), mean, 0, 100);
        Preconditions.CheckArgumentRange(nameof(standardDeviation), standardDeviation, double.Epsilon, 100);
        return new(NormalisationMethod.ZScore, mean, standardDeviation, null);
    }

    /// <summary>Distance to a target: 100 at or beyond the target, 0 at the worst authority.</summary>
    /// <param name="target">The target value, or null to use the indicator's local target from the policy.</param>
    /// <returns>The normalisation.</returns>
    /// <exception cref="ArgumentException">The target is not a finite number.</exception>
    public static Normalisation DistanceToTarget(double? target = null)
    {
        Preconditions.CheckArgument(target is null || IsFinite(target.Value), nameof(target), "The target must be a finite number.");
        return new(NormalisationMethod.DistanceToTarget, double.NaN, double.NaN, target);
    }

    /// <summary>Fixed goalposts: a value at the worse goalpost scores 0, at the better one 100; polarity decides which is which.</summary>
    /// <param name="lower">The lower goalpost (the value that scores 0 when higher is better, 100 when lower is better).</param>
    /// <param name="upper">The upper goalpost, above <paramref name="lower"/>.</param>
    /// <returns>The normalisation.</returns>
    /// <exception cref="ArgumentException">A goalpost is not finite, or <paramref name="upper"/> is not above <paramref name="lower"/>.</exception>
    public static Normalisation Goalposts(double lower, double upper)
    {
        Preconditions.CheckArgument(IsFinite(lower) && IsFinite(upper), nameof(lower), "Goalposts must be finite numbers.");
        Preconditions.CheckArgument(upper > lower, nameof(upper), "The upper goalpost must be above the lower one.");
        return new(NormalisationMethod.Goalposts, lower, upper, null);
    }

    /// <summary>Returns a stable, culture-invariant description, for example <c>goalposts(lower=10, upper=30)</c>.</summary>
    /// <returns>The description.</returns>
    public override string ToString() => Method switch
    {
        NormalisationMethod.ZScore => string.Format(CultureInfo.InvariantCulture, "zScore(mean={0}, sd={1})", Num(first), Num(second)),
        NormalisationMethod.MinMax => "minMax",
        NormalisationMethod.DistanceToTarget => Target is null ? "distanceToTarget(local target)" : "distanceToTarget(target=" + Num(Target.Value) + ")",
        NormalisationMethod.Goalposts => string.Format(CultureInfo.InvariantCulture, "goalposts(lower={0}, upper={1})", Num(first), Num(second)),
        _ => "percentileRank",
    };

    /// <inheritdoc />
    public bool Equals(Normalisation? other) =>
        other is not null && Method == other.Method && first.Equals(other.first) && second.Equals(other.second) && Nullable.Equals(Target, other.Target);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as Normalisation);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Method, first, second, Target);

    internal static string Num(double d) => d.ToString("R", CultureInfo.InvariantCulture);

    private static bool IsFinite(double d) => !double.IsNaN(d) && !double.IsInfinity(d);
}
