using System;
using NodaTime;
using OutcomesFramework.Assurance;
using Xunit;

namespace OutcomesFramework.Tests.Assurance;

/// <summary>The logistic score's value types: <see cref="LogisticScoreFit"/>, <see cref="LogisticScoreTerm"/>, <see cref="RiskEstimate"/> and <see cref="FeatureContribution"/>.</summary>
public sealed class LogisticScoreSupportTest
{
    private static readonly LocalDate From = new(2018, 5, 1);
    private static readonly LocalDate To = new(2025, 3, 10);

    private static LogisticScoreFit Fit(string method = "ridge", double penalty = 30, int cases = 268, int positives = 106, LocalDate? from = null, LocalDate? to = null, string source = "fixture") =>
        new(method, penalty, cases, positives, from ?? From, to ?? To, source);

    [Fact]
    public void Fit_Penalty_MustBeFiniteAndAtLeastZero()
    {
        Refused.Argument(() => Fit(penalty: -1), "penalty", "The penalty must be a finite number of at least 0.");
        Refused.Argument(() => Fit(penalty: double.PositiveInfinity), "penalty", "The penalty must be a finite number of at least 0.");
        Assert.Equal(0, Fit(penalty: 0).Penalty);
    }

    [Fact]
    public void Fit_Period_MayBeOneDay_ButNotBackwards()
    {
        var day = Fit(from: To, to: To);
        Assert.Equal(To, day.From);
        Assert.Equal(To, day.To);
        Refused.Argument(() => Fit(from: new LocalDate(2022, 1, 1), to: new LocalDate(2021, 12, 31)), "to", "The fitted period ends (2021-12-31) before it starts (2022-01-01).");
    }

    [Fact]
    public void Fit_ToString_SaysWhatWasFitted()
    {
        var fit = Fit(method: " ridge logistic regression ", penalty: 2.5, source: " data ");
        Assert.Equal("ridge logistic regression, λ 2.5, 268 cases (106 positive) 2018-05-01 to 2025-03-10", fit.ToString());
        Assert.Equal("data", fit.Source);
        Assert.Equal(268, fit.Cases);
        Assert.Equal(106, fit.Positives);
    }

    [Fact]
    public void Fit_Equality_ComparesEveryField()
    {
        var fit = Fit();
        Assert.Equal(fit, Fit());
        Assert.True(fit.Equals((object)Fit()));
        Assert.Equal(fit.GetHashCode(), Fit().GetHashCode());
        Assert.False(fit.Equals(null));
        Assert.NotEqual(fit, Fit(method: "lasso"));
        Assert.NotEqual(fit, Fit(penalty: 31));
        Assert.NotEqual(fit, Fit(cases: 269));
        Assert.NotEqual(fit, Fit(positives: 105));
        Assert.NotEqual(fit, Fit(from: From.PlusDays(1)));
        Assert.NotEqual(fit, Fit(to: To.PlusDays(1)));
        Assert.NotEqual(fit, Fit(source: "other"));
    }

    [Fact]
    public void Term_RefusesNullNamesAndNonFiniteNumbers()
    {
        var ex = Assert.Throws<ArgumentNullException>(() => new LogisticScoreTerm(null!, 1, 0, 1));
        Assert.Equal("feature", ex.ParamName);
        Refused.Argument(() => new LogisticScoreTerm("previous-judgement:change", 1, 0, 1), "feature", "Feature 'previous-judgement:change': the previous judgement has no change feature.");
        Refused.Argument(() => new LogisticScoreTerm("sw-turnover", double.NaN, 0, 1), "coefficient", "The value NaN is not a finite number.");
        Refused.Argument(() => new LogisticScoreTerm("sw-turnover", double.NegativeInfinity, 0, 1), "coefficient", "The value -Infinity is not a finite number.");
        Refused.Argument(() => new LogisticScoreTerm("sw-turnover", 1, double.NaN, 1), "mean", "The value NaN is not a finite number.");
        Refused.Argument(() => new LogisticScoreTerm("sw-turnover", 1, double.PositiveInfinity, 1), "mean", "The value Infinity is not a finite number.");
        Refused.Argument(() => new LogisticScoreTerm("sw-turnover", 1, 0, 0), "standardDeviation", "The standard deviation of feature 'sw-turnover' must be a finite number above 0.");
    }

