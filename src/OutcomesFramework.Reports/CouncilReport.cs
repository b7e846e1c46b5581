using System;
using OutcomesFramework.Accountability;
using OutcomesFramework.Areas;
using OutcomesFramework.Assurance;
using OutcomesFramework.Evidence;
using OutcomesFramework.Scoring;
using OutcomesFramework.Scoring.Uncertainty;

namespace OutcomesFramework.Reports;

/// <summary>
/// What one council's report is made of: its scorecard, the observations behind it (for the trends, the England
/// spread and the SPC charts), the areas and statistical neighbours, and optionally its assurance result with the
/// rule set that produced it and the accountability map that names each finding's owner.
/// </summary>
/// <remarks>Render it with <see cref="HtmlReport.Render(CouncilReport)"/>.</remarks>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed class CouncilReport
{
    /// <summary>Creates the report's input.</summary>
    /// <param name="scorecard">The council's scorecard.</param>
    /// <param name="observations">The observations it was scored on (all areas: the England spread and comparators come from here).</param>
    /// <param name="areas">The area catalogue (regions and England).</param>
    /// <param name="neighbours">The statistical-neighbour model (for the neighbours' trend).</param>
    /// <param name="provenance">The tool version and data date printed in the header.</param>
    /// <param name="assurance">The council's assurance result, or null for a report without findings.</param>
    /// <param name="ruleSet">The rule set behind <paramref name="assurance"/>: its SPC rules choose the SPC charts; null for none.</param>
    /// <param name="accountability">The accountability map of the chosen regime (roles, lines, owners of findings), or null.</param>
    /// <param name="rankIntervals">
    /// The council's ranks with their 5–95% intervals (from <see cref="RankUncertaintyAnalysis"/>), shown beside each
    /// rank as "41st of 153 (28th–63rd)"; null to show the point ranks alone.
    /// </param>
    /// <exception cref="ArgumentNullException">A required argument is null.</exception>
    /// <exception cref="ArgumentException">The assurance result or the rank intervals are for another council.</exception>
    public CouncilReport(
        Scorecard scorecard,
        ObservationSet observations,
        AreaCatalogue areas,
        StatisticalNeighbourModel neighbours,
        ReportProvenance provenance,
        AssuranceResult? assurance = null,
        RuleSet? ruleSet = null,
        AccountabilityMap? accountability = null,
        CouncilRankUncertainty? rankIntervals = null)
    {
        ArgumentNullException.ThrowIfNull(scorecard);
        ArgumentNullException.ThrowIfNull(observations);
        ArgumentNullException.ThrowIfNull(areas);
        ArgumentNullException.ThrowIfNull(neighbours);
        ArgumentNullException.ThrowIfNull(provenance);
        if (assurance is not null && !string.Equals(assurance.Area.Code, scorecard.Area.Code, StringComparison.Ordinal))
        {
            throw new ArgumentException("The assurance result is for " + assurance.Area.Name + ", the scorecard for " + scorecard.Area.Name + ".", nameof(assurance));
        }
        if (rankIntervals is not null && !string.Equals(rankIntervals.Area.Code, scorecard.Area.Code, StringComparison.Ordinal))
        {
            throw new ArgumentException("The rank intervals are for " + rankIntervals.Area.Name + ", the scorecard for " + scorecard.Area.Name + ".", nameof(rankIntervals));
        }
        Scorecard = scorecard;
        Observations = observations;
        Areas = areas;
        Neighbours = neighbours;
        Provenance = provenance;
        Assurance = assurance;
        RuleSet = ruleSet;
        Accountability = accountability;
        RankIntervals = rankIntervals;
    }

    /// <summary>Gets the council's scorecard.</summary>
    public Scorecard Scorecard { get; }

    /// <summary>Gets the observations behind the scorecard.</summary>
    public ObservationSet Observations { get; }

    /// <summary>Gets the area catalogue.</summary>
    public AreaCatalogue Areas { get; }

    /// <summary>Gets the statistical-neighbour model.</summary>
    public StatisticalNeighbourModel Neighbours { get; }

    /// <summary>Gets the provenance printed in the header.</summary>
    public ReportProvenance Provenance { get; }

    /// <summary>Gets the assurance result, or null.</summary>
    public AssuranceResult? Assurance { get; }

    /// <summary>Gets the rule set, or null.</summary>
    public RuleSet? RuleSet { get; }

    /// <summary>Gets the accountability map, or null.</summary>
    public AccountabilityMap? Accountability { get; }

    /// <summary>Gets the council's ranks with their intervals, or null.</summary>
    public CouncilRankUncertainty? RankIntervals { get; }
}
