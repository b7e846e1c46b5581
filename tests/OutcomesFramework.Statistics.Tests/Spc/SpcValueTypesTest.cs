using System;
using System.Collections.Generic;
using OutcomesFramework.Statistics.Spc;
using Xunit;

namespace OutcomesFramework.Statistics.Tests.Spc;

/// <summary>
/// The value types users compare, hash and print: SpcOptions, SpcWarning, XmrSummary and the MDC names. Each field
/// must take part in equality and hashing (a dictionary keyed by options must not confuse two profiles), and the
/// printed text is what an explanation cites.
/// </summary>
public sealed class SpcValueTypesTest
{
    private static readonly SpcOptions Nhsr = SpcOptions.NhsrPlotTheDots022;
    private static readonly SpcOptions Nhse = SpcOptions.NhsEngland2024;

    /// <summary>Each variant differs from <c>Nhsr.WithName("X")</c> in exactly one setting (then renamed "X" too).</summary>
    public static IEnumerable<object[]> OneSettingChanged() =>
    [
        [Nhsr.WithShiftPoints(8).WithName("X")],
        [Nhsr.WithTrendPoints(8).WithName("X")],
        [Nhsr.WithTwoInThreeCountsBeyondLimits(true).WithName("X")],
        [Nhsr.WithRulesCrossingRecalculation(SpcRules.All).WithName("X")],
        [Nhsr.WithMovingRangeScreening(MovingRangeScreening.Off).WithName("X")],
        [Nhsr.WithConflictResolution(ConflictResolution.ImprovementWins).WithName("X")],
        [Nhsr.WithMinimumPoints(13).WithName("X")],
        [Nhsr.WithShortSegmentPoints(12).WithName("X")],
        [Nhsr.WithMinimumBaselinePoints(2).WithName("X")],
        [Nhsr.WithBaselineOverridesRecalculation(true).WithName("X")],
        [Nhsr.WithAssuranceComparison(AssuranceComparison.Inclusive).WithName("X")],
        [Nhsr.WithVariationIconSkipsMissingLastPoint(true).WithName("X")],
        [Nhsr.WithName("Y")],
    ];

    [Theory]
    [MemberData(nameof(OneSettingChanged))]
    public void SpcOptions_OneSettingChanged_NotEqualAndHashDiffers(SpcOptions changed)
    {
        var same = Nhsr.WithName("X");
        Assert.False(same.Equals(changed));
        Assert.False(same.Equals((object)changed));
        // A 32-bit hash of two different settings collides with probability 2^-32: a difference is expected.
        Assert.NotEqual(same.GetHashCode(), changed.GetHashCode());
    }

    [Fact]
    public void SpcOptions_EqualSettings_EqualAndSameHash()
    {
        var a = Nhse.WithShiftPoints(7).WithName("X");
        var b = Nhse.WithName("X").WithShiftPoints(7).WithName("X");
        Assert.True(a.Equals(b));
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.False(a.Equals(null));
        Assert.False(a.Equals((object?)null));
    }

    /// <summary>The With… methods for flags change the flag (both directions), which Copy must not ignore.</summary>
    [Fact]
    public void SpcOptions_BooleanAndEnumWith_TakeTheNewValue()
    {
        Assert.True(Nhsr.WithBaselineOverridesRecalculation(true).BaselineOverridesRecalculation);
        Assert.False(Nhse.WithBaselineOverridesRecalculation(false).BaselineOverridesRecalculation);
        Assert.Equal(AssuranceComparison.Inclusive, Nhsr.WithAssuranceComparison(AssuranceComparison.Inclusive).AssuranceComparison);
        Assert.Equal(AssuranceComparison.Strict, Nhse.WithAssuranceComparison(AssuranceComparison.Strict).AssuranceComparison);
        Assert.True(Nhsr.WithVariationIconSkipsMissingLastPoint(true).VariationIconSkipsMissingLastPoint);
        Assert.False(Nhse.WithVariationIconSkipsMissingLastPoint(false).VariationIconSkipsMissingLastPoint);
    }

    [Fact]
    public void SpcOptions_UndefinedEnumValues_ThrowNamingTheParameter()
    {
        var screening = Assert.Throws<ArgumentOutOfRangeException>(() => Nhsr.WithMovingRangeScreening((MovingRangeScreening)3));
        Assert.Equal("screening", screening.ParamName);
        var comparison = Assert.Throws<ArgumentOutOfRangeException>(() => Nhsr.WithAssuranceComparison((AssuranceComparison)2));
        Assert.Equal("comparison", comparison.ParamName);
        var resolution = Assert.Throws<ArgumentOutOfRangeException>(() => Nhsr.WithConflictResolution((ConflictResolution)3));
        Assert.Equal("resolution", resolution.ParamName);
    }

