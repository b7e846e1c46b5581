using System.Linq;
using OutcomesFramework.Scoring.Uncertainty;
using Xunit;

namespace OutcomesFramework.Tests.Scoring.Uncertainty;

/// <summary>
/// Rank uncertainty agrees with the league it is drawn around: every interval's point rank is the league's rank (of
/// the council, for the overall score, each outcome and each ranked indicator), "of" counts the councils the league
/// ranks, and the values held fixed (no counts to draw from) and drawn are counted per indicator.
/// </summary>
public sealed class RankUncertaintyPointsTest
{
    [Fact]
    public void PointRanks_AndRankedOf_AreTheLeagues_AtEveryLevel()
    {
        var world = new SyntheticWorld(6);
        var engine = world.Engine();
        var league = engine.ScoreAll(2025);
        var result = RankUncertaintyAnalysis.Run(engine, 2025, UncertaintyOptions.Default.WithRuns(40).WithSeed(3));
        Assert.Equal(league.Scorecards.Length, result.Councils.Length);
        var overallOf = league.Scorecards.Count(c => c.Overall.Rank is not null);
        foreach (var card in league.Scorecards)
        {
            var council = result.Find(card.Area)!;
            Assert.Equal(card.Overall.Rank, council.Overall!.PointRank);
            Assert.Equal(overallOf, council.Overall.RankedOf);
            Assert.Equal(40, council.Overall.Runs);
            foreach (var outcome in card.Outcomes)
            {
                var of = league.Scorecards.Count(c => c.FindOutcome(outcome.Outcome.Id)!.Rank is not null);
                if (outcome.Rank is { } rank)
                {
                    Assert.Equal(rank, council.Outcomes[outcome.Outcome.Id].PointRank);
                    Assert.Equal(of, council.Outcomes[outcome.Outcome.Id].RankedOf);
                }
            }
            foreach (var indicator in card.Indicators.Where(i => i.CountsTowardsOutcome && i.Indicator.Polarity != Polarity.NoPolarity))
            {
                var id = indicator.Indicator.Id;
                if (indicator.Ranking is { } ranking)
                {
                    Assert.Equal(ranking.Rank, council.Indicators[id].PointRank);
                    Assert.Equal(ranking.Of, council.Indicators[id].RankedOf);
                }
                else
                {
                    // Never ranked (no value): no interval; it would otherwise always be ranked by a draw.
                    Assert.False(council.Indicators.ContainsKey(id) && council.Indicators[id].PointRank is not null);
                }
            }
        }
        // Authority 3's suppressed ew-eet: no point rank, seven councils ranked on it.
        var third = result.Councils.Single(c => c.Area.Code == SyntheticWorld.LaCodes[3]);
        Assert.Equal(7, result.Councils.Single(c => c.Area.Code == SyntheticWorld.LaCodes[0]).Indicators["ew-eet"].RankedOf);
        Assert.False(third.Indicators.TryGetValue("ew-eet", out var none) && none.PointRank is not null);
    }

    [Fact]
    public void HeldAndDrawn_CountTheValuesWithAndWithoutCounts()
    {
        var world = new SyntheticWorld(6);
        var result = RankUncertaintyAnalysis.Run(world.Engine(), 2025, UncertaintyOptions.Default.WithRuns(20).WithSeed(3));
        // The attainment score has no counts: all eight values held. Proportions are drawn: eight, or seven for ew-eet.
        Assert.Equal(8, result.HeldFixed["ea-attainment"]);
        Assert.False(result.Drawn.ContainsKey("ea-attainment"));
        Assert.Equal(8, result.Drawn["bh-health"]);
        Assert.Equal(7, result.Drawn["ew-eet"]);
        Assert.False(result.HeldFixed.ContainsKey("bh-health"));
        Assert.False(result.HeldFixed.ContainsKey("ew-eet"));
        Assert.Equal(2025, result.Year);
    }
}
