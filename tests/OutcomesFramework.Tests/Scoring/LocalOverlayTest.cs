using System;
using System.Linq;
using OutcomesFramework.Indicators;
using OutcomesFramework.Scoring;
using OutcomesFramework.Scoring.Overlays;
using OutcomesFramework.Statistics;
using Xunit;

namespace OutcomesFramework.Tests.Scoring;

public class LocalOverlayTest
{
    private static readonly SyntheticWorld World = new(seed: 3);

    private const string Full = """
        {
          "$schema": "https://example.org/overlay.schema.json",
          "formatVersion": 1,
          "name": "Northtown local definitions",
          "framework": "synthetic",
          "scoring": {
            "comparator": "neighbours",
            "neighbourAverage": "median",
            "confidenceLevel": 0.998,
            "outcomeCoverageThreshold": 0.6,
            "overallCoverageThreshold": 0.4,
            "outcomeAggregation": "geometric",
            "overallAggregation": "minimum",
            "normalisation": { "method": "zScore", "mean": 50, "sd": 15 },
            "limitingRule": { "outcome": "SS", "triggerBand": "D", "capBand": "C" }
          },
          "outcomes": { "SS": { "weight": 2 } },
          "indicators": {
            "ss-rereferrals": { "weight": 3, "target": 20, "tolerance": 2, "normalisation": { "method": "goalposts", "lower": 10, "upper": 40 } },
            "ss-cla-rate": { "exclude": true },
            "pc-youth-voice": { "target": 60, "normalisation": { "method": "distanceToTarget" } }
          },
          "localIndicators": [
            {
              "id": "pc-youth-voice",
              "title": "Children who took part in the youth council's surveys",
              "outcome": "PC",
              "aims": ["PC1"],
              "role": "outcome",
              "measure": "proportion",
              "polarity": "higherIsBetter",
              "unit": "%",
              "decimalPlaces": 1,
              "period": "yearEnding31March",
              "multiplier": 100,
              "source": { "publication": "Northtown youth council", "file": "northtown_local.csv", "valueColumn": "percent" }
            }
          ],
          "data": ["northtown_local.csv"]
        }
        """;

    [Fact]
    public void Read_FullOverlay_AppliesEverySetting()
    {
        var overlay = LocalOverlayJson.Read(Full, "northtown.json");
        Assert.Equal("Northtown local definitions", overlay.Name);
        Assert.Equal(new[] { "northtown_local.csv" }, overlay.DataFiles);
        var (framework, policy) = overlay.Apply(World.Framework);
        Assert.NotNull(framework.FindIndicator("pc-youth-voice"));
        Assert.Equal(Comparator.StatisticalNeighbours, policy.Comparator);
        Assert.Equal(NeighbourAverage.Median, policy.NeighbourAverage);
        Assert.Equal(ConfidenceLevel.NinetyNinePointEightPercent, policy.ConfidenceLevel);
        Assert.Equal(0.6, policy.OutcomeCoverageThreshold);
        Assert.Equal(0.4, policy.OverallCoverageThreshold);
        Assert.Equal(AggregationMethod.Geometric, policy.OutcomeAggregation);
        Assert.Equal(AggregationMethod.Minimum, policy.OverallAggregation);
        Assert.Equal(Normalisation.ZScore(50, 15), policy.DefaultNormalisation);
        Assert.Equal(new LimitingRule("SS"), policy.LimitingRule);
        Assert.Equal(2, policy.OutcomeWeight("SS"));
        var rereferrals = policy.ForIndicator("ss-rereferrals");
        Assert.Equal(3, rereferrals.Weight);
        Assert.Equal(new LocalTarget(20, 2), rereferrals.Target);
        Assert.Equal(Normalisation.Goalposts(10, 40), rereferrals.Normalisation);
        Assert.True(policy.ForIndicator("ss-cla-rate").IsExcluded);
        Assert.Equal(3, policy.WeightOf(framework.FindIndicator("ss-rereferrals")!));
        Assert.Equal(2, policy.WeightOf(framework.FindIndicator("ss-repeat-plans")!)); // the framework's weight, untouched
    }

