using System;
using System.Globalization;
using OutcomesFramework.Evidence;
using OutcomesFramework.Periods;
using OutcomesFramework.Utility;

namespace OutcomesFramework.Assurance;

/// <summary>One period of an authority's series for an indicator: the value, or the status that says why there is none.</summary>
/// <threadsafety>This type is an immutable value type and thread-safe.</threadsafety>
public readonly struct SeriesPoint : IEquatable<SeriesPoint>
{
    /// <summary>Creates a point with a value.</summary>
    /// <param name="period">The period.</param>
    /// <param name="value">The value (finite).</param>
    /// <exception cref="ArgumentException">The value is not finite.</exception>
    public SeriesPoint(ReportingPeriod period, double value)
        : this(period, value, ObservationStatus.Value)
    {
    }

    /// <summary>Creates a point.</summary>
    /// <param name="period">The period.</param>
    /// <param name="value">The value: present exactly when <paramref name="status"/> is <see cref="ObservationStatus.Value"/>.</param>
    /// <param name="status">The status.</param>
    /// <exception cref="ArgumentException">The value and status disagree, or the value is not finite.</exception>
    public SeriesPoint(ReportingPeriod period, double? value, ObservationStatus status)
    {
        Preconditions.CheckArgument(value.HasValue == (status == ObservationStatus.Value), nameof(value),
            "A series point has a value exactly when its status is Value ({0}).", status);
        Preconditions.CheckArgument(value is null || (!double.IsNaN(value.Value) && !double.IsInfinity(value.Value)), nameof(value), "The value {0} is not a finite number.", value);
        Period = period;
        Value = value;
        Status = status;
    }

    /// <summary>Gets the period.</summary>
    public ReportingPeriod Period { get; }

    /// <summary>Gets the value, or null.</summary>
    public double? Value { get; }

    /// <summary>Gets the status.</summary>
    public ObservationStatus Status { get; }

    /// <inheritdoc />
    public bool Equals(SeriesPoint other) => Period == other.Period && Nullable.Equals(Value, other.Value) && Status == other.Status;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is SeriesPoint other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Period, Value, Status);

    /// <summary>Equality.</summary>
    /// <param name="left">Left.</param>
    /// <param name="right">Right.</param>
    /// <returns>True when equal.</returns>
    public static bool operator ==(SeriesPoint left, SeriesPoint right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    /// <param name="left">Left.</param>
    /// <param name="right">Right.</param>
    /// <returns>True when not equal.</returns>
    public static bool operator !=(SeriesPoint left, SeriesPoint right) => !left.Equals(right);

    /// <inheritdoc />
    public override string ToString() => Period + ": " + (Value is { } v ? v.ToString("R", CultureInfo.InvariantCulture) : Status.Describe());
}
