using System;
using OutcomesFramework.Outcomes;
using OutcomesFramework.Utility;

namespace OutcomesFramework.Assurance;

/// <summary>What the assurance rules read about one outcome of a scorecard: its score, if any, and its coverage.</summary>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed class OutcomeEvidence
{
    /// <summary>Creates the evidence.</summary>
    /// <param name="outcome">The outcome.</param>
    /// <param name="coverage">The share (0–1) of the outcome's scored weight that had a score.</param>
    /// <param name="coverageThreshold">The coverage needed for a score (0–1).</param>
    /// <param name="score">The score 0–100, or null when the evidence is insufficient.</param>
    /// <exception cref="ArgumentNullException"><paramref name="outcome"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A share or the score is out of range.</exception>
    public OutcomeEvidence(Outcome outcome, double coverage, double coverageThreshold, double? score)
    {
        Outcome = Preconditions.CheckNotNull(outcome, nameof(outcome));
        Coverage = Preconditions.CheckArgumentRange(nameof(coverage), coverage, 0, 1);
        CoverageThreshold = Preconditions.CheckArgumentRange(nameof(coverageThreshold), coverageThreshold, 0, 1);
        Score = score is { } s ? Preconditions.CheckArgumentRange(nameof(score), s, 0, 100) : null;
    }

    /// <summary>Gets the outcome.</summary>
    public Outcome Outcome { get; }

    /// <summary>Gets the share of the outcome's scored weight that had a score.</summary>
    public double Coverage { get; }

    /// <summary>Gets the coverage needed for a score.</summary>
    public double CoverageThreshold { get; }

    /// <summary>Gets the score, or null when the evidence is insufficient.</summary>
    public double? Score { get; }

    /// <summary>Gets whether there was enough evidence for a score.</summary>
    public bool HasSufficientEvidence => Score is not null;
}
