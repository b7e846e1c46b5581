using System;

namespace OutcomesFramework.Statistics;

/// <summary>
/// One point of a funnel plot: the x value (population, observed events or events) with the 95% ("2s") and
/// 99.8% ("3s") control limits. Poisson funnels also give the denominator at each limit (the expected events
/// for ratios, the one-year population for rates).
/// </summary>
public readonly struct FunnelLimits : IEquatable<FunnelLimits>
{
    internal FunnelLimits(
        double x, double lower2s, double upper2s, double lower3s, double upper3s, double? baseline,
        double? lower2sDenominator = null, double? upper2sDenominator = null, double? lower3sDenominator = null, double? upper3sDenominator = null)
    {
        X = x;
        Lower2s = lower2s;
        Upper2s = upper2s;
        Lower3s = lower3s;
        Upper3s = upper3s;
        Baseline = baseline;
        Lower2sDenominator = lower2sDenominator;
        Upper2sDenominator = upper2sDenominator;
        Lower3sDenominator = lower3sDenominator;
        Upper3sDenominator = upper3sDenominator;
    }

    /// <summary>The x value: population (proportions), observed events (ratios) or events (rates).</summary>
    public double X { get; }

    /// <summary>The lower 95% limit.</summary>
    public double Lower2s { get; }

    /// <summary>The upper 95% limit.</summary>
    public double Upper2s { get; }

    /// <summary>The lower 99.8% limit.</summary>
    public double Lower3s { get; }

    /// <summary>The upper 99.8% limit.</summary>
    public double Upper3s { get; }

    /// <summary>The centre line (pooled proportion or average rate), or null for ratios (whose centre is 1).</summary>
    public double? Baseline { get; }

    /// <summary>Expected events (ratios) or one-year population (rates) at the lower 95% limit.</summary>
    public double? Lower2sDenominator { get; }

    /// <summary>As <see cref="Lower2sDenominator"/>, at the upper 95% limit.</summary>
    public double? Upper2sDenominator { get; }

    /// <summary>As <see cref="Lower2sDenominator"/>, at the lower 99.8% limit.</summary>
    public double? Lower3sDenominator { get; }

    /// <summary>As <see cref="Lower2sDenominator"/>, at the upper 99.8% limit.</summary>
    public double? Upper3sDenominator { get; }

    /// <inheritdoc />
    public bool Equals(FunnelLimits other) =>
        X.Equals(other.X) && Lower2s.Equals(other.Lower2s) && Upper2s.Equals(other.Upper2s) && Lower3s.Equals(other.Lower3s)
        && Upper3s.Equals(other.Upper3s) && Nullable.Equals(Baseline, other.Baseline)
        && Nullable.Equals(Lower2sDenominator, other.Lower2sDenominator) && Nullable.Equals(Upper2sDenominator, other.Upper2sDenominator)
        && Nullable.Equals(Lower3sDenominator, other.Lower3sDenominator) && Nullable.Equals(Upper3sDenominator, other.Upper3sDenominator);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is FunnelLimits other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(X, Lower2s, Upper2s, Lower3s, Upper3s, Baseline);

    /// <summary>Equality.</summary>
    /// <param name="left">Left.</param>
    /// <param name="right">Right.</param>
    /// <returns>True when equal.</returns>
    public static bool operator ==(FunnelLimits left, FunnelLimits right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    /// <param name="left">Left.</param>
    /// <param name="right">Right.</param>
    /// <returns>True when different.</returns>
    public static bool operator !=(FunnelLimits left, FunnelLimits right) => !left.Equals(right);
}
