using System;
using System.Collections.Generic;
using System.Linq;
using NodaTime;
using OutcomesFramework.Assurance;
using Xunit;
using static OutcomesFramework.Tests.Assurance.AssuranceTestData;

namespace OutcomesFramework.Tests.Assurance;

/// <summary>The logistic score's argument checks, feature reading, texts, interval arithmetic and edges.</summary>
public sealed class LogisticScoreRuleEdgesTest
{
    private static readonly LogisticScoreFit Fit = new("ridge", 1, 100, 40, new LocalDate(2019, 1, 1), new LocalDate(2024, 12, 31), "fixture");

    private static readonly LogisticScoreTerm Turnover1 = new("sw-turnover", 1, 0, 1);

    private static double Sigmoid(double x) => 1 / (1 + Math.Exp(-x));

    /// <summary>A k × k diagonal covariance with <paramref name="d"/> on the diagonal.</summary>
    private static double[] Diagonal(int k, double d)
    {
        var c = new double[k * k];
        for (var a = 0; a < k; a++)
        {
            c[(a * k) + a] = d;
        }
        return c;
    }

    private static LogisticScoreRule Model(double intercept, params LogisticScoreTerm[] terms) =>
        new("m", Severity.Concern, "t", 0.5, intercept, terms, Diagonal(terms.Length + 1, 0), Fit);

    private static LogisticScoreRule Model(params LogisticScoreTerm[] terms) => Model(0, terms);

    private static LogisticScoreRule WithCovariance(params double[] covariance) =>
        new("m", Severity.Concern, "t", 0.5, 0, new[] { Turnover1 }, covariance, Fit);

    [Fact]
    public void Constructor_RefusesEachBadNumber_NamingIt()
    {
        var cov = new[] { 1.0, 0, 0, 1 };
        var terms = new[] { Turnover1 };
        Refused.Argument(() => new LogisticScoreRule("m", Severity.Concern, "t", 0, 0, terms, cov, Fit), "raiseAt", "The probability that raises the finding (0) must be between 0 and 1.");
        Refused.Argument(() => new LogisticScoreRule("m", Severity.Concern, "t", 0.5, double.NaN, terms, cov, Fit), "intercept", "The intercept NaN is not a finite number.");
        Refused.Argument(() => new LogisticScoreRule("m", Severity.Concern, "t", 0.5, double.PositiveInfinity, terms, cov, Fit), "intercept", "The intercept Infinity is not a finite number.");
        Refused.Argument(() => new LogisticScoreRule("m", Severity.Concern, "t", 0.5, 0, terms, cov, Fit, double.NaN), "calibrationIntercept", "The calibration intercept NaN is not a finite number.");
        Refused.Argument(() => new LogisticScoreRule("m", Severity.Concern, "t", 0.5, 0, terms, cov, Fit, 0, 0), "calibrationSlope", "The calibration slope 0 must be a finite number above 0.");
        Refused.Argument(() => new LogisticScoreRule("m", Severity.Concern, "t", 0.5, 0, terms, cov, Fit, 0, double.PositiveInfinity), "calibrationSlope", "The calibration slope Infinity must be a finite number above 0.");
        // Just inside every range is fine.
        var rule = new LogisticScoreRule("m", Severity.Concern, " t ", 1e-9, -3, terms, cov, Fit, -2, 1e-9);
        Assert.Equal("t", rule.Target);
        Assert.Equal(1e-9, rule.RaiseAt);
        Assert.Equal(-3, rule.Intercept);
        Assert.Equal(-2, rule.CalibrationIntercept);
        Assert.Equal(1e-9, rule.CalibrationSlope);
        Assert.Same(Fit, rule.Fit);
        Assert.Equal(RuleKind.LogisticScore, rule.Kind);
    }

