using System.Collections.Immutable;
using OutcomesFramework.Outcomes;

namespace OutcomesFramework.Scoring;

/// <summary>
/// An outcome's score: the weighted aggregate of its scored indicators' scores, with coverage (the share of the
/// outcome's weight that had scores). Below the coverage threshold the outcome has insufficient evidence and no score.
/// </summary>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed class OutcomeScore
{
    internal OutcomeScore(Outcome outcome, ImmutableArray<IndicatorScore> indicators, AggregationMethod method, double coverage, double threshold, double? score, double weight, int? rank, int? rankOf)
    {
        Outcome = outcome;
        Indicators = indicators;
        Method = method;
        Coverage = coverage;
        CoverageThreshold = threshold;
        Score = score;
        Weight = weight;
        Rank = rank;
        RankOf = rankOf;
    }

    /// <summary>Gets the outcome.</summary>
    public Outcome Outcome { get; }

    /// <summary>Gets every indicator of the outcome on the scorecard, in framework order (context and enabler measures included; they never score).</summary>
    public ImmutableArray<IndicatorScore> Indicators { get; }

    /// <summary>Gets the aggregation method.</summary>
    public AggregationMethod Method { get; }

    /// <summary>Gets the share of the scored indicators' weight that had a score (0–1).</summary>
    public double Coverage { get; }

    /// <summary>Gets the coverage needed for a score.</summary>
    public double CoverageThreshold { get; }

    /// <summary>Gets the score 0–100, or null when the evidence is insufficient.</summary>
    public double? Score { get; }

    /// <summary>Gets whether there was enough evidence for a score.</summary>
    public bool HasSufficientEvidence => Score is not null;

    /// <summary>Gets the band of the score, or null.</summary>
    public ScoreBand? Band => Score is { } s ? ScoreBands.Of(s) : null;

    /// <summary>Gets the outcome's weight in the overall score.</summary>
    public double Weight { get; }

    /// <summary>Gets the rank among all authorities with a score (1 = highest, ties share the best rank); only in a <see cref="League"/>.</summary>
    public int? Rank { get; }

    /// <summary>Gets how many authorities were ranked; only in a <see cref="League"/>.</summary>
    public int? RankOf { get; }

    /// <summary>Gets whether the score rests on less coverage than the league's <see cref="ScoringPolicy.RankingCoverage"/> threshold; only in a <see cref="League"/>.</summary>
    public bool IsThinCoverage { get; private init; }

    /// <summary>Gets the score the rank was made on when it differs from <see cref="Score"/> (a credibility-shrunk score); only in a <see cref="League"/>.</summary>
    public double? RankingScore { get; private init; }

    internal OutcomeScore WithRank(int? rank, int? of, bool thin, double? rankingScore) =>
        new(Outcome, Indicators, Method, Coverage, CoverageThreshold, Score, Weight, rank, of) { IsThinCoverage = thin, RankingScore = rankingScore };

    /// <inheritdoc />
    public override string ToString() => Outcome.Id + ": " + (Score is null ? "insufficient evidence" : Numbers.Format(Score, 2)) + " (coverage " + Numbers.Percent(Coverage) + ")";
}
