using System;
using System.Globalization;
using OutcomesFramework.Utility;

namespace OutcomesFramework.Scoring;

/// <summary>
/// A target a council has set itself for an indicator (Solace recommendation twelve: councils define what "good"
/// looks like), with an optional tolerance within which a miss counts as <see cref="TargetStatus.Near"/>.
/// </summary>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed class LocalTarget : IEquatable<LocalTarget>
{
    /// <summary>Creates a target.</summary>
    /// <param name="value">The target value, in the indicator's unit.</param>
    /// <param name="tolerance">How far worse than the target still counts as near (≥ 0; 0 means met or missed only).</param>
    /// <exception cref="ArgumentException">The value is not finite.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The tolerance is negative or not finite.</exception>
    public LocalTarget(double value, double tolerance = 0)
    {
        Preconditions.CheckArgument(!double.IsNaN(value) && !double.IsInfinity(value), nameof(value), "The target must be a finite number.");
        Value = value;
        Tolerance = Preconditions.CheckArgumentRange(nameof(tolerance), tolerance, 0, double.MaxValue);
    }

    /// <summary>Gets the target value.</summary>
    public double Value { get; }

    /// <summary>Gets the tolerance (≥ 0).</summary>
    public double Tolerance { get; }

    /// <summary>Judges a value against the target through polarity.</summary>
    /// <param name="value">The authority's value.</param>
    /// <param name="polarity">The indicator's polarity; for <see cref="Polarity.NoPolarity"/> the value meets the target when within the tolerance of it.</param>
    /// <returns>The status.</returns>
    public TargetStatus Judge(double value, Polarity polarity)
    {
        // Shortfall: how far the value is on the bad side of the target (≤ 0 when met).
        var shortfall = polarity switch
        {
            Polarity.HigherIsBetter => Value - value,
            Polarity.LowerIsBetter => value - Value,
            _ => Math.Abs(value - Value),
        };
        if (polarity == Polarity.NoPolarity)
        {
            return shortfall <= Tolerance ? TargetStatus.Met : TargetStatus.Missed;
        }
        return shortfall <= 0 ? TargetStatus.Met : shortfall <= Tolerance ? TargetStatus.Near : TargetStatus.Missed;
    }

    /// <inheritdoc />
    public bool Equals(LocalTarget? other) => other is not null && Value.Equals(other.Value) && Tolerance.Equals(other.Tolerance);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as LocalTarget);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Value, Tolerance);

    /// <inheritdoc />
    public override string ToString() => Tolerance == 0
        ? Value.ToString("R", CultureInfo.InvariantCulture)
        : Value.ToString("R", CultureInfo.InvariantCulture) + " (tolerance " + Tolerance.ToString("R", CultureInfo.InvariantCulture) + ")";
}
