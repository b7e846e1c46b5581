using System;
using System.Collections.Generic;
using System.Linq;
using OutcomesFramework.Scoring;
using OutcomesFramework.Scoring.Overlays;
using Xunit;

namespace OutcomesFramework.Tests.Scoring;

/// <summary>What applying an overlay to a framework and policy gives: each problem at its path and line with its exact
/// words, and each indicator's settings merged over the policy's, an overlay's silence keeping what the policy had.</summary>
public sealed class LocalOverlayApplyTest
{
    private static readonly SyntheticWorld World = new(seed: 11);

    private static KeyValuePair<string, T> Pair<T>(string key, T value) => new(key, value);

    private static OverlayValidationException Refused(string json) =>
        Assert.Throws<OverlayValidationException>(() => LocalOverlayJson.Read(json, "local.json").Apply(World.Framework));

    [Fact]
    public void UnknownIndicatorOutcomeAndLimitingOutcome_AreEachAProblem_AtTheirLine()
    {
        var e = Refused("{\n  \"formatVersion\": 1,\n  \"name\": \"x\",\n  \"scoring\": { \"limitingRule\": { \"outcome\": \"XX\" } },\n"
            + "  \"indicators\": {\n    \"no-such\": { \"weight\": 1 }\n  },\n  \"outcomes\": {\n    \"ZZ\": { \"weight\": 2 }\n  }\n}");
        Assert.Equal(new[]
        {
            ("$.indicators['no-such']", "The framework has no indicator 'no-such'.", (long?)6),
            ("$.outcomes.ZZ", "The framework has no outcome 'ZZ'.", 9),
            ("$.scoring.limitingRule.outcome", "The framework has no outcome 'XX'.", 4),
        }, e.Problems.Select(p => (p.Path, p.Message, p.Line)));
        Assert.Equal("local.json", e.SourceName);
    }

    [Fact]
    public void DistanceToTargetWithoutATarget_IsAProblem_UnlessExcludedOrNotScored()
    {
        var e = Refused("{\n  \"formatVersion\": 1,\n  \"name\": \"x\",\n  \"indicators\": {\n    \"bh-health\": {\n      \"normalisation\": { \"method\": \"distanceToTarget\" }\n    }\n  }\n}");
        var problem = Assert.Single(e.Problems);
        Assert.Equal("$.indicators['bh-health'].normalisation", problem.Path);
        Assert.Equal("Indicator 'bh-health' is scored by distance to target but has no target; give it a \"target\".", problem.Message);
        Assert.Equal(6, problem.Line);
        // Excluded, it is not scored; an enabler is never scored; a target in the normalisation or the indicator will do.
        foreach (var settings in new[]
        {
            "\"bh-health\": { \"exclude\": true, \"normalisation\": { \"method\": \"distanceToTarget\" } }",
            "\"ss-turnover\": { \"normalisation\": { \"method\": \"distanceToTarget\" } }",
            "\"bh-health\": { \"normalisation\": { \"method\": \"distanceToTarget\", \"target\": 60 } }",
            "\"bh-health\": { \"target\": 60, \"normalisation\": { \"method\": \"distanceToTarget\" } }",
        })
        {
            var (_, policy) = LocalOverlayJson.Read("{ \"formatVersion\": 1, \"name\": \"x\", \"indicators\": { " + settings + " } }").Apply(World.Framework);
            Assert.Equal(NormalisationMethod.DistanceToTarget, policy.NormalisationOf(settings.Contains("turnover", StringComparison.Ordinal) ? "ss-turnover" : "bh-health").Method);
        }
    }

    [Fact]
    public void ScoredLocalIndicator_NeedsAnAbsoluteMethod_UnlessExcluded()
    {
        const string local = "\"localIndicators\": [ { \"id\": \"pc-local\", \"title\": \"t\", \"outcome\": \"PC\", \"aims\": [\"PC1\"], \"role\": \"outcome\", \"measure\": \"proportion\", "
            + "\"polarity\": \"higherIsBetter\", \"unit\": \"%\", \"decimalPlaces\": 1, \"period\": \"yearEnding31March\" } ]";
        var e = Refused("{ \"formatVersion\": 1, \"name\": \"x\", " + local + " }");
        var problem = Assert.Single(e.Problems);
        Assert.Equal("$.localIndicators[0]", problem.Path);
        Assert.Equal("Local indicator 'pc-local' is scored, but only the council has data for it: give it a \"normalisation\" of distanceToTarget (with a target) or goalposts in \"indicators\".", problem.Message);
        Assert.Equal(1, problem.Line);
        var (framework, policy) = LocalOverlayJson.Read("{ \"formatVersion\": 1, \"name\": \"x\", \"indicators\": { \"pc-local\": { \"exclude\": true } }, " + local + " }").Apply(World.Framework);
        Assert.NotNull(framework.FindIndicator("pc-local"));
        Assert.True(policy.ForIndicator("pc-local").IsExcluded);
    }

