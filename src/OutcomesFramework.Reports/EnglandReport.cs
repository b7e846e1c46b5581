using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using OutcomesFramework.Areas;
using OutcomesFramework.Assurance;
using OutcomesFramework.Scoring;
using OutcomesFramework.Scoring.Uncertainty;

namespace OutcomesFramework.Reports;

/// <summary>
/// What the all-council overview is made of: every council's scorecard (a league), their early-warning levels, and
/// the area catalogue for the regional summary.
/// </summary>
/// <remarks>Render it with <see cref="HtmlReport.Render(EnglandReport)"/>.</remarks>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed class EnglandReport
{
    /// <summary>Creates the overview's input.</summary>
    /// <param name="league">Every council's scorecard for one year.</param>
    /// <param name="assurance">Their assurance results (any order; councils without one show no level).</param>
    /// <param name="areas">The area catalogue (regions).</param>
    /// <param name="provenance">The tool version and data date printed in the header.</param>
    /// <param name="ruleSet">The rule set behind the levels, or null.</param>
    /// <param name="rankIntervals">Every council's ranks with their 5–95% intervals for the league's year (from <see cref="RankUncertaintyAnalysis"/>), shown as "41 (28–63)"; null for point ranks alone.</param>
    /// <exception cref="ArgumentNullException">A required argument is null.</exception>
    /// <exception cref="ArgumentException">The rank intervals are for another year than the league.</exception>
    public EnglandReport(League league, IEnumerable<AssuranceResult> assurance, AreaCatalogue areas, ReportProvenance provenance, RuleSet? ruleSet = null, RankUncertainty? rankIntervals = null)
    {
        ArgumentNullException.ThrowIfNull(league);
        ArgumentNullException.ThrowIfNull(assurance);
        ArgumentNullException.ThrowIfNull(areas);
        ArgumentNullException.ThrowIfNull(provenance);
        if (rankIntervals is not null && rankIntervals.Year != league.Year)
        {
            throw new ArgumentException("The rank intervals are for " + rankIntervals.Year + ", the league for " + league.Year + ".", nameof(rankIntervals));
        }
        League = league;
        Assurance = assurance.OrderBy(a => a.Area.Code, StringComparer.Ordinal).ToImmutableArray();
        Areas = areas;
        Provenance = provenance;
        RuleSet = ruleSet;
        RankIntervals = rankIntervals;
    }

    /// <summary>Gets every council's scorecard.</summary>
    public League League { get; }

    /// <summary>Gets the assurance results, by area code.</summary>
    public ImmutableArray<AssuranceResult> Assurance { get; }

    /// <summary>Gets the area catalogue.</summary>
    public AreaCatalogue Areas { get; }

    /// <summary>Gets the provenance printed in the header.</summary>
    public ReportProvenance Provenance { get; }

    /// <summary>Gets the rule set, or null.</summary>
    public RuleSet? RuleSet { get; }

    /// <summary>Gets every council's ranks with their intervals, or null.</summary>
    public RankUncertainty? RankIntervals { get; }
}
