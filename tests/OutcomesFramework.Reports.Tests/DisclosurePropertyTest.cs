using System;
using System.Linq;
using FsCheck;
using FsCheck.Xunit;
using OutcomesFramework.Assurance;
using OutcomesFramework.England;
using OutcomesFramework.Evidence;
using OutcomesFramework.Scoring;
using OutcomesFramework.Scoring.Uncertainty;

namespace OutcomesFramework.Reports.Tests;

/// <summary>
/// Disclosure control in the HTML report (issue 11): no report lets a suppressed figure (<c>c</c>) be worked out from
/// what it shows. As in the core's property for the scorecard, league and CSV outputs, the strongest form is tested:
/// the reports do not depend on the suppressed figure at all. One council's published figure (with its numerator and
/// denominator) is replaced by a suppressed cell that still holds a numerator — as a returns derivation may hold it —
/// and the council's own report, the report of a council that has it as a statistical neighbour, and the England
/// overview (with rank intervals, whose Monte Carlo draws from numerators) are byte-identical whatever that numerator
/// is, and the same as when it was never known. A spine percentile, neighbour mean, rank, score, interval or total
/// that let the hidden figure in would differ.
/// </summary>
public class DisclosurePropertyTest
{
    private static readonly UncertaintyOptions FewRuns = UncertaintyOptions.Default.WithRuns(UncertaintyOptions.MinimumRuns);

    /// <summary>The three reports rendered on a world in which <paramref name="hidden"/> replaces the published figure.</summary>
    private static string Reports(Observation hidden, string neighbourName, int year)
    {
        var data = EnglandData.Default;
        var observations = data.Observations.OverriddenBy(ObservationSet.Create(new[] { hidden }));
        var engine = new ScoringEngine(data.Framework, observations, data.Areas, data.StatisticalNeighbours);
        var league = engine.ScoreAll(year);
        var intervals = RankUncertaintyAnalysis.Run(engine, league.Year, FewRuns);
        var assurance = new AssuranceEngine(data.RuleSet, data.Framework);
        string Council(string code)
        {
            var card = league.Scorecards.Single(c => c.Area.Code == code);
            var result = assurance.Assess(AssuranceEvidence.FromScorecard(card, observations, Tests.Reports.AsOf, data.Inspections));
            return HtmlReport.Render(new CouncilReport(card, observations, data.Areas, data.StatisticalNeighbours, Tests.Reports.Provenance, result, data.RuleSet,
                OutcomesFramework.Accountability.DefaultAccountabilityMaps.ChildrenAndSocialWorkAct2017, intervals.Find(card.Area)));
        }
        var results = assurance.AssessAll(AssuranceEvidence.FromLeague(league, observations, Tests.Reports.AsOf, data.Inspections));
        var england = HtmlReport.Render(new EnglandReport(league, results, data.Areas, Tests.Reports.Provenance, data.RuleSet, intervals));
        return Council(hidden.AreaCode) + Council(data.Areas.Get(neighbourName).Code) + england;
    }

    [Property(MaxTest = 4)]
    public bool Reports_DoNotDependOnASuppressedFigure(NonNegativeInt laPick, NonNegativeInt indicatorPick, NonNegativeInt aPick, NonNegativeInt bPick)
    {
        var data = EnglandData.Default;
        // A council that is some other council's statistical neighbour, so that a neighbour average could carry the figure.
        var councils = data.Areas.LocalAuthorities
            .Select(la => (la, reader: data.Areas.LocalAuthorities.FirstOrDefault(o => data.StatisticalNeighbours.NeighboursOf(o.Code).Any(n => n.AreaCode == la.Code))))
            .Where(p => p.reader is not null).ToArray();
        var (council, neighbourOf) = councils[laPick.Get % councils.Length];
        // One of its scored figures in the league's period that carries a numerator and a denominator.
        var year = Tests.Reports.Scoring.ScoreAll().Year;
        var counted = Tests.Reports.Scoring.Score(council, year).Indicators
            .Select(i => i.Observation)
            .Where(o => o is { HasValue: true, Numerator: not null, Denominator: >= 2 })
            .Select(o => o!.Value).ToArray();
        if (counted.Length == 0)
        {
            return true;
        }
        var published = counted[indicatorPick.Get % counted.Length];
        var n = (int)Math.Floor(published.Denominator!.Value);
        Observation Hidden(double? numerator) =>
            new(published.IndicatorId, published.AreaCode, published.Period, null, numerator, published.Denominator, ObservationStatus.Suppressed);
        // Two different numerators the suppressed cell might hide, both possible (0 to the denominator).
        var a = aPick.Get % (n + 1);
        var b = (a + 1 + (bPick.Get % n)) % (n + 1);
        var unknown = Reports(Hidden(null), neighbourOf!.Name, year);
        var withA = Reports(Hidden(a), neighbourOf.Name, year);
        var withB = Reports(Hidden(b), neighbourOf.Name, year);
        // The reports do show this figure when it is published: the property is not vacuous.
        var shown = Reports(published, neighbourOf.Name, year);
        return a != b && withA == unknown && withB == unknown && shown != unknown;
    }
}
