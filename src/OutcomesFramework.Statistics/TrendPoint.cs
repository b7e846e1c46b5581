using System;

namespace OutcomesFramework.Statistics;

/// <summary>One period of an indicator for the recent-trend test: value, count, denominator and 95% limits.</summary>
public readonly struct TrendPoint : IEquatable<TrendPoint>
{
    /// <summary>Creates a point; any part may be missing (null).</summary>
    /// <param name="value">The published value, or null (a missing value suggests suppression).</param>
    /// <param name="count">The numerator, or null.</param>
    /// <param name="denominator">The denominator, or null.</param>
    /// <param name="lower95">The 95% lower limit, or null.</param>
    /// <param name="upper95">The 95% upper limit, or null.</param>
    public TrendPoint(double? value, double? count, double? denominator, double? lower95 = null, double? upper95 = null)
    {
        Value = value;
        Count = count;
        Denominator = denominator;
        Lower95 = lower95;
        Upper95 = upper95;
    }

    /// <summary>The value.</summary>
    public double? Value { get; }

    /// <summary>The count.</summary>
    public double? Count { get; }

    /// <summary>The denominator.</summary>
    public double? Denominator { get; }

    /// <summary>The 95% lower limit.</summary>
    public double? Lower95 { get; }

    /// <summary>The 95% upper limit.</summary>
    public double? Upper95 { get; }

    /// <summary>Valid for the trend when value, count and denominator are all present (Fingertips' rule).</summary>
    public bool IsValid => Has(Value) && Has(Count) && Has(Denominator);

    internal bool HasInterval => Has(Lower95) && Has(Upper95);

    private static bool Has(double? x) => x is { } v && !double.IsNaN(v);

    /// <inheritdoc />
    public bool Equals(TrendPoint other) =>
        Nullable.Equals(Value, other.Value) && Nullable.Equals(Count, other.Count) && Nullable.Equals(Denominator, other.Denominator)
        && Nullable.Equals(Lower95, other.Lower95) && Nullable.Equals(Upper95, other.Upper95);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is TrendPoint other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Value, Count, Denominator, Lower95, Upper95);

    /// <summary>Equality.</summary>
    /// <param name="left">Left.</param>
    /// <param name="right">Right.</param>
    /// <returns>True when equal.</returns>
    public static bool operator ==(TrendPoint left, TrendPoint right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    /// <param name="left">Left.</param>
    /// <param name="right">Right.</param>
    /// <returns>True when different.</returns>
    public static bool operator !=(TrendPoint left, TrendPoint right) => !left.Equals(right);
}