    /// <summary>
    /// The description an explanation cites, written out from the preset's documented settings (SpcOptions XML docs:
    /// name, then shift, trend, two-in-three, crossing rules, screening, conflicts, minimum points, short segment,
    /// minimum baseline, baseline, assurance comparison, icon point, in that order).
    /// </summary>
    [Fact]
    public void SpcOptions_ToString_ListsEverySettingOfNhse() =>
        Assert.Equal(
            "NHS England 2024: shift 6 points; trend 6 points; two-in-three ignores points beyond the limits; " +
            "rules crossing a recalculation: All; moving-range screening: Off; conflicts: ImprovementWins; minimum points 13; " +
            "short segment below 12 points; minimum baseline 2 points; baseline overrides recalculations; " +
            "assurance comparison: Inclusive; variation icon from the last non-missing point",
            Nhse.ToString());

    [Fact]
    public void SpcOptions_ToString_ListsEverySettingOfNhsrWithTwoInThreeCounting() =>
        Assert.Equal(
            "Custom (from NHSRplotthedots 0.2.2): shift 7 points; trend 7 points; two-in-three counts points beyond the limits; " +
            "rules crossing a recalculation: None; moving-range screening: KeepBelowLimit; conflicts: Precedence; minimum points 1; " +
            "short segment below 13 points; minimum baseline 12 points; baseline applies within each segment; " +
            "assurance comparison: Strict; variation icon from the last point",
            Nhsr.WithTwoInThreeCountsBeyondLimits(true).ToString());

    [Theory]
    [InlineData(0)] // no kind
    [InlineData(3)] // TooFewPoints | ShortSegment: two kinds
    [InlineData(6)] // ShortSegment | ShortBaseline
    public void SpcWarning_NotExactlyOneKind_Throws(int kind)
    {
        var ex = Assert.Throws<ArgumentException>(() => new SpcWarning((SpcWarningKinds)kind, null, "m"));
        Assert.Equal("kind", ex.ParamName);
        Assert.Contains("exactly one kind", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void SpcWarning_NegativePointIndex_Throws()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => new SpcWarning(SpcWarningKinds.ShortSegment, -1, "m"));
        Assert.Equal("pointIndex", ex.ParamName);
        Assert.Equal(0, new SpcWarning(SpcWarningKinds.ShortSegment, 0, "m").PointIndex);
    }

    [Fact]
    public void SpcWarning_Equality_UsesKindIndexAndMessage()
    {
        var a = new SpcWarning(SpcWarningKinds.ShortBaseline, 2, "m");
        Assert.True(a.Equals(new SpcWarning(SpcWarningKinds.ShortBaseline, 2, "m")));
        Assert.True(a.Equals((object)new SpcWarning(SpcWarningKinds.ShortBaseline, 2, "m")));
        Assert.Equal(a.GetHashCode(), new SpcWarning(SpcWarningKinds.ShortBaseline, 2, "m").GetHashCode());
        Assert.False(a.Equals(new SpcWarning(SpcWarningKinds.ShortSegment, 2, "m")));
        Assert.False(a.Equals(new SpcWarning(SpcWarningKinds.ShortBaseline, 3, "m")));
        Assert.False(a.Equals(new SpcWarning(SpcWarningKinds.ShortBaseline, null, "m")));
        Assert.False(a.Equals(new SpcWarning(SpcWarningKinds.ShortBaseline, 2, "n")));
        Assert.False(a.Equals(null));
        Assert.Equal("ShortBaseline: m", a.ToString());
    }

    private static XmrSummary Summary(
        int pointCount = 10, int missingCount = 1, int segmentCount = 1, double? mean = 5, double? lower = 1, double? upper = 9,
        Variation? icon = Variation.CommonCause, AssuranceIcon? assurance = AssuranceIcon.HitOrMiss, int common = 6,
        int improvement = 1, int concern = 1, int neither = 1, SpcWarningKinds warnings = SpcWarningKinds.MissingValues) =>
        new(pointCount, missingCount, segmentCount, mean, lower, upper, icon, assurance, common, improvement, concern, neither, warnings);

