using System;
using System.Linq;
using System.Text.Json;
using OutcomesFramework.Scoring;
using OutcomesFramework.Scoring.Output;
using Xunit;
using static OutcomesFramework.Tests.Scoring.ExpectedFigures;

namespace OutcomesFramework.Tests.Scoring;

/// <summary>The league JSON row by row against the league it was written from, ranked overall and on an outcome.</summary>
public sealed class LeagueJsonTest
{
    private static readonly SyntheticWorld World = new(seed: 11);

    private static double? Number(JsonElement e) => e.ValueKind == JsonValueKind.Null ? null : e.GetDouble();

    private static int? Int(JsonElement e) => e.ValueKind == JsonValueKind.Null ? null : e.GetInt32();

    private static string? Text(JsonElement e) => e.ValueKind == JsonValueKind.Null ? null : e.GetString();

    [Theory]
    [InlineData(null)]
    [InlineData("SS")]
    [InlineData("EA")]
    public void Rows_AreTheRankedCouncils_WithTheRankedMeasuresFigures(string? outcome)
    {
        // Shrinking below a high threshold makes the ranking score differ from the score for thinly covered councils.
        var league = World.Engine(ScoringPolicy.Default.WithRankingCoverage(RankingCoverage.Shrink(0.99))).ScoreAll(2025);
        using var doc = JsonDocument.Parse(ScorecardJson.ToJson(league, outcome));
        var root = doc.RootElement;
        Assert.Equal("outcomes-league/1", root.GetProperty("schema").GetString());
        Assert.Equal(2025, root.GetProperty("year").GetInt32());
        Assert.Equal(outcome ?? "overall", root.GetProperty("rankedBy").GetString());
        var framework = league.Scorecards[0].Framework;
        Assert.Equal(framework.Id, root.GetProperty("framework").GetProperty("id").GetString());
        Assert.Equal(framework.Name, root.GetProperty("framework").GetProperty("name").GetString());
        Assert.Equal(0.99, root.GetProperty("policy").GetProperty("rankingCoverage").GetProperty("threshold").GetDouble());
        var ranked = league.Ranked(outcome);
        var rows = root.GetProperty("rows").EnumerateArray().ToArray();
        Assert.Equal(ranked.Length, rows.Length);
        var differs = 0;
        for (var i = 0; i < rows.Length; i++)
        {
            var card = ranked[i];
            var row = rows[i];
            var o = outcome is null ? null : card.FindOutcome(outcome)!;
            var (score, band, coverage, thin, rank, rankOf, rankingScore) = o is null
                ? (card.Overall.Score, card.Overall.Band, card.Overall.Coverage, card.Overall.IsThinCoverage, card.Overall.Rank, card.Overall.RankOf, card.Overall.RankingScore)
                : (o.Score, o.Band, o.Coverage, o.IsThinCoverage, o.Rank, o.RankOf, o.RankingScore);
            Assert.Equal(card.Area.Code, row.GetProperty("area").GetProperty("code").GetString());
            Assert.Equal(card.Area.Name, row.GetProperty("area").GetProperty("name").GetString());
            Assert.Equal(rank, Int(row.GetProperty("rank")));
            Assert.Equal(rankOf, Int(row.GetProperty("rankOf")));
            Assert.Equal(Round(score, 2), Number(row.GetProperty("score")));
            Assert.Equal(band?.ToString(), Text(row.GetProperty("band")));
            Assert.Equal(Round(coverage, 4), Number(row.GetProperty("coverage")));
            Assert.Equal(thin, row.GetProperty("thinCoverage").GetBoolean());
            Assert.Equal(Round(rankingScore, 2), Number(row.GetProperty("rankingScore")));
            differs += rankingScore is { } rs && score is { } sc && Math.Abs(rs - sc) > 0.01 ? 1 : 0;
            Assert.Equal(Round(card.Overall.Score, 2), Number(row.GetProperty("overall").GetProperty("score")));
            Assert.Equal(card.Overall.Band?.ToString(), Text(row.GetProperty("overall").GetProperty("band")));
            var outcomes = row.GetProperty("outcomes").EnumerateArray().ToArray();
            Assert.Equal(card.Outcomes.Select(o => o.Outcome.Id), outcomes.Select(o => o.GetProperty("id").GetString()));
            for (var k = 0; k < outcomes.Length; k++)
            {
                var each = card.Outcomes[k];
                Assert.Equal(Round(each.Score, 2), Number(outcomes[k].GetProperty("score")));
                Assert.Equal(each.Band?.ToString(), Text(outcomes[k].GetProperty("band")));
                Assert.Equal(Round(each.Coverage, 4), Number(outcomes[k].GetProperty("coverage")));
                Assert.Equal(each.Rank, Int(outcomes[k].GetProperty("rank")));
                Assert.Equal(each.RankOf, Int(outcomes[k].GetProperty("rankOf")));
                Assert.Equal(each.IsThinCoverage, outcomes[k].GetProperty("thinCoverage").GetBoolean());
            }
        }
        Assert.True(outcome is not null || differs > 0, "some overall ranking score is shrunk");
    }

    [Fact]
    public void League_Null_IsRefused()
    {
        Assert.Throws<ArgumentNullException>("league", () => ScorecardJson.ToJson((League)null!, null));
    }
}
