using System;
using OutcomesFramework.Utility;

namespace OutcomesFramework.Scoring;

/// <summary>One named input to a number in an <see cref="Explanation"/>: an observation, a comparator value, a parameter.</summary>
/// <threadsafety>This type is an immutable value type and thread-safe.</threadsafety>
public readonly struct ExplanationInput : IEquatable<ExplanationInput>
{
    /// <summary>Creates an input.</summary>
    /// <param name="name">What the input is, for example "England value".</param>
    /// <param name="value">Its value as text (culture-invariant), for example "22.6" or "suppressed (c)".</param>
    /// <exception cref="ArgumentException">The name is blank.</exception>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public ExplanationInput(string name, string value)
    {
        Name = Preconditions.CheckNotBlank(name, nameof(name));
        Value = Preconditions.CheckNotNull(value, nameof(value));
    }

    /// <summary>Gets what the input is.</summary>
    public string Name { get; }

    /// <summary>Gets its value as text.</summary>
    public string Value { get; }

    /// <inheritdoc />
    public bool Equals(ExplanationInput other) => string.Equals(Name, other.Name, StringComparison.Ordinal) && string.Equals(Value, other.Value, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is ExplanationInput other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Name is null ? 0 : StringComparer.Ordinal.GetHashCode(Name), Value is null ? 0 : StringComparer.Ordinal.GetHashCode(Value));

    /// <summary>Equality.</summary>
    /// <param name="left">Left.</param>
    /// <param name="right">Right.</param>
    /// <returns>True when equal.</returns>
    public static bool operator ==(ExplanationInput left, ExplanationInput right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    /// <param name="left">Left.</param>
    /// <param name="right">Right.</param>
    /// <returns>True when not equal.</returns>
    public static bool operator !=(ExplanationInput left, ExplanationInput right) => !left.Equals(right);

    /// <inheritdoc />
    public override string ToString() => Name + ": " + Value;
}