    [Fact]
    public void Constructor_RefusesBadTerms()
    {
        Refused.Argument(() => new LogisticScoreRule("m", Severity.Concern, "t", 0.5, 0, new LogisticScoreTerm[] { null! }, new[] { 1.0, 0, 0, 1 }, Fit), "terms", "Element 0 is null.");
        Refused.Argument(() => new LogisticScoreRule("m", Severity.Concern, "t", 0.5, 0, Array.Empty<LogisticScoreTerm>(), new[] { 1.0 }, Fit), "terms", "A logistic score needs at least one term.");
        Refused.Argument(() => Model(Turnover1, new LogisticScoreTerm("sw-turnover", 2, 0, 1)), "terms",
            "Feature 'sw-turnover' is listed twice (a feature may appear once as a value and once as a missing-value indicator).");
        // A value and its missing-value indicator are two terms, not a repeat.
        Assert.Equal(2, Model(Turnover1, new LogisticScoreTerm("sw-turnover", 2, 0, 1, missingIndicator: true)).Terms.Length);
    }

    [Fact]
    public void Constructor_RefusesBadCovariance_WithTheReason()
    {
        Refused.Argument(() => WithCovariance(1, 0, 0), "covariance", "The covariance must have (terms + 1)² = 4 values: one row and column for the intercept and each term.");
        Refused.Argument(() => WithCovariance(1, 0, 0, -1), "covariance", "Diagonal element 1 of the covariance is negative or not finite.");
        Refused.Argument(() => WithCovariance(1, 0, 0, double.NaN), "covariance", "Diagonal element 1 of the covariance is negative or not finite.");
        Refused.Argument(() => WithCovariance(1, 0.5, 0, 1), "covariance", "The covariance is not symmetric (row 1).");
        // One off-diagonal infinite: not symmetric, whatever the tolerance.
        Refused.Argument(() => WithCovariance(1, 0, double.PositiveInfinity, 1), "covariance", "The covariance is not symmetric (row 1).");
        Refused.Argument(() => WithCovariance(1, double.PositiveInfinity, 0, 1), "covariance", "The covariance is not symmetric (row 1).");
        // Negative covariances off the diagonal are allowed (only the diagonal must be at least 0).
        Assert.Equal(new[] { 1.0, -0.5, -0.5, 0 }, WithCovariance(1, -0.5, -0.5, 0).Covariance.ToArray());
    }

    [Fact]
    public void Constructor_SymmetryTolerance_IsOneBillionthOfTheLargerOfOneAndTheValues()
    {
        // Values below 1: the tolerance is 1e-9 · 1; a difference of exactly 1e-9 is accepted, 2e-9 is not.
        Assert.NotNull(WithCovariance(1, 0, 1e-9, 1));
        Refused.Argument(() => WithCovariance(1, 0, 2e-9, 1), "covariance", "The covariance is not symmetric (row 1).");
        // Values near 1e6: the tolerance is 1e-9 · 1e6 = 1e-3; a difference of 1e-4 is accepted, 1e-2 is not.
        Assert.NotNull(WithCovariance(1, 1e6, 1e6 + 1e-4, 1));
        Refused.Argument(() => WithCovariance(1, 1e6, 1e6 + 1e-2, 1), "covariance", "The covariance is not symmetric (row 1).");
    }

    [Fact]
    public void Score_NullEvidence_IsRefused()
    {
        var ex = Assert.Throws<ArgumentNullException>(() => Model(Turnover1).Score(null!));
        Assert.Equal("evidence", ex.ParamName);
    }

    [Fact]
    public void Score_OverflowingScore_SaysSo()
    {
        // 1e308 · z with z = 10 is beyond the largest double: η is infinite.
        var rule = Model(new LogisticScoreTerm("sw-turnover", 1e308, 0, 1));
        var ex = Assert.Throws<InvalidOperationException>(() => rule.Score(Area(Value(Turnover, 10))));
        Assert.Equal("The logistic score of rule 'm' overflows for Hartlepool: its coefficients, means or covariance are too large to compute with.", ex.Message);
    }

