using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using NodaTime;
using OutcomesFramework.Areas;
using OutcomesFramework.Evidence;
using OutcomesFramework.Frameworks;
using OutcomesFramework.Inspections;
using OutcomesFramework.Periods;
using OutcomesFramework.Scoring;
using OutcomesFramework.Utility;

namespace OutcomesFramework.Assurance;

/// <summary>
/// Back-tests rule sets against Ofsted: for each graded ILACS inspection in a range of years, scores the authority and
/// runs the rules as they could have been run the day before the inspection — from the statistics published by then
/// (<see cref="PublicationCalendar"/>) and the Ofsted reports published by then — and compares the early-warning level
/// with the judgement.
/// </summary>
/// <remarks>
/// The statistics are the latest published vintage of each year's figures (later revisions are not undone), and the
/// statistical neighbours and the framework are today's: see docs/assurance-evaluation.md for what that means.
/// </remarks>
public static class OfstedBacktest
{
    /// <summary>Runs the back-test for one or more rule sets over the same scorecards.</summary>
    /// <param name="ruleSets">The rule sets (each is run on every case).</param>
    /// <param name="framework">The framework.</param>
    /// <param name="observations">All the observations (they are cut to what was published before each inspection).</param>
    /// <param name="areas">The area catalogue.</param>
    /// <param name="neighbours">The statistical-neighbour model.</param>
    /// <param name="inspections">Ofsted's inspections.</param>
    /// <param name="calendar">When each kind of period is published.</param>
    /// <param name="firstYear">The first year of inspection dates.</param>
    /// <param name="lastYear">The last year of inspection dates.</param>
    /// <param name="policy">The scoring policy, or null for the default.</param>
    /// <returns>One result per rule set, in order.</returns>
    /// <exception cref="ArgumentNullException">A required argument is null.</exception>
    /// <exception cref="RuleSetValidationException">A rule set does not fit the framework.</exception>
    public static ImmutableArray<BacktestResult> Run(
        IReadOnlyList<RuleSet> ruleSets,
        Framework framework,
        ObservationSet observations,
        AreaCatalogue areas,
        StatisticalNeighbourModel neighbours,
        InspectionHistory inspections,
        PublicationCalendar calendar,
        int firstYear,
        int lastYear,
        ScoringPolicy? policy = null)
    {
        Preconditions.CheckNotNull(ruleSets, nameof(ruleSets));
        Preconditions.CheckNotNull(framework, nameof(framework));
        Preconditions.CheckNotNull(observations, nameof(observations));
        Preconditions.CheckNotNull(areas, nameof(areas));
        Preconditions.CheckNotNull(neighbours, nameof(neighbours));
        Preconditions.CheckNotNull(inspections, nameof(inspections));
        Preconditions.CheckNotNull(calendar, nameof(calendar));
        var engines = ruleSets.Select(r => new AssuranceEngine(r, framework)).ToArray();
        var cases = ruleSets.Select(_ => new List<BacktestCase>()).ToArray();
        var skipped = new List<string>();
        var scoring = new Dictionary<string, (ScoringEngine Engine, ObservationSet Set)>(StringComparer.Ordinal);
        var kinds = framework.Indicators.GroupBy(i => i.PeriodKind).Select(g => g.First()).OrderBy(i => i.PeriodKind).ToList();
        foreach (var inspection in inspections.Where(i => i.IsGraded && i.InspectionDate.Year >= firstYear && i.InspectionDate.Year <= lastYear))
        {
            var where = inspection.AreaCode + " " + inspection.InspectionDate.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);
            var area = areas.Find(inspection.AreaCode);
            if (area is null || area.Level != AreaLevel.LocalAuthority || !string.Equals(area.Code, inspection.AreaCode, StringComparison.Ordinal))
            {
                skipped.Add(where + ": not one of today's local authorities in the catalogue");
                continue;
            }
            var asOf = inspection.InspectionDate.PlusDays(-1);
            // The cut of the data depends only on the latest published period of each kind: share engines between dates.
            var key = string.Join(",", kinds.Select(i => LatestPublishedYear(i, calendar, asOf).ToString(CultureInfo.InvariantCulture)));
            if (!scoring.TryGetValue(key, out var s))
            {
                var published = calendar.PublishedBy(observations, asOf);
                s = (new ScoringEngine(framework, published, areas, neighbours, policy), published);
                scoring.Add(key, s);
            }
            if (s.Engine.LatestYear is not { } year)
            {
                skipped.Add(where + ": no statistics published before the inspection");
                continue;
            }
            Scorecard card;
            try
            {
                card = s.Engine.Score(area, year);
            }
            catch (PeriodNotCoveredException)
            {
                skipped.Add(where + ": no statistics for " + year.ToString(CultureInfo.InvariantCulture));
                continue;
            }
            var evidence = AssuranceEvidence.FromScorecard(card, s.Set, asOf, inspections);
            for (var r = 0; r < engines.Length; r++)
            {
                cases[r].Add(new BacktestCase(area, inspection, asOf, year, engines[r].Assess(evidence)));
            }
        }
        return ruleSets.Select((r, i) => new BacktestResult(r, calendar, cases[i].ToImmutableArray(), skipped.ToImmutableArray())).ToImmutableArray();
    }

    private static int LatestPublishedYear(Indicators.Indicator representative, PublicationCalendar calendar, LocalDate asOf)
    {
        for (var year = asOf.Year; year > asOf.Year - 10; year--)
        {
            if (calendar.IsPublishedBy(representative.PeriodEnding(year), asOf))
            {
                return year;
            }
        }
        return 0;
    }
}