    [Fact]
    public void LocalIndicatorWithAFrameworkId_IsAProblem_AtItsId()
    {
        var e = Refused("{ \"formatVersion\": 1, \"name\": \"x\", \"localIndicators\": [ { \"id\": \"bh-health\", \"title\": \"t\", \"outcome\": \"BH\", \"aims\": [\"BH1\"], "
            + "\"role\": \"context\", \"measure\": \"proportion\", \"polarity\": \"none\", \"unit\": \"%\", \"decimalPlaces\": 1, \"period\": \"yearEnding31March\" } ] }");
        var problem = Assert.Single(e.Problems);
        Assert.Equal("$.localIndicators[0].id", problem.Path);
        Assert.Equal("Local indicator 'bh-health' has the id of one of the framework's indicators; give it its own id.", problem.Message);
    }

    [Fact]
    public void IndicatorSettings_MergeOverThePolicys_SilenceKeepsThem()
    {
        var basePolicy = ScoringPolicy.Default.WithIndicator("bh-health",
            IndicatorPolicy.None.WithWeight(2).WithTarget(new LocalTarget(50, 5)).WithNormalisation(Normalisation.Goalposts(20, 80)).WithExcluded(true));
        var (_, kept) = LocalOverlayJson.Read("{ \"formatVersion\": 1, \"name\": \"x\", \"indicators\": { \"bh-health\": { \"exclude\": false } } }").Apply(World.Framework, basePolicy);
        Assert.Equal(basePolicy.ForIndicator("bh-health"), kept.ForIndicator("bh-health"));
        var (_, changed) = LocalOverlayJson.Read("{ \"formatVersion\": 1, \"name\": \"x\", \"indicators\": { \"bh-health\": { \"weight\": 3, \"target\": 60, \"tolerance\": 1, "
            + "\"normalisation\": { \"method\": \"zScore\" } } } }").Apply(World.Framework, basePolicy);
        var s = changed.ForIndicator("bh-health");
        Assert.Equal(3, s.Weight);
        Assert.Equal(new LocalTarget(60, 1), s.Target);
        Assert.Equal(NormalisationMethod.ZScore, s.Normalisation!.Method);
        Assert.True(s.IsExcluded);
        var (_, fresh) = LocalOverlayJson.Read("{ \"formatVersion\": 1, \"name\": \"x\", \"indicators\": { \"bh-health\": { \"exclude\": true } } }").Apply(World.Framework);
        Assert.True(fresh.ForIndicator("bh-health").IsExcluded);
        Assert.Null(fresh.ForIndicator("bh-health").Weight);
    }

    [Fact]
    public void OutcomeWeights_AreApplied()
    {
        var (_, policy) = LocalOverlayJson.Read("{ \"formatVersion\": 1, \"name\": \"x\", \"outcomes\": { \"SS\": { \"weight\": 2.5 } } }").Apply(World.Framework);
        Assert.Equal(2.5, policy.OutcomeWeight("SS"));
        Assert.Equal(ScoringPolicy.Default.OutcomeWeight("BH"), policy.OutcomeWeight("BH"));
    }

    [Fact]
    public void Constructor_RefusesRepeatedIdsAndNegativeWeights()
    {
        Tests.Refused.Argument(() => new LocalOverlay("x", indicators: new[] { Pair("bh-health", IndicatorPolicy.None), Pair("bh-health", IndicatorPolicy.None) }),
            "indicators", "Indicator 'bh-health' is given twice.");
        Assert.Throws<ArgumentNullException>("indicators", () => new LocalOverlay("x", indicators: new[] { Pair("bh-health", (IndicatorPolicy)null!) }));
        Tests.Refused.Argument(() => new LocalOverlay("x", outcomeWeights: new[] { Pair("SS", 1.0), Pair("SS", 2.0) }), "outcomeWeights", "Outcome 'SS' is given twice.");
        Tests.Refused.OutOfRange(() => new LocalOverlay("x", outcomeWeights: new[] { Pair("SS", -0.5) }), "outcomeWeights");
        Tests.Refused.Argument(() => new LocalOverlay("x", dataFiles: new[] { " " }), "dataFiles", "");
        Tests.Refused.Argument(() => new LocalOverlay(" "), "name", "");
        var overlay = new LocalOverlay("  Northtown  ", outcomeWeights: new[] { Pair("SS", 0.0) }, dataFiles: new[] { "a.csv" });
        Assert.Equal("Northtown", overlay.Name);
        Assert.Equal(0.0, overlay.OutcomeWeights["SS"]);
        Assert.Equal(new[] { "a.csv" }, overlay.DataFiles);
        Assert.Same(OverlaySettings.None, overlay.Settings);
        Assert.Throws<ArgumentNullException>("framework", () => overlay.Apply(null!));
    }
}
