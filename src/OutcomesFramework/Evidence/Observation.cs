using System;
using System.Globalization;
using OutcomesFramework.Periods;
using OutcomesFramework.Utility;

namespace OutcomesFramework.Evidence;

/// <summary>
/// One figure: an indicator's value for an area and a period, with its numerator and denominator where known,
/// and a status that says why a figure is missing.
/// </summary>
/// <remarks>
/// Invariants: <see cref="Value"/> is present exactly when <see cref="Status"/> is <see cref="ObservationStatus.Value"/>
/// and is finite; a numerator or denominator, when present, is finite and not negative.
/// </remarks>
/// <threadsafety>This type is an immutable value type and thread-safe.</threadsafety>
public readonly struct Observation : IEquatable<Observation>
{
    /// <summary>Creates an observation with a value.</summary>
    /// <param name="indicatorId">The indicator id.</param>
    /// <param name="areaCode">The area's 9-character ONS code.</param>
    /// <param name="period">The reporting period.</param>
    /// <param name="value">The value (finite).</param>
    /// <exception cref="ArgumentException">An id is blank, or a number is not finite or negative.</exception>
    public Observation(string indicatorId, string areaCode, ReportingPeriod period, double value)
        : this(indicatorId, areaCode, period, value, null, null)
    {
    }

    /// <summary>Creates an observation with a value.</summary>
    /// <param name="indicatorId">The indicator id.</param>
    /// <param name="areaCode">The area's 9-character ONS code.</param>
    /// <param name="period">The reporting period.</param>
    /// <param name="value">The value (finite).</param>
    /// <param name="numerator">The numerator, or null.</param>
    /// <param name="denominator">The denominator, or null.</param>
    /// <exception cref="ArgumentException">An id is blank, or a number is not finite or negative.</exception>
    public Observation(string indicatorId, string areaCode, ReportingPeriod period, double value, double? numerator, double? denominator)
        : this(indicatorId, areaCode, period, value, numerator, denominator, ObservationStatus.Value)
    {
    }

    /// <summary>Creates an observation with any status.</summary>
    /// <param name="indicatorId">The indicator id.</param>
    /// <param name="areaCode">The area's 9-character ONS code.</param>
    /// <param name="period">The reporting period.</param>
    /// <param name="value">The value: present exactly when <paramref name="status"/> is <see cref="ObservationStatus.Value"/>.</param>
    /// <param name="numerator">The numerator, or null.</param>
    /// <param name="denominator">The denominator, or null.</param>
    /// <param name="status">The status.</param>
    /// <exception cref="ArgumentException">An id is blank, a value is present without status Value (or missing with it), or a number is not finite or negative.</exception>
    public Observation(string indicatorId, string areaCode, ReportingPeriod period, double? value, double? numerator, double? denominator, ObservationStatus status)
    {
        IndicatorId = Preconditions.CheckNotBlank(indicatorId, nameof(indicatorId));
        AreaCode = Preconditions.CheckNotBlank(areaCode, nameof(areaCode));
        Preconditions.CheckArgument(status >= ObservationStatus.Value && status <= ObservationStatus.RoundsToZero, nameof(status), "Unknown status {0}.", status);
        if (value.HasValue != (status == ObservationStatus.Value))
        {
            // The message is built only on failure: readers construct millions of observations.
            Preconditions.CheckArgument(false, nameof(value),
                string.Format(CultureInfo.InvariantCulture, "An observation has a value exactly when its status is Value (status {0}, value {1}).", status, value.HasValue ? "present" : "missing"));
        }
        Preconditions.CheckArgument(!value.HasValue || IsFinite(value.Value), nameof(value), "The value {0} is not a finite number.", value);
        Preconditions.CheckArgument(!numerator.HasValue || (IsFinite(numerator.Value) && numerator.Value >= 0), nameof(numerator), "The numerator {0} is not a finite number ≥ 0.", numerator);
        Preconditions.CheckArgument(!denominator.HasValue || (IsFinite(denominator.Value) && denominator.Value >= 0), nameof(denominator), "The denominator {0} is not a finite number ≥ 0.", denominator);
        Period = period;
        Value = value;
        Numerator = numerator;
        Denominator = denominator;
        Status = status;
    }

    /// <summary>
    /// An observation the caller has already checked: the observation set's columns, validated when the set was built, so
    /// that reading a row back (every scorecard reads one per indicator and council) does not check it again.
    /// </summary>
    internal Observation(string indicatorId, string areaCode, ReportingPeriod period, double? value, double? numerator, double? denominator, ObservationStatus status, bool alreadyChecked)
    {
        _ = alreadyChecked;
        IndicatorId = indicatorId;
        AreaCode = areaCode;
        Period = period;
        Value = value;
        Numerator = numerator;
        Denominator = denominator;
        Status = status;
    }

    /// <summary>Creates an observation with no value, for the given reason.</summary>
    /// <param name="indicatorId">The indicator id.</param>
    /// <param name="areaCode">The area's 9-character ONS code.</param>
    /// <param name="period">The reporting period.</param>
    /// <param name="status">Why there is no value (not <see cref="ObservationStatus.Value"/>).</param>
    /// <returns>The observation.</returns>
    /// <exception cref="ArgumentException">The status is <see cref="ObservationStatus.Value"/> or an id is blank.</exception>
    public static Observation Missing(string indicatorId, string areaCode, ReportingPeriod period, ObservationStatus status) =>
        new(indicatorId, areaCode, period, null, null, null, status);

    /// <summary>Gets the indicator id.</summary>
    public string IndicatorId { get; }

    /// <summary>Gets the area's 9-character ONS code.</summary>
    public string AreaCode { get; }

    /// <summary>Gets the reporting period.</summary>
    public ReportingPeriod Period { get; }

    /// <summary>Gets the value, or null when <see cref="Status"/> says why there is none.</summary>
    public double? Value { get; }

    /// <summary>Gets the numerator, or null.</summary>
    public double? Numerator { get; }

    /// <summary>Gets the denominator, or null.</summary>
    public double? Denominator { get; }

    /// <summary>
    /// The numerator an output may show: none for a suppressed observation. A suppressed figure's numerator (a
    /// returns derivation or a reader may still hold it) beside its denominator would give the suppressed value
    /// back, so every output (JSON, CSV, explanation, report) shows this rather than <see cref="Numerator"/>.
    /// </summary>
    internal double? ShownNumerator => Status == ObservationStatus.Suppressed ? null : Numerator;

    /// <summary>Gets the status.</summary>
    public ObservationStatus Status { get; }

    /// <summary>Gets whether the observation has a value.</summary>
    public bool HasValue => Status == ObservationStatus.Value;

    /// <inheritdoc />
    public bool Equals(Observation other) =>
        string.Equals(IndicatorId, other.IndicatorId, StringComparison.Ordinal)
        && string.Equals(AreaCode, other.AreaCode, StringComparison.Ordinal)
        && Period == other.Period
        && Nullable.Equals(Value, other.Value)
        && Nullable.Equals(Numerator, other.Numerator)
        && Nullable.Equals(Denominator, other.Denominator)
        && Status == other.Status;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is Observation other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(IndicatorId is null ? 0 : StringComparer.Ordinal.GetHashCode(IndicatorId), AreaCode is null ? 0 : StringComparer.Ordinal.GetHashCode(AreaCode), Period, Value, Status);

    /// <summary>Equality.</summary>
    /// <param name="left">Left.</param>
    /// <param name="right">Right.</param>
    /// <returns>True when equal.</returns>
    public static bool operator ==(Observation left, Observation right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    /// <param name="left">Left.</param>
    /// <param name="right">Right.</param>
    /// <returns>True when not equal.</returns>
    public static bool operator !=(Observation left, Observation right) => !left.Equals(right);

    /// <inheritdoc />
    public override string ToString() => string.Format(CultureInfo.InvariantCulture, "{0} {1} {2}: {3}",
        IndicatorId, AreaCode, Period, HasValue ? Value!.Value.ToString("R", CultureInfo.InvariantCulture) : Status.Describe());

    private static bool IsFinite(double d) => !double.IsNaN(d) && !double.IsInfinity(d);
}
