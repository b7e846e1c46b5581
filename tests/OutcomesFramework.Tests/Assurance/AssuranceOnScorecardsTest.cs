using System;
using System.Globalization;
using System.Linq;
using System.Threading;
using NodaTime;
using OutcomesFramework.Accountability;
using OutcomesFramework.Assurance;
using OutcomesFramework.Scoring;
using OutcomesFramework.Tests.Scoring;
using Xunit;

namespace OutcomesFramework.Tests.Assurance;

/// <summary>The assurance engine over real scorecards of the synthetic world: evidence, explanation links, routing, determinism.</summary>
public sealed class AssuranceOnScorecardsTest
{
    private static readonly SyntheticWorld World = new(seed: 7, firstYear: 2013, lastYear: 2025);
    private static readonly LocalDate AsOf = new(2025, 12, 1);

    private static RuleSet Rules { get; } = new("synthetic-rules", "1", new AssuranceRule[]
    {
        BenchmarkGapRule.SignificantlyWorseThanEngland("worse-england", Severity.Advisory, IndicatorSelection.All),
        BenchmarkGapRule.BottomQuartile("bottom-quartile", Severity.Information, IndicatorSelection.All),
        BenchmarkGapRule.WorseThanNeighbours("worse-sn", Severity.Information, IndicatorSelection.All, 5, MarginUnit.Percent),
        DeteriorationRule.ConsecutivePeriods("worse-2", Severity.Information, IndicatorSelection.All, 2),
        new SpcConcernRule("spc", Severity.Advisory, IndicatorSelection.All, SpcProfile.NhsrPlotTheDots, 8, 3),
        new SpcAssuranceRule("spc-england", Severity.Information, IndicatorSelection.All, SpcTargetSource.England, minimumPoints: 8),
        DataQualityRule.InsufficientEvidence("insufficient", Severity.Advisory),
        new BasketRule("basket", Severity.Concern, new[] { new BasketSignal("bottom-quartile", 2), new BasketSignal("worse-sn", 2), new BasketSignal("worse-2") }, 2, 2),
    });

    private static (League League, OutcomesFramework.Evidence.ObservationSet Set) Score()
    {
        var set = World.Set;
        var engine = new ScoringEngine(World.Framework, set, World.Areas, World.Neighbours);
        return (engine.ScoreAll(2025), set);
    }

    [Fact]
    public void FromScorecard_CarriesTheScorecardsFigures()
    {
        var (league, set) = Score();
        var card = league.Scorecards[0];
        var evidence = AssuranceEvidence.FromScorecard(card, set, AsOf);
        Assert.Equal(card.Indicators.Length, evidence.Indicators.Length);
        foreach (var (s, e) in card.Indicators.Zip(evidence.Indicators, (s, e) => (s, e)))
        {
            Assert.Same(s.Indicator, e.Indicator);
            Assert.Equal(s.Value, e.Value);
            Assert.Equal(s.Period, e.Period);
            Assert.Equal(s.England?.Value, e.EnglandValue);
            Assert.Equal(s.Neighbours?.Value, e.NeighbourValue);
            Assert.Equal(s.Ranking?.Band is { } b && b != OutcomesFramework.Statistics.QuartileBand.None ? b : null, e.Band);
            Assert.Equal(s.Trend?.Direction, e.Trend);
            Assert.All(e.History, p => Assert.True(p.Period <= (s.Period ?? s.RequestedPeriod)));
            if (s.Period is { } period && s.Observation is { } o)
            {
                Assert.Equal(new SeriesPoint(period, o.Value, o.Status), e.History[^1]);
            }
        }
        Assert.Equal(card.Outcomes.Select(o => o.Score), evidence.Outcomes.Select(o => o.Score));
    }

