using System;
using System.CommandLine;
using System.IO;
using System.Linq;
using System.Text.Json;
using OutcomesFramework.Cli.Commands;
using OutcomesFramework.England;
using OutcomesFramework.Scoring;
using OutcomesFramework.Scoring.Output;
using Xunit;

namespace OutcomesFramework.Cli.Tests;

/// <summary>The score, league and explain commands, run through Create() with writers in place of the console.</summary>
public sealed class ScoringCommandsTest
{
    private static (int Code, string Out, string Err) Invoke(Command command, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = command.Parse(args).Invoke(new InvocationConfiguration { Output = output, Error = error });
        return (code, output.ToString(), error.ToString());
    }

    private static ScoringEngine DefaultEngine() =>
        new(EnglandData.Default.Framework, EnglandData.Default.Observations, EnglandData.Default.Areas, EnglandData.Default.StatisticalNeighbours);

    [Fact]
    public void Score_NoDataArguments_ScoresOnTheEmbeddedEnglandData()
    {
        var (code, output, error) = Invoke(ScoreCommand.Create(), "--la", "Leeds");
        Assert.Equal(0, code);
        Assert.Equal(string.Empty, error);
        Assert.StartsWith("Leeds (383, E08000035): scorecard for 2025\n", output, StringComparison.Ordinal);
        foreach (var outcome in new[] { "BH Be healthy: ", "SS Stay safe: ", "EA Enjoy and achieve: ", "PC Make a positive contribution: ", "EW Achieve economic well-being: " })
        {
            Assert.Contains(outcome, output, StringComparison.Ordinal);
        }
        Assert.Contains("outcomes explain --la Leeds", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Score_Json_IsTheLibrarysScorecardJson()
    {
        var (code, output, _) = Invoke(ScoreCommand.Create(), "--la", "383", "--format", "json");
        Assert.Equal(0, code);
        Assert.Equal(ScorecardJson.ToJson(DefaultEngine().Score("Leeds", 2025)), output);
        using var doc = JsonDocument.Parse(output);
        Assert.Equal("E08000035", doc.RootElement.GetProperty("area").GetProperty("code").GetString());
    }

    [Fact]
    public void Score_Csv_WritesBothTablesWithOut()
    {
        var dir = Directory.CreateTempSubdirectory("outcomes-score-").FullName;
        try
        {
            var path = Path.Combine(dir, "leeds.csv");
            var (code, output, _) = Invoke(ScoreCommand.Create(), "--la", "Leeds", "--format", "csv", "--out", path);
            Assert.Equal(0, code);
            Assert.Contains("Wrote " + path, output, StringComparison.Ordinal);
            var indicators = File.ReadAllText(path);
            var outcomes = File.ReadAllText(Path.Combine(dir, "leeds.outcomes.csv"));
            Assert.StartsWith(string.Join(",", ScorecardCsv.IndicatorColumns) + "\r\n", indicators, StringComparison.Ordinal);
            Assert.Equal(1 + EnglandData.Default.Framework.Indicators.Length, indicators.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Length);
            Assert.Equal(1 + 6, outcomes.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Length);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public void Score_UnknownCouncil_ExitsTwoWithTheClosestNames()
    {
        var (code, output, error) = Invoke(ScoreCommand.Create(), "--la", "Leedz");
        Assert.Equal(2, code);
        Assert.Equal(string.Empty, output);
        Assert.Contains("Did you mean: Leeds", error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--period", "2030", "no data for a period ending in 2030; data covers 2013")]
    [InlineData("--period", "1999", "no data for a period ending in 1999")]
    [InlineData("--format", "xml", "Unknown --format 'xml'")]
    [InlineData("--comparator", "county", "Unknown --comparator 'county'")]
    [InlineData("--data", "no-such-file.csv", "does not exist")]
    public void Score_UserErrors_ExitTwoWithAClearMessage(string option, string value, string message)
    {
        var (code, _, error) = Invoke(ScoreCommand.Create(), "--la", "Leeds", option, value);
        Assert.Equal(2, code);
        Assert.Contains(message, error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Score_Region_IsNotACouncil()
    {
        var (code, _, error) = Invoke(ScoreCommand.Create(), "--la", "London");
        Assert.Equal(2, code);
        Assert.Contains("not a local authority", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Score_BadOverlay_ExitsTwoWithPathAndLine()
    {
        var path = Path.GetTempFileName();
        try
        {
            File.WriteAllText(path, "{\n  \"formatVersion\": 1,\n  \"name\": \"x\",\n  \"indicators\": { \"no-such-indicator\": { \"weight\": 2 } }\n}\n");
            var (code, _, error) = Invoke(ScoreCommand.Create(), "--la", "Leeds", "--overlay", path);
            Assert.Equal(2, code);
            Assert.Contains("$.indicators['no-such-indicator'] (line 4): The framework has no indicator 'no-such-indicator'.", error, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Score_OverlayWithLocalIndicatorAndData_ScoresTheCouncilsOwnMeasure()
    {
        var dir = Directory.CreateTempSubdirectory("outcomes-overlay-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(dir, "leeds_youth_voice.csv"),
                "time_period,time_identifier,geographic_level,country_code,country_name,region_code,region_name,old_la_code,new_la_code,la_name,percent\n"
                + "2024,Reporting year,Local authority,E92000001,England,E12000003,Yorkshire and The Humber,383,E08000035,Leeds,55.5\n"
                + "2025,Reporting year,Local authority,E92000001,England,E12000003,Yorkshire and The Humber,383,E08000035,Leeds,61.5\n");
            File.WriteAllText(Path.Combine(dir, "leeds.json"), """
                {
                  "formatVersion": 1,
                  "name": "Leeds local definitions",
                  "framework": "ecm-england",
                  "scoring": { "comparator": "neighbours", "neighbourAverage": "median" },
                  "outcomes": { "SS": { "weight": 2 } },
                  "indicators": {
                    "pc-youth-voice": { "target": 60, "normalisation": { "method": "goalposts", "lower": 40, "upper": 80 } },
                    "cla-convictions": { "exclude": true }
                  },
                  "localIndicators": [
                    {
                      "id": "pc-youth-voice", "title": "Young people who took part in youth voice activities", "outcome": "PC", "aims": ["PC1"],
                      "role": "outcome", "measure": "proportion", "polarity": "higherIsBetter", "unit": "%", "decimalPlaces": 1,
                      "period": "yearEnding31March", "multiplier": 100,
                      "source": { "publication": "Leeds youth voice survey", "file": "leeds_youth_voice.csv", "valueColumn": "percent" }
                    }
                  ],
                  "data": ["leeds_youth_voice.csv"]
                }
                """);
            var (code, output, error) = Invoke(ScoreCommand.Create(), "--la", "Leeds", "--overlay", Path.Combine(dir, "leeds.json"), "--format", "json");
            Assert.True(code == 0, error);
            using var doc = JsonDocument.Parse(output);
            var root = doc.RootElement;
            Assert.Equal("neighbours", root.GetProperty("policy").GetProperty("comparator").GetString());
            Assert.Equal("median", root.GetProperty("policy").GetProperty("neighbourAverage").GetString());
            Assert.Contains("cla-convictions", root.GetProperty("excludedIndicators").EnumerateArray().Select(e => e.GetString()));
            var local = root.GetProperty("indicators").EnumerateArray().Single(i => i.GetProperty("id").GetString() == "pc-youth-voice");
            Assert.Equal(61.5, local.GetProperty("value").GetDouble());
            // Goalposts 40..80, higher is better: 100 × (61.5 − 40) / (80 − 40) = 53.75.
            Assert.Equal(53.75, local.GetProperty("score").GetProperty("value").GetDouble());
            Assert.Equal("met", local.GetProperty("target").GetProperty("status").GetString());
            Assert.Equal(6, local.GetProperty("change").GetProperty("change").GetDouble());
            var pc = root.GetProperty("outcomes").EnumerateArray().Single(o => o.GetProperty("id").GetString() == "PC");
            // The outcome score is the weighted mean (arithmetic aggregation) of the scored indicators of PC, the local
            // measure among them; cla-convictions is excluded by the overlay and is not in the sum.
            var pcIds = pc.GetProperty("indicators").EnumerateArray().Select(e => e.GetString()).ToHashSet();
            var scored = root.GetProperty("indicators").EnumerateArray()
                .Where(i => pcIds.Contains(i.GetProperty("id").GetString()) && i.GetProperty("countsTowardsOutcome").GetBoolean()
                    && i.GetProperty("score").ValueKind == JsonValueKind.Object)
                .Select(i => (Score: i.GetProperty("score").GetProperty("value").GetDouble(), Weight: i.GetProperty("weight").GetDouble()))
                .ToList();
            Assert.Contains(scored, s => s.Score == 53.75);
            Assert.True(scored.Count >= 10);
            // The JSON rounds each score to 2 decimals: the mean of rounded scores is within 0.005 of the mean of the exact
            // ones, and the outcome's own rounding adds up to 0.005.
            var mean = scored.Sum(s => s.Score * s.Weight) / scored.Sum(s => s.Weight);
            Assert.InRange(pc.GetProperty("score").GetDouble(), mean - 0.01, mean + 0.01);
            var ss = root.GetProperty("outcomes").EnumerateArray().Single(o => o.GetProperty("id").GetString() == "SS");
            Assert.Equal(2, ss.GetProperty("weight").GetDouble());
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public void League_Table_RanksEveryCouncil()
    {
        var (code, output, error) = Invoke(LeagueCommand.Create(), "--period", "2025");
        Assert.Equal(0, code);
        Assert.Equal(string.Empty, error);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("League: overall, 2025 (153 authorities)", lines[0]);
        // A title, a header, 153 councils and the legend of the ranks marked * (coverage below the ranking threshold).
        Assert.Equal(2 + 153 + 1, lines.Length);
        Assert.Matches(@"^1\*? ", lines[2]);
        Assert.StartsWith("* coverage below the ranking threshold of 75%", lines[^1], StringComparison.Ordinal);
    }

    [Fact]
    public void League_Json_IsTheSameOnOneOrTwoThreads_AndRanksByTheOutcome()
    {
        var one = Invoke(LeagueCommand.Create(), "--outcome", "ss", "--format", "json");
        var two = Invoke(LeagueCommand.Create(), "--outcome", "SS", "--format", "json", "--threads", "2");
        Assert.Equal(0, one.Code);
        Assert.Equal(one.Out, two.Out);
        using var doc = JsonDocument.Parse(one.Out);
        Assert.Equal("SS", doc.RootElement.GetProperty("rankedBy").GetString());
        var first = doc.RootElement.GetProperty("rows")[0];
        Assert.Equal(1, first.GetProperty("rank").GetInt32());
    }

    [Fact]
    public void League_Csv_HasOutcomeRowsInRankOrder()
    {
        var (code, output, _) = Invoke(LeagueCommand.Create(), "--format", "csv");
        Assert.Equal(0, code);
        var lines = output.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(string.Join(",", ScorecardCsv.OutcomeColumns), lines[0]);
        Assert.Equal(1 + (153 * 6), lines.Length);
    }

    [Fact]
    public void League_UnknownOutcome_ExitsTwo()
    {
        var (code, _, error) = Invoke(LeagueCommand.Create(), "--outcome", "XX");
        Assert.Equal(2, code);
        Assert.Contains("Unknown --outcome 'XX'", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Explain_Indicator_ShowsItsInputsAndMethods()
    {
        var (code, output, _) = Invoke(ExplainCommand.Create(), "--la", "Leeds", "--indicator", "rereferrals");
        Assert.Equal(0, code);
        Assert.StartsWith("Indicator rereferrals: ", output, StringComparison.Ordinal);
        Assert.Contains("Statistical neighbour mean = ", output, StringComparison.Ordinal);
        Assert.Contains("method: Wilson score interval at 95%", output, StringComparison.Ordinal);
        Assert.Contains("England value = 22.6", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Explain_Outcome_And_WholeScorecard()
    {
        Assert.StartsWith("Outcome SS Stay safe = ", Invoke(ExplainCommand.Create(), "--la", "Leeds", "--outcome", "ss").Out, StringComparison.Ordinal);
        Assert.StartsWith("Overall score: Leeds (E08000035), 2025 = ", Invoke(ExplainCommand.Create(), "--la", "Leeds").Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Explain_UnknownIndicator_SuggestsTheClosestIds()
    {
        var (code, _, error) = Invoke(ExplainCommand.Create(), "--la", "Leeds", "--indicator", "rereferals");
        Assert.Equal(2, code);
        Assert.Contains("Did you mean: rereferrals", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Explain_BothIndicatorAndOutcome_IsAUserError()
    {
        var (code, _, error) = Invoke(ExplainCommand.Create(), "--la", "Leeds", "--indicator", "rereferrals", "--outcome", "SS");
        Assert.Equal(2, code);
        Assert.Contains("not both", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Program_MissingLa_IsAUserError()
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        Assert.Equal(2, Program.Run(new[] { "score" }, output, error));
        Assert.Contains("--la", error.ToString(), StringComparison.Ordinal);
    }
}

/// <summary>Runs the worked example of docs/overlay-format.md exactly as printed there.</summary>
public sealed class OverlayDocumentationExampleTest
{
    private static string Block(string markdown, string language, int index)
    {
        var parts = markdown.Split("```" + language + "\n");
        return parts[index + 1].Split("```")[0];
    }

    [Fact]
    public void OverlayFormatExample_ScoresLeeds()
    {
        var markdown = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Docs", "docs", "overlay-format.md"));
        var dir = Directory.CreateTempSubdirectory("outcomes-doc-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(dir, "leeds.json"), Block(markdown, "json", 0));
            // The CSV is the second fenced block without a language after the JSON example.
            var csv = markdown.Split("```\n").First(p => p.StartsWith("time_period,", StringComparison.Ordinal));
            File.WriteAllText(Path.Combine(dir, "leeds_youth_voice.csv"), csv);
            using var output = new StringWriter();
            using var error = new StringWriter();
            var code = ScoreCommand.Create().Parse(new[] { "--la", "Leeds", "--overlay", Path.Combine(dir, "leeds.json"), "--format", "json" })
                .Invoke(new InvocationConfiguration { Output = output, Error = error });
            Assert.True(code == 0, error.ToString());
            using var doc = JsonDocument.Parse(output.ToString());
            var local = doc.RootElement.GetProperty("indicators").EnumerateArray().Single(i => i.GetProperty("id").GetString() == "pc-youth-voice");
            Assert.Equal(61.5, local.GetProperty("value").GetDouble());
            var rereferrals = doc.RootElement.GetProperty("indicators").EnumerateArray().Single(i => i.GetProperty("id").GetString() == "rereferrals");
            Assert.Equal(2, rereferrals.GetProperty("weight").GetDouble());
            Assert.Equal("SS", doc.RootElement.GetProperty("policy").GetProperty("limitingRule").GetProperty("outcome").GetString());
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }
}
