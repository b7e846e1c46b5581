using System;
using OutcomesFramework.Utility;

namespace OutcomesFramework.Scoring;

/// <summary>
/// Local choices for one indicator: a weight in place of the framework's, a normalisation in place of the
/// policy's default, a local target, and whether the indicator is left out. Every property left unset keeps the
/// framework's or the policy's default.
/// </summary>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed class IndicatorPolicy : IEquatable<IndicatorPolicy>
{
    private IndicatorPolicy(double? weight, Normalisation? normalisation, LocalTarget? target, bool isExcluded)
    {
        Weight = weight;
        Normalisation = normalisation;
        Target = target;
        IsExcluded = isExcluded;
    }

    /// <summary>Gets the policy that changes nothing.</summary>
    public static IndicatorPolicy None { get; } = new(null, null, null, false);

    /// <summary>Gets the weight within the outcome in place of the framework's, or null to keep it.</summary>
    public double? Weight { get; }

    /// <summary>Gets the normalisation in place of the policy default, or null to keep it.</summary>
    public Normalisation? Normalisation { get; }

    /// <summary>Gets the local target, or null.</summary>
    public LocalTarget? Target { get; }

    /// <summary>Gets whether the indicator is left out of the scorecard altogether.</summary>
    public bool IsExcluded { get; }

    /// <summary>Returns a copy with a weight.</summary>
    /// <param name="weight">The weight (finite, ≥ 0), or null to keep the framework's.</param>
    /// <returns>A new policy.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The weight is negative or not finite.</exception>
    public IndicatorPolicy WithWeight(double? weight) =>
        new(weight is null ? null : Preconditions.CheckArgumentRange(nameof(weight), weight.Value, 0, double.MaxValue), Normalisation, Target, IsExcluded);

    /// <summary>Returns a copy with a normalisation.</summary>
    /// <param name="normalisation">The normalisation, or null to keep the policy default.</param>
    /// <returns>A new policy.</returns>
    public IndicatorPolicy WithNormalisation(Normalisation? normalisation) => new(Weight, normalisation, Target, IsExcluded);

    /// <summary>Returns a copy with a local target.</summary>
    /// <param name="target">The target, or null for none.</param>
    /// <returns>A new policy.</returns>
    public IndicatorPolicy WithTarget(LocalTarget? target) => new(Weight, Normalisation, target, IsExcluded);

    /// <summary>Returns a copy that leaves the indicator out, or keeps it in.</summary>
    /// <param name="isExcluded">True to leave the indicator out.</param>
    /// <returns>A new policy.</returns>
    public IndicatorPolicy WithExcluded(bool isExcluded) => new(Weight, Normalisation, Target, isExcluded);

    /// <inheritdoc />
    public bool Equals(IndicatorPolicy? other) =>
        other is not null && Nullable.Equals(Weight, other.Weight) && Equals(Normalisation, other.Normalisation) && Equals(Target, other.Target) && IsExcluded == other.IsExcluded;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as IndicatorPolicy);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Weight, Normalisation, Target, IsExcluded);
}
