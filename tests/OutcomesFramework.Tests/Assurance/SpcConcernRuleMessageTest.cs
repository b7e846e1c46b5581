using System;
using System.Collections.Generic;
using System.Linq;
using OutcomesFramework.Assurance;
using OutcomesFramework.Evidence;
using OutcomesFramework.Indicators;
using Xunit;
using static OutcomesFramework.Tests.Assurance.AssuranceTestData;

namespace OutcomesFramework.Tests.Assurance;

/// <summary>
/// The SPC concern rule's message and evidence, where it looks on the chart, and how <see cref="SpcWorkspace"/> lays the
/// series out (gaps, suppressed points, periods after the one used, too few values).
/// </summary>
public sealed class SpcConcernRuleMessageTest
{
    private static SpcConcernRule Rule(int lastPoints = 1, SpcProfile profile = SpcProfile.NhsrPlotTheDots, IndicatorSelection? selection = null) =>
        new("spc-concern", Severity.Advisory, selection ?? IndicatorSelection.OutcomeIndicators, profile, minimumPoints: 8, lastPoints: lastPoints);

    /// <summary>A history built by hand: (end year, value or null for suppressed).</summary>
    private static List<SeriesPoint> History(Indicator indicator, params (int Year, double? Value)[] points) =>
        points.Select(p => p.Value is { } v ? new SeriesPoint(indicator.PeriodEnding(p.Year), v) : new SeriesPoint(indicator.PeriodEnding(p.Year), null, ObservationStatus.Suppressed)).ToList();

    /// <summary>Consecutive years ending in <paramref name="lastYear"/>.</summary>
    private static (int, double?)[] Years(int lastYear, params double?[] values) =>
        values.Select((v, i) => (lastYear - (values.Length - 1 - i), v)).ToArray();

    [Fact]
    public void Message_CitesPointRuleValueMeanLimitsAndProfile()
    {
        // As SpcRuleTest: 10, 12, …, 10, 20 has mean 11.8 and (after screening the range of 10) limits 11.8 ± 2.66 × 2 = [6.48, 17.12];
        // 20 is above the upper limit at the latest point. Mean and limits are written to 1 + 1 = 2 decimal places.
        var f = Assert.Single(Run(Rule(), Area(Series(Rereferrals, 10, 12, 10, 12, 10, 12, 10, 12, 10, 20))).Findings);
        Assert.Equal(
            "Re-referrals (rereferrals): special cause concern at the latest point of its XmR chart (Above UCL, value 20; mean 11.8, process limits [6.48, 17.12]; 10 values, NHSRplotthedots 0.2.2).",
            f.Message);
        Assert.Equal(new[] { "value", "rule", "points", "mean", "lower process limit", "upper process limit" }, f.Evidence.Select(e => e.Name).ToArray());
        Assert.Equal(20, f.Evidence[0].Number);
        Assert.Equal(10, f.Evidence[2].Number);
        Assert.Equal("SS/rereferrals/Value", f.ExplanationPath);
        Assert.Equal(RuleKind.SpcConcern, f.Kind);
    }

    [Fact]
    public void Message_NhsEnglandProfile_DoesNotScreenRanges()
    {
        // NHS England 2024 keeps the range of 10: average range 26 / 9 = 2.889, limits 11.8 ± 2.66 × 2.889 = 11.8 ± 7.684 = [4.12, 19.48];
        // 20 is still above the upper limit.
        var f = Assert.Single(Run(Rule(profile: SpcProfile.NhsEngland), Area(Series(Rereferrals, 10, 12, 10, 12, 10, 12, 10, 12, 10, 20))).Findings);
        Assert.Equal(
            "Re-referrals (rereferrals): special cause concern at the latest point of its XmR chart (Above UCL, value 20; mean 11.8, process limits [4.12, 19.48]; 10 values, NHS England 2024).",
            f.Message);
    }

    [Fact]
    public void Message_OnePeriodBack_IsSingular()
    {
        // SpcRuleTest.SpcConcern_LastPoints_LooksBack: the concern at 30 is one point before the latest (11).
        var f = Assert.Single(Run(Rule(lastPoints: 2), Area(Series(Rereferrals, 10, 12, 10, 12, 10, 12, 10, 12, 10, 30, 11))).Findings);
        Assert.Contains(": special cause concern at the point 1 period before the latest of its XmR chart (Above UCL, value 30; ", f.Message, StringComparison.Ordinal);
        Assert.Equal(30, f.Evidence[0].Number);
    }

    [Fact]
    public void Message_TwoPeriodsBack_IsPlural()
    {
        // 10, 12, …, 10, 30, 11, 12: mean 151 / 12 = 12.583; ranges eight 2s, 20, 19 and 1 (mean 56 / 11 = 5.09); 20 and 19 are
        // ≥ 3.267 × 5.09 = 16.6 and screened, average range 17 / 9 = 1.889, limits 12.583 ± 5.024 = [7.56, 17.61]. Only 30 is beyond.
        var f = Assert.Single(Run(Rule(lastPoints: 3), Area(Series(Rereferrals, 10, 12, 10, 12, 10, 12, 10, 12, 10, 30, 11, 12))).Findings);
        Assert.Equal(
            "Re-referrals (rereferrals): special cause concern at the point 2 periods before the latest of its XmR chart (Above UCL, value 30; mean 12.58, process limits [7.56, 17.61]; 12 values, NHSRplotthedots 0.2.2).",
            f.Message);
    }