    [Fact]
    public void Score_OverflowingContribution_SaysSo()
    {
        // η = 1e308 · 1 is finite, but the contribution b·β·z = 10 · 1e308 is not.
        var rule = new LogisticScoreRule("m", Severity.Concern, "t", 0.5, 0, new[] { new LogisticScoreTerm("sw-turnover", 1e308, 0, 1) }, Diagonal(2, 0), Fit, 0, 10);
        var ex = Assert.Throws<InvalidOperationException>(() => rule.Score(Area(Value(Turnover, 1))));
        Assert.Equal("The contribution of feature 'sw-turnover' in rule 'm' overflows for Hartlepool.", ex.Message);
    }

    [Fact]
    public void Score_ExtremeScores_StayInRange()
    {
        // η = 800: 1 / (1 + e^−800) = 1 (e^800 itself would overflow); η = −720: e^−720 / (1 + e^−720) = e^−720, a
        // subnormal above 0 (1 / (1 + e^720) would be 1 / ∞ = 0).
        var atMean = Area(Value(Turnover, 0));
        Assert.Equal(1.0, Model(800, Turnover1).Score(atMean).Probability);
        var low = Model(-720, Turnover1).Score(atMean);
        Assert.True(low.Probability > 0);
        Assert.Equal(Math.Exp(-720), low.Probability);
        Assert.Equal(0.5, Model(0, Turnover1).Score(atMean).Probability);
    }

    [Fact]
    public void Score_Interval_OneTerm()
    {
        // z̃ = (1, 2): z̃ᵀΣz̃ = 0.04 + 2·0.01·2 + 0.09·4 = 0.44; η = 0.3·2 = 0.6.
        var rule = new LogisticScoreRule("m", Severity.Concern, "t", 0.5, 0, new[] { new LogisticScoreTerm("sw-turnover", 0.3, 20, 1) }, new[] { 0.04, 0.01, 0.01, 0.09 }, Fit);
        AssertInterval(0.6, 0.44, rule.Score(Area(Value(Turnover, 22))));
    }

    [Fact]
    public void Score_Interval_TwoTerms()
    {
        // z̃ = (1, 2, −1), Σ diagonal 0.04, 0.01, 0.01 with Σ₀₂ = 0.02: 0.04 + 0.01·4 + 0.01·1 + 2·0.02·1·(−1) = 0.05;
        // η = 0.3·2 + 0.2·(−1) = 0.4.
        var cov = new[] { 0.04, 0, 0.02, 0, 0.01, 0, 0.02, 0, 0.01 };
        var rule = new LogisticScoreRule("m", Severity.Concern, "t", 0.5, 0,
            new[] { new LogisticScoreTerm("sw-turnover", 0.3, 20, 1), new LogisticScoreTerm("sw-agency", 0.2, 10, 1) }, cov, Fit);
        AssertInterval(0.4, 0.05, rule.Score(Area(Value(Turnover, 22), Value(Agency, 9))));
    }

    [Fact]
    public void Score_Interval_NineTerms_FullCovariance()
    {
        // k = 10 (two blocks of four rows, then two single rows). Σ = diag(0.01·(a + 1)) + 0.001·u uᵀ with u = (1, 2, …, 10),
        // so z̃ᵀΣz̃ = Σ 0.01·(a + 1)·z̃ₐ² + 0.001·(u·z̃)². With z̃ = (1, 1, 2, −3, 1, 2, 2, −1, 2, −1):
        // Σ 0.01·(a + 1)·z̃ₐ² = 0.01 + 0.02 + 0.12 + 0.36 + 0.05 + 0.24 + 0.28 + 0.08 + 0.36 + 0.10 = 1.62;
        // u·z̃ = 1 + 2 + 6 − 12 + 5 + 12 + 14 − 8 + 18 − 10 = 28, 0.001·784 = 0.784; total 2.404.
        // η = 0.1·(1 + 2 − 3 + 1 + 2 + 2 − 1 + 2 − 1) = 0.5.
        const int k = 10;
        var cov = new double[k * k];
        for (var a = 0; a < k; a++)
        {
            for (var b = 0; b < k; b++)
            {
                cov[(a * k) + b] = (a == b ? 0.01 * (a + 1) : 0) + (0.001 * (a + 1) * (b + 1));
            }
        }
        var terms = new[]
        {
            new LogisticScoreTerm("sw-turnover", 0.1, 20, 1),
            new LogisticScoreTerm("sw-agency", 0.1, 10, 1),
            new LogisticScoreTerm("sw-vacancy", 0.1, 10, 1),
            new LogisticScoreTerm("sw-caseload", 0.1, 17, 1),
            new LogisticScoreTerm("rereferrals", 0.1, 20, 1),
            new LogisticScoreTerm("rereferrals:change", 0.1, 0, 1),
            new LogisticScoreTerm("ks2-rwm", 0.1, 61, 1),
            new LogisticScoreTerm("care-leavers-eet", 0.1, 48, 1),
            new LogisticScoreTerm("cla-rate", 0.1, 71, 1),
        };
        var rule = new LogisticScoreRule("m", Severity.Concern, "t", 0.5, 0, terms, cov, Fit);
        var evidence = Area(Value(Turnover, 21), Value(Agency, 12), Value(Vacancy, 7), Value(Caseload, 18), Series(Rereferrals, 20, 22),
            Value(Ks2, 60), Value(CareLeaversEet, 50), Value(ClaRate, 70));
        AssertInterval(0.5, 2.404, rule.Score(evidence));
    }

