using System;
using OutcomesFramework.Scoring;
using OutcomesFramework.Scoring.Uncertainty;
using OutcomesFramework.Utility;

namespace OutcomesFramework.Outputs;

/// <summary>
/// A league with its rank intervals, read on one series (overall or one outcome): what <c>outcomes league
/// --uncertainty</c> writes through <see cref="RankUncertaintyOutput.Formats"/>.
/// </summary>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed class RankUncertaintyView
{
    /// <summary>Creates a view.</summary>
    /// <param name="league">The league scored on the observed values (its ranks are the point ranks).</param>
    /// <param name="uncertainty">The Monte Carlo run over the same engine and year.</param>
    /// <param name="outcomeId">The outcome the table and CSV rank on, or null for overall; JSON gives every series.</param>
    /// <exception cref="ArgumentNullException">The league or the run is null.</exception>
    /// <exception cref="ArgumentException">The run is for another year, or the outcome is not in the league's framework.</exception>
    public RankUncertaintyView(League league, RankUncertainty uncertainty, string? outcomeId = null)
    {
        League = Preconditions.CheckNotNull(league, nameof(league));
        Uncertainty = Preconditions.CheckNotNull(uncertainty, nameof(uncertainty));
        Preconditions.CheckArgument(league.Year == uncertainty.Year, nameof(uncertainty), "The run is for another year than the league's ({0}).", league.Year);
        Preconditions.CheckArgument(outcomeId is null || league.Scorecards.IsEmpty || league.Scorecards[0].FindOutcome(outcomeId) is not null,
            nameof(outcomeId), "Outcome '{0}' is not in the league's framework.", outcomeId);
        OutcomeId = outcomeId;
    }

    /// <summary>Gets the league (point ranks, scores, coverage).</summary>
    public League League { get; }

    /// <summary>Gets the Monte Carlo run.</summary>
    public RankUncertainty Uncertainty { get; }

    /// <summary>Gets the outcome the table and CSV rank on, or null for overall.</summary>
    public string? OutcomeId { get; }
}