    public static IEnumerable<object[]> SummaryVariants() =>
    [
        [Summary(pointCount: 11)],
        [Summary(missingCount: 2)],
        [Summary(segmentCount: 2)],
        [Summary(mean: 5.5)],
        [Summary(mean: null)],
        [Summary(lower: 2)],
        [Summary(upper: 8)],
        [Summary(icon: Variation.ImprovementHigh)],
        [Summary(assurance: AssuranceIcon.Pass)],
        [Summary(common: 7)],
        [Summary(improvement: 2)],
        [Summary(concern: 2)],
        [Summary(neither: 2)],
        [Summary(warnings: SpcWarningKinds.None)],
    ];

    [Theory]
    [MemberData(nameof(SummaryVariants))]
    public void XmrSummary_OneFieldDiffers_NotEqualAndHashDiffers(XmrSummary other)
    {
        var baseline = Summary();
        Assert.False(baseline.Equals(other));
        Assert.False(baseline == other);
        Assert.True(baseline != other);
        Assert.False(baseline.Equals((object)other));
        Assert.NotEqual(baseline.GetHashCode(), other.GetHashCode());
    }

    [Fact]
    public void XmrSummary_SameFields_EqualAndSameHash()
    {
        // Two values built apart from the same fields: equal, with equal hashes.
        var a = Summary();
        var b = Summary();
        Assert.True(a == b);
        Assert.True(a.Equals((object)b));
        Assert.False(a.Equals("not a summary"));
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
    }

    /// <summary>The Making Data Count names and colours (MDC icon set: grey, blue, orange, purple).</summary>
    [Theory]
    [InlineData(Variation.CommonCause, "Common Cause", VariationCategory.CommonCause, "#A6A6A6", false)]
    [InlineData(Variation.ImprovementHigh, "Improvement (High)", VariationCategory.Improvement, "#00B0F0", true)]
    [InlineData(Variation.ImprovementLow, "Improvement (Low)", VariationCategory.Improvement, "#00B0F0", true)]
    [InlineData(Variation.ConcernHigh, "Concern (High)", VariationCategory.Concern, "#E46C0A", true)]
    [InlineData(Variation.ConcernLow, "Concern (Low)", VariationCategory.Concern, "#E46C0A", true)]
    [InlineData(Variation.NeitherHigh, "Neither (High)", VariationCategory.Neither, "#490092", true)]
    [InlineData(Variation.NeitherLow, "Neither (Low)", VariationCategory.Neither, "#490092", true)]
    public void Variation_MdcNamesAndColours(Variation variation, string name, VariationCategory category, string colour, bool special)
    {
        Assert.Equal(name, variation.ToMdcName());
        Assert.Equal(category, variation.Category());
        Assert.Equal(colour, category.ToMdcColour());
        Assert.Equal(special, variation.IsSpecialCause());
    }

    [Fact]
    public void Variation_UndefinedValues_ThrowNamingTheValue()
    {
        var name = Assert.Throws<ArgumentOutOfRangeException>(() => ((Variation)99).ToMdcName());
        Assert.Equal("variation", name.ParamName);
        Assert.Contains("Undefined value 99.", name.Message, StringComparison.Ordinal);
        Assert.Equal("variation", Assert.Throws<ArgumentOutOfRangeException>(() => ((Variation)99).Category()).ParamName);
        Assert.Equal("category", Assert.Throws<ArgumentOutOfRangeException>(() => ((VariationCategory)99).ToMdcColour()).ParamName);
        Assert.Equal("icon", Assert.Throws<ArgumentOutOfRangeException>(() => ((AssuranceIcon)99).ToMdcName()).ParamName);
        Assert.Equal("type", Assert.Throws<ArgumentOutOfRangeException>(() => ((SpecialCauseType)99).ToLabel(Nhsr)).ParamName);
        Assert.Equal("options", Assert.Throws<ArgumentNullException>(() => SpecialCauseType.CommonCause.ToLabel(null!)).ParamName);
    }

    [Theory]
    [InlineData(AssuranceIcon.Pass, "Pass")]
    [InlineData(AssuranceIcon.Fail, "Fail")]
    [InlineData(AssuranceIcon.HitOrMiss, "Hit or Miss")]
    public void AssuranceIcon_MdcNames(AssuranceIcon icon, string name) => Assert.Equal(name, icon.ToMdcName());

    [Fact]
    public void Polarity_Undefined_ThrowsNamingTheValue()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => ((Polarity)9).ToImprovementDirection());
        Assert.Equal("polarity", ex.ParamName);
        Assert.Contains("Unknown polarity 9.", ex.Message, StringComparison.Ordinal);
    }
}
