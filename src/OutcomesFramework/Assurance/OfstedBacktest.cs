using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Text;
using NodaTime;
using OutcomesFramework.Areas;
using OutcomesFramework.Evidence;
using OutcomesFramework.Frameworks;
using OutcomesFramework.Inspections;
using OutcomesFramework.Periods;
using OutcomesFramework.Scoring;
using OutcomesFramework.Utility;

namespace OutcomesFramework.Assurance;

/// <summary>One graded inspection of a back-test: the authority, the judgement, and the early-warning level computed the day before from data published by then.</summary>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed class BacktestCase
{
    internal BacktestCase(Area area, Inspection inspection, LocalDate asOf, int year, AssuranceResult result)
    {
        Area = area;
        Inspection = inspection;
        AsOf = asOf;
        Year = year;
        Level = result.Level;
        RaisedBy = result.RaisedBy.Select(f => f.RuleId).Distinct(StringComparer.Ordinal).ToImmutableArray();
        counts = new int[4];
        foreach (var f in result.Findings)
        {
            counts[(int)f.Severity]++;
        }
    }

    private readonly int[] counts;

    /// <summary>Gets the authority.</summary>
    public Area Area { get; }

    /// <summary>Gets the graded inspection.</summary>
    public Inspection Inspection { get; }

    /// <summary>Gets the assessment date: the day before the inspection started.</summary>
    public LocalDate AsOf { get; }

    /// <summary>Gets the scorecard year used (the latest year with published data on <see cref="AsOf"/>).</summary>
    public int Year { get; }

    /// <summary>Gets the early-warning level on <see cref="AsOf"/>.</summary>
    public EarlyWarningLevel Level { get; }

    /// <summary>Gets the ids of the rules that raised the level.</summary>
    public ImmutableArray<string> RaisedBy { get; }

    /// <summary>Gets the number of findings of a severity on <see cref="AsOf"/>.</summary>
    /// <param name="severity">The severity.</param>
    /// <returns>The count.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The severity is not defined.</exception>
    public int Count(Severity severity) => (int)severity >= 0 && (int)severity < counts.Length
        ? counts[(int)severity]
        : throw new ArgumentOutOfRangeException(nameof(severity), severity, "Unknown severity.");

    /// <summary>Gets the overall effectiveness judged.</summary>
    public OfstedGrade Judgement => Inspection.OverallEffectiveness!.Value;

    /// <summary>Gets whether the judgement was requires improvement or inadequate (the positive class).</summary>
    public bool IsRequiresImprovementOrWorse => Judgement >= OfstedGrade.RequiresImprovement;
}

/// <summary>The back-test of one rule set against Ofsted's graded inspections: every case, what was left out and why, the table of level against judgement and the AUC.</summary>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed class BacktestResult
{
    internal BacktestResult(RuleSet ruleSet, PublicationCalendar calendar, ImmutableArray<BacktestCase> cases, ImmutableArray<string> skipped)
    {
        RuleSet = ruleSet;
        Calendar = calendar;
        Cases = cases;
        Skipped = skipped;
        var positives = cases.Where(c => c.IsRequiresImprovementOrWorse).Select(c => (double)c.Level).ToList();
        var negatives = cases.Where(c => !c.IsRequiresImprovementOrWorse).Select(c => (double)c.Level).ToList();
        AreaUnderCurve = positives.Count > 0 && negatives.Count > 0 ? Discrimination.AreaUnderCurve(positives, negatives) : null;
    }

    /// <summary>Gets the rule set run.</summary>
    public RuleSet RuleSet { get; }

    /// <summary>Gets the publication calendar assumed.</summary>
    public PublicationCalendar Calendar { get; }

    /// <summary>Gets the cases, by authority code then inspection date.</summary>
    public ImmutableArray<BacktestCase> Cases { get; }

    /// <summary>Gets the inspections left out, each with the reason.</summary>
    public ImmutableArray<string> Skipped { get; }

    /// <summary>Gets the area under the ROC curve of the level (none 0, watch 1, concern 2, serious 3) for "requires improvement or inadequate" against "good or outstanding", ties counting half; null when a class is empty.</summary>
    public double? AreaUnderCurve { get; }

    /// <summary>Counts the cases with a level and a judgement.</summary>
    /// <param name="level">The level.</param>
    /// <param name="judgement">The overall effectiveness.</param>
    /// <returns>The count.</returns>
    public int Count(EarlyWarningLevel level, OfstedGrade judgement) => Cases.Count(c => c.Level == level && c.Judgement == judgement);

    /// <summary>Writes the table of level against judgement, with row totals, the share judged requires improvement or inadequate, and the AUC, as Markdown.</summary>
    /// <returns>The Markdown, LF line ends.</returns>
    public string ToMarkdown()
    {
        var grades = new[] { OfstedGrade.Outstanding, OfstedGrade.Good, OfstedGrade.RequiresImprovement, OfstedGrade.Inadequate };
        var text = new StringBuilder();
        text.Append("| level | outstanding | good | requires improvement | inadequate | total | RI or inadequate |\n");
        text.Append("|---|---:|---:|---:|---:|---:|---:|\n");
        foreach (var level in new[] { EarlyWarningLevel.None, EarlyWarningLevel.Watch, EarlyWarningLevel.Concern, EarlyWarningLevel.Serious })
        {
            var counts = grades.Select(g => Count(level, g)).ToArray();
            var total = counts.Sum();
            var bad = counts[2] + counts[3];
            text.Append("| ").Append(level.ToName());
            foreach (var c in counts)
            {
                text.Append(" | ").Append(Int(c));
            }
            text.Append(" | ").Append(Int(total)).Append(" | ").Append(total == 0 ? "–" : Percent(bad, total)).Append(" |\n");
        }
        var all = grades.Select(g => Cases.Count(c => c.Judgement == g)).ToArray();
        text.Append("| **all**");
        foreach (var c in all)
        {
            text.Append(" | ").Append(Int(c));
        }
        text.Append(" | ").Append(Int(Cases.Length)).Append(" | ").Append(Cases.Length == 0 ? "–" : Percent(all[2] + all[3], Cases.Length)).Append(" |\n\n");
        var positives = Cases.Count(c => c.IsRequiresImprovementOrWorse);
        text.Append("AUC for requires improvement or inadequate (level as an ordinal score, ties counting half): ")
            .Append(AreaUnderCurve is { } auc ? auc.ToString("0.000", CultureInfo.InvariantCulture) : "not defined")
            .Append(" (").Append(Int(positives)).Append(" requires improvement or inadequate, ").Append(Int(Cases.Length - positives)).Append(" good or outstanding).\n");
        return text.ToString();
    }

    private static string Int(int n) => n.ToString(CultureInfo.InvariantCulture);

    private static string Percent(int part, int whole) => (100.0 * part / whole).ToString("0", CultureInfo.InvariantCulture) + "%";
}

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
