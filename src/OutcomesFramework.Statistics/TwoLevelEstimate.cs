using System;
using System.Globalization;

namespace OutcomesFramework.Statistics;

/// <summary>
/// A point estimate with its 95% and 99.8% intervals, as PHEindicatormethods returns for
/// <c>confidence = c(0.95, 0.998)</c> and as the Fingertips two-level benchmark test needs.
/// </summary>
public readonly struct TwoLevelEstimate : IEquatable<TwoLevelEstimate>
{
    private readonly string? statistic;

    internal TwoLevelEstimate(double value, ConfidenceInterval interval95, ConfidenceInterval interval998, string statistic)
    {
        Value = value;
        Interval95 = interval95;
        Interval998 = interval998;
        this.statistic = statistic;
    }

    /// <summary>The estimate, after any multiplier.</summary>
    public double Value { get; }

    /// <summary>The 95% interval.</summary>
    public ConfidenceInterval Interval95 { get; }

    /// <summary>The 99.8% interval.</summary>
    public ConfidenceInterval Interval998 { get; }

    /// <summary>The statistic label, e.g. "percentage".</summary>
    public string Statistic => statistic ?? string.Empty;

    /// <summary>The estimate with its 95% interval only.</summary>
    public Estimate At95 => new(Value, Interval95, Statistic);

    /// <summary>The estimate with its 99.8% interval only.</summary>
    public Estimate At998 => new(Value, Interval998, Statistic);

    internal static TwoLevelEstimate? Combine(Estimate? at95, Estimate? at998) =>
        at95 is { } a && at998 is { } b ? new TwoLevelEstimate(a.Value, a.Interval, b.Interval, a.Statistic) : null;

    /// <inheritdoc />
    public bool Equals(TwoLevelEstimate other) =>
        Value.Equals(other.Value) && Interval95.Equals(other.Interval95) && Interval998.Equals(other.Interval998)
        && string.Equals(Statistic, other.Statistic, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is TwoLevelEstimate other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Value, Interval95, Interval998, Statistic);

    /// <summary>"value [95% limits] [99.8% limits] (statistic)".</summary>
    /// <returns>The text.</returns>
    public override string ToString() => string.Format(
        CultureInfo.InvariantCulture,
        "{0:R} 95% [{1:R}, {2:R}] 99.8% [{3:R}, {4:R}] {5} ({6})",
        Value,
        Interval95.Lower,
        Interval95.Upper,
        Interval998.Lower,
        Interval998.Upper,
        Interval95.Method.ToLabel(),
        Statistic);

    /// <summary>Equality.</summary>
    /// <param name="left">Left.</param>
    /// <param name="right">Right.</param>
    /// <returns>True when equal.</returns>
    public static bool operator ==(TwoLevelEstimate left, TwoLevelEstimate right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    /// <param name="left">Left.</param>
    /// <param name="right">Right.</param>
    /// <returns>True when different.</returns>
    public static bool operator !=(TwoLevelEstimate left, TwoLevelEstimate right) => !left.Equals(right);
}
