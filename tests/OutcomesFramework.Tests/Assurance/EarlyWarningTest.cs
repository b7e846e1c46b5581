using System;
using System.Linq;
using OutcomesFramework.Assurance;
using OutcomesFramework.Statistics;
using Xunit;
using static OutcomesFramework.Tests.Assurance.AssuranceTestData;

namespace OutcomesFramework.Tests.Assurance;

public sealed class EarlyWarningTest
{
    [Theory]
    [InlineData(Severity.Information, EarlyWarningLevel.None)]
    [InlineData(Severity.Advisory, EarlyWarningLevel.Watch)]
    [InlineData(Severity.Concern, EarlyWarningLevel.Concern)]
    [InlineData(Severity.Serious, EarlyWarningLevel.Serious)]
    public void LevelOf_MapsEachSeverity(Severity severity, EarlyWarningLevel level)
    {
        Assert.Equal(level, EarlyWarning.LevelOf(severity));
        if (level != EarlyWarningLevel.None)
        {
            Assert.Equal(severity, EarlyWarning.SeverityFor(level));
        }
    }

    [Fact]
    public void Result_LevelIsTheMostSevereFinding_RaisedByTheFindingsAtThatSeverity()
    {
        var rules = new AssuranceRule[]
        {
            BenchmarkGapRule.BottomQuartile("bq", Severity.Information, IndicatorSelection.All),
            new ThresholdRule("rr", Severity.Concern, "rereferrals", red: 25),
            new ThresholdRule("ks2", Severity.Concern, "ks2-rwm", red: 40),
            DeteriorationRule.SignificantTrend("trend", Severity.Advisory, IndicatorSelection.All),
        };
        var result = Run(rules, Area(Value(Rereferrals, 30, band: QuartileBand.D, trend: TrendDirection.IncreasingAndGettingWorse), Value(Ks2, 30)));
        Assert.Equal(EarlyWarningLevel.Concern, result.Level);
        Assert.Equal(new[] { "rr", "ks2" }, result.RaisedBy.Select(f => f.RuleId));
        // Most severe first, then in rule-set order.
        Assert.Equal(new[] { "rr", "ks2", "trend", "bq" }, RuleIds(result));
    }

    [Fact]
    public void Result_OnlyInformation_IsLevelNone()
    {
        var result = Run(BenchmarkGapRule.BottomQuartile("bq", Severity.Information, IndicatorSelection.All), Area(Value(Rereferrals, 30, band: QuartileBand.D)));
        Assert.Single(result.Findings);
        Assert.Equal(EarlyWarningLevel.None, result.Level);
        Assert.Empty(result.RaisedBy);
    }

    [Fact]
    public void AssessAll_OrdersWorstFirst_WhateverTheInputOrder()
    {
        var rules = new RuleSet("r", "1", new AssuranceRule[]
        {
            new ThresholdRule("rr", Severity.Concern, "rereferrals", red: 25, amber: 20, amberSeverity: Severity.Advisory),
        });
        var engine = new AssuranceEngine(rules, Framework);
        var watch = Area(Hartlepool, Value(Rereferrals, 22));
        var concern = Area(Darlington, Value(Rereferrals, 27));
        var quiet = new AreaEvidence(new OutcomesFramework.Areas.Area("E06000002", "Middlesbrough", OutcomesFramework.Areas.AreaLevel.LocalAuthority, "806", "E12000001"), 2025, AsOf, new[] { Value(Rereferrals, 15) });
        var a = engine.AssessAll(new[] { watch, quiet, concern });
        var b = engine.AssessAll(new[] { quiet, concern, watch });
        Assert.Equal(new[] { "Darlington", "Hartlepool", "Middlesbrough" }, a.Select(r => r.Area.Name));
        Assert.Equal(a.Select(r => r.Area.Name), b.Select(r => r.Area.Name));
        Assert.Equal(new[] { EarlyWarningLevel.Concern, EarlyWarningLevel.Watch, EarlyWarningLevel.None }, a.Select(r => r.Level));
    }

    [Fact]
    public void ToName_IsLowerCase()
    {
        Assert.Equal("watch", EarlyWarningLevel.Watch.ToName());
        Assert.Equal("advisory", Severity.Advisory.ToName());
        Assert.Throws<ArgumentOutOfRangeException>(() => EarlyWarning.SeverityFor(EarlyWarningLevel.None));
    }

    [Theory]
    [InlineData(EarlyWarningLevel.None, "none")]
    [InlineData(EarlyWarningLevel.Watch, "watch")]
    [InlineData(EarlyWarningLevel.Concern, "concern")]
    [InlineData(EarlyWarningLevel.Serious, "serious")]
    public void ToName_NamesEachLevel(EarlyWarningLevel level, string name) => Assert.Equal(name, level.ToName());

    [Theory]
    [InlineData(Severity.Information, "information")]
    [InlineData(Severity.Advisory, "advisory")]
    [InlineData(Severity.Concern, "concern")]
    [InlineData(Severity.Serious, "serious")]
    public void ToName_NamesEachSeverity(Severity severity, string name) => Assert.Equal(name, severity.ToName());

    /// <summary>Undefined values are refused with the parameter's name and the reason.</summary>
    [Fact]
    public void UndefinedValues_AreRefused_SayingWhy()
    {
        Refused.OutOfRange(() => EarlyWarning.LevelOf((Severity)9), "severity", "Unknown severity.");
        Refused.OutOfRange(() => ((Severity)9).ToName(), "severity", "Unknown severity.");
        Refused.OutOfRange(() => ((EarlyWarningLevel)9).ToName(), "level", "Unknown level.");
        Refused.OutOfRange(() => EarlyWarning.SeverityFor(EarlyWarningLevel.None), "level", "Only watch, concern and serious are raised by a severity.");
    }
}
