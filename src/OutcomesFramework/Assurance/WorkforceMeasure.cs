using System;
using System.Globalization;
using OutcomesFramework.Utility;

namespace OutcomesFramework.Assurance;

/// <summary>One workforce measure of a <see cref="WorkforcePressureRule"/> and its threshold, read through the measure's polarity.</summary>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed class WorkforceMeasure : IEquatable<WorkforceMeasure>
{
    /// <summary>Creates a measure.</summary>
    /// <param name="indicatorId">The indicator, for example <c>sw-turnover-rate</c>.</param>
    /// <param name="threshold">The threshold: past it (above when lower is better) the measure is under pressure.</param>
    /// <exception cref="ArgumentException">The id is not valid or the threshold is not finite.</exception>
    /// <exception cref="ArgumentNullException">The id is null.</exception>
    public WorkforceMeasure(string indicatorId, double threshold)
    {
        IndicatorId = Identifiers.CheckId(indicatorId, nameof(indicatorId));
        Preconditions.CheckArgument(!double.IsNaN(threshold) && !double.IsInfinity(threshold), nameof(threshold), "The threshold {0} is not a finite number.", threshold);
        Threshold = threshold;
    }

    /// <summary>Gets the indicator.</summary>
    public string IndicatorId { get; }

    /// <summary>Gets the threshold.</summary>
    public double Threshold { get; }

    /// <inheritdoc />
    public bool Equals(WorkforceMeasure? other) => other is not null && string.Equals(IndicatorId, other.IndicatorId, StringComparison.Ordinal) && Threshold.Equals(other.Threshold);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as WorkforceMeasure);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(StringComparer.Ordinal.GetHashCode(IndicatorId), Threshold);

    /// <inheritdoc />
    public override string ToString() => IndicatorId + " " + Threshold.ToString("R", CultureInfo.InvariantCulture);
}
