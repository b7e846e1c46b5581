using System;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using OutcomesFramework.Scoring;
using OutcomesFramework.Scoring.Output;
using Xunit;

namespace OutcomesFramework.Tests.Scoring;

public class ScorecardOutputTest
{
    private static readonly SyntheticWorld World = new(seed: 11);

    private static string AllOutputs(League league) =>
        ScorecardJson.ToJson(league.Scorecards) + ScorecardJson.ToJson(league) + ScorecardJson.ToJson(league, "SS")
        + ScorecardCsv.IndicatorsToCsv(league.Scorecards) + ScorecardCsv.OutcomesToCsv(league.Scorecards)
        + Table(league.Scorecards[0]) + string.Join("\n", league.Scorecards.Select(c => c.Explain().ToText()));

    private static string Table(Scorecard card)
    {
        using var w = new StringWriter(CultureInfo.InvariantCulture);
        ScorecardTable.Write(card, w);
        return w.ToString();
    }

    [Fact]
    public void Outputs_AreIdenticalAcrossRunsCulturesAndThreadCounts()
    {
        var reference = AllOutputs(World.Engine().ScoreAll(2025));
        var original = CultureInfo.CurrentCulture;
        try
        {
            foreach (var name in new[] { "en-GB", "de-DE", "tr-TR" })
            {
                CultureInfo.CurrentCulture = new CultureInfo(name);
                CultureInfo.CurrentUICulture = new CultureInfo(name);
                Assert.Equal(reference, AllOutputs(World.Engine().ScoreAll(2025)));
                Assert.Equal(reference, AllOutputs(World.Engine().ScoreAll(2025, maxDegreeOfParallelism: 4)));
            }
        }
        finally
        {
            CultureInfo.CurrentCulture = original;
            CultureInfo.CurrentUICulture = original;
        }
        Assert.Equal(reference, AllOutputs(World.Engine().ScoreAll(2025, maxDegreeOfParallelism: 3)));
    }

    [Fact]
    public void Json_HasTheDocumentedShape_LfAndNoBom()
    {
        var card = World.Engine().Score(SyntheticWorld.LaCodes[0], 2025);
        using var stream = new MemoryStream();
        ScorecardJson.Write(card, stream);
        var bytes = stream.ToArray();
        Assert.NotEqual(0xEF, bytes[0]);
        var text = Encoding.UTF8.GetString(bytes);
        Assert.Equal(ScorecardJson.ToJson(card), text);
        Assert.DoesNotContain("\r", text, StringComparison.Ordinal);
        Assert.EndsWith("}\n", text, StringComparison.Ordinal);
        using var doc = JsonDocument.Parse(text);
        var root = doc.RootElement;
        Assert.Equal("outcomes-scorecard/1", root.GetProperty("schema").GetString());
        Assert.Equal(SyntheticWorld.LaCodes[0], root.GetProperty("area").GetProperty("code").GetString());
        Assert.Equal(2025, root.GetProperty("year").GetInt32());
        Assert.Equal(5, root.GetProperty("outcomes").GetArrayLength());
        var indicator = root.GetProperty("indicators").EnumerateArray().Single(i => i.GetProperty("id").GetString() == "bh-health");
        foreach (var name in new[] { "value", "interval", "england", "region", "neighbours", "rank", "rankOf", "band", "comparison", "change", "trend", "target", "score", "period", "stale", "notes" })
        {
            Assert.True(indicator.TryGetProperty(name, out _), name);
        }
        Assert.Equal(JsonValueKind.Null, indicator.GetProperty("target").ValueKind);
        var expected = Math.Round(card.FindIndicator("bh-health")!.Score!.Value, 2, MidpointRounding.AwayFromZero);
        Assert.Equal(expected, indicator.GetProperty("score").GetProperty("value").GetDouble());
        Assert.Equal("yearEnding31March", indicator.GetProperty("period").GetProperty("kind").GetString());
        var pc = root.GetProperty("outcomes").EnumerateArray().Single(o => o.GetProperty("id").GetString() == "PC");
        Assert.Equal(JsonValueKind.Null, pc.GetProperty("score").ValueKind);
        Assert.False(pc.GetProperty("sufficientEvidence").GetBoolean());
    }

    [Fact]
    public void LeagueJson_RowsAreInRankOrder()
    {
        var league = World.Engine().ScoreAll(2025);
        using var doc = JsonDocument.Parse(ScorecardJson.ToJson(league));
        var ranks = doc.RootElement.GetProperty("rows").EnumerateArray()
            .Select(r => r.GetProperty("rank").ValueKind == JsonValueKind.Null ? int.MaxValue : r.GetProperty("rank").GetInt32()).ToList();
        Assert.Equal(ranks.OrderBy(r => r), ranks);
        Assert.Equal("overall", doc.RootElement.GetProperty("rankedBy").GetString());
    }

    [Fact]
    public void Csv_IsRfc4180_WithTheDocumentedColumns()
    {
        var cards = World.Engine().ScoreAll(2025).Scorecards;
        var csv = ScorecardCsv.IndicatorsToCsv(cards);
        var lines = csv.Split("\r\n");
        Assert.Equal(string.Join(",", ScorecardCsv.IndicatorColumns), lines[0]);
        Assert.Equal("", lines[^1]); // ends with CRLF
        Assert.Equal(1 + (cards.Length * World.Framework.Indicators.Length), lines.Length - 1);
        // A title with a comma and quotes is quoted, inner quotes doubled.
        Assert.Contains(",\"Synthetic looked after, per 10,000 \"\"children\"\"\",", csv, StringComparison.Ordinal);
        var outcomes = ScorecardCsv.OutcomesToCsv(cards).Split("\r\n");
        Assert.Equal(string.Join(",", ScorecardCsv.OutcomeColumns), outcomes[0]);
        Assert.Equal(1 + (cards.Length * 6), outcomes.Length - 1);
        Assert.Contains(outcomes, l => l.Contains(",overall,Overall,", StringComparison.Ordinal));
    }

    [Fact]
    public void Table_ShowsTheAuthorityTheOutcomesAndStaleMarks()
    {
        var observations = World.Observations.Where(o => !(o.IndicatorId == "ea-attainment" && o.Period.EndYear == 2025));
        var engine = new ScoringEngine(World.Framework, OutcomesFramework.Evidence.ObservationSet.Create(observations), World.Areas, World.Neighbours);
        var text = Table(engine.Score("Northtown B", 2025));
        Assert.StartsWith("Northtown B (802, E06000002): scorecard for 2025\n", text, StringComparison.Ordinal);
        Assert.Contains("SS Stay safe: ", text, StringComparison.Ordinal);
        Assert.Contains("PC Make a positive contribution: insufficient evidence", text, StringComparison.Ordinal);
        Assert.Contains("2023/24*", text, StringComparison.Ordinal);
        Assert.Contains("* stale", text, StringComparison.Ordinal);
        using var w = new StringWriter(CultureInfo.InvariantCulture);
        ScorecardTable.Write(engine.ScoreAll(2025), "SS", w);
        Assert.StartsWith("League: SS, 2025 (8 authorities)\n", w.ToString(), StringComparison.Ordinal);
    }
}
