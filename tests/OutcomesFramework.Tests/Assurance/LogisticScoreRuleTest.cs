using System;
using System.Linq;
using NodaTime;
using OutcomesFramework.Assurance;
using OutcomesFramework.Inspections;
using Xunit;
using static OutcomesFramework.Tests.Assurance.AssuranceTestData;

namespace OutcomesFramework.Tests.Assurance;

public sealed class LogisticScoreRuleTest
{
    private static readonly LogisticScoreFit Fit = new("ridge logistic regression", 30, 268, 106, new LocalDate(2018, 5, 1), new LocalDate(2025, 3, 10), "test fixture");

    // Intercept variance 0.04, each coefficient 0.01, no covariances.
    private static readonly double[] Covariance =
    {
        0.04, 0, 0, 0, 0,
        0, 0.01, 0, 0, 0,
        0, 0, 0.01, 0, 0,
        0, 0, 0, 0.01, 0,
        0, 0, 0, 0, 0.01,
    };

    private static LogisticScoreRule Rule(double a = 0, double b = 1) => new("model", Severity.Advisory, "requires improvement or inadequate", 0.6, -0.5, new[]
    {
        new LogisticScoreTerm("sw-turnover", 0.5, 16, 4),
        new LogisticScoreTerm("sw-caseload:change", -0.2, 0, 2),
        new LogisticScoreTerm("previous-judgement", 0.3, 2.5, 1),
        new LogisticScoreTerm("previous-judgement", 0.4, 0.5, 0.5, missingIndicator: true),
    }, Covariance, Fit, a, b);

    /// <summary>Turnover 24% against a mean of 16 and SD 4 (z = 2), caseload up 2 on the year before (z = 1), no inspection yet.</summary>
    private static AreaEvidence FirstInspection() => Area(Value(Turnover, 24, england: 16), Series(Caseload, 18, 20));

    [Fact]
    public void Score_IsTheLogisticOfTheStandardisedSum_WithTheDeltaMethodInterval()
    {
        // η = −0.5 + 0.5·2 − 0.2·1 + 0.3·0 (judgement missing: the mean) + 0.4·(1 − 0.5)/0.5 = 0.7; p = 1/(1 + e^−0.7) = 0.668188.
        // Var(η) = 0.04 + 0.01·(2² + 1² + 0² + 1²) = 0.10; η ± 1.959964·√0.10 = 0.080205, 1.319795 → 0.520040, 0.789148.
        var risk = Rule().Score(FirstInspection());
        Assert.Equal(0.6681877721681662, risk.Probability, 12);
        Assert.Equal(0.5200404999699473, risk.Lower, 12);
        Assert.Equal(0.7891476032177819, risk.Upper, 12);
        Assert.Equal(new[] { "sw-turnover", "previous-judgement:missing", "sw-caseload:change", "previous-judgement" }, risk.Contributions.Select(c => c.Feature));
        Assert.Equal(new[] { 1.0, 0.4, -0.2, 0.0 }, risk.Contributions.Select(c => Math.Round(c.Contribution, 12)));
        Assert.Equal("Social worker turnover 24% (England 16%): +1.00", risk.Contributions[0].Description);
        Assert.Equal("No graded inspection yet: +0.40", risk.Contributions[1].Description);
        Assert.Equal("Change in Average caseload on the period before +2 cases per FTE: \u22120.20", risk.Contributions[2].Description);
        Assert.Equal("No previous judgement (counted as the training average): 0.00", risk.Contributions[3].Description);
        Assert.Null(risk.Contributions[3].Value);
        Assert.Equal("0.67 (95% interval 0.52\u20130.79)", risk.Describe());
    }

    [Fact]
    public void Score_Recalibrated_UsesTheSlopeAndIntercept()
    {
        // a + bη = 0.2 + 0.5·0.7 = 0.55 → 0.634136; each contribution is halved.
        var risk = Rule(0.2, 0.5).Score(FirstInspection());
        Assert.Equal(0.6341355910108007, risk.Probability, 12);
        Assert.Equal(0.5, risk.Contributions[0].Contribution, 12);
    }

    [Fact]
    public void Score_WithAPreviousJudgement_ReadsItAndItsFlag()
    {
        // Requires improvement (3): z = 0.5 → +0.15; the flag reads 0: z = −1 → −0.4. η = −0.5 + 1 − 0.2 + 0.15 − 0.4 = 0.05.
        var inspection = Graded(new LocalDate(2022, 5, 9), OfstedGrade.RequiresImprovement);
        var evidence = new AreaEvidence(Hartlepool, 2025, AsOf, new[] { Value(Turnover, 24, england: 16), Series(Caseload, 18, 20) }, null, new[] { inspection });
        var risk = Rule().Score(evidence);
        Assert.Equal(1 / (1 + Math.Exp(-0.05)), risk.Probability, 12);
        Assert.Contains(risk.Contributions, c => c.Description == "Previous overall judgement requires improvement to be good (inspected 2022-05-09): +0.15");
        Assert.Contains(risk.Contributions, c => c.Description == "A graded inspection already (not a first inspection): \u22120.40");
    }

    [Fact]
    public void Score_ChangeAcrossAGap_IsMissing()
    {
        // 2023 suppressed: 2024 → 2025 has a value only at 2025, and 2022 → 2025 is not consecutive.
        var risk = Rule().Score(Area(Value(Turnover, 16), Series(Caseload, 30, null, 20)));
        var change = risk.Contributions.Single(c => c.Feature == "sw-caseload:change");
        Assert.Null(change.Value);
        Assert.Equal(0, change.Contribution);
    }