    private static void AssertInterval(double eta, double variance, RiskEstimate risk)
    {
        var half = 1.959963984540054 * Math.Sqrt(variance);
        Assert.Equal(Sigmoid(eta), risk.Probability, 12);
        Assert.Equal(Sigmoid(eta - half), risk.Lower, 12);
        Assert.Equal(Sigmoid(eta + half), risk.Upper, 12);
    }

    /// <summary>The single contribution of a one-term rule (coefficient 1, mean 0, SD 1: the contribution is the value).</summary>
    private static FeatureContribution Only(LogisticScoreTerm term, AreaEvidence evidence) => Assert.Single(Model(term).Score(evidence).Contributions);

    [Fact]
    public void Read_Value_IsTheLatestPublishedPointOfTheHistory()
    {
        var value = new LogisticScoreTerm("sw-turnover", 1, 0, 1);
        // History 20, 24: the latest, 24 (not the change, 4).
        Assert.Equal(24, Only(value, Area(Series(Turnover, 20, 24))).Value);
        // The latest point suppressed: the one before.
        Assert.Equal(24, Only(value, Area(Series(Turnover, 20, 24, null))).Value);
        // Only the first point published (the evidence's own value is the suppressed last one).
        Assert.Equal(24, Only(value, Area(Series(Turnover, 24, null))).Value);
        // No history: the evidence's value.
        Assert.Equal(24, Only(value, Area(Value(Turnover, 24))).Value);
        // Not in the evidence at all: missing, at the mean.
        var missing = Only(value, Area(Value(Agency, 3)));
        Assert.Null(missing.Value);
        Assert.Equal(0, missing.Contribution);
        Assert.Equal("sw-turnover: no published figure (counted as the training average): 0.00", missing.Description);
    }

    [Fact]
    public void Read_Change_NeedsTwoConsecutivePublishedPoints()
    {
        var change = new LogisticScoreTerm("sw-caseload:change", 1, 0, 1);
        // 10, 18, 20: the last two, 20 − 18 = 2 (not 20 − 10).
        var three = Only(change, Area(Series(Caseload, 10, 18, 20)));
        Assert.Equal(2, three.Value);
        Assert.Equal(2, three.Contribution, 12);
        // One point: no change.
        var one = Only(change, Area(Series(Caseload, 20)));
        Assert.Null(one.Value);
        Assert.Equal("Change in Average caseload: no published figure (counted as the training average): 0.00", one.Description);
        // Down 2 and unchanged: no plus sign.
        Assert.Equal("Change in Average caseload on the period before -2 cases per FTE: \u22122.00", Only(change, Area(Series(Caseload, 20, 18))).Description);
        Assert.Equal("Change in Average caseload on the period before 0 cases per FTE: 0.00", Only(change, Area(Series(Caseload, 18, 18))).Description);
    }

