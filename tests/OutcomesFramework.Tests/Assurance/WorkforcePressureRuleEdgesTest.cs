using System;
using System.Linq;
using OutcomesFramework.Assurance;
using Xunit;
using static OutcomesFramework.Tests.Assurance.AssuranceTestData;

namespace OutcomesFramework.Tests.Assurance;

/// <summary>The workforce pressure rule's message, evidence, polarity, argument checks, validation and equality, and <see cref="WorkforceMeasure"/>.</summary>
public sealed class WorkforcePressureRuleEdgesTest
{
    private static readonly WorkforcePressureRule TwoOfFour = new("workforce", Severity.Advisory, new[]
    {
        new WorkforceMeasure("sw-turnover", 18.25), new WorkforceMeasure("sw-agency", 20), new WorkforceMeasure("sw-vacancy", 21), new WorkforceMeasure("sw-caseload", 23),
    }, minimumMeasures: 2);

    [Fact]
    public void Message_ListsEveryMeasureWithItsThreshold()
    {
        // Turnover 19.5 > 18.25 and agency 24.1 > 20 are past; vacancy 15 and caseload 16 are within. Values to the indicator's 1 place,
        // thresholds to 1 + 2 = 3 places (18.25 stays 18.25).
        var f = Assert.Single(Run(TwoOfFour, Area(Value(Turnover, 19.5), Value(Agency, 24.1), Value(Vacancy, 15), Value(Caseload, 16))).Findings);
        Assert.Equal(
            "Workforce pressure: 2 of 4 workforce measures are past their thresholds (at least 2 raise this finding): Social worker turnover 19.5% (past 18.25); "
            + "Agency worker rate 24.1% (past 20); Vacancy rate 15% (within 21); Average caseload 16 cases per FTE (within 23).",
            f.Message);
        Assert.Equal(
            new[] { "sw-turnover", "sw-turnover threshold", "sw-agency", "sw-agency threshold", "sw-vacancy", "sw-vacancy threshold", "sw-caseload", "sw-caseload threshold", "measures past threshold" },
            f.Evidence.Select(e => e.Name).ToArray());
        Assert.Equal(new double?[] { 19.5, 18.25, 24.1, 20, 15, 21, 16, 23, 2 }, f.Evidence.Select(e => e.Number).ToArray());
        Assert.Equal(RuleKind.WorkforcePressure, f.Kind);
        Assert.Equal("E06000001", f.AreaCode);
    }

    /// <summary>When higher is better, past means below the threshold; a measure without a value is listed as such; one absent from the evidence is not listed.</summary>
    [Fact]
    public void HigherIsBetter_BelowIsPast_AndMissingValuesAreListed()
    {
        var rule = new WorkforcePressureRule("w", Severity.Advisory, new[] { new WorkforceMeasure("ks2-rwm", 60), new WorkforceMeasure("sw-agency", 25), new WorkforceMeasure("sw-vacancy", 21) });
        var f = Assert.Single(Run(rule, Area(Value(Ks2, 55), Series(Agency, 40, null))).Findings);
        Assert.Equal(
            "Workforce pressure: 1 of 3 workforce measures are past their thresholds (at least 1 raise this finding): KS2 reading, writing and maths 55% (past 60); Agency worker rate: no value.",
            f.Message);
        Assert.Equal(new[] { "ks2-rwm", "ks2-rwm threshold", "sw-agency threshold", "measures past threshold" }, f.Evidence.Select(e => e.Name).ToArray());
        Assert.Equal(new double?[] { 55, 60, 25, 1 }, f.Evidence.Select(e => e.Number).ToArray());
    }

    [Theory]
    [InlineData(59, true)]
    [InlineData(60, false)] // equal is not past
    [InlineData(61, false)]
    public void HigherIsBetter_ThresholdEdge(double value, bool fires)
    {
        var rule = new WorkforcePressureRule("w", Severity.Advisory, new[] { new WorkforceMeasure("ks2-rwm", 60) });
        Assert.Equal(fires, Run(rule, Area(Value(Ks2, value))).Findings.Length == 1);
    }

