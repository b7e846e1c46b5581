using System;
using OutcomesFramework.Utility;

namespace OutcomesFramework.Scoring;

/// <summary>
/// How a league treats scores that rest on thin coverage, so that no authority tops an outcome on a fraction of its
/// evidence without the output saying so: below <see cref="Threshold"/> a rank is flagged, withheld, or (with
/// <see cref="ThinCoverageHandling.Shrink"/>) made on a shrunk score.
/// </summary>
/// <remarks>
/// <para>Shrinkage is credibility weighting (Bühlmann and Gisler, <i>A Course in Credibility Theory</i>, 2005, §2): the
/// ranking score is Z·s + (1 − Z)·m, where s is the authority's score, m the unweighted mean score of every authority
/// scored on that outcome (or overall), and Z its coverage (0–1), the share of the evidence it was scored on. An
/// authority with full coverage keeps its score; one scored on 60% of the weight moves 40% of the way to the mean,
/// which is what scoring its missing indicators at the average would give under an arithmetic mean.</para>
/// <para>Scores themselves never change: the shrunk score is used only for the rank, and is shown beside it.</para>
/// </remarks>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed class RankingCoverage : IEquatable<RankingCoverage>
{
    private RankingCoverage(ThinCoverageHandling handling, double threshold)
    {
        Handling = handling;
        Threshold = threshold;
    }

    /// <summary>Gets the default: flag ranks resting on less than 75% coverage.</summary>
    public static RankingCoverage Default { get; } = new(ThinCoverageHandling.Flag, 0.75);

    /// <summary>Gets what is done below the threshold.</summary>
    public ThinCoverageHandling Handling { get; }

    /// <summary>Gets the coverage (0–1) below which a rank is thin.</summary>
    public double Threshold { get; }

    /// <summary>Ranks thin scores but flags them.</summary>
    /// <param name="threshold">The coverage below which a rank is flagged, 0–1.</param>
    /// <returns>The rule.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The threshold is outside 0–1.</exception>
    public static RankingCoverage Flag(double threshold) => new(ThinCoverageHandling.Flag, Preconditions.CheckArgumentRange(nameof(threshold), threshold, 0, 1));

    /// <summary>A minimum coverage to be ranked: thinner scores are not ranked (and are flagged).</summary>
    /// <param name="threshold">The minimum coverage, 0–1.</param>
    /// <returns>The rule.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The threshold is outside 0–1.</exception>
    public static RankingCoverage Minimum(double threshold) => new(ThinCoverageHandling.Exclude, Preconditions.CheckArgumentRange(nameof(threshold), threshold, 0, 1));

    /// <summary>Ranks on credibility-shrunk scores (see the remarks) and flags those below the threshold.</summary>
    /// <param name="threshold">The coverage below which a rank is flagged, 0–1.</param>
    /// <returns>The rule.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The threshold is outside 0–1.</exception>
    public static RankingCoverage Shrink(double threshold) => new(ThinCoverageHandling.Shrink, Preconditions.CheckArgumentRange(nameof(threshold), threshold, 0, 1));

    /// <summary>Gets whether a coverage is below the threshold.</summary>
    /// <param name="coverage">The coverage, 0–1.</param>
    /// <returns>True when thin.</returns>
    public bool IsThin(double coverage) => coverage < Threshold;

    /// <summary>The score a rank is made on: the score itself, or under <see cref="ThinCoverageHandling.Shrink"/> Z·s + (1 − Z)·m.</summary>
    internal double RankingScore(double score, double coverage, double mean) =>
        Handling == ThinCoverageHandling.Shrink ? (coverage * score) + ((1 - coverage) * mean) : score;

    /// <summary>Returns a stable, culture-invariant description, for example <c>shrink below 75%</c>.</summary>
    /// <returns>The description.</returns>
    public override string ToString() =>
        (Handling switch { ThinCoverageHandling.Exclude => "minimum", ThinCoverageHandling.Shrink => "shrink", _ => "flag" })
        + " below " + Numbers.Percent(Threshold);

    /// <inheritdoc />
    public bool Equals(RankingCoverage? other) => other is not null && Handling == other.Handling && Threshold.Equals(other.Threshold);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as RankingCoverage);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Handling, Threshold);

    internal static string Code(ThinCoverageHandling handling) => handling switch
    {
        ThinCoverageHandling.Exclude => "minimum",
        ThinCoverageHandling.Shrink => "shrink",
        _ => "flag",
    };
}
