using System;
using System.Linq;
using OutcomesFramework.Assurance;
using OutcomesFramework.Indicators;
using OutcomesFramework.Scoring;
using OutcomesFramework.Statistics;
using Xunit;
using static OutcomesFramework.Tests.Assurance.AssuranceTestData;

namespace OutcomesFramework.Tests.Assurance;

/// <summary>The engine's checks and ordering, the common rule members (<see cref="AssuranceRule"/>) and the shared wording (<see cref="AssuranceText"/>).</summary>
public sealed class AssuranceEngineTest
{
    private static WorkforcePressureRule Workforce(string id, Severity severity = Severity.Advisory, string? title = null) =>
        new(id, severity, new[] { new WorkforceMeasure("sw-turnover", 18) }, title: title);

    [Fact]
    public void Constructor_InvalidRuleSet_NamesIt()
    {
        var set = new RuleSet("bad-rules", "2.1", new[] { new WorkforcePressureRule("w", Severity.Advisory, new[] { new WorkforceMeasure("nope", 1) }) });
        var ex = Assert.Throws<RuleSetValidationException>(() => new AssuranceEngine(set, Framework));
        Assert.Equal("bad-rules 2.1", ex.SourceName);
    }

    [Fact]
    public void Assess_NullEvidence_Throws() =>
        Assert.Equal("evidence", Assert.Throws<ArgumentNullException>(() => new AssuranceEngine(new RuleSet("r", "1", new[] { Workforce("w") }), Framework).Assess(null!)).ParamName);

    [Fact]
    public void AssessAll_Checks()
    {
        var engine = new AssuranceEngine(new RuleSet("r", "1", new[] { Workforce("w") }), Framework);
        var ex = Assert.Throws<ArgumentException>(() => engine.AssessAll(new AreaEvidence[] { null! }));
        Assert.Equal("evidence", ex.ParamName);
        Assert.StartsWith("Element 0 is null.", ex.Message, StringComparison.Ordinal);
        Assert.Equal("maxDegreeOfParallelism", Assert.Throws<ArgumentOutOfRangeException>(() => engine.AssessAll(new[] { Area(Value(Turnover, 20)) }, 0)).ParamName);
    }

    [Fact]
    public void AssessAll_InParallel_SameResultsWorstFirst()
    {
        var engine = new AssuranceEngine(new RuleSet("r", "1", new[] { Workforce("w") }), Framework);
        var evidence = new[] { Area(Darlington, Value(Turnover, 10)), Area(Value(Turnover, 20)) };
        // Hartlepool's turnover 20 > 18 raises a finding (watch); Darlington's 10 does not, so Hartlepool comes first.
        foreach (var threads in new[] { 1, 2 })
        {
            var results = engine.AssessAll(evidence, threads);
            Assert.Equal(new[] { "Hartlepool", "Darlington" }, results.Select(r => r.Area.Name).ToArray());
            Assert.Single(results[0].Findings);
            Assert.Empty(results[1].Findings);
        }
    }

    /// <summary>Within a severity, findings follow the rule set's order, even for a basket (which is evaluated after the other rules).</summary>
    [Fact]
    public void Assess_SameSeverity_InRuleSetOrder()
    {
        var bottom = BenchmarkGapRule.BottomQuartile("bottom-quartile", Severity.Concern, IndicatorSelection.All);
        var basket = new BasketRule("basket", Severity.Concern, new[] { new BasketSignal("bottom-quartile") }, 1, 1);
        var workforce = Workforce("w", Severity.Concern);
        var result = Run(new AssuranceRule[] { basket, workforce, bottom }, Area(Value(Rereferrals, 30, band: QuartileBand.D), Value(Turnover, 20)));
        Assert.Equal(new[] { "basket", "w", "bottom-quartile" }, RuleIds(result).ToArray());
    }

    [Fact]
    public void Rule_UndefinedSeverity_Throws()
    {
        var ex = Assert.Throws<ArgumentException>(() => Workforce("w", (Severity)9));
        Assert.Equal("severity", ex.ParamName);
        Assert.StartsWith("Unknown severity 9.", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null, null)]
    [InlineData("", null)]
    [InlineData("   ", null)]
    [InlineData("  Turnover watch ", "Turnover watch")]
    public void Rule_Title_TrimmedOrNull(string? title, string? expected)
    {
        Assert.Equal(expected, Workforce("w", title: title).Title);
        Assert.Equal(expected, Workforce("w").WithTitle(title).Title);
    }

    [Fact]
    public void Rule_Equality()
    {
        var a = Workforce("w");
        Assert.True(a.Equals(Workforce("w")));
        Assert.Equal(a.GetHashCode(), Workforce("w").GetHashCode());
        Assert.False(a.Equals(Workforce("w2")));
        Assert.False(a.Equals(Workforce("w", Severity.Concern)));
        Assert.False(a.Equals(Workforce("w", title: "T")));
        Assert.False(a.Equals((AssuranceRule?)null));
        Assert.False(a.Equals(BenchmarkGapRule.BottomQuartile("w", Severity.Advisory, IndicatorSelection.All))); // same id, another type
    }

    [Fact]
    public void Rule_ToString() =>
        Assert.Equal("workforcePressure w (advisory)", Workforce("w").ToString());

    [Theory]
    [InlineData(0, 2)]
    [InlineData(27.45, 1)]
    [InlineData(0.00001, 6)] // below 1e-4: "R" would write 1E-05
    [InlineData(-0.00002, 6)]
    [InlineData(0.0001, 4)]
    [InlineData(1e15, 0)] // "R" would write 1E+15
    [InlineData(1e16, 0)]
    [InlineData(999999999999999, 0)]
    [InlineData(1e21, 0)] // "R" writes 1E+21
    [InlineData(-1e22, 0)]
    public void Text_Number_IsNumbersFormat(double value, int decimals)
    {
        var text = AssuranceText.Number(value, decimals);
        Assert.Equal(Numbers.Format(value, decimals), text);
        Assert.DoesNotContain("E", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Text_Number_Examples()
    {
        Assert.Equal("0.00001", AssuranceText.Number(0.00001, 6));
        Assert.Equal("1000000000000000", AssuranceText.Number(1e15, 0));
        Assert.Equal("27.5", AssuranceText.Number(27.45, 1));
    }

    [Fact]
    public void Text_ValueInEachKindOfUnit()
    {
        var bare = new Indicator("count", "Count", "SS", new[] { "SS1" }, MeasureKind.Count, Polarity.LowerIsBetter, "", OutcomesFramework.Periods.PeriodKind.YearEnding31March);
        Assert.Equal("12.5", AssuranceText.Value(bare, 12.5));
        Assert.Equal("12.5%", AssuranceText.Value(Rereferrals, 12.5));
        Assert.Equal("16 cases per FTE", AssuranceText.Value(Caseload, 16));
    }

    [Fact]
    public void Text_BadSide()
    {
        Assert.Equal("above", AssuranceText.BadSide(Polarity.LowerIsBetter));
        Assert.Equal("below", AssuranceText.BadSide(Polarity.HigherIsBetter));
    }
}
