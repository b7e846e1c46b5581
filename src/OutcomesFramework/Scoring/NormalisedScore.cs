using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using OutcomesFramework.Utility;

namespace OutcomesFramework.Scoring;

/// <summary>A named number that went into a result, for example the lowest authority's value in a min–max score.</summary>
/// <threadsafety>This type is an immutable value type and thread-safe.</threadsafety>
public readonly struct NamedValue : IEquatable<NamedValue>
{
    /// <summary>Creates a named value.</summary>
    /// <param name="name">The name, for example <c>min</c>.</param>
    /// <param name="value">The value.</param>
    /// <exception cref="ArgumentException">The name is blank.</exception>
    /// <exception cref="ArgumentNullException">The name is null.</exception>
    public NamedValue(string name, double value)
    {
        Name = Preconditions.CheckNotBlank(name, nameof(name));
        Value = value;
    }

    /// <summary>Gets the name.</summary>
    public string Name { get; }

    /// <summary>Gets the value.</summary>
    public double Value { get; }

    /// <inheritdoc />
    public bool Equals(NamedValue other) => string.Equals(Name, other.Name, StringComparison.Ordinal) && Value.Equals(other.Value);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is NamedValue other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Name is null ? 0 : StringComparer.Ordinal.GetHashCode(Name), Value);

    /// <summary>Equality.</summary>
    /// <param name="left">Left.</param>
    /// <param name="right">Right.</param>
    /// <returns>True when equal.</returns>
    public static bool operator ==(NamedValue left, NamedValue right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    /// <param name="left">Left.</param>
    /// <param name="right">Right.</param>
    /// <returns>True when not equal.</returns>
    public static bool operator !=(NamedValue left, NamedValue right) => !left.Equals(right);

    /// <inheritdoc />
    public override string ToString() => Name + "=" + Numbers.Exact(Value);
}

/// <summary>An indicator's normalised score: 0 worst to 100 best, with the method, its parameters and any clamping.</summary>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed class NormalisedScore
{
    /// <summary>Creates a score.</summary>
    /// <param name="normalisation">The method and its parameters.</param>
    /// <param name="rawValue">The value the formula gave, before clamping to 0–100.</param>
    /// <param name="parameters">The numbers the formula used (the authorities' min and max, mean and sd, the target…).</param>
    /// <exception cref="ArgumentException">The raw value is NaN.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="normalisation"/> is null.</exception>
    public NormalisedScore(Normalisation normalisation, double rawValue, IEnumerable<NamedValue>? parameters = null)
    {
        Normalisation = Preconditions.CheckNotNull(normalisation, nameof(normalisation));
        Preconditions.CheckArgument(!double.IsNaN(rawValue), nameof(rawValue), "A score cannot be NaN.");
        RawValue = rawValue;
        Value = rawValue < 0 ? 0 : rawValue > 100 ? 100 : rawValue;
        Parameters = parameters is null ? ImmutableArray<NamedValue>.Empty : parameters.ToImmutableArray();
    }

    private NormalisedScore(Normalisation normalisation, double rawValue, ImmutableArray<NamedValue> parameters)
    {
        Normalisation = normalisation;
        RawValue = rawValue;
        Value = rawValue < 0 ? 0 : rawValue > 100 ? 100 : rawValue;
        Parameters = parameters;
    }

    /// <summary>Gets the method and its parameters.</summary>
    public Normalisation Normalisation { get; }

    /// <summary>Gets the score, 0–100 (the raw value clamped).</summary>
    public double Value { get; }

    /// <summary>Gets the value the formula gave before clamping.</summary>
    public double RawValue { get; }

    /// <summary>Gets whether the raw value lay outside 0–100 and was clamped.</summary>
    public bool IsClamped => RawValue < 0 || RawValue > 100;

    /// <summary>Gets the numbers the formula used.</summary>
    public ImmutableArray<NamedValue> Parameters { get; }

    /// <summary>A score from the normaliser, which hands over a new parameter array of its own: kept, not copied (every scorecard makes thousands).</summary>
    internal static NormalisedScore Owning(Normalisation normalisation, double rawValue, NamedValue[] parameters)
    {
        Preconditions.CheckArgument(!double.IsNaN(rawValue), nameof(rawValue), "A score cannot be NaN.");
        return new NormalisedScore(normalisation, rawValue, System.Runtime.InteropServices.ImmutableCollectionsMarshal.AsImmutableArray(parameters));
    }

    /// <inheritdoc />
    public override string ToString() => Numbers.Format(Value, 2) + (IsClamped ? " (clamped from " + Numbers.Format(RawValue, 4) + ")" : string.Empty);
}