    [Fact]
    public void Findings_LinkIntoTheScorecardsExplanation()
    {
        var (league, set) = Score();
        var engine = new AssuranceEngine(Rules, World.Framework);
        var linked = 0;
        foreach (var card in league.Scorecards)
        {
            foreach (var finding in engine.Assess(AssuranceEvidence.FromScorecard(card, set, AsOf)).Findings)
            {
                if (finding.ExplanationPath is null)
                {
                    Assert.Null(finding.IndicatorId);
                    continue;
                }
                var node = finding.ExplainIn(card);
                Assert.NotNull(node);
                var last = finding.ExplanationPath.Split('/')[^1];
                Assert.True(node!.Label.StartsWith(last, StringComparison.Ordinal) || node.Label.Contains(last, StringComparison.Ordinal), finding.ExplanationPath + " -> " + node.Label);
                linked++;
            }
        }
        Assert.True(linked > 0, "The synthetic world should raise some findings about indicators.");
    }

    [Fact]
    public void Findings_RouteToAccountableRoles()
    {
        var (league, set) = Score();
        var router = new FindingRouter(DefaultAccountabilityMaps.ChildrenAct2004);
        var results = new AssuranceEngine(Rules, World.Framework).AssessAll(AssuranceEvidence.FromLeague(league, set, AsOf));
        var findings = results.SelectMany(r => r.Findings).ToList();
        Assert.NotEmpty(findings);
        foreach (var route in router.RouteAll(findings.Select(f => f.ToRoutableFinding())))
        {
            Assert.NotEmpty(route.Recipients);
        }
        var f0 = findings[0];
        var routable = f0.ToRoutableFinding();
        Assert.Equal((f0.RuleId, f0.Severity, f0.AreaCode, f0.OutcomeId, f0.IndicatorId, f0.Message),
            (routable.RuleId, routable.Severity, routable.AreaCode, routable.OutcomeId, routable.IndicatorId, routable.Message));
    }

