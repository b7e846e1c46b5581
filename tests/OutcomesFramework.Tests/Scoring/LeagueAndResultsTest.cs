using System;
using System.Linq;
using OutcomesFramework.Areas;
using OutcomesFramework.Indicators;
using OutcomesFramework.Periods;
using OutcomesFramework.Scoring;
using OutcomesFramework.Statistics;
using Xunit;

namespace OutcomesFramework.Tests.Scoring;

/// <summary>
/// A league's lookups and orderings, and the small results an indicator carries (change, target, ranking,
/// comparison), each read by hand.
/// </summary>
public sealed class LeagueAndResultsTest
{
    private static readonly SyntheticWorld World = new(seed: 4);

    [Fact]
    public void League_FindsEachCouncilsCard_AndRanksByOverallOrAnOutcome_TiesAndGapsByName()
    {
        var league = World.Engine().ScoreAll(2025);
        Assert.Equal(2025, league.Year);
        Assert.Same(ScoringPolicy.Default, league.Policy);
        foreach (var card in league.Scorecards)
        {
            Assert.Same(card, league.Find(card.Area));
        }
        Assert.Null(league.Find(new Area("E06000099", "Nowhere", AreaLevel.LocalAuthority, "899", SyntheticWorld.NorthEast)));
        Assert.Throws<ArgumentNullException>("area", () => league.Find(null!));
        foreach (var outcome in new string?[] { null, "BH", "SS", "EW" })
        {
            var ranked = league.Ranked(outcome);
            Assert.Equal(league.Scorecards.Length, ranked.Length);
            // In rank order, unranked last; equal ranks (and the unranked) by name, then code.
            for (var i = 1; i < ranked.Length; i++)
            {
                var a = League.RankOf(ranked[i - 1], outcome) ?? int.MaxValue;
                var b = League.RankOf(ranked[i], outcome) ?? int.MaxValue;
                Assert.True(a < b || (a == b && string.CompareOrdinal(ranked[i - 1].Area.Name, ranked[i].Area.Name) <= 0), outcome + ": " + ranked[i - 1].Area.Name + " before " + ranked[i].Area.Name);
            }
            foreach (var card in ranked)
            {
                Assert.Equal(outcome is null ? card.Overall.Rank : card.FindOutcome(outcome)!.Rank, League.RankOf(card, outcome));
            }
        }
        // Authority 3's EW has no evidence (its only indicator is suppressed): unranked, so last for EW.
        Assert.Null(League.RankOf(league.Find(World.Areas.Get(SyntheticWorld.LaCodes[3]))!, "EW"));
        Assert.Equal(SyntheticWorld.LaCodes[3], league.Ranked("EW").Last().Area.Code);
        Tests.Refused.Argument(() => league.Ranked("XX"), "outcomeId", "'XX' is not an outcome of the framework.");
        Assert.Throws<ArgumentNullException>("scorecard", () => League.RankOf(null!, null));
    }

    [Theory]
    [InlineData(Polarity.HigherIsBetter, 50, 55, DirectionOfTravel.Improved)]
    [InlineData(Polarity.HigherIsBetter, 55, 50, DirectionOfTravel.Worsened)]
    [InlineData(Polarity.LowerIsBetter, 50, 55, DirectionOfTravel.Worsened)]
    [InlineData(Polarity.LowerIsBetter, 55, 50, DirectionOfTravel.Improved)]
    [InlineData(Polarity.NoPolarity, 50, 55, DirectionOfTravel.Increased)]
    [InlineData(Polarity.NoPolarity, 55, 50, DirectionOfTravel.Decreased)]
    [InlineData(Polarity.HigherIsBetter, 50, 50, DirectionOfTravel.NoChange)]
    [InlineData(Polarity.LowerIsBetter, 50, 50, DirectionOfTravel.NoChange)]
    [InlineData(Polarity.NoPolarity, 50, 50, DirectionOfTravel.NoChange)]
    public void Change_IsCurrentMinusPrevious_ReadThroughPolarity(Polarity polarity, double previous, double current, DirectionOfTravel expected)
    {
        var change = new ChangeFromPrevious(ReportingPeriod.YearEnding31March(2024), previous, current, polarity);
        Assert.Equal(expected, change.Direction);
        Assert.Equal(current - previous, change.Change);
        Assert.Equal(previous, change.PreviousValue);
        Assert.Equal(ReportingPeriod.YearEnding31March(2024), change.PreviousPeriod);
    }

    [Fact]
    public void Target_IsTheDifferenceAndTheJudgement()
    {
        var result = new TargetResult(new LocalTarget(60, 2), 58.5, Polarity.HigherIsBetter);
        Assert.Equal(-1.5, result.Difference);
        Assert.Equal(TargetStatus.Near, result.Status);
        Assert.Equal(new LocalTarget(60, 2), result.Target);
        Assert.Equal(TargetStatus.Met, new TargetResult(new LocalTarget(60, 2), 58.5, Polarity.LowerIsBetter).Status);
        Assert.Throws<ArgumentNullException>("target", () => new TargetResult(null!, 1, Polarity.HigherIsBetter));
    }

    [Fact]
    public void Ranking_IsOneToOf_AndComparison_NeedsALevel()
    {
        var r = new IndicatorRanking(3, 3, QuartileBand.D, null);
        Assert.Equal((3, 3), (r.Rank, r.Of));
        Assert.Equal(QuartileBand.D, r.Band);
        Assert.Equal(1, new IndicatorRanking(1, 1, null, null).Rank);
        Tests.Refused.OutOfRange(() => new IndicatorRanking(4, 3, null, null), "rank");
        Tests.Refused.OutOfRange(() => new IndicatorRanking(0, 3, null, null), "rank");
        Tests.Refused.OutOfRange(() => new IndicatorRanking(1, 0, null, null), "of");
        var c = new ComparatorComparison(Comparator.Region, 61.5, BenchmarkOutcome.Better, ConfidenceLevel.NinetyFivePercent, null);
        Assert.Equal((Comparator.Region, 61.5, BenchmarkOutcome.Better), (c.Comparator, c.ComparatorValue!.Value, c.Outcome));
        Assert.Same(ConfidenceLevel.NinetyFivePercent, c.Level);
        Assert.Null(c.Reason);
        Assert.Throws<ArgumentNullException>("level", () => new ComparatorComparison(Comparator.England, null, BenchmarkOutcome.NotCompared, null!, "x"));
    }
}
