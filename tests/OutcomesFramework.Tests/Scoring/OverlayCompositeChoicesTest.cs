using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.RegularExpressions;
using OutcomesFramework.Scoring;
using OutcomesFramework.Scoring.Output;
using OutcomesFramework.Scoring.Overlays;
using OutcomesFramework.Scoring.Treatment;
using Xunit;

namespace OutcomesFramework.Tests.Scoring;

/// <summary>
/// The composite's choices in the overlay format (issue 14): harmonic and generalised aggregation with its power,
/// imputation, winsorisation and the ranking-coverage rule; read strictly, equal to the schema, shown in the
/// scorecard JSON's policy under the same names, and read back from there to the same policy (a round trip).
/// </summary>
public sealed class OverlayCompositeChoicesTest
{
    private static readonly SyntheticWorld World = new(seed: 5);

    private static readonly JsonElement Schema = JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Schemas", "overlay.schema.json"))).RootElement;

    private static string Overlay(string scoring) => "{ \"formatVersion\": 1, \"name\": \"choices\", \"scoring\": " + scoring + " }";

    private static ScoringPolicy Read(string scoring) => LocalOverlayJson.Read(Overlay(scoring)).Apply(World.Framework).Policy;

    [Fact]
    public void DocExample_SetsEveryChoice()
    {
        // The second example of docs/overlay-format.md, exactly as printed.
        var markdown = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Docs", "overlay-format.md"));
        var example = Regex.Matches(markdown, "```json\\n(.*?)```", RegexOptions.Singleline).Select(m => m.Groups[1].Value).Single(b => b.Contains("\"Composite choices\"", StringComparison.Ordinal));
        var policy = LocalOverlayJson.Read(example).Apply(World.Framework).Policy;
        Assert.Equal(AggregationMethod.Generalised, policy.OutcomeAggregation);
        Assert.Equal(AggregationMethod.Harmonic, policy.OverallAggregation);
        Assert.Equal(0.5, policy.AggregationPower);
        Assert.Equal(DataTreatment.None.WithImputation(ImputationMethod.GroupMedian).WithWinsorisation(5, 2, 3.5), policy.Treatment);
        Assert.Equal(RankingCoverage.Shrink(0.75), policy.RankingCoverage);
    }

    [Theory]
    [InlineData("{ \"imputation\": \"groupMean\" }", ImputationMethod.GroupMean, 0)]
    [InlineData("{ \"imputation\": \"lastValueCarriedForward\", \"winsorisation\": false }", ImputationMethod.LastValueCarriedForward, 0)]
    [InlineData("{ \"winsorisation\": {} }", ImputationMethod.None, 5)]
    [InlineData("{ \"winsorisation\": { \"limit\": 2 } }", ImputationMethod.None, 2)]
    public void Treatment_OneHalfLeftOut_IsNoneOfIt(string scoring, ImputationMethod imputation, int limit)
    {
        var policy = LocalOverlayJson.Read(Overlay(scoring)).Apply(World.Framework, ScoringPolicy.Default.WithTreatment(DataTreatment.Coinr.WithImputation(ImputationMethod.GroupMedian))).Policy;
        Assert.Equal(imputation, policy.Treatment.Imputation);
        Assert.Equal(limit, policy.Treatment.WinsorisationLimit);
    }

    [Fact]
    public void Omitted_KeepsTheBasePolicysChoices()
    {
        var basePolicy = ScoringPolicy.Default.WithAggregation(AggregationMethod.Generalised, AggregationMethod.Arithmetic, 3)
            .WithTreatment(DataTreatment.Coinr).WithRankingCoverage(RankingCoverage.Minimum(0.6));
        var policy = LocalOverlayJson.Read(Overlay("{ \"comparator\": \"region\" }")).Apply(World.Framework, basePolicy).Policy;
        Assert.Equal(basePolicy.WithComparator(Comparator.Region), policy);
    }

