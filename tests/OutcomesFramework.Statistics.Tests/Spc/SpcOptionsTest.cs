using System;
using OutcomesFramework.Statistics.Spc;
using Xunit;

namespace OutcomesFramework.Statistics.Tests.Spc;

public sealed class SpcOptionsTest
{
    /// <summary>The settings the research note (section 4) gives for NHSRplotthedots 0.2.2.</summary>
    [Fact]
    public void NhsrPlotTheDots022_HasThePackageSettings()
    {
        var o = SpcOptions.NhsrPlotTheDots022;
        Assert.Equal("NHSRplotthedots 0.2.2", o.Name);
        Assert.Equal(7, o.ShiftPoints);
        Assert.Equal(7, o.TrendPoints);
        Assert.False(o.TwoInThreeCountsBeyondLimits);
        Assert.Equal(SpcRules.None, o.RulesCrossingRecalculation);
        Assert.Equal(MovingRangeScreening.KeepBelowLimit, o.MovingRangeScreening);
        Assert.Equal(ConflictResolution.Precedence, o.ConflictResolution);
        Assert.Equal(1, o.MinimumPoints);
        Assert.Equal(13, o.ShortSegmentPoints);
        Assert.Equal(12, o.MinimumBaselinePoints);
        Assert.False(o.BaselineOverridesRecalculation);
        Assert.Equal(AssuranceComparison.Strict, o.AssuranceComparison);
        Assert.False(o.VariationIconSkipsMissingLastPoint);
    }

    /// <summary>The settings of the MDC Excel v5 checklist and the NHS England SQL v2.6 defaults (research note, section 2).</summary>
    [Fact]
    public void NhsEngland2024_HasTheChecklistSettings()
    {
        var o = SpcOptions.NhsEngland2024;
        Assert.Equal("NHS England 2024", o.Name);
        Assert.Equal(6, o.ShiftPoints);
        Assert.Equal(6, o.TrendPoints);
        Assert.False(o.TwoInThreeCountsBeyondLimits);
        Assert.Equal(SpcRules.All, o.RulesCrossingRecalculation);
        Assert.Equal(MovingRangeScreening.Off, o.MovingRangeScreening);
        Assert.Equal(ConflictResolution.ImprovementWins, o.ConflictResolution);
        Assert.Equal(13, o.MinimumPoints);
        Assert.Equal(12, o.ShortSegmentPoints);
        Assert.True(o.BaselineOverridesRecalculation);
        Assert.Equal(AssuranceComparison.Inclusive, o.AssuranceComparison);
        Assert.True(o.VariationIconSkipsMissingLastPoint);
    }

    [Fact]
    public void With_ChangedSetting_RenamesAsCustom()
    {
        var changed = SpcOptions.NhsrPlotTheDots022.WithShiftPoints(8).WithTrendPoints(6);
        Assert.Equal("Custom (from NHSRplotthedots 0.2.2)", changed.Name);
        Assert.Equal(8, changed.ShiftPoints);
        Assert.Equal(6, changed.TrendPoints);
        Assert.Equal(7, SpcOptions.NhsrPlotTheDots022.ShiftPoints);
    }

    [Fact]
    public void With_SameSetting_ReturnsSameOptions() =>
        Assert.Same(SpcOptions.NhsEngland2024, SpcOptions.NhsEngland2024.WithShiftPoints(6));

    [Fact]
    public void WithName_NamesOptionsAndKeepsSettings()
    {
        var named = SpcOptions.NhsEngland2024.WithRulesCrossingRecalculation(SpcRules.Trend).WithTwoInThreeCountsBeyondLimits(true).WithName("NHS England SQL v2.6");
        Assert.Equal("NHS England SQL v2.6", named.Name);
        Assert.Equal(SpcRules.Trend, named.RulesCrossingRecalculation);
        Assert.NotEqual(SpcOptions.NhsEngland2024, named);
    }

    [Fact]
    public void Equals_SameSettingsAndName_AreEqual()
    {
        var a = SpcOptions.NhsrPlotTheDots022.WithMinimumPoints(5);
        var b = SpcOptions.NhsrPlotTheDots022.WithMinimumPoints(5);
        Assert.Equal(a, b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.NotEqual(a, SpcOptions.NhsrPlotTheDots022);
    }

    [Fact]
    public void ToString_CitesNameAndEverySetting()
    {
        var text = SpcOptions.NhsEngland2024.ToString();
        Assert.StartsWith("NHS England 2024: shift 6 points; trend 6 points; ", text, StringComparison.Ordinal);
        Assert.Contains("rules crossing a recalculation: All", text, StringComparison.Ordinal);
        Assert.Contains("minimum points 13", text, StringComparison.Ordinal);
        Assert.EndsWith("variation icon from the last non-missing point", text, StringComparison.Ordinal);
    }

    [Fact]
    public void With_OutOfRange_Throws()
    {
        var o = SpcOptions.NhsrPlotTheDots022;
        Assert.Throws<ArgumentOutOfRangeException>(() => o.WithShiftPoints(1));
        Assert.Throws<ArgumentOutOfRangeException>(() => o.WithTrendPoints(2));
        Assert.Throws<ArgumentOutOfRangeException>(() => o.WithMinimumPoints(0));
        Assert.Throws<ArgumentOutOfRangeException>(() => o.WithShortSegmentPoints(-1));
        Assert.Throws<ArgumentOutOfRangeException>(() => o.WithMinimumBaselinePoints(1));
        Assert.Throws<ArgumentOutOfRangeException>(() => o.WithRulesCrossingRecalculation((SpcRules)8));
        Assert.Throws<ArgumentOutOfRangeException>(() => o.WithConflictResolution((ConflictResolution)3));
        Assert.Throws<ArgumentException>(() => o.WithName(" "));
    }

    [Theory]
    [InlineData(Polarity.HigherIsBetter, ImprovementDirection.Increase)]
    [InlineData(Polarity.LowerIsBetter, ImprovementDirection.Decrease)]
    [InlineData(Polarity.NoPolarity, ImprovementDirection.Neither)]
    public void ToImprovementDirection_Polarity_Maps(Polarity polarity, ImprovementDirection expected) =>
        Assert.Equal(expected, polarity.ToImprovementDirection());

    [Theory]
    [InlineData(Variation.ImprovementHigh, VariationCategory.Improvement, "#00B0F0", "Improvement (High)")]
    [InlineData(Variation.ConcernLow, VariationCategory.Concern, "#E46C0A", "Concern (Low)")]
    [InlineData(Variation.NeitherHigh, VariationCategory.Neither, "#490092", "Neither (High)")]
    [InlineData(Variation.CommonCause, VariationCategory.CommonCause, "#A6A6A6", "Common Cause")]
    public void Variation_CategoryColourAndName_AreMdcs(Variation variation, VariationCategory category, string colour, string name)
    {
        Assert.Equal(category, variation.Category());
        Assert.Equal(colour, variation.Category().ToMdcColour());
        Assert.Equal(name, variation.ToMdcName());
    }
}
