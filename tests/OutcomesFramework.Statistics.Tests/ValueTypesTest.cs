using System;
using System.Linq;
using OutcomesFramework.Statistics;
using Xunit;

namespace OutcomesFramework.Statistics.Tests;

/// <summary>
/// Equality, defaults and text of the result value types (issue #11, mutation testing): two results are equal only
/// when every field is, which callers rely on when they compare or de-duplicate results.
/// </summary>
public sealed class ValueTypesTest
{
    private static readonly ConfidenceLevel L95 = ConfidenceLevel.NinetyFivePercent;

    private static void AssertEqualPair<T>(T a, T b)
        where T : IEquatable<T>
    {
        Assert.True(a.Equals(b));
        Assert.True(a.Equals((object)b));
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
    }

    private static ConfidenceInterval Interval(double lower, double upper, IntervalMethod method = IntervalMethod.Wilson) =>
        new(lower, upper, L95, method);

    [Fact]
    public void FunnelLimits_EqualOnlyWhenEveryFieldIs()
    {
        var a = new FunnelLimits(10, 1, 2, 3, 4, 5, 6, 7, 8, 9);
        var same = new FunnelLimits(10, 1, 2, 3, 4, 5, 6, 7, 8, 9);
        AssertEqualPair(a, same);
        Assert.True(a == same);
        Assert.False(a != same);
        var others = new[]
        {
            new FunnelLimits(11, 1, 2, 3, 4, 5, 6, 7, 8, 9),
            new FunnelLimits(10, 0, 2, 3, 4, 5, 6, 7, 8, 9),
            new FunnelLimits(10, 1, 0, 3, 4, 5, 6, 7, 8, 9),
            new FunnelLimits(10, 1, 2, 0, 4, 5, 6, 7, 8, 9),
            new FunnelLimits(10, 1, 2, 3, 0, 5, 6, 7, 8, 9),
            new FunnelLimits(10, 1, 2, 3, 4, null, 6, 7, 8, 9),
            new FunnelLimits(10, 1, 2, 3, 4, 5, null, 7, 8, 9),
            new FunnelLimits(10, 1, 2, 3, 4, 5, 6, null, 8, 9),
            new FunnelLimits(10, 1, 2, 3, 4, 5, 6, 7, null, 9),
            new FunnelLimits(10, 1, 2, 3, 4, 5, 6, 7, 8, null),
        };
        foreach (var other in others)
        {
            Assert.False(a.Equals(other));
            Assert.False(a == other);
            Assert.True(a != other);
        }
        Assert.False(a.Equals("not limits"));
        // The properties return what was given.
        Assert.Equal((10.0, 1.0, 2.0, 3.0, 4.0), (a.X, a.Lower2s, a.Upper2s, a.Lower3s, a.Upper3s));
        Assert.Equal((5.0, 6.0, 7.0, 8.0, 9.0), (a.Baseline, a.Lower2sDenominator, a.Upper2sDenominator, a.Lower3sDenominator, a.Upper3sDenominator));
    }

    [Fact]
    public void SpineChartSummary_EqualOnlyWhenEveryFieldIs()
    {
        var a = new SpineChartSummary(1, 2, 3, 4, 5, 6);
        var same = new SpineChartSummary(1, 2, 3, 4, 5, 6);
        AssertEqualPair(a, same);
        Assert.True(a == same);
        Assert.False(a != same);
        var others = new[]
        {
            new SpineChartSummary(0, 2, 3, 4, 5, 6),
            new SpineChartSummary(1, 0, 3, 4, 5, 6),
            new SpineChartSummary(1, 2, 0, 4, 5, 6),
            new SpineChartSummary(1, 2, 3, 0, 5, 6),
            new SpineChartSummary(1, 2, 3, 4, 0, 6),
            new SpineChartSummary(1, 2, 3, 4, 5, 7),
        };
        foreach (var other in others)
        {
            Assert.False(a.Equals(other));
            Assert.True(a != other);
        }
        Assert.False(a.Equals((object)1));
    }

    [Fact]
    public void ConfidenceInterval_Equality_Width_Scale_AndDefaultLevel()
    {
        var a = Interval(1, 3);
        AssertEqualPair(a, Interval(1, 3));
        Assert.True(a == Interval(1, 3));
        Assert.False(a != Interval(1, 3));
        Assert.True(a != Interval(0, 3));
        Assert.True(a != Interval(1, 4));
        Assert.True(a != Interval(1, 3, IntervalMethod.Byars));
        Assert.True(a != new ConfidenceInterval(1, 3, ConfidenceLevel.NinetyNinePointEightPercent, IntervalMethod.Wilson));
        Assert.Equal(2, a.Width);
        // Scaling multiplies both limits (a proportion to a percentage) and keeps level and method.
        var scaled = a.Scale(100);
        Assert.Equal(100, scaled.Lower);
        Assert.Equal(300, scaled.Upper);
        Assert.Equal(IntervalMethod.Wilson, scaled.Method);
        Assert.Equal("factor", Assert.Throws<ArgumentOutOfRangeException>(() => a.Scale(0)).ParamName);
        // A default interval reads as 95%, never a null level.
        Assert.Same(L95, default(ConfidenceInterval).Level);
        var text = a.ToString();
        Assert.StartsWith("[1, 3] ", text, StringComparison.Ordinal);
        Assert.Contains(IntervalMethod.Wilson.ToLabel(), text, StringComparison.Ordinal);
    }

