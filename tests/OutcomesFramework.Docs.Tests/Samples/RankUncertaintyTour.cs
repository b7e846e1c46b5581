#region sample
using OutcomesFramework.Scoring.Uncertainty;
#endregion
using OutcomesFramework.England;
using OutcomesFramework.Scoring;
using Xunit;

namespace OutcomesFramework.Docs.Tests.Samples;

/// <summary>docs/uncertainty.md: a council's ranks with their Monte Carlo intervals.</summary>
public sealed class RankUncertaintyTour
{
    [Fact]
    public void GivesEachRankItsInterval()
    {
        var england = EnglandData.Default;
        var engine = new ScoringEngine(england.Framework, england.Observations, england.Areas, england.StatisticalNeighbours);
        const int year = 2025;
        var area = "Leeds";

        #region sample
        var run = RankUncertaintyAnalysis.Run(engine, year, UncertaintyOptions.Default);   // once for all councils
        var card = engine.Score(area, year);
        card = card.WithRankUncertainty(run.Find(card.Area)!);
        string? text = card.RankUncertainty?.Overall?.ToString();                       // "41 (28–63)"
        RankInterval? ss = card.RankUncertainty?.Of("SS");                              // an outcome's, or null
        #endregion

        // The text is the point rank followed by the 5–95% interval, which holds the median rank.
        var overall = card.RankUncertainty!.Overall!;
        Assert.NotNull(text);
        Assert.StartsWith(overall.PointRank + " (", text, System.StringComparison.Ordinal);
        Assert.InRange(overall.Median, overall.Lower, overall.Upper);
        Assert.NotNull(ss);
    }
}