    [Fact]
    public void Term_ToString_MarksTheMissingIndicator()
    {
        Assert.Equal("sw-turnover 0.5", new LogisticScoreTerm("sw-turnover", 0.5, 0, 1).ToString());
        Assert.Equal("sw-turnover (missing) -0.25", new LogisticScoreTerm("sw-turnover", -0.25, 0, 1, missingIndicator: true).ToString());
    }

    [Fact]
    public void Term_Equality_ComparesEveryField()
    {
        var term = new LogisticScoreTerm("sw-turnover", 0.5, 16, 4);
        Assert.Equal(term, new LogisticScoreTerm("sw-turnover", 0.5, 16, 4));
        Assert.True(term.Equals((object)new LogisticScoreTerm("sw-turnover", 0.5, 16, 4)));
        Assert.Equal(term.GetHashCode(), new LogisticScoreTerm("sw-turnover", 0.5, 16, 4).GetHashCode());
        Assert.False(term.Equals(null));
        Assert.NotEqual(term, new LogisticScoreTerm("sw-agency", 0.5, 16, 4));
        Assert.NotEqual(term, new LogisticScoreTerm("sw-turnover", 0.6, 16, 4));
        Assert.NotEqual(term, new LogisticScoreTerm("sw-turnover", 0.5, 17, 4));
        Assert.NotEqual(term, new LogisticScoreTerm("sw-turnover", 0.5, 16, 5));
        Assert.NotEqual(term, new LogisticScoreTerm("sw-turnover", 0.5, 16, 4, missingIndicator: true));
    }

    private static FeatureContribution Contribution(string feature = "f", double? value = 2, double contribution = 0.5, string description = "d") =>
        new(feature, value, contribution, description);

    private static RiskEstimate Risk(double p, double lower, double upper, params FeatureContribution[] contributions) =>
        new("t", p, lower, upper, contributions);

    [Fact]
    public void Risk_Probability_IsInZeroToOne_Inclusive()
    {
        Refused.Argument(() => Risk(-0.01, 0, 0.5), "probability", "The probability -0.01 is not in [0, 1].");
        Refused.Argument(() => Risk(1.01, 0, 1), "probability", "The probability 1.01 is not in [0, 1].");
        Assert.Equal(0, Risk(0, 0, 0).Probability);
        Assert.Equal(1, Risk(1, 1, 1).Probability);
    }

    [Fact]
    public void Risk_Interval_MustHoldTheProbability_Inclusive()
    {
        Refused.Argument(() => Risk(0.5, -0.01, 0.6), "lower", "The lower end -0.01 is not in [0, probability].");
        Refused.Argument(() => Risk(0.5, 0.51, 0.6), "lower", "The lower end 0.51 is not in [0, probability].");
        Refused.Argument(() => Risk(0.5, 0.4, 0.49), "upper", "The upper end 0.49 is not in [probability, 1].");
        Refused.Argument(() => Risk(0.5, 0.4, 1.01), "upper", "The upper end 1.01 is not in [probability, 1].");
        var edges = Risk(0.5, 0.5, 0.5);
        Assert.Equal(0.5, edges.Lower);
        Assert.Equal(0.5, edges.Upper);
        var wide = Risk(0.5, 0, 1);
        Assert.Equal(0, wide.Lower);
        Assert.Equal(1, wide.Upper);
        Assert.Equal("0.50 (95% interval 0.00\u20131.00)", wide.ToString());
    }