    [Fact]
    public void Read_MinimalOverlay_ChangesNothing()
    {
        var overlay = LocalOverlayJson.Read("""{ "formatVersion": 1, "name": "nothing" }""");
        var (framework, policy) = overlay.Apply(World.Framework);
        Assert.Same(World.Framework, framework);
        Assert.Equal(ScoringPolicy.Default, policy);
    }

    [Fact]
    public void Read_LimitingRuleFalse_SwitchesLimitingOff()
    {
        var overlay = LocalOverlayJson.Read("""{ "formatVersion": 1, "name": "x", "scoring": { "limitingRule": false } }""");
        var (_, policy) = overlay.Apply(World.Framework, ScoringPolicy.Default.WithLimitingRule(new LimitingRule("SS")));
        Assert.Null(policy.LimitingRule);
    }

    [Fact]
    public void Read_ManyProblems_AreAllReportedWithPathsAndLines()
    {
        const string json = """
            {
              "formatVersion": 2,
              "name": "",
              "colour": "blue",
              "scoring": {
                "comparator": "county",
                "outcomeCoverageThreshold": 1.5,
                "normalisation": { "method": "goalposts", "lower": 10, "mean": 3 },
                "limitingRule": "yes"
              },
              "outcomes": { "SS": { "weight": -1 } },
              "indicators": { "ss-rereferrals": { "tolerance": 2, "weight": null } }
            }
            """;
        var e = Assert.Throws<OverlayValidationException>(() => LocalOverlayJson.Read(json, "bad.json"));
        Assert.Equal("bad.json", e.SourceName);
        var byPath = e.Problems.ToDictionary(p => p.Path, p => p);
        Assert.Equal(2, byPath["$.formatVersion"].Line);
        Assert.Equal(3, byPath["$.name"].Line);
        Assert.Equal(4, byPath["$.colour"].Line);
        Assert.Equal(6, byPath["$.scoring.comparator"].Line);
        Assert.Equal(7, byPath["$.scoring.outcomeCoverageThreshold"].Line);
        Assert.Contains("$.scoring.normalisation.upper", byPath.Keys);
        Assert.Contains("does not apply", byPath["$.scoring.normalisation.mean"].Message, StringComparison.Ordinal);
        Assert.Equal(9, byPath["$.scoring.limitingRule"].Line);
        Assert.Equal(11, byPath["$.outcomes.SS.weight"].Line);
        Assert.Contains("$.indicators['ss-rereferrals'].tolerance", byPath.Keys);
        Assert.Contains("$.indicators['ss-rereferrals'].weight", byPath.Keys);
        Assert.Contains("bad.json has", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_InvalidJson_IsOneProblemWithItsLine()
    {
        var e = Assert.Throws<OverlayValidationException>(() => LocalOverlayJson.Read("{\n  \"formatVersion\": 1,\n  \"name\": \"x\",\n}"));
        Assert.Single(e.Problems);
        Assert.NotNull(e.Problems[0].Line);
    }

    [Fact]
    public void Read_BadLocalIndicator_IsReportedInTheFrameworkFormatsWords()
    {
        const string json = """
            {
              "formatVersion": 1,
              "name": "x",
              "localIndicators": [
                { "id": "local", "title": "t", "outcome": "PC", "aims": ["PC1"], "role": "context", "measure": "rate",
                  "polarity": "higherIsBetter", "unit": "", "decimalPlaces": 9, "period": "yearEnding31March" }
              ]
            }
            """;
        var e = Assert.Throws<OverlayValidationException>(() => LocalOverlayJson.Read(json));
        Assert.Contains(e.Problems, p => p.Path == "$.localIndicators[0].decimalPlaces" && p.Line == 6);
        Assert.Contains(e.Problems, p => p.Path == "$.localIndicators[0].polarity" && p.Message.Contains("context", StringComparison.Ordinal));
    }

    [Fact]
    public void Apply_InconsistentOverlay_ReportsEveryProblemWithLines()
    {
        const string json = """
            {
              "formatVersion": 1,
              "name": "x",
              "framework": "ecm-wales",
              "scoring": { "limitingRule": { "outcome": "XX" } },
              "outcomes": { "ZZ": { "weight": 1 } },
              "indicators": {
                "no-such": { "weight": 1 },
                "bh-health": { "normalisation": { "method": "distanceToTarget" } }
              },
              "localIndicators": [
                { "id": "bh-health", "title": "t", "outcome": "BH", "aims": ["BH1"], "role": "outcome", "measure": "proportion",
                  "polarity": "higherIsBetter", "unit": "%", "decimalPlaces": 1, "period": "yearEnding31March" },
                { "id": "pc-local", "title": "t", "outcome": "PC", "aims": ["PC9"], "role": "outcome", "measure": "proportion",
                  "polarity": "higherIsBetter", "unit": "%", "decimalPlaces": 1, "period": "yearEnding31March" }
              ]
            }
            """;
        var overlay = LocalOverlayJson.Read(json, "x.json");
        var e = Assert.Throws<OverlayValidationException>(() => overlay.Apply(World.Framework));
        var paths = e.Problems.Select(p => p.Path).ToList();
        Assert.Contains("$.framework", paths);
        Assert.Contains("$.localIndicators[0].id", paths);
        Assert.Contains("$.outcomes.ZZ", paths);
        Assert.Contains("$.indicators['no-such']", paths);
        Assert.Contains("$.scoring.limitingRule.outcome", paths);
        Assert.Equal(4, e.Problems.Single(p => p.Path == "$.framework").Line);
        Assert.Equal(8, e.Problems.Single(p => p.Path == "$.indicators['no-such']").Line);
        Assert.Equal("x.json", e.SourceName);
    }

    [Fact]
    public void Apply_ScoredLocalIndicatorWithoutTargetMethod_IsAProblem()
    {
        const string json = """
            {
              "formatVersion": 1,
              "name": "x",
              "localIndicators": [
                { "id": "pc-local", "title": "t", "outcome": "PC", "aims": ["PC1"], "role": "outcome", "measure": "proportion",
                  "polarity": "higherIsBetter", "unit": "%", "decimalPlaces": 1, "period": "yearEnding31March" }
              ]
            }
            """;
        var e = Assert.Throws<OverlayValidationException>(() => LocalOverlayJson.Read(json).Apply(World.Framework));
        Assert.Contains(e.Problems, p => p.Path == "$.localIndicators[0]" && p.Message.Contains("goalposts", StringComparison.Ordinal));
    }

    [Fact]
    public void Apply_UnknownAimOfLocalIndicator_IsReportedThroughTheFramework()
    {
        const string json = """
            {
              "formatVersion": 1,
              "name": "x",
              "indicators": { "pc-local": { "normalisation": { "method": "goalposts", "lower": 0, "upper": 100 } } },
              "localIndicators": [
                { "id": "pc-local", "title": "t", "outcome": "PC", "aims": ["PC9"], "role": "outcome", "measure": "proportion",
                  "polarity": "higherIsBetter", "unit": "%", "decimalPlaces": 1, "period": "yearEnding31March" }
              ]
            }
            """;
        var e = Assert.Throws<OverlayValidationException>(() => LocalOverlayJson.Read(json).Apply(World.Framework));
        Assert.Contains(e.Problems, p => p.Path.StartsWith("$.localIndicators", StringComparison.Ordinal) && p.Message.Contains("PC9", StringComparison.Ordinal));
    }

    [Fact]
    public void Apply_ScoresWithTheLocalDefinitions()
    {
        var overlay = LocalOverlayJson.Read("""
            {
              "formatVersion": 1,
              "name": "x",
              "indicators": { "bh-health": { "target": 40, "normalisation": { "method": "distanceToTarget" } } }
            }
            """);
        var (framework, policy) = overlay.Apply(World.Framework);
        var card = World.Engine(policy, framework).Score(SyntheticWorld.LaCodes[0], 2025);
        var result = card.FindIndicator("bh-health")!;
        Assert.Equal(NormalisationMethod.DistanceToTarget, result.Score!.Normalisation.Method);
        Assert.Equal(40, result.Target!.Target.Value);
        var min = World.Observations.Where(o => o.IndicatorId == "bh-health" && o.Period.EndYear == 2025 && o.AreaCode.StartsWith("E0", StringComparison.Ordinal)).Min(o => o.Value!.Value);
        Assert.Equal(Math.Min(100, 100 * (result.Value!.Value - min) / (40 - min)), result.Score.Value, 9);
    }
}
