using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using OutcomesFramework.Utility;

namespace OutcomesFramework.Scoring;

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