    [Fact]
    public void MissingIndicator_ReadsOneWhenMissing_ZeroWhenPublished()
    {
        // Mean 0.5, SD 0.5: missing z = 1, published z = −1.
        var flag = new LogisticScoreTerm("rereferrals", 1, 0.5, 0.5, missingIndicator: true);
        var missing = Only(flag, Area(Value(Turnover, 1)));
        Assert.Equal("rereferrals:missing", missing.Feature);
        Assert.Equal(1.0, missing.Value);
        Assert.Equal(1.0, missing.Contribution, 12);
        Assert.Equal("rereferrals: no published figure: +1.00", missing.Description);
        var published = Only(flag, Area(Value(Rereferrals, 22)));
        Assert.Equal(0.0, published.Value);
        Assert.Equal(-1.0, published.Contribution, 12);
        Assert.Equal("Re-referrals: published: \u22121.00", published.Description);
        // A published value of exactly 1 is still published (the flag is 0, not the value 1).
        var one = Only(flag, Area(Value(Rereferrals, 1)));
        Assert.Equal(0.0, one.Value);
        Assert.Equal("Re-referrals: published: \u22121.00", one.Description);
    }

    [Fact]
    public void Describe_Value_WithoutAnEnglandFigure_HasNoBrackets()
    {
        var c = Only(new LogisticScoreTerm("sw-turnover", 0.1, 20, 4), Area(Value(Turnover, 24)));
        Assert.Equal(24, c.Value);
        Assert.Equal("Social worker turnover 24%: +0.10", c.Description);
    }

    /// <summary>Four terms: turnover +1.00, re-referrals −0.50 and agency +0.50 (tied in size: term order), vacancy missing 0.</summary>
    private static LogisticScoreRule Four(double raiseAt) => new("m", Severity.Concern, "a poor judgement", raiseAt, 0, new[]
    {
        new LogisticScoreTerm("sw-turnover", 1, 20, 4),
        new LogisticScoreTerm("rereferrals", -0.5, 20, 2),
        new LogisticScoreTerm("sw-agency", 0.25, 10, 5),
        new LogisticScoreTerm("sw-vacancy", 0.1, 0, 1),
    }, Diagonal(5, 0.01), Fit);

    private static AreaEvidence FourEvidence() => Area(Value(Turnover, 24, england: 16), Value(Rereferrals, 22), Value(Agency, 20));

    [Fact]
    public void Evaluate_WritesTheMessage_AndTheEvidence_LargestFirst()
    {
        // z̃ = (1, 1, 1, 2, 0): η = 1 − 0.5 + 0.5 + 0 = 1 → 0.7311; variance 0.01·(1 + 1 + 1 + 4) = 0.07,
        // 1 ± 1.959964·0.264575 = 0.481442, 1.518558 → 0.6181, 0.8203.
        var finding = Assert.Single(Run(Four(0.6), FourEvidence()).Findings);
        Assert.Equal(Severity.Concern, finding.Severity);
        Assert.Equal("Estimated probability of a poor judgement: 0.73 (95% interval 0.62\u20130.82), at or above 0.60. Largest contributions: "
            + "Social worker turnover 24% (England 16%): +1.00; Re-referrals 22%: \u22120.50; Agency worker rate 20%: +0.50.", finding.Message);
        Assert.Equal(
            new[] { "probability", "lower 95%", "upper 95%", "contribution sw-turnover", "contribution rereferrals", "contribution sw-agency", "contribution sw-vacancy" },
            finding.Evidence.Select(e => e.Name).ToArray());
        var numbers = finding.Evidence.Select(e => e.Number!.Value).ToArray();
        Assert.Equal(Sigmoid(1), numbers[0], 12);
        Assert.Equal(0.618088388372108, numbers[1], 9);
        Assert.Equal(0.8203260005424875, numbers[2], 9);
        Assert.Equal(new[] { 1.0, -0.5, 0.5, 0.0 }, numbers.Skip(3).Select(n => Math.Round(n, 12)).ToArray());
    }

