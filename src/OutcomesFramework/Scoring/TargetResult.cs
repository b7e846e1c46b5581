using System;
using OutcomesFramework.Periods;
using OutcomesFramework.Statistics;
using OutcomesFramework.Utility;

namespace OutcomesFramework.Scoring;

/// <summary>An authority's value against its local target.</summary>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed class TargetResult
{
    /// <summary>Creates a result.</summary>
    /// <param name="target">The target.</param>
    /// <param name="value">The authority's value.</param>
    /// <param name="polarity">The indicator's polarity.</param>
    /// <exception cref="ArgumentNullException"><paramref name="target"/> is null.</exception>
    public TargetResult(LocalTarget target, double value, Polarity polarity)
    {
        Target = Preconditions.CheckNotNull(target, nameof(target));
        Difference = value - target.Value;
        Status = target.Judge(value, polarity);
    }

    /// <summary>Gets the target.</summary>
    public LocalTarget Target { get; }

    /// <summary>Gets value − target.</summary>
    public double Difference { get; }

    /// <summary>Gets the status.</summary>
    public TargetStatus Status { get; }
}
