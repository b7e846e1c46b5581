using System;

namespace OutcomesFramework.Statistics;

/// <summary>Funnel-plot significance, as PHEindicatormethods labels it (one-sided tail probabilities).</summary>
public enum FunnelSignificance
{
    /// <summary>Inside the 95% ("2s") limits: "Not significant".</summary>
    NotSignificant = 0,

    /// <summary>Below the 95% limit but not the 99.8% one: "Low (0.025)".</summary>
    Low0025 = 1,

    /// <summary>Below the 99.8% ("3s") limit: "Low (0.001)".</summary>
    Low0001 = 2,

    /// <summary>Above the 95% limit but not the 99.8% one: "High (0.025)".</summary>
    High0025 = 3,

    /// <summary>Above the 99.8% limit: "High (0.001)".</summary>
    High0001 = 4,

    /// <summary>Not applicable: a DSR from fewer than 10 events.</summary>
    NotApplicable = 5,
}

/// <summary>How the rates in a rate funnel were formed.</summary>
public enum FunnelRateType
{
    /// <summary>Directly standardised rates (a zero count has no derived denominator; fewer than 10 events are not assessed).</summary>
    DirectlyStandardised = 0,

    /// <summary>Crude rates (a zero count uses the supplied denominator).</summary>
    Crude = 1,
}

/// <summary>Labels for <see cref="FunnelSignificance"/>.</summary>
public static class FunnelSignificanceExtensions
{
    /// <summary>The PHEindicatormethods label, e.g. "High (0.001)".</summary>
    /// <param name="significance">The significance.</param>
    /// <returns>The label.</returns>
    public static string ToLabel(this FunnelSignificance significance) => significance switch
    {
        FunnelSignificance.Low0025 => "Low (0.025)",
        FunnelSignificance.Low0001 => "Low (0.001)",
        FunnelSignificance.High0025 => "High (0.025)",
        FunnelSignificance.High0001 => "High (0.001)",
        FunnelSignificance.NotApplicable => "Not applicable for events less than 10 for dsrs",
        _ => "Not significant",
    };
}

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
