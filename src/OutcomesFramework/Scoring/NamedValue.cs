using System;
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
