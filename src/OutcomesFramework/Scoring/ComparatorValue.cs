using System;
using System.Threading;
using OutcomesFramework.Evidence;
using OutcomesFramework.Utility;

namespace OutcomesFramework.Scoring;

/// <summary>A published comparator figure: England's or a region's value for the same indicator and period.</summary>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed class ComparatorValue
{
    /// <summary>Creates a comparator value.</summary>
    /// <param name="areaCode">The comparator area's code as the data gives it (for example <c>E13000001</c> for Inner London).</param>
    /// <param name="areaName">The comparator area's name.</param>
    /// <param name="value">The value, or null when there is none.</param>
    /// <param name="status">The observation's status, or null when the data holds no observation at all.</param>
    /// <exception cref="ArgumentException">A name or code is blank, or a value is given with a status other than Value.</exception>
    /// <exception cref="ArgumentNullException">A name or code is null.</exception>
    public ComparatorValue(string areaCode, string areaName, double? value, ObservationStatus? status)
    {
        AreaCode = Preconditions.CheckNotBlank(areaCode, nameof(areaCode));
        AreaName = Preconditions.CheckNotBlank(areaName, nameof(areaName));
        Preconditions.CheckArgument(value is null || status == ObservationStatus.Value, nameof(status), "A comparator value needs status Value.");
        Value = value;
        Status = status;
    }

    /// <summary>Gets the comparator area's code.</summary>
    public string AreaCode { get; }

    /// <summary>Gets the comparator area's name.</summary>
    public string AreaName { get; }

    /// <summary>Gets the value, or null.</summary>
    public double? Value { get; }

    /// <summary>Gets the observation's status, or null when the data holds no observation.</summary>
    public ObservationStatus? Status { get; }

    /// <inheritdoc />
    public override string ToString() => AreaName + ": " + (Value is null ? (Status is null ? "no data" : Status.Value.Describe()) : Numbers.Exact(Value.Value));
}
