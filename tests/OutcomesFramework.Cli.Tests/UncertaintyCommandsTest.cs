using System;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading;
using Json.Schema;
using Xunit;

namespace OutcomesFramework.Cli.Tests;

/// <summary>
/// <c>league --uncertainty</c>, <c>score --uncertainty</c> and <c>sensitivity</c> through the output seam: table, JSON
/// (validated against docs/schemas) and CSV; the same seed gives byte-identical output whatever the thread count and
/// culture; bad options are user errors (exit 2); and on the real England data no council tops a table on thin
/// coverage without the output saying so beside its rank.
/// </summary>
public sealed class UncertaintyCommandsTest
{
    private static (int Code, string Out, string Err) Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = Program.Run(args, output, error);
        return (code, output.ToString(), error.ToString());
    }

    private static string Ok(params string[] args)
    {
        var (code, output, error) = Run(args);
        Assert.True(code == 0, error);
        return output;
    }

    // Only this class loads these two schemas (JsonSchema.Net refuses a second load of the same $id).
    private static readonly Lazy<JsonSchema> RankSchema = new(() => SchemaAssert.Schema("rank-uncertainty.schema.json"));
    private static readonly Lazy<JsonSchema> SensitivitySchema = new(() => SchemaAssert.Schema("sensitivity.schema.json"));

    private static void AssertValid(JsonSchema schema, string json)
    {
        using var document = JsonDocument.Parse(json);
        var result = schema.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
        var details = result.Details is null ? Enumerable.Empty<EvaluationResults>() : result.Details;
        Assert.True(result.IsValid, string.Join("; ", details.Where(d => d.Errors is not null).SelectMany(d => d.Errors!.Select(e => d.InstanceLocation + " " + e.Value))));
    }

    [Fact]
    public void LeagueUncertainty_Json_ValidatesAndCoversEveryCouncilAndSeries()
    {
        var json = Ok("league", "--uncertainty", "--runs", "40", "--format", "json");
        AssertValid(RankSchema.Value, json);
        using var doc = JsonDocument.Parse(json);
        var root = doc.RootElement;
        Assert.Equal("outcomes-rank-uncertainty/1", root.GetProperty("schema").GetString());
        Assert.Equal(40, root.GetProperty("runs").GetInt32());
        Assert.Equal("42", root.GetProperty("seed").GetString());
        var councils = root.GetProperty("councils").EnumerateArray().ToList();
        Assert.Equal(153, councils.Count);
        foreach (var c in councils)
        {
            Assert.Equal(5, c.GetProperty("outcomes").EnumerateObject().Count());
            var overall = c.GetProperty("overall");
            if (overall.GetProperty("rank").ValueKind == JsonValueKind.Number)
            {
                // The interval holds the median, and the text reads "rank (lower–upper)".
                var (rank, lower, upper, median) = (overall.GetProperty("rank").GetInt32(), overall.GetProperty("lower").GetInt32(), overall.GetProperty("upper").GetInt32(), overall.GetProperty("median").GetInt32());
                Assert.InRange(median, lower, upper);
                Assert.Equal(rank + " (" + lower + "–" + upper + ")", overall.GetProperty("text").GetString());
            }
        }
        // Councils come in rank order, overall.
        var ranks = councils.Select(c => c.GetProperty("overall").GetProperty("rank")).Where(r => r.ValueKind == JsonValueKind.Number).Select(r => r.GetInt32()).ToList();
        Assert.Equal(ranks.OrderBy(r => r), ranks);
    }

    [Fact]
    public void LeagueUncertainty_SameSeed_ByteIdentical_WhateverTheThreadsAndCulture()
    {
        var one = Ok("league", "--uncertainty", "--runs", "40", "--seed", "7", "--format", "json");
        var two = Ok("league", "--uncertainty", "--runs", "40", "--seed", "7", "--format", "json", "--threads", "2");
        Assert.Equal(one, two);
        var saved = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("de-DE");
            Assert.Equal(one, Ok("league", "--uncertainty", "--runs", "40", "--seed", "7", "--format", "json"));
            Assert.Equal(Ok("league", "--uncertainty", "--runs", "40", "--seed", "7", "--format", "csv", "--outcome", "SS"),
                WithCulture(saved, () => Ok("league", "--uncertainty", "--runs", "40", "--seed", "7", "--format", "csv", "--outcome", "SS")));
        }
        finally
        {
            CultureInfo.CurrentCulture = saved;
        }
        Assert.NotEqual(one, Ok("league", "--uncertainty", "--runs", "40", "--seed", "8", "--format", "json"));
    }

    private static T WithCulture<T>(CultureInfo culture, Func<T> run)
    {
        var saved = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = culture;
        try
        {
            return run();
        }
        finally
        {
            CultureInfo.CurrentCulture = saved;
        }
    }

    [Fact]
    public void LeagueUncertainty_Csv_OneRowPerCouncil_Table_ShowsIntervals()
    {
        var csv = Ok("league", "--uncertainty", "--runs", "40", "--format", "csv", "--outcome", "EA");
        var lines = csv.Split("\r\n");
        Assert.Equal("code,council,series,rank,median,rank_5,rank_95,ranked_runs,runs,score,ranking_score,coverage,thin_coverage", lines[0]);
        Assert.Equal(1 + 153 + 1, lines.Length);
        Assert.All(lines.Skip(1).Take(153), l => Assert.Contains(",EA,", l, StringComparison.Ordinal));
        var table = Ok("league", "--uncertainty", "--runs", "40");
        Assert.StartsWith("Rank with its 5–95% interval, overall, ", table, StringComparison.Ordinal);
        Assert.Matches(@"\n1 \(1–\d+\) ", table);
    }

    [Theory]
    [InlineData("league", "--uncertainty", "--runs", "5")]
    [InlineData("league", "--uncertainty", "--runs", "2000000")]
    [InlineData("league", "--runs", "100")]
    [InlineData("league", "--seed", "3")]
    [InlineData("league", "--uncertainty", "--seed", "-1")]
    [InlineData("league", "--uncertainty", "--format", "xml")]
    [InlineData("league", "--uncertainty", "--outcome", "XX")]
    [InlineData("score", "--la", "Leeds", "--runs", "100")]
    [InlineData("score", "--la", "Leeds", "--uncertainty", "--threads", "0")]
    [InlineData("sensitivity", "--samples", "5")]
    [InlineData("sensitivity", "--weight-noise", "1.5")]
    [InlineData("sensitivity", "--threads", "0")]
    [InlineData("sensitivity", "--format", "xml")]
    [InlineData("sensitivity", "--period", "1990")]
    public void BadOptions_AreUserErrors(params string[] args)
    {
        var (code, _, error) = Run(args);
        Assert.Equal(2, code);
        Assert.False(string.IsNullOrWhiteSpace(error));
        Assert.DoesNotContain("Exception", error, StringComparison.Ordinal);
        Assert.DoesNotContain("internal error", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Sensitivity_AllFormats_ValidAndReproducible()
    {
        var json = Ok("sensitivity", "--samples", "10", "--format", "json");
        AssertValid(SensitivitySchema.Value, json);
        Assert.Equal(json, Ok("sensitivity", "--samples", "10", "--format", "json", "--threads", "2"));
        using var doc = JsonDocument.Parse(json);
        Assert.Equal(10 * (4 + 2), doc.RootElement.GetProperty("evaluations").GetInt32());
        Assert.Equal(new[] { "weights", "normalisation", "aggregation", "coverageThreshold" },
            doc.RootElement.GetProperty("indices").EnumerateArray().Select(i => i.GetProperty("factor").GetString()).ToArray());
        Assert.Equal(153, doc.RootElement.GetProperty("councils").GetArrayLength());

        var csv = Ok("sensitivity", "--samples", "10", "--format", "csv").Split("\r\n");
        Assert.Equal("choice,first_order,total_order,alternatives", csv[0]);
        Assert.Equal(1 + 4 + 1, csv.Length);
        var table = Ok("sensitivity", "--samples", "10");
        Assert.Contains("Sensitivity of the overall ranks", table, StringComparison.Ordinal);
        Assert.Contains("nominal rank (5–95% over the design)", table, StringComparison.Ordinal);
        Assert.NotEqual(json, Ok("sensitivity", "--samples", "10", "--format", "json", "--seed", "9"));
    }

    [Fact]
    public void Score_WithUncertainty_ShowsTheRankInterval_InTableAndJson()
    {
        var table = Ok("score", "--la", "Leeds", "--uncertainty", "--runs", "40");
        Assert.Matches(@"Overall: .*, rank \d+ \(\d+–\d+\) of \d+ \(median \d+, 5–95% over 40 runs\)\n", table);
        Assert.Matches(@"SS Stay safe: .*, rank \d+ \(\d+–\d+\) of \d+", table);
        var json = Ok("score", "--la", "Leeds", "--uncertainty", "--runs", "40", "--format", "json");
        using var doc = JsonDocument.Parse(json);
        var interval = doc.RootElement.GetProperty("overall").GetProperty("rankInterval");
        Assert.InRange(interval.GetProperty("median").GetInt32(), interval.GetProperty("lower").GetInt32(), interval.GetProperty("upper").GetInt32());
        Assert.Equal(40, interval.GetProperty("runs").GetInt32());
        Assert.All(doc.RootElement.GetProperty("outcomes").EnumerateArray(), o => Assert.True(o.TryGetProperty("rankInterval", out _)));

        // The same figures as the league's run with the same seed.
        using var league = JsonDocument.Parse(Ok("league", "--uncertainty", "--runs", "40", "--format", "json"));
        var leeds = league.RootElement.GetProperty("councils").EnumerateArray().Single(c => c.GetProperty("code").GetString() == "E08000035");
        Assert.Equal(leeds.GetProperty("overall").GetProperty("text").GetString(), interval.GetProperty("text").GetString());

        // Without --uncertainty the scorecard is unchanged: no interval.
        using var plain = JsonDocument.Parse(Ok("score", "--la", "Leeds", "--format", "json"));
        Assert.False(plain.RootElement.GetProperty("overall").TryGetProperty("rankInterval", out _));
        Assert.DoesNotContain("rank", Ok("score", "--la", "Leeds").Split('\n').Single(l => l.StartsWith("Overall: ", StringComparison.Ordinal)), StringComparison.Ordinal);
    }

    // The issue's two cases on the published data: City of London first overall on 60% coverage, the Isles of Scilly
    // first on stay safe on 50%. Whatever the data, every output must say "thin" beside a thin rank 1.
    [Theory]
    [InlineData(null)]
    [InlineData("BH")]
    [InlineData("SS")]
    [InlineData("EA")]
    [InlineData("PC")]
    [InlineData("EW")]
    public void NoCouncilTopsOnThinCoverage_WithoutTheOutputSayingSoBesideTheRank(string? outcome)
    {
        var extra = outcome is null ? Array.Empty<string>() : new[] { "--outcome", outcome };
        using var doc = JsonDocument.Parse(Ok(new[] { "league", "--format", "json" }.Concat(extra).ToArray()));
        var top = doc.RootElement.GetProperty("rows")[0];
        Assert.Equal(1, top.GetProperty("rank").GetInt32());
        var thin = top.GetProperty("coverage").GetDouble() < 0.75;
        Assert.Equal(thin, top.GetProperty("thinCoverage").GetBoolean());

        var table = Ok(new[] { "league" }.Concat(extra).ToArray()).Split('\n');
        var first = table.First(l => l.StartsWith("1 ", StringComparison.Ordinal) || l.StartsWith("1*", StringComparison.Ordinal));
        Assert.Equal(thin, first.StartsWith("1*", StringComparison.Ordinal));
        if (thin)
        {
            Assert.Contains(table, l => l.StartsWith("* coverage below the ranking threshold of 75%", StringComparison.Ordinal));
        }

        var uncertain = Ok(new[] { "league", "--uncertainty", "--runs", "20" }.Concat(extra).ToArray()).Split('\n');
        var row = uncertain.First(l => l.StartsWith("1 (", StringComparison.Ordinal));
        Assert.Equal(thin, row.Contains(" thin ", StringComparison.Ordinal));
    }

    [Fact]
    public void TheIssuesCases_CityOfLondonOverall_IslesOfScillyOnStaySafe_AreFlagged()
    {
        using var overall = JsonDocument.Parse(Ok("league", "--format", "json"));
        var city = overall.RootElement.GetProperty("rows").EnumerateArray().Single(r => r.GetProperty("area").GetProperty("name").GetString() == "City of London");
        using var ss = JsonDocument.Parse(Ok("league", "--format", "json", "--outcome", "SS"));
        var scilly = ss.RootElement.GetProperty("rows").EnumerateArray().Single(r => r.GetProperty("area").GetProperty("name").GetString() == "Isles of Scilly");
        // The issue named 60% and 50% on the 2025.1 framework. On 2026.1 the City still tops the overall league on 60%:
        // ranked (the default rule flags rather than drops) and flagged beside its rank.
        Assert.Equal(1, city.GetProperty("rank").GetInt32());
        Assert.Equal(0.6, city.GetProperty("coverage").GetDouble(), 3);
        Assert.True(city.GetProperty("thinCoverage").GetBoolean());
        // Scilly's stay-safe evidence is now 4 of 12 indicators, below the outcome's 50% coverage threshold: it has no
        // score and so no rank at all, rather than a rank on thin evidence.
        Assert.Equal(JsonValueKind.Null, scilly.GetProperty("rank").ValueKind);
        Assert.InRange(scilly.GetProperty("coverage").GetDouble(), 0, 0.5 - 1e-9);
    }
}
