namespace OutcomesFramework.Scoring;

/// <summary>What a league does with an outcome or overall score whose coverage is below <see cref="RankingCoverage.Threshold"/>.</summary>
public enum ThinCoverageHandling
{
    /// <summary>Rank it on its score, and flag it beside the rank (the default).</summary>
    Flag = 0,

    /// <summary>Do not rank it (it keeps its score, flagged): a minimum coverage to be ranked.</summary>
    Exclude = 1,

    /// <summary>Rank every authority on a score shrunk towards the authorities' mean in proportion to its missing coverage
    /// (credibility weighting), and flag those below the threshold.</summary>
    Shrink = 2,
}
