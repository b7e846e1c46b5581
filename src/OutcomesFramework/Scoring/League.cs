using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using OutcomesFramework.Areas;
using OutcomesFramework.Utility;

namespace OutcomesFramework.Scoring;

/// <summary>
/// Scorecards for every local authority for one year, with each authority's rank on every outcome and overall
/// (1 = highest score; tied scores share the best rank; authorities without a score are not ranked).
/// </summary>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed class League
{
    private readonly Dictionary<string, int> indexByCode;

    internal League(int year, ScoringPolicy policy, ImmutableArray<Scorecard> scorecards)
    {
        Year = year;
        Policy = policy;
        Scorecards = scorecards;
        indexByCode = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < scorecards.Length; i++)
        {
            indexByCode[scorecards[i].Area.Code] = i;
        }
    }

    /// <summary>Gets the year.</summary>
    public int Year { get; }

    /// <summary>Gets the policy used.</summary>
    public ScoringPolicy Policy { get; }

    /// <summary>Gets one scorecard per local authority, in the catalogue's order (DfE 3-digit code).</summary>
    public ImmutableArray<Scorecard> Scorecards { get; }

    /// <summary>Finds an authority's scorecard.</summary>
    /// <param name="area">The authority.</param>
    /// <returns>The scorecard, or null.</returns>
    public Scorecard? Find(Area area) =>
        indexByCode.TryGetValue(Preconditions.CheckNotNull(area, nameof(area)).Code, out var i) ? Scorecards[i] : null;

    /// <summary>Returns the scorecards ordered by rank on an outcome, or overall: ranked first (best first, ties by name, ordinal), then unranked by name.</summary>
    /// <param name="outcomeId">An outcome id, or null for the overall score.</param>
    /// <returns>The ordered scorecards.</returns>
    /// <exception cref="ArgumentException">The outcome id is not one of the framework's outcomes.</exception>
    public ImmutableArray<Scorecard> Ranked(string? outcomeId = null)
    {
        if (outcomeId is not null && Scorecards.Length > 0)
        {
            Preconditions.CheckArgument(Scorecards[0].FindOutcome(outcomeId) is not null, nameof(outcomeId), "'{0}' is not an outcome of the framework.", outcomeId);
        }
        return Scorecards
            .OrderBy(s => RankOf(s, outcomeId) ?? int.MaxValue)
            .ThenBy(s => s.Area.Name, StringComparer.Ordinal)
            .ThenBy(s => s.Area.Code, StringComparer.Ordinal)
            .ToImmutableArray();
    }

    /// <summary>Gets an authority's rank on an outcome, or overall.</summary>
    /// <param name="scorecard">The scorecard.</param>
    /// <param name="outcomeId">An outcome id, or null for overall.</param>
    /// <returns>The rank, or null when not ranked.</returns>
    public static int? RankOf(Scorecard scorecard, string? outcomeId)
    {
        Preconditions.CheckNotNull(scorecard, nameof(scorecard));
        return outcomeId is null ? scorecard.Overall.Rank : scorecard.FindOutcome(outcomeId)?.Rank;
    }
}
