namespace OutcomesFramework.Scoring;

/// <summary>The overall score across outcomes, with its band and, when a limiting rule applies, the capped band.</summary>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed class OverallScore
{
    internal OverallScore(AggregationMethod method, double coverage, double threshold, double? score, LimitingRule? rule, bool isLimited, int? rank, int? rankOf)
    {
        Method = method;
        Coverage = coverage;
        CoverageThreshold = threshold;
        Score = score;
        LimitingRule = rule;
        IsLimited = isLimited;
        Rank = rank;
        RankOf = rankOf;
    }

    /// <summary>Gets the aggregation method.</summary>
    public AggregationMethod Method { get; }

    /// <summary>Gets the share of the outcomes' weight that had a score (0–1).</summary>
    public double Coverage { get; }

    /// <summary>Gets the coverage needed for a score.</summary>
    public double CoverageThreshold { get; }

    /// <summary>Gets the overall score 0–100, or null when the evidence is insufficient.</summary>
    public double? Score { get; }

    /// <summary>Gets whether there was enough evidence for a score.</summary>
    public bool HasSufficientEvidence => Score is not null;

    /// <summary>Gets the band the score alone gives, or null.</summary>
    public ScoreBand? UnlimitedBand => Score is { } s ? ScoreBands.Of(s) : null;

    /// <summary>Gets the band after the limiting rule, or null.</summary>
    public ScoreBand? Band => UnlimitedBand is { } b && IsLimited && LimitingRule is not null ? ScoreBands.Worse(b, LimitingRule.CapBand) : UnlimitedBand;

    /// <summary>Gets the limiting rule in force, or null.</summary>
    public LimitingRule? LimitingRule { get; }

    /// <summary>Gets whether the limiting rule was triggered (the band may then be capped).</summary>
    public bool IsLimited { get; }

    /// <summary>Gets the rank among all authorities with a score; only in a <see cref="League"/>.</summary>
    public int? Rank { get; }

    /// <summary>Gets how many authorities were ranked; only in a <see cref="League"/>.</summary>
    public int? RankOf { get; }

    /// <summary>Gets whether the score rests on less coverage than the league's <see cref="ScoringPolicy.RankingCoverage"/> threshold; only in a <see cref="League"/>.</summary>
    public bool IsThinCoverage { get; private init; }

    /// <summary>Gets the score the rank was made on when it differs from <see cref="Score"/> (a credibility-shrunk score); only in a <see cref="League"/>.</summary>
    public double? RankingScore { get; private init; }

    internal OverallScore WithRank(int? rank, int? of, bool thin, double? rankingScore) =>
        new(Method, Coverage, CoverageThreshold, Score, LimitingRule, IsLimited, rank, of) { IsThinCoverage = thin, RankingScore = rankingScore };

    /// <inheritdoc />
    public override string ToString() => "overall: " + (Score is null ? "insufficient evidence" : Numbers.Format(Score, 2)) + " (coverage " + Numbers.Percent(Coverage) + ")";
}