    [Fact]
    public void ConfidenceInterval_FromLimits_ChecksTheLimitsAndMethod()
    {
        var exception = Assert.Throws<ArgumentException>(() => ConfidenceInterval.FromLimits(3, 1, L95));
        Assert.Contains("below the lower limit", exception.Message, StringComparison.Ordinal);
        Assert.Equal("method", Assert.Throws<ArgumentOutOfRangeException>(() => ConfidenceInterval.FromLimits(1, 3, L95, (IntervalMethod)999)).ParamName);
        Assert.Equal(IntervalMethod.Byars, ConfidenceInterval.FromLimits(1, 3, L95, IntervalMethod.Byars).Method);
    }

    [Fact]
    public void Estimate_EqualOnlyWhenEveryFieldIs_AndDefaultStatisticIsEmpty()
    {
        var a = new Estimate(2, Interval(1, 3), "proportion");
        AssertEqualPair(a, new Estimate(2, Interval(1, 3), "proportion"));
        Assert.True(a == new Estimate(2, Interval(1, 3), "proportion"));
        Assert.True(a != new Estimate(2.5, Interval(1, 3), "proportion"));
        Assert.True(a != new Estimate(2, Interval(1, 4), "proportion"));
        Assert.True(a != new Estimate(2, Interval(1, 3), "rate"));
        Assert.False(a != new Estimate(2, Interval(1, 3), "proportion"));
        Assert.Equal(string.Empty, default(Estimate).Statistic);
        Assert.EndsWith("(proportion)", a.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void TwoLevelEstimate_EqualOnlyWhenEveryFieldIs_AndDefaultStatisticIsEmpty()
    {
        var i998 = new ConfidenceInterval(0.5, 3.5, ConfidenceLevel.NinetyNinePointEightPercent, IntervalMethod.Wilson);
        var a = new TwoLevelEstimate(2, Interval(1, 3), i998, "proportion");
        AssertEqualPair(a, new TwoLevelEstimate(2, Interval(1, 3), i998, "proportion"));
        Assert.True(a == new TwoLevelEstimate(2, Interval(1, 3), i998, "proportion"));
        Assert.False(a != new TwoLevelEstimate(2, Interval(1, 3), i998, "proportion"));
        Assert.True(a != new TwoLevelEstimate(2.5, Interval(1, 3), i998, "proportion"));
        Assert.True(a != new TwoLevelEstimate(2, Interval(1, 4), i998, "proportion"));
        Assert.True(a != new TwoLevelEstimate(2, Interval(1, 3), Interval(1, 3), "proportion"));
        Assert.True(a != new TwoLevelEstimate(2, Interval(1, 3), i998, "rate"));
        Assert.False(a.Equals((object)"x"));
        Assert.Equal(string.Empty, default(TwoLevelEstimate).Statistic);
        var text = a.ToString();
        Assert.Contains("95% [1, 3]", text, StringComparison.Ordinal);
        Assert.Contains("99.8% [0.5, 3.5]", text, StringComparison.Ordinal);
        Assert.EndsWith("(proportion)", text, StringComparison.Ordinal);
    }

    [Fact]
    public void TrendPoint_EqualOnlyWhenEveryFieldIs_AndNeedsBothLimitsForAnInterval()
    {
        var a = new TrendPoint(1, 2, 3, 0.5, 1.5);
        AssertEqualPair(a, new TrendPoint(1, 2, 3, 0.5, 1.5));
        Assert.True(a == new TrendPoint(1, 2, 3, 0.5, 1.5));
        Assert.False(a != new TrendPoint(1, 2, 3, 0.5, 1.5));
        Assert.True(a != new TrendPoint(9, 2, 3, 0.5, 1.5));
        Assert.True(a != new TrendPoint(1, 9, 3, 0.5, 1.5));
        Assert.True(a != new TrendPoint(1, 2, 9, 0.5, 1.5));
        Assert.True(a != new TrendPoint(1, 2, 3, 0.1, 1.5));
        Assert.True(a != new TrendPoint(1, 2, 3, 0.5, 9));
        Assert.True(a.HasInterval);
        Assert.False(new TrendPoint(1, 2, 3, 0.5, null).HasInterval);
        Assert.False(new TrendPoint(1, 2, 3, null, 1.5).HasInterval);
        Assert.False(new TrendPoint(1, 2, 3, double.NaN, 1.5).HasInterval);
    }

    [Fact]
    public void IntervalMethod_EveryMethodHasItsOwnLabelAndDescription()
    {
        // Labels and descriptions are shown to users next to the limits, so each method must be named and told
        // apart from every other.
        var methods = Enum.GetValues(typeof(IntervalMethod)).Cast<IntervalMethod>().ToList();
        var labels = methods.Select(m => m.ToLabel()).ToList();
        var descriptions = methods.Select(m => m.ToDescription()).ToList();
        Assert.All(labels, l => Assert.False(string.IsNullOrWhiteSpace(l)));
        Assert.All(descriptions, d => Assert.False(string.IsNullOrWhiteSpace(d)));
        Assert.Equal(methods.Count, labels.Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(methods.Count, descriptions.Distinct(StringComparer.Ordinal).Count());
        // An undefined value falls back to the "supplied" wording rather than throwing.
        Assert.Equal(IntervalMethod.Supplied.ToLabel(), ((IntervalMethod)999).ToLabel());
        Assert.Equal(IntervalMethod.Supplied.ToDescription(), ((IntervalMethod)999).ToDescription());
    }
}