    [Theory]
    [InlineData("{ \"outcomeAggregation\": \"generalised\", \"aggregationPower\": 0 }", "$.scoring.aggregationPower")]
    [InlineData("{ \"outcomeAggregation\": \"generalised\", \"aggregationPower\": 101 }", "$.scoring.aggregationPower")]
    [InlineData("{ \"outcomeAggregation\": \"harmonic\", \"aggregationPower\": 3 }", "$.scoring.aggregationPower")]
    [InlineData("{ \"outcomeAggregation\": \"median\" }", "$.scoring.outcomeAggregation")]
    [InlineData("{ \"imputation\": \"mean\" }", "$.scoring.imputation")]
    [InlineData("{ \"winsorisation\": true }", "$.scoring.winsorisation")]
    [InlineData("{ \"winsorisation\": { \"limit\": 0 } }", "$.scoring.winsorisation.limit")]
    [InlineData("{ \"winsorisation\": { \"skewnessThreshold\": -1 } }", "$.scoring.winsorisation.skewnessThreshold")]
    [InlineData("{ \"winsorisation\": { \"skew\": 2 } }", "$.scoring.winsorisation.skew")]
    [InlineData("{ \"rankingCoverage\": { \"threshold\": 0.5 } }", "$.scoring.rankingCoverage.rule")]
    [InlineData("{ \"rankingCoverage\": { \"rule\": \"drop\" } }", "$.scoring.rankingCoverage.rule")]
    [InlineData("{ \"rankingCoverage\": { \"rule\": \"flag\", \"threshold\": 1.5 } }", "$.scoring.rankingCoverage.threshold")]
    public void BadChoices_AreTypedErrors_WithTheirPath(string scoring, string path)
    {
        var e = Assert.Throws<OverlayValidationException>(() => LocalOverlayJson.Read(Overlay(scoring), "choices.json"));
        Assert.Contains(e.Problems, p => p.Path == path);
        Assert.All(e.Problems, p => Assert.Equal(1L, p.Line));
    }

    [Theory]
    [InlineData("{ \"outcomeAggregation\": \"harmonic\", \"overallAggregation\": \"generalised\", \"aggregationPower\": -2.5, \"imputation\": \"groupMean\", \"winsorisation\": { \"limit\": 3, \"skewnessThreshold\": 1.5, \"kurtosisThreshold\": 2 }, \"rankingCoverage\": { \"rule\": \"minimum\", \"threshold\": 0.6 } }")]
    [InlineData("{ \"outcomeAggregation\": \"generalised\", \"aggregationPower\": 0.5, \"imputation\": \"lastValueCarriedForward\", \"rankingCoverage\": { \"rule\": \"shrink\" } }")]
    [InlineData("{ \"outcomeAggregation\": \"geometric\", \"winsorisation\": {}, \"rankingCoverage\": { \"rule\": \"flag\", \"threshold\": 0.9 } }")]
    public void RoundTrip_OverlayToScorecardPolicyAndBack_GivesTheSamePolicy(string scoring)
    {
        var policy = Read(scoring);
        var card = World.Engine(policy).Score(World.Areas.Get(SyntheticWorld.LaCodes[0]), 2025);
        using var json = JsonDocument.Parse(ScorecardJson.ToJson(card));
        var written = json.RootElement.GetProperty("policy");

        // The scorecard names each choice as the overlay does: copy them into an overlay and read it back.
        var copied = new[] { "outcomeAggregation", "overallAggregation", "imputation", "rankingCoverage" }.Select(n => "\"" + n + "\": " + written.GetProperty(n).GetRawText()).ToList();
        if (policy.OutcomeAggregation == AggregationMethod.Generalised || policy.OverallAggregation == AggregationMethod.Generalised)
        {
            copied.Add("\"aggregationPower\": " + written.GetProperty("aggregationPower").GetRawText());
        }
        var w = written.GetProperty("winsorisation");
        copied.Add("\"winsorisation\": " + (w.ValueKind == JsonValueKind.Null ? "false" : w.GetRawText()));
        Assert.Equal(policy, Read("{ " + string.Join(", ", copied) + " }"));
    }

    [Fact]
    public void Schema_NamesTheReadersChoices()
    {
        var scoring = Schema.GetProperty("$defs").GetProperty("scoring").GetProperty("properties");
        Assert.Equal(LocalOverlayJson.Imputations.Names, scoring.GetProperty("imputation").GetProperty("enum").EnumerateArray().Select(v => v.GetString()!).ToArray());
        var ranking = scoring.GetProperty("rankingCoverage");
        Assert.Equal(LocalOverlayJson.RankingCoverageProperties, ranking.GetProperty("properties").EnumerateObject().Select(p => p.Name).ToArray());
        Assert.Equal(LocalOverlayJson.CoverageRules.Names, ranking.GetProperty("properties").GetProperty("rule").GetProperty("enum").EnumerateArray().Select(v => v.GetString()!).ToArray());
        var winsorisation = scoring.GetProperty("winsorisation").GetProperty("oneOf")[1];
        Assert.Equal(LocalOverlayJson.WinsorisationProperties, winsorisation.GetProperty("properties").EnumerateObject().Select(p => p.Name).ToArray());
        Assert.Contains("harmonic", LocalOverlayJson.Aggregations.Names);
        Assert.Contains("generalised", LocalOverlayJson.Aggregations.Names);
    }
}