    [Fact]
    public void Evaluate_BelowRaiseAt_IsInformation_SaidSo()
    {
        var finding = Assert.Single(Run(Four(0.8), FourEvidence()).Findings);
        Assert.Equal(Severity.Information, finding.Severity);
        Assert.Contains("0.73 (95% interval 0.62\u20130.82), below 0.80. Largest contributions: ", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_ProbabilityExactlyAtRaiseAt_Raises()
    {
        // η = 0 exactly: p = 1 / (1 + e⁰) = 0.5 = RaiseAt.
        var finding = Assert.Single(Run(Model(Turnover1), Area(Value(Turnover, 0))).Findings);
        Assert.Equal(0.5, finding.Risk!.Probability);
        Assert.Equal(Severity.Concern, finding.Severity);
        Assert.Contains(", at or above 0.50.", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Score_ManyTiedContributions_KeepTheTermsOrder()
    {
        // Twenty terms, all at zero (no values; the missing-value indicators have mean 1): one tie, in term order
        // (more than 16 items, so the sort is not an insertion sort that would keep the order by itself).
        var ids = new[] { "sw-vacancy", "rereferrals", "cla-rate", "ks2-rwm", "sw-turnover", "care-leavers-eet", "sw-agency", "sw-caseload" };
        var terms = new List<LogisticScoreTerm>();
        foreach (var id in ids)
        {
            terms.Add(new LogisticScoreTerm(id, 1, 0, 1));
            terms.Add(new LogisticScoreTerm(id + ":change", 1, 1, 1, missingIndicator: true));
        }
        foreach (var id in ids.Take(4))
        {
            terms.Add(new LogisticScoreTerm(id, 1, 1, 1, missingIndicator: true));
        }
        var rule = Model(terms.ToArray());
        var risk = rule.Score(new AreaEvidence(Hartlepool, 2025, AsOf, Array.Empty<OutcomesFramework.Assurance.IndicatorEvidence>()));
        var expected = terms.Select(t => t.MissingIndicator ? t.Feature + ":missing" : t.Feature).ToArray();
        Assert.Equal(20, expected.Length);
        Assert.Equal(expected, risk.Contributions.Select(c => c.Feature).ToArray());
    }

    [Fact]
    public void Equality_ComparesEveryParameter()
    {
        var terms = new[] { Turnover1 };
        var cov = new[] { 1.0, 0, 0, 1 };
        LogisticScoreRule Make(string target = "t", double raiseAt = 0.5, double intercept = 0, LogisticScoreTerm[]? t = null, double[]? c = null, LogisticScoreFit? fit = null, double a = 0, double b = 1) =>
            new("m", Severity.Concern, target, raiseAt, intercept, t ?? terms, c ?? cov, fit ?? Fit, a, b);
        var rule = Make();
        Assert.Equal(rule, Make());
        Assert.Equal(rule.GetHashCode(), Make().GetHashCode());
        Assert.NotEqual(rule, Make(target: "u"));
        Assert.NotEqual(rule, Make(raiseAt: 0.6));
        Assert.NotEqual(rule, Make(intercept: 0.1));
        Assert.NotEqual(rule, Make(t: new[] { new LogisticScoreTerm("sw-turnover", 2, 0, 1) }));
        Assert.NotEqual(rule, Make(c: new[] { 1.0, 0, 0, 2 }));
        Assert.NotEqual(rule, Make(fit: new LogisticScoreFit("ridge", 2, 100, 40, new LocalDate(2019, 1, 1), new LocalDate(2024, 12, 31), "fixture")));
        Assert.NotEqual(rule, Make(a: 0.1));
        Assert.NotEqual(rule, Make(b: 2));
    }

    [Fact]
    public void Validate_UnknownIndicator_SaysWhichAndWhere()
    {
        var rule = Model(Turnover1, new LogisticScoreTerm("no-such", 1, 0, 1));
        var problem = Assert.Single(new RuleSet("s", "1", new[] { rule }).Validate(Framework));
        Assert.Equal("$.rules[0].terms[1].feature", problem.Path);
        Assert.Equal("Unknown indicator 'no-such': the framework 'test' has no such indicator.", problem.Message);
    }
}
