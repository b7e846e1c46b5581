using System;
using System.Globalization;

namespace OutcomesFramework.Statistics;

/// <summary>A point estimate with its confidence interval and the statistic it is ("percentage", "rate per 100000").</summary>
public readonly struct Estimate : IEquatable<Estimate>
{
    private readonly string? statistic;

    internal Estimate(double value, ConfidenceInterval interval, string statistic)
    {
        Value = value;
        Interval = interval;
        this.statistic = statistic;
    }

    /// <summary>The estimate, after any multiplier.</summary>
    public double Value { get; }

    /// <summary>The confidence interval, on the same scale as <see cref="Value"/>.</summary>
    public ConfidenceInterval Interval { get; }

    /// <summary>Shortcut for <see cref="Interval"/>.Lower.</summary>
    public double Lower => Interval.Lower;

    /// <summary>Shortcut for <see cref="Interval"/>.Upper.</summary>
    public double Upper => Interval.Upper;

    /// <summary>Shortcut for <see cref="Interval"/>.Method.</summary>
    public IntervalMethod Method => Interval.Method;

    /// <summary>The statistic label as PHEindicatormethods writes it, e.g. "percentage", "proportion of 1", "rate per 100000".</summary>
    public string Statistic => statistic ?? string.Empty;

    /// <inheritdoc />
    public bool Equals(Estimate other) =>
        Value.Equals(other.Value) && Interval.Equals(other.Interval) && string.Equals(Statistic, other.Statistic, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is Estimate other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Value, Interval, Statistic);

    /// <summary>"12.5 [10.1, 15.3] 95% Wilson (percentage)".</summary>
    /// <returns>The text.</returns>
    public override string ToString() => string.Format(
        CultureInfo.InvariantCulture, "{0:R} [{1:R}, {2:R}] {3} {4} ({5})", Value, Lower, Upper, Interval.Level, Method.ToLabel(), Statistic);

    /// <summary>Equality.</summary>
    /// <param name="left">Left.</param>
    /// <param name="right">Right.</param>
    /// <returns>True when equal.</returns>
    public static bool operator ==(Estimate left, Estimate right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    /// <param name="left">Left.</param>
    /// <param name="right">Right.</param>
    /// <returns>True when different.</returns>
    public static bool operator !=(Estimate left, Estimate right) => !left.Equals(right);
}