    [Theory]
    [InlineData(17.9, false)]
    [InlineData(18, false)] // equal is not past
    [InlineData(18.1, true)]
    public void LowerIsBetter_ThresholdEdge(double value, bool fires)
    {
        var rule = new WorkforcePressureRule("w", Severity.Advisory, new[] { new WorkforceMeasure("sw-turnover", 18) });
        Assert.Equal(fires, Run(rule, Area(Value(Turnover, value))).Findings.Length == 1);
    }

    [Fact]
    public void Constructor_NullMeasure_Throws()
    {
        var ex = Assert.Throws<ArgumentException>(() => new WorkforcePressureRule("w", Severity.Advisory, new[] { new WorkforceMeasure("sw-turnover", 18), null! }));
        Assert.Equal("measures", ex.ParamName);
        Assert.StartsWith("Element 1 is null.", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_NoMeasure_Throws()
    {
        var ex = Assert.Throws<ArgumentException>(() => new WorkforcePressureRule("w", Severity.Advisory, Array.Empty<WorkforceMeasure>()));
        Assert.Equal("measures", ex.ParamName);
        Assert.StartsWith("A workforce rule needs at least one measure.", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_RepeatedMeasure_Throws()
    {
        var ex = Assert.Throws<ArgumentException>(() => new WorkforcePressureRule("w", Severity.Advisory, new[] { new WorkforceMeasure("sw-turnover", 18), new WorkforceMeasure("sw-turnover", 20) }));
        Assert.Equal("measures", ex.ParamName);
        Assert.StartsWith("A measure is listed twice.", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_UnknownIndicatorAndNoPolarity_AreWorded()
    {
        var set = new RuleSet("t", "1", new[] { new WorkforcePressureRule("w", Severity.Advisory, new[] { new WorkforceMeasure("nope", 1), new WorkforceMeasure("cla-rate", 1), new WorkforceMeasure("sw-turnover", 1) }) });
        var problems = set.Validate(Framework);
        Assert.Equal(2, problems.Length);
        Assert.Equal("$.rules[0].measures[0].indicator", problems[0].Path);
        Assert.Equal("Unknown indicator 'nope': the framework 'test' has no such indicator.", problems[0].Message);
        Assert.Equal("$.rules[0].measures[1].indicator", problems[1].Path);
        Assert.Equal("Indicator 'cla-rate' has no polarity, so 'past the threshold' has no meaning.", problems[1].Message);
    }

    [Fact]
    public void Equals_MeasuresAndMinimumEachMatter()
    {
        var measures = new[] { new WorkforceMeasure("sw-turnover", 18), new WorkforceMeasure("sw-agency", 20) };
        var a = new WorkforcePressureRule("w", Severity.Advisory, measures, 1);
        Assert.Equal(a, new WorkforcePressureRule("w", Severity.Advisory, measures.ToArray(), 1));
        Assert.NotEqual(a, new WorkforcePressureRule("w", Severity.Advisory, measures, 2));
        Assert.NotEqual(a, new WorkforcePressureRule("w", Severity.Advisory, new[] { new WorkforceMeasure("sw-turnover", 18), new WorkforceMeasure("sw-agency", 21) }, 1));
    }

    [Theory]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    [InlineData(double.NegativeInfinity)]
    public void Measure_NotFiniteThreshold_Throws(double threshold)
    {
        var ex = Assert.Throws<ArgumentException>(() => new WorkforceMeasure("sw-turnover", threshold));
        Assert.Equal("threshold", ex.ParamName);
        Assert.Contains("is not a finite number.", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Measure_EqualityAndText()
    {
        var m = new WorkforceMeasure("sw-turnover", 18.25);
        Assert.True(m.Equals(new WorkforceMeasure("sw-turnover", 18.25)));
        Assert.Equal(m.GetHashCode(), new WorkforceMeasure("sw-turnover", 18.25).GetHashCode());
        Assert.False(m.Equals(new WorkforceMeasure("sw-agency", 18.25)));
        Assert.False(m.Equals(new WorkforceMeasure("sw-turnover", 18.5)));
        Assert.False(m.Equals(null));
        Assert.Equal("sw-turnover 18.25", m.ToString());
    }
}