    [Fact]
    public void Results_AreTheSameInEveryCultureAndInputOrder()
    {
        var (league, set) = Score();
        var evidence = AssuranceEvidence.FromLeague(league, set, AsOf);
        var engine = new AssuranceEngine(Rules, World.Framework);
        string Run(string culture, bool reversed)
        {
            var saved = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
            try
            {
                CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = new CultureInfo(culture);
                var results = engine.AssessAll(reversed ? evidence.Reverse() : evidence);
                return string.Join("\n", results.SelectMany(r => new[] { r.ToString() }.Concat(r.Findings.Select(f =>
                    f + " | " + string.Join("; ", f.Evidence.Select(e => e.ToString())) + " | " + f.ExplanationPath))))
                    + "\n" + RuleSetJson.ToJson(Rules);
            }
            finally
            {
                (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = saved;
            }
        }
        var invariant = Run("en-GB", false);
        Assert.Contains("findings", invariant, StringComparison.Ordinal);
        foreach (var culture in new[] { "de-DE", "fr-FR", "tr-TR", "ar-SA", "fa-IR", "hi-IN" })
        {
            Assert.Equal(invariant, Run(culture, false));
        }
        Assert.Equal(invariant, Run("de-DE", true));
    }

    [Fact]
    public void Assess_FromSeveralThreads_GivesTheSameResults()
    {
        var (league, set) = Score();
        var evidence = AssuranceEvidence.FromLeague(league, set, AsOf);
        var engine = new AssuranceEngine(Rules, World.Framework);
        var expected = evidence.Select(e => string.Join("\n", engine.Assess(e).Findings)).ToArray();
        var actual = new string[evidence.Length];
        var threads = Enumerable.Range(0, 4).Select(t => new Thread(() =>
        {
            for (var i = t; i < evidence.Length; i += 4)
            {
                actual[i] = string.Join("\n", engine.Assess(evidence[i]).Findings);
            }
        })).ToList();
        threads.ForEach(t => t.Start());
        threads.ForEach(t => t.Join());
        Assert.Equal(expected, actual);
    }

    /// <summary>Each way a path can fail to resolve gives null (never the scorecard's exception); a resolvable path gives its node.</summary>
    [Fact]
    public void ExplainIn_ResolvesOrRejectsEachKindOfPath()
    {
        var (league, _) = Score();
        var card = league.Scorecards[0];
        Finding With(string? path) => new("r", RuleKind.Threshold, "s", "1", Severity.Advisory, card.Area.Code, card.Area.Name, "m", explanationPath: path);
        var ex = Assert.Throws<ArgumentNullException>(() => With(null).ExplainIn(null!));
        Assert.Equal("scorecard", ex.ParamName);
        Assert.Null(With(null).ExplainIn(card));
        var outcomeId = card.Outcomes[0].Outcome.Id;
        Assert.Equal(card.ExplainOutcome(outcomeId).Label, With(outcomeId).ExplainIn(card)!.Label);
        Assert.Null(With("ZZ").ExplainIn(card)); // no such outcome on the card
        var indicator = card.Indicators[0].Indicator;
        Assert.Null(With(indicator.OutcomeId + "/no-such-indicator").ExplainIn(card));
        var node = card.ExplainIndicator(indicator.Id);
        Assert.Equal(node.Label, With(indicator.OutcomeId + "/" + indicator.Id).ExplainIn(card)!.Label);
        var child = node.Children[0];
        Assert.Equal(child.Label, With(indicator.OutcomeId + "/" + indicator.Id + "/" + child.Label).ExplainIn(card)!.Label);
        Assert.Null(With(indicator.OutcomeId + "/" + indicator.Id + "/No node starts like this").ExplainIn(card));
    }

    [Fact]
    public void FromScorecardAndLeague_Checks()
    {
        var (league, set) = Score();
        var card = league.Scorecards[0];
        Assert.Equal("scorecard", Assert.Throws<ArgumentNullException>(() => AssuranceEvidence.FromScorecard(null!, set, AsOf)).ParamName);
        Assert.Equal("observations", Assert.Throws<ArgumentNullException>(() => AssuranceEvidence.FromScorecard(card, null!, AsOf)).ParamName);
        Assert.Equal("league", Assert.Throws<ArgumentNullException>(() => AssuranceEvidence.FromLeague(null!, set, AsOf)).ParamName);
        Assert.Equal("observations", Assert.Throws<ArgumentNullException>(() => AssuranceEvidence.FromLeague(league, null!, AsOf)).ParamName);
        Assert.Equal("maxDegreeOfParallelism", Assert.Throws<ArgumentOutOfRangeException>(() => AssuranceEvidence.FromLeague(league, set, AsOf, maxDegreeOfParallelism: 0)).ParamName);
    }

    /// <summary>The area's inspections and leadership reach its evidence, on one thread or several.</summary>
    [Fact]
    public void FromLeague_CarriesInspectionsAndLeadership_InParallelToo()
    {
        var (league, set) = Score();
        var code = league.Scorecards[1].Area.Code;
        var visit = new OutcomesFramework.Inspections.Inspection(code, new LocalDate(2024, 5, 1), new LocalDate(2024, 6, 1),
            OutcomesFramework.Inspections.InspectionType.FocusedVisit, null, null, null, null);
        var history = new OutcomesFramework.Inspections.InspectionHistory(new[] { visit });
        var leadership = new LeadershipContext(new LocalDate(2023, 1, 1));
        var byCode = new System.Collections.Generic.Dictionary<string, LeadershipContext> { [code] = leadership };
        var one = AssuranceEvidence.FromLeague(league, set, AsOf, history, byCode);
        var two = AssuranceEvidence.FromLeague(league, set, AsOf, history, byCode, maxDegreeOfParallelism: 2);
        foreach (var evidence in new[] { one, two })
        {
            Assert.Equal(league.Scorecards.Select(c => c.Area.Code), evidence.Select(e => e.Area.Code));
            Assert.Equal(new[] { visit }, evidence[1].Inspections.ToArray());
            Assert.Same(leadership, evidence[1].Leadership);
            Assert.Empty(evidence[0].Inspections);
            Assert.Null(evidence[0].Leadership);
        }
        Assert.Equal(one.Select(e => string.Join(";", e.Indicators)), two.Select(e => string.Join(";", e.Indicators)));
    }
}
