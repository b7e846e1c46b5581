using System;
using System.Globalization;
using System.Linq;
using OutcomesFramework.Scoring;
using Xunit;
using static OutcomesFramework.Tests.Scoring.ExpectedFigures;

namespace OutcomesFramework.Tests.Scoring;

/// <summary>
/// The one-line text of the scoring results (what a debugger or a log shows) reads the figures they hold, rounded as
/// documented; and the engine hands back the data it was built from.
/// </summary>
public sealed class ScoringResultTextTest
{
    private static readonly SyntheticWorld World = new(seed: 5);

    [Fact]
    public void Scorecard_Overall_Outcome_AndIndicator_ReadTheirFigures()
    {
        var card = World.Engine().Score(SyntheticWorld.LaCodes[2], 2025);
        var overall = card.Overall;
        Assert.Equal("overall: " + Short(overall.Score!.Value, 2) + " (coverage " + Percent(overall.Coverage) + ")", overall.ToString());
        Assert.Equal("Northtown C 2025: " + overall, card.ToString());
        var ss = card.FindOutcome("SS")!;
        Assert.Equal("SS: " + Short(ss.Score!.Value, 2) + " (coverage " + Percent(ss.Coverage) + ")", ss.ToString());
        var bh = card.FindIndicator("bh-health")!;
        Assert.Equal("bh-health: " + Exact(bh.Value!.Value) + ", score " + Short(bh.Score!.Value, 2), bh.ToString());
        // An enabler has a value but no score.
        var turnover = card.FindIndicator("ss-turnover")!;
        Assert.Equal("ss-turnover: " + Exact(turnover.Value!.Value), turnover.ToString());
        var tree = card.Explain();
        Assert.Equal(tree.Label + " = " + tree.Value, tree.ToString());
        Assert.Equal(Short(overall.Score!.Value, 2), tree.Value);
    }

    [Fact]
    public void WithoutEvidence_TheTextSaysSo()
    {
        // The suppressed ew-eet value of authority 3 in the last year: no value, no score; EW has no other indicator.
        var card = World.Engine().Score(SyntheticWorld.LaCodes[3], 2025);
        Assert.Equal("ew-eet: no value", card.FindIndicator("ew-eet")!.ToString());
        var ew = card.FindOutcome("EW")!;
        Assert.Null(ew.Score);
        Assert.Equal("EW: insufficient evidence (coverage 0%)", ew.ToString());
        var strict = World.Engine(ScoringPolicy.Default.WithCoverageThresholds(0.5, 1)).Score(SyntheticWorld.LaCodes[3], 2025);
        Assert.Null(strict.Overall.Score);
        Assert.Equal("overall: insufficient evidence (coverage " + Percent(strict.Overall.Coverage) + ")", strict.Overall.ToString());
        Assert.Equal("insufficient evidence", strict.Explain().Value);
    }

    [Fact]
    public void Engine_HandsBackItsData_AndScoresAnAreaForItsLatestYear()
    {
        var set = World.Set;
        var engine = new ScoringEngine(World.Framework, set, World.Areas, World.Neighbours);
        Assert.Same(set, engine.Observations);
        Assert.Same(World.Areas, engine.Areas);
        Assert.Same(World.Neighbours, engine.Neighbours);
        var area = World.Areas.Get(SyntheticWorld.LaCodes[1]);
        var latest = engine.Score(area);
        Assert.Equal(2025, latest.Year);
        Assert.Same(area, latest.Area);
        Assert.Equal(engine.Score(SyntheticWorld.LaCodes[1], 2025).Overall.Score, latest.Overall.Score);
    }

    [Fact]
    public void YearWithoutData_IsRefused_NamingTheYearAndTheYearsThereAre()
    {
        var engine = World.Engine();
        var e = Assert.Throws<PeriodNotCoveredException>(() => engine.Score(SyntheticWorld.LaCodes[1], 2030));
        Assert.Equal(2030, e.Year);
        Assert.Equal(engine.Years, e.AvailableYears);
        Assert.Equal("There is no data for a period ending in 2030; data covers 2019–2025.", e.Message);
        Assert.Equal(Enumerable.Range(2019, 7), engine.Years);
    }
}
