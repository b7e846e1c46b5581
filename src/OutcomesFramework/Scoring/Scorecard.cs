using System;
using System.Collections.Immutable;
using OutcomesFramework.Areas;
using OutcomesFramework.Frameworks;
using OutcomesFramework.Utility;

namespace OutcomesFramework.Scoring;

/// <summary>
/// An explained scorecard for one local authority and year: a result for every indicator, a score (or
/// "insufficient evidence") for each of the five outcomes, and an overall score. <see cref="Explain()"/> says how
/// every number was made.
/// </summary>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed class Scorecard
{
    internal Scorecard(
        Area area,
        int year,
        Framework framework,
        ScoringPolicy policy,
        string neighbourModelName,
        ImmutableArray<IndicatorScore> indicators,
        ImmutableArray<OutcomeScore> outcomes,
        OverallScore overall,
        ImmutableArray<string> excludedIndicatorIds)
    {
        Area = area;
        Year = year;
        Framework = framework;
        Policy = policy;
        NeighbourModelName = neighbourModelName;
        Indicators = indicators;
        Outcomes = outcomes;
        Overall = overall;
        ExcludedIndicatorIds = excludedIndicatorIds;
    }

    /// <summary>Gets the local authority.</summary>
    public Area Area { get; }

    /// <summary>Gets the year: each indicator uses its period ending in this year, or its latest before it.</summary>
    public int Year { get; }

    /// <summary>Gets the framework scored.</summary>
    public Framework Framework { get; }

    /// <summary>Gets the policy used.</summary>
    public ScoringPolicy Policy { get; }

    /// <summary>Gets the name of the statistical-neighbour model.</summary>
    public string NeighbourModelName { get; }

    /// <summary>Gets the result of every indicator on the scorecard, in framework order.</summary>
    public ImmutableArray<IndicatorScore> Indicators { get; }

    /// <summary>Gets the five outcomes' scores, in statutory order.</summary>
    public ImmutableArray<OutcomeScore> Outcomes { get; }

    /// <summary>Gets the overall score.</summary>
    public OverallScore Overall { get; }

    /// <summary>Gets the ids of the framework's indicators the policy left out, in framework order.</summary>
    public ImmutableArray<string> ExcludedIndicatorIds { get; }

    /// <summary>
    /// Gets the authority's ranks with their 5–95% intervals (overall, per outcome and per indicator) when the scorecard
    /// was given them with <see cref="WithRankUncertainty"/>; null otherwise. <c>RankUncertainty?.Overall?.ToString()</c>
    /// is the text "41 (28–63)".
    /// </summary>
    public Uncertainty.CouncilRankUncertainty? RankUncertainty { get; private init; }

    /// <summary>
    /// Returns a copy that carries the authority's rank intervals from a Monte Carlo run
    /// (<see cref="Uncertainty.RankUncertaintyAnalysis.Run"/> over the same engine and year), so that writers show "rank 41 (28–63)".
    /// </summary>
    /// <param name="uncertainty">The authority's entry of the run (<see cref="Uncertainty.RankUncertainty.Find"/>).</param>
    /// <returns>The scorecard with the intervals.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="uncertainty"/> is null.</exception>
    /// <exception cref="ArgumentException">The entry is for another authority.</exception>
    public Scorecard WithRankUncertainty(Uncertainty.CouncilRankUncertainty uncertainty)
    {
        Preconditions.CheckNotNull(uncertainty, nameof(uncertainty));
        Preconditions.CheckArgument(string.Equals(uncertainty.Area.Code, Area.Code, StringComparison.Ordinal), nameof(uncertainty), "The rank intervals are for another authority ({0}).", uncertainty.Area.Name);
        return new(Area, Year, Framework, Policy, NeighbourModelName, Indicators, Outcomes, Overall, ExcludedIndicatorIds) { RankUncertainty = uncertainty };
    }

    /// <summary>Finds an indicator's result.</summary>
    /// <param name="indicatorId">The indicator id.</param>
    /// <returns>The result, or null when the indicator is not on the scorecard.</returns>
    public IndicatorScore? FindIndicator(string indicatorId)
    {
        Preconditions.CheckNotNull(indicatorId, nameof(indicatorId));
        foreach (var i in Indicators)
        {
            if (string.Equals(i.Indicator.Id, indicatorId, StringComparison.Ordinal))
            {
                return i;
            }
        }
        return null;
    }

    /// <summary>Finds an outcome's score.</summary>
    /// <param name="outcomeId">The outcome id (BH, SS, EA, PC, EW).</param>
    /// <returns>The score, or null for an unknown id.</returns>
    public OutcomeScore? FindOutcome(string outcomeId)
    {
        Preconditions.CheckNotNull(outcomeId, nameof(outcomeId));
        foreach (var o in Outcomes)
        {
            if (string.Equals(o.Outcome.Id, outcomeId, StringComparison.Ordinal))
            {
                return o;
            }
        }
        return null;
    }

    /// <summary>Explains the whole scorecard: the overall score at the root, the outcomes below it, their indicators below those.</summary>
    /// <returns>The explanation tree.</returns>
    public Explanation Explain() => ScorecardExplainer.Explain(this);

    /// <summary>Explains one indicator's figures.</summary>
    /// <param name="indicatorId">The indicator id.</param>
    /// <returns>The explanation.</returns>
    /// <exception cref="ArgumentException">The indicator is not on the scorecard.</exception>
    public Explanation ExplainIndicator(string indicatorId)
    {
        var found = FindIndicator(indicatorId);
        Preconditions.CheckArgument(found is not null, nameof(indicatorId), "Indicator '{0}' is not on this scorecard.", indicatorId);
        return ScorecardExplainer.Explain(this, found!);
    }

    /// <summary>Explains one outcome's score.</summary>
    /// <param name="outcomeId">The outcome id.</param>
    /// <returns>The explanation.</returns>
    /// <exception cref="ArgumentException">The outcome is not on the scorecard.</exception>
    public Explanation ExplainOutcome(string outcomeId)
    {
        var found = FindOutcome(outcomeId);
        Preconditions.CheckArgument(found is not null, nameof(outcomeId), "Outcome '{0}' is not on this scorecard.", outcomeId);
        return ScorecardExplainer.Explain(this, found!);
    }

    internal Scorecard WithRanks(ImmutableArray<OutcomeScore> outcomes, OverallScore overall) =>
        new(Area, Year, Framework, Policy, NeighbourModelName, Indicators, outcomes, overall, ExcludedIndicatorIds) { RankUncertainty = RankUncertainty };

    /// <inheritdoc />
    public override string ToString() => Area.Name + " " + Year.ToString(System.Globalization.CultureInfo.InvariantCulture) + ": " + Overall;
}
