using System;
using OutcomesFramework.Periods;
using OutcomesFramework.Statistics;
using OutcomesFramework.Utility;

namespace OutcomesFramework.Scoring;

/// <summary>An authority's value compared with the chosen comparator, Fingertips-style.</summary>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed class ComparatorComparison
{
    /// <summary>Creates a comparison.</summary>
    /// <param name="comparator">Which comparator.</param>
    /// <param name="comparatorValue">The comparator's value, or null when it has none.</param>
    /// <param name="outcome">The result (Better/Similar/Worse, or Lower/Similar/Higher without polarity, or NotCompared).</param>
    /// <param name="level">The confidence level of the interval used.</param>
    /// <param name="reason">Why it was not compared, or null.</param>
    /// <exception cref="ArgumentNullException"><paramref name="level"/> is null.</exception>
    public ComparatorComparison(Comparator comparator, double? comparatorValue, BenchmarkOutcome outcome, ConfidenceLevel level, string? reason)
    {
        Comparator = comparator;
        ComparatorValue = comparatorValue;
        Outcome = outcome;
        Level = Preconditions.CheckNotNull(level, nameof(level));
        Reason = reason;
    }

    /// <summary>Gets the comparator.</summary>
    public Comparator Comparator { get; }

    /// <summary>Gets the comparator's value, or null.</summary>
    public double? ComparatorValue { get; }

    /// <summary>Gets the result.</summary>
    public BenchmarkOutcome Outcome { get; }

    /// <summary>Gets the confidence level.</summary>
    public ConfidenceLevel Level { get; }

    /// <summary>Gets why no comparison was made, or null when one was.</summary>
    public string? Reason { get; }
}