    [Fact]
    public void Evaluate_RaisesTheSeverityFromRaiseAt_AndInformationBelow()
    {
        var high = Assert.Single(Run(Rule(), FirstInspection()).Findings);
        Assert.Equal(Severity.Advisory, high.Severity);
        Assert.Equal(RuleKind.LogisticScore, high.Kind);
        Assert.Null(high.OutcomeId);
        Assert.NotNull(high.Risk);
        Assert.Equal(high.Risk!.Probability, high.Evidence[0].Number);
        Assert.StartsWith("Estimated probability of requires improvement or inadequate: 0.67 (95% interval 0.52\u20130.79), at or above 0.60. Largest contributions: Social worker turnover",
            high.Message, StringComparison.Ordinal);
        // Turnover at the mean: η = −0.5 − 0.2 + 0.4 = −0.3 → 0.43 < 0.6.
        var low = Assert.Single(Run(Rule(), Area(Value(Turnover, 16), Series(Caseload, 18, 20))).Findings);
        Assert.Equal(Severity.Information, low.Severity);
        Assert.Equal(1 / (1 + Math.Exp(0.3)), low.Risk!.Probability, 12);
    }

    [Fact]
    public void Validate_UnknownIndicator_IsAProblemAtTheTerm()
    {
        var rule = new LogisticScoreRule("m", Severity.Advisory, "t", 0.5, 0, new[] { new LogisticScoreTerm("no-such:change", 1, 0, 1) }, new[] { 1.0, 0, 0, 1 }, Fit);
        var problem = Assert.Single(new RuleSet("t", "1", new[] { rule }).Validate(Framework));
        Assert.Equal("$.rules[0].terms[0].feature", problem.Path);
    }

    [Theory]
    [InlineData("previous-judgement:change")]
    [InlineData(":change")]
    [InlineData("bad id")]
    [InlineData("")]
    public void Term_BadFeatureName_IsRefused(string feature) =>
        Assert.Throws<ArgumentException>(() => new LogisticScoreTerm(feature, 1, 0, 1));

    [Fact]
    public void Constructor_RefusesBadCovarianceAndRepeats()
    {
        var term = new LogisticScoreTerm("sw-turnover", 1, 0, 1);
        Assert.Throws<ArgumentException>(() => new LogisticScoreRule("m", Severity.Advisory, "t", 0.5, 0, new[] { term }, new[] { 1.0, 0, 0 }, Fit));
        Assert.Throws<ArgumentException>(() => new LogisticScoreRule("m", Severity.Advisory, "t", 0.5, 0, new[] { term }, new[] { 1.0, 0.5, 0, 1 }, Fit));
        Assert.Throws<ArgumentException>(() => new LogisticScoreRule("m", Severity.Advisory, "t", 0.5, 0, new[] { term }, new[] { -1.0, 0, 0, 1 }, Fit));
        Assert.Throws<ArgumentException>(() => new LogisticScoreRule("m", Severity.Advisory, "t", 0.5, 0, new[] { term, term }, new double[9], Fit));
        Assert.Throws<ArgumentException>(() => new LogisticScoreRule("m", Severity.Advisory, "t", 1, 0, new[] { term }, new[] { 1.0, 0, 0, 1 }, Fit));
        Assert.Throws<ArgumentException>(() => new LogisticScoreRule("m", Severity.Advisory, "t", 0.5, 0, new[] { term }, new[] { 1.0, 0, 0, 1 }, Fit, 0, 0));
        Assert.ThrowsAny<ArgumentException>(() => new LogisticScoreFit("m", 1, 10, 10, new LocalDate(2020, 1, 1), new LocalDate(2021, 1, 1), "s"));
        Assert.Throws<ArgumentException>(() => new LogisticScoreFit("m", 1, 10, 5, new LocalDate(2022, 1, 1), new LocalDate(2021, 1, 1), "s"));
    }

    [Fact]
    public void Json_RoundTrips_AndWritesTheDocumentedShape()
    {
        var set = new RuleSet("t", "1", new[] { Rule(0.2, 0.5) });
        var json = RuleSetJson.ToJson(set);
        Assert.Equal(set, RuleSetJson.Read(json, Framework));
        Assert.Contains("\"kind\": \"logisticScore\"", json, StringComparison.Ordinal);
        Assert.Contains("\"feature\": \"previous-judgement\",\n          \"missing\": true,", json, StringComparison.Ordinal);
        Assert.Contains("\"calibration\": {\n        \"intercept\": 0.2,\n        \"slope\": 0.5\n      }", json, StringComparison.Ordinal);
        Assert.Contains("\"from\": \"2018-05-01\"", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_Problems_AreReportedWithTheirPaths()
    {
        var json = RuleSetJson.ToJson(new RuleSet("t", "1", new[] { Rule() }))
            .Replace("\"from\": \"2018-05-01\"", "\"from\": \"1 May 2018\"", StringComparison.Ordinal)
            .Replace("\"sd\": 4", "\"sd\": 0", StringComparison.Ordinal);
        var ex = Assert.Throws<RuleSetValidationException>(() => RuleSetJson.Read(json, Framework));
        Assert.Contains(ex.Problems, p => p.Path == "$.rules[0].fit.from" && p.Message.Contains("yyyy-MM-dd", StringComparison.Ordinal));
        Assert.Contains(ex.Problems, p => p.Path == "$.rules[0].terms[0].sd");

        var wrongSize = RuleSetJson.ToJson(new RuleSet("t", "1", new[] { Rule() })).Replace("[\n          0.04,", "[\n          0.04, 9,", StringComparison.Ordinal);
        var ex2 = Assert.Throws<RuleSetValidationException>(() => RuleSetJson.Read(wrongSize, Framework));
        Assert.Contains(ex2.Problems, p => p.Path == "$.rules[0].covariance" && p.Message.Contains("5 rows of 5 numbers", StringComparison.Ordinal));
    }
}