    [Fact]
    public void Risk_NullContribution_IsRefused()
    {
        Refused.Argument(() => new RiskEstimate("t", 0.5, 0.4, 0.6, new FeatureContribution[] { Contribution(), null! }), "contributions", "Element 1 is null.");
        var ex = Assert.Throws<ArgumentNullException>(() => new RiskEstimate("t", 0.5, 0.4, 0.6, null!));
        Assert.Equal("contributions", ex.ParamName);
    }

    [Fact]
    public void Risk_Equality_ComparesEveryField()
    {
        var risk = Risk(0.5, 0.4, 0.6, Contribution());
        Assert.Equal(risk, Risk(0.5, 0.4, 0.6, Contribution()));
        Assert.True(risk.Equals((object)Risk(0.5, 0.4, 0.6, Contribution())));
        Assert.Equal(risk.GetHashCode(), Risk(0.5, 0.4, 0.6, Contribution()).GetHashCode());
        Assert.False(risk.Equals(null));
        Assert.NotEqual(risk, new RiskEstimate("u", 0.5, 0.4, 0.6, new[] { Contribution() }));
        Assert.NotEqual(risk, Risk(0.55, 0.4, 0.6, Contribution()));
        Assert.NotEqual(risk, Risk(0.5, 0.45, 0.6, Contribution()));
        Assert.NotEqual(risk, Risk(0.5, 0.4, 0.65, Contribution()));
        Assert.NotEqual(risk, Risk(0.5, 0.4, 0.6, Contribution(contribution: 0.25)));
        Assert.NotEqual(risk, Risk(0.5, 0.4, 0.6));
    }

    [Fact]
    public void Contribution_RefusesNonFiniteNumbers_AcceptsMissingValues()
    {
        Refused.Argument(() => Contribution(value: double.NaN), "value", "The value of feature 'f' is not a finite number.");
        Refused.Argument(() => Contribution(value: double.PositiveInfinity), "value", "The value of feature 'f' is not a finite number.");
        Refused.Argument(() => Contribution(contribution: double.NaN), "contribution", "The contribution of feature 'f' is not a finite number.");
        Refused.Argument(() => Contribution(contribution: double.NegativeInfinity), "contribution", "The contribution of feature 'f' is not a finite number.");
        Assert.Null(Contribution(value: null).Value);
        var c = Contribution(value: 3, contribution: -0.25);
        Assert.Equal(3, c.Value);
        Assert.Equal(-0.25, c.Contribution);
        Assert.Equal("d", c.Description);
        Assert.Equal("d", c.ToString());
    }

    [Fact]
    public void Contribution_NegativeZero_IsWrittenAsZero()
    {
        // −0.0 == 0, so both constructors store +0.0 (no "−0" downstream); other values are kept.
        Assert.False(double.IsNegative(Contribution(contribution: -0.0).Contribution));
        Assert.False(double.IsNegative(new FeatureContribution("f", null, -0.0, () => "d").Contribution));
        Assert.Equal(0.5, new FeatureContribution("f", null, 0.5, () => "d").Contribution);
    }

    [Fact]
    public void Contribution_LazyDescription_IsWrittenOnce()
    {
        var calls = 0;
        var c = new FeatureContribution("f", 1, 0.5, () => "d" + (++calls).ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(0, calls);
        Assert.Equal("d1", c.Description);
        Assert.Equal("d1", c.Description);
        Assert.Equal(1, calls);
    }

    [Fact]
    public void Contribution_Equality_ComparesEveryField()
    {
        var c = Contribution();
        Assert.Equal(c, Contribution());
        Assert.True(c.Equals((object)Contribution()));
        Assert.Equal(c.GetHashCode(), Contribution().GetHashCode());
        Assert.False(c.Equals(null));
        Assert.NotEqual(c, Contribution(feature: "g"));
        Assert.NotEqual(c, Contribution(value: 3));
        Assert.NotEqual(c, Contribution(value: null));
        Assert.NotEqual(c, Contribution(contribution: 0.25));
        Assert.NotEqual(c, Contribution(description: "e"));
    }
}
