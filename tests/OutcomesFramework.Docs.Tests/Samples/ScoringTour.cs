#region sample
using OutcomesFramework.England;
using OutcomesFramework.Scoring;
using OutcomesFramework.Scoring.Output;
#endregion
using System;
using Xunit;

namespace OutcomesFramework.Docs.Tests.Samples;

/// <summary>docs/scoring.md: the engine's main calls.</summary>
public sealed class ScoringTour
{
    [Fact]
    public void ScoresExplainsAndWrites()
    {
        #region sample
        var england = EnglandData.Default;
        var engine = new ScoringEngine(england.Framework, england.Observations, england.Areas, england.StatisticalNeighbours);
        Scorecard card = engine.Score("Leeds", 2025);           // one council; null year = the latest with data
        League league = engine.ScoreAll(2025);                   // all 153, ranked; maxDegreeOfParallelism optional
        Explanation why = card.ExplainIndicator("rereferrals");  // or Explain(), ExplainOutcome("SS"); .ToText()
        string json = ScorecardJson.ToJson(card);                // ScorecardCsv, ScorecardTable for the other outputs
        #endregion

        Assert.Equal("Leeds", card.Area.Name);
        Assert.Equal(2025, card.Year);
        Assert.Equal(153, league.Scorecards.Length);
        Assert.Contains("rereferrals", why.ToText(), StringComparison.Ordinal);
        Assert.StartsWith("{", json, StringComparison.Ordinal);
    }
}