    [Fact]
    public void Evaluate_TwoConcernsInTheWindow_CitesTheLatest()
    {
        // 10, 12, …, 10, 40, 40: mean 178 / 11 = 16.18; ranges eight 2s, 30 and 0 (mean 4.6); 30 ≥ 15.03 is screened, average range
        // 16 / 9 = 1.778, upper limit 16.18 + 4.73 = 20.91: both 40s are beyond it; the rule cites the latest.
        var f = Assert.Single(Run(Rule(lastPoints: 2), Area(Series(Rereferrals, 10, 12, 10, 12, 10, 12, 10, 12, 10, 40, 40))).Findings);
        Assert.Contains(" at the latest point of its XmR chart (Above UCL, value 40;", f.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_ConcernAtTheFirstPoint_IsFound()
    {
        // 40, 10, 12, 10, 12, 10, 12, 10, 12: mean 128 / 9 = 14.22; ranges 30 and seven 2s (mean 5.5); 30 ≥ 17.97 is screened, upper
        // limit 14.22 + 5.32 = 19.54 < 40. The eight later points are below the mean (an improvement when lower is better), so the only
        // concern is point 0, eight periods before the latest.
        var f = Assert.Single(Run(Rule(lastPoints: 20), Area(Series(Rereferrals, 40, 10, 12, 10, 12, 10, 12, 10, 12))).Findings);
        Assert.Contains(" at the point 8 periods before the latest of its XmR chart (Above UCL, value 40;", f.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_ExactlyTheMinimumNumberOfValues_DrawsTheChart()
    {
        // 8 values = the rule's minimum of 8. 10, 12, 10, 12, 10, 12, 10, 30: mean 106 / 8 = 13.25; ranges six 2s and 18 (mean 4.29);
        // 18 ≥ 14.0 is screened, upper limit 13.25 + 5.32 = 18.57 < 30.
        var f = Assert.Single(Run(Rule(), Area(Series(Rereferrals, 10, 12, 10, 12, 10, 12, 10, 30))).Findings);
        Assert.Equal(8, f.Evidence[2].Number);
    }

    [Fact]
    public void Evaluate_SuppressedPoints_AreMissingPointsNotValues()
    {
        // 10, 12, 10, 12, –, 12, 10, 12, 10, 40: 10 points, 9 values. With or without a range across the gap, the range of 30 is
        // screened and the upper limit (mean 128 / 9 = 14.22 plus about 5) is far below 40.
        var f = Assert.Single(Run(Rule(), Area(Series(Rereferrals, 10, 12, 10, 12, null, 12, 10, 12, 10, 40))).Findings);
        Assert.Equal(9, f.Evidence[2].Number);
        Assert.Contains("; 9 values, NHSRplotthedots 0.2.2).", f.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_SuppressedPointAfterTheConcern_CountsAsAPeriod()
    {
        // 10, 12, …, 12, 40, –, 10: the suppressed year is a point of the chart, so 40 is two periods before the latest.
        var evidence = Area(Series(Rereferrals, 10, 12, 10, 12, 10, 12, 10, 12, 40, null, 10));
        var f = Assert.Single(Run(Rule(lastPoints: 3), evidence).Findings);
        Assert.Contains(" at the point 2 periods before the latest ", f.Message, StringComparison.Ordinal);
        Assert.Equal(10, f.Evidence[2].Number);
    }

    [Fact]
    public void Evaluate_YearMissingFromTheHistory_IsAMissingPoint()
    {
        // 2015–2023: 10, 12, …, 12, 40; no 2024 at all; 2025: 10. The absent year is a missing point, so 40 is two periods back.
        var history = History(Rereferrals, Years(2023, 10, 12, 10, 12, 10, 12, 10, 12, 40).Append((2025, 10)).ToArray());
        var e = new IndicatorEvidence(Rereferrals, March(2025), March(2025), ObservationStatus.Value, 10, history: history);
        var f = Assert.Single(Run(Rule(lastPoints: 3), Area(e)).Findings);
        Assert.Contains(" at the point 2 periods before the latest ", f.Message, StringComparison.Ordinal);
        Assert.Equal(10, f.Evidence[2].Number);
    }

    [Fact]
    public void Evaluate_PeriodUsedAfterTheLastValue_AddsMissingPoints()
    {
        // History to 2024 ending at 40; the period used is 2025 (suppressed): the chart runs to 2025, so 40 is one period back.
        var history = History(Rereferrals, Years(2024, 10, 12, 10, 12, 10, 12, 10, 12, 40));
        var e = new IndicatorEvidence(Rereferrals, March(2025), March(2025), ObservationStatus.Suppressed, null, history: history);
        var f = Assert.Single(Run(Rule(lastPoints: 2), Area(e)).Findings);
        Assert.Contains(" at the point 1 period before the latest ", f.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_HistoryAfterThePeriodUsed_IsLeftOut()
    {
        // The period used is 2024; the series alternates 10, 12 to 2024 (common cause: mean 10.89, limits ± 5.32) and jumps to 40 in
        // 2025, after the period used: the chart stops at 2024, so there is no concern.
        var history = History(Rereferrals, Years(2025, 10, 12, 10, 12, 10, 12, 10, 12, 10, 40));
        var e = new IndicatorEvidence(Rereferrals, March(2024), March(2024), ObservationStatus.Value, 10, history: history);
        Assert.Empty(Run(Rule(), Area(e)).Findings);
    }

    /// <summary>
    /// An indicator the rule does not draw (outside the selection, no polarity, no period, no history, no value at all, too few values)
    /// after one with a concern: none of them inherits the previous chart.
    /// </summary>
    [Fact]
    public void Evaluate_IndicatorsNotDrawn_RaiseNothing()
    {
        var concern = Series(Rereferrals, 10, 12, 10, 12, 10, 12, 10, 12, 10, 20);
        var spike = new double?[] { 10, 12, 10, 12, 10, 12, 10, 12, 10, 40 };
        var noPeriod = new IndicatorEvidence(Ks2, Ks2.PeriodEnding(2025), history: Series(Ks2, spike).History);
        var areas = new[]
        {
            Area(concern, Series(Turnover, spike)), // workforce: not an outcome indicator
            Area(concern, Series(Ks2, 10, 12, 40)), // three values < 8
            Area(concern, noPeriod),
            Area(concern, Value(Ks2, 50)), // a period and a value, but no history
            Area(concern, Series(Ks2, null, null, null)), // no value at all
        };
        foreach (var area in areas)
        {
            var f = Assert.Single(Run(Rule(), area).Findings);
            Assert.Equal("rereferrals", f.IndicatorId);
        }
        var all = Rule(selection: IndicatorSelection.All);
        var f2 = Assert.Single(Run(all, Area(concern, Series(ClaRate, spike))).Findings); // no polarity
        Assert.Equal("rereferrals", f2.IndicatorId);
    }

    [Fact]
    public void Constructor_UndefinedProfile_Throws()
    {
        var ex = Assert.Throws<ArgumentException>(() => new SpcConcernRule("s", Severity.Advisory, IndicatorSelection.All, (SpcProfile)7));
        Assert.Equal("profile", ex.ParamName);
        Assert.StartsWith("Unknown profile 7.", ex.Message, StringComparison.Ordinal);
    }

    /// <summary>Each of selection, profile, minimum points and last points on its own makes two rules unequal.</summary>
    [Fact]
    public void Equals_EachSettingMatters()
    {
        static SpcConcernRule Make(IndicatorSelection selection, SpcProfile profile, int minimum, int last) =>
            new("s", Severity.Advisory, selection, profile, minimum, last);
        var a = Make(IndicatorSelection.All, SpcProfile.NhsrPlotTheDots, 8, 2);
        Assert.Equal(a, Make(IndicatorSelection.All, SpcProfile.NhsrPlotTheDots, 8, 2));
        Assert.NotEqual(a, Make(IndicatorSelection.OutcomeIndicators, SpcProfile.NhsrPlotTheDots, 8, 2));
        Assert.NotEqual(a, Make(IndicatorSelection.All, SpcProfile.NhsEngland, 8, 2));
        Assert.NotEqual(a, Make(IndicatorSelection.All, SpcProfile.NhsrPlotTheDots, 9, 2));
        Assert.NotEqual(a, Make(IndicatorSelection.All, SpcProfile.NhsrPlotTheDots, 8, 3));
    }

    [Fact]
    public void Workspace_NamesAndOptionsOfEachProfile()
    {
        Assert.Equal("nhse", SpcWorkspace.Name(SpcProfile.NhsEngland));
        Assert.Equal("nhsr", SpcWorkspace.Name(SpcProfile.NhsrPlotTheDots));
        Assert.Equal("NHS England 2024", SpcWorkspace.DisplayName(SpcProfile.NhsEngland));
        Assert.Equal("NHSRplotthedots 0.2.2", SpcWorkspace.DisplayName(SpcProfile.NhsrPlotTheDots));
        Assert.Equal("Custom (from NHS England 2024)", SpcWorkspace.Options(SpcProfile.NhsEngland, 5).Name); // a changed minimum makes a custom profile
        Assert.Equal("Custom (from NHSRplotthedots 0.2.2)", SpcWorkspace.Options(SpcProfile.NhsrPlotTheDots, 5).Name);
        Assert.Equal(5, SpcWorkspace.Options(SpcProfile.NhsEngland, 5).MinimumPoints);
    }
}
