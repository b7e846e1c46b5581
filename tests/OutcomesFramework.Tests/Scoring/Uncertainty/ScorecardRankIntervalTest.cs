using System;
using System.IO;
using System.Text.Json;
using OutcomesFramework.Outputs;
using OutcomesFramework.Scoring.Output;
using OutcomesFramework.Scoring.Uncertainty;
using Xunit;

namespace OutcomesFramework.Tests.Scoring.Uncertainty;

/// <summary>A scorecard given its rank intervals (<c>Scorecard.WithRankUncertainty</c>) shows "rank 41 (28–63)" in its table and JSON.</summary>
public class ScorecardRankIntervalTest
{
    private static readonly SyntheticWorld World = new(seed: 4);

    [Fact]
    public void Scorecard_CarriesTheRun_IntoTableAndJson()
    {
        var engine = World.Engine();
        var area = World.Areas.Get(SyntheticWorld.LaCodes[1]);
        var run = RankUncertaintyAnalysis.Run(engine, 2025, UncertaintyOptions.Default.WithRuns(30));
        var plain = engine.Score(area, 2025);
        Assert.Null(plain.RankUncertainty);
        var card = plain.WithRankUncertainty(run.Find(area)!);
        Assert.Same(run.Find(area), card.RankUncertainty);
        var overall = run.Find(area)!.Overall!;

        using var text = new StringWriter();
        ScorecardTable.Write(card, text);
        Assert.Contains(", rank " + overall + " of " + overall.RankedOf + " (median " + overall.Median + ", 5–95% over 30 runs)\n", text.ToString(), StringComparison.Ordinal);

        using var json = JsonDocument.Parse(ScorecardJson.ToJson(card));
        var interval = json.RootElement.GetProperty("overall").GetProperty("rankInterval");
        Assert.Equal(overall.ToString(), interval.GetProperty("text").GetString());
        Assert.Equal(overall.Lower, interval.GetProperty("lower").GetInt32());
        Assert.Equal(overall.Upper, interval.GetProperty("upper").GetInt32());
        using var none = JsonDocument.Parse(ScorecardJson.ToJson(plain));
        Assert.False(none.RootElement.GetProperty("overall").TryGetProperty("rankInterval", out _));
    }

    [Fact]
    public void AnotherAuthoritysIntervals_AreRefused()
    {
        var engine = World.Engine();
        var run = RankUncertaintyAnalysis.Run(engine, 2025, UncertaintyOptions.Default.WithRuns(20));
        var card = engine.Score(World.Areas.Get(SyntheticWorld.LaCodes[0]), 2025);
        Assert.Throws<ArgumentException>(() => card.WithRankUncertainty(run.Find(World.Areas.Get(SyntheticWorld.LaCodes[1]))!));
        Assert.Throws<ArgumentNullException>(() => card.WithRankUncertainty(null!));
    }

    [Fact]
    public void View_RefusesAnotherYearOrOutcome()
    {
        var engine = World.Engine();
        var run = RankUncertaintyAnalysis.Run(engine, 2025, UncertaintyOptions.Default.WithRuns(20));
        Assert.Throws<ArgumentException>(() => new RankUncertaintyView(engine.ScoreAll(2024), run));
        Assert.Throws<ArgumentException>(() => new RankUncertaintyView(engine.ScoreAll(2025), run, "XX"));
        var view = new RankUncertaintyView(engine.ScoreAll(2025), run, "SS");
        var csv = RankUncertaintyOutput.Formats.Find("csv")!.ToText(view).Split("\r\n");
        Assert.Equal(1 + World.Areas.LocalAuthorities.Length + 1, csv.Length);
    }
}
