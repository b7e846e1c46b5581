using System;
using System.Linq;
using OutcomesFramework.Scoring;
using OutcomesFramework.Scoring.Overlays;
using Xunit;

namespace OutcomesFramework.Tests.Scoring;

/// <summary>
/// Every range the overlay reader checks, tried at and just past each end (the ranges are those of
/// docs/overlay-format.md): a value at an end is read, one past it is refused at its JSON path, with the range said.
/// </summary>
public sealed class OverlayRangeTest
{
    private static string Scoring(string members) => "{ \"formatVersion\": 1, \"name\": \"x\", \"scoring\": { " + members + " } }";

    private static string Indicator(string members) => "{ \"formatVersion\": 1, \"name\": \"x\", \"indicators\": { \"bh-health\": { " + members + " } } }";

    public static TheoryData<string, string, string?> Cases() => new()
    {
        // (overlay, the path of the refused value or null when read, the requirement the problem states)
        { Scoring("\"confidenceLevel\": 0.5"), null!, null },
        { Scoring("\"confidenceLevel\": 0.999"), null!, null },
        { Scoring("\"confidenceLevel\": 0.4999"), "$.scoring.confidenceLevel", "Expected a probability from 0.5 to below 1, for example 0.95, found 0.4999." },
        { Scoring("\"confidenceLevel\": 1"), "$.scoring.confidenceLevel", "Expected a probability from 0.5 to below 1, for example 0.95, found 1." },
        { Scoring("\"outcomeCoverageThreshold\": 0"), null!, null },
        { Scoring("\"outcomeCoverageThreshold\": 1"), null!, null },
        { Scoring("\"outcomeCoverageThreshold\": -0.01"), "$.scoring.outcomeCoverageThreshold", "Expected a share from 0 to 1, found -0.01." },
        { Scoring("\"outcomeCoverageThreshold\": 1.01"), "$.scoring.outcomeCoverageThreshold", "Expected a share from 0 to 1, found 1.01." },
        { Scoring("\"overallCoverageThreshold\": 0"), null!, null },
        { Scoring("\"overallCoverageThreshold\": 1"), null!, null },
        { Scoring("\"overallCoverageThreshold\": -0.01"), "$.scoring.overallCoverageThreshold", "Expected a share from 0 to 1, found -0.01." },
        { Scoring("\"overallCoverageThreshold\": 1.01"), "$.scoring.overallCoverageThreshold", "Expected a share from 0 to 1, found 1.01." },
        { Scoring("\"outcomeAggregation\": \"generalised\", \"aggregationPower\": -100"), null!, null },
        { Scoring("\"overallAggregation\": \"generalised\", \"aggregationPower\": 100"), null!, null },
        { Scoring("\"outcomeAggregation\": \"generalised\", \"aggregationPower\": 0"), "$.scoring.aggregationPower", "Expected a power from −100 to 100, not 0 (0 is the geometric mean), found 0." },
        { Scoring("\"outcomeAggregation\": \"generalised\", \"aggregationPower\": 100.5"), "$.scoring.aggregationPower", "Expected a power from −100 to 100, not 0 (0 is the geometric mean), found 100.5." },
        { Scoring("\"outcomeAggregation\": \"generalised\", \"aggregationPower\": -100.5"), "$.scoring.aggregationPower", "Expected a power from −100 to 100, not 0 (0 is the geometric mean), found -100.5." },
        { Scoring("\"winsorisation\": { \"limit\": 1, \"skewnessThreshold\": 1000, \"kurtosisThreshold\": -3 }"), null!, null },
        { Scoring("\"winsorisation\": { \"limit\": 1000, \"skewnessThreshold\": 0.001, \"kurtosisThreshold\": 1000 }"), null!, null },
        { Scoring("\"winsorisation\": { \"skewnessThreshold\": 0 }"), "$.scoring.winsorisation.skewnessThreshold", "Expected a skewness above 0, at most 1000, found 0." },
        { Scoring("\"winsorisation\": { \"skewnessThreshold\": 1000.5 }"), "$.scoring.winsorisation.skewnessThreshold", "Expected a skewness above 0, at most 1000, found 1000.5." },
        { Scoring("\"winsorisation\": { \"kurtosisThreshold\": -3.01 }"), "$.scoring.winsorisation.kurtosisThreshold", "Expected an excess kurtosis from −3 to 1000, found -3.01." },
        { Scoring("\"winsorisation\": { \"kurtosisThreshold\": 1000.5 }"), "$.scoring.winsorisation.kurtosisThreshold", "Expected an excess kurtosis from −3 to 1000, found 1000.5." },
        { Scoring("\"rankingCoverage\": { \"rule\": \"flag\", \"threshold\": 0 }"), null!, null },
        { Scoring("\"rankingCoverage\": { \"rule\": \"shrink\", \"threshold\": 1 }"), null!, null },
        { Scoring("\"rankingCoverage\": { \"rule\": \"flag\", \"threshold\": -0.01 }"), "$.scoring.rankingCoverage.threshold", "Expected a share from 0 to 1, found -0.01." },
        { Scoring("\"rankingCoverage\": { \"rule\": \"minimum\", \"threshold\": 1.01 }"), "$.scoring.rankingCoverage.threshold", "Expected a share from 0 to 1, found 1.01." },
        { Scoring("\"normalisation\": { \"method\": \"zScore\", \"mean\": 0, \"sd\": 100 }"), null!, null },
        { Scoring("\"normalisation\": { \"method\": \"zScore\", \"mean\": 100, \"sd\": 0.001 }"), null!, null },
        { Scoring("\"normalisation\": { \"method\": \"zScore\", \"mean\": -0.5 }"), "$.scoring.normalisation.mean", "Expected a score from 0 to 100, found -0.5." },
        { Scoring("\"normalisation\": { \"method\": \"zScore\", \"mean\": 100.5 }"), "$.scoring.normalisation.mean", "Expected a score from 0 to 100, found 100.5." },
        { Scoring("\"normalisation\": { \"method\": \"zScore\", \"sd\": 0 }"), "$.scoring.normalisation.sd", "Expected a number above 0, at most 100, found 0." },
        { Scoring("\"normalisation\": { \"method\": \"zScore\", \"sd\": 100.5 }"), "$.scoring.normalisation.sd", "Expected a number above 0, at most 100, found 100.5." },
        { Indicator("\"weight\": 0, \"target\": 50, \"tolerance\": 0"), null!, null },
        { "{ \"formatVersion\": 1, \"name\": \"x\", \"outcomes\": { \"SS\": { \"weight\": 0 } } }", null!, null },
        { "{ \"formatVersion\": 1, \"name\": \"x\", \"outcomes\": { \"SS\": { \"weight\": -0.5 } } }", "$.outcomes.SS.weight", "Expected a weight of 0 or more, found -0.5." },
        { Indicator("\"weight\": -0.5"), "$.indicators['bh-health'].weight", "Expected a weight of 0 or more, found -0.5." },
        { Indicator("\"target\": 50, \"tolerance\": -0.5"), "$.indicators['bh-health'].tolerance", "Expected a tolerance of 0 or more, found -0.5." },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Range_IsReadAtItsEnds_AndRefusedPastThem(string json, string? path, string? message)
    {
        if (path is null)
        {
            var overlay = LocalOverlayJson.Read(json);
            Assert.Equal("x", overlay.Name);
            return;
        }
        var e = Assert.Throws<OverlayValidationException>(() => LocalOverlayJson.Read(json));
        var problem = Assert.Single(e.Problems);
        Assert.Equal(path, problem.Path);
        Assert.Equal(message, problem.Message);
        Assert.Equal(1, problem.Line);
    }

    [Fact]
    public void ValuesAtTheEnds_AreTheValuesRead()
    {
        var s = LocalOverlayJson.Read(Scoring("\"confidenceLevel\": 0.5, \"outcomeCoverageThreshold\": 0, \"overallCoverageThreshold\": 1, "
            + "\"overallAggregation\": \"generalised\", \"aggregationPower\": -100, \"rankingCoverage\": { \"rule\": \"shrink\", \"threshold\": 1 }, "
            + "\"winsorisation\": { \"limit\": 1000, \"skewnessThreshold\": 1000, \"kurtosisThreshold\": -3 }")).Settings;
        Assert.Equal(0.5, s.ConfidenceLevel!.Probability);
        Assert.Equal(0, s.OutcomeCoverageThreshold);
        Assert.Equal(1, s.OverallCoverageThreshold);
        Assert.Equal(AggregationMethod.Generalised, s.OverallAggregation);
        Assert.Null(s.OutcomeAggregation);
        Assert.Equal(-100, s.AggregationPower);
        Assert.Equal(RankingCoverage.Shrink(1), s.RankingCoverage);
        Assert.Equal((1000, 1000.0, -3.0), (s.Treatment!.WinsorisationLimit, s.Treatment.SkewnessThreshold, s.Treatment.KurtosisThreshold));
        var policy = LocalOverlayJson.Read(Indicator("\"weight\": 0, \"target\": 50, \"tolerance\": 0")).Indicators["bh-health"];
        Assert.Equal(0, policy.Weight);
        Assert.Equal(new LocalTarget(50, 0), policy.Target);
    }
}
