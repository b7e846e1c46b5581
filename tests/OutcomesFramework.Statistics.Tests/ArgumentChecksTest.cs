using System;
using OutcomesFramework.Statistics;
using Xunit;

namespace OutcomesFramework.Statistics.Tests;

/// <summary>
/// Each invalid argument gives the typed exception naming the argument, with a message saying what is wrong (and,
/// in the batch kernels, which row) — issue #11, mutation testing of the checks in Wilson, PoissonLimits,
/// QuartileCutPoints and StatisticsChecks.
/// </summary>
public sealed class ArgumentChecksTest
{
    private static readonly ConfidenceLevel L95 = ConfidenceLevel.NinetyFivePercent;

    [Theory]
    [InlineData(0)]
    [InlineData(-100)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void WilsonProportion_BadMultiplier_NamesItAndSaysWhy(double multiplier)
    {
        var exception = Assert.Throws<ArgumentOutOfRangeException>(() => Wilson.Proportion(1, 10, L95, multiplier));
        Assert.Equal("multiplier", exception.ParamName);
        Assert.Contains("multiplier must be a positive finite number", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void WilsonProportion_MissingInputs_GiveNoResult()
    {
        Assert.Null(Wilson.Proportion(null, 10, L95));
        Assert.Null(Wilson.Proportion(1, null, L95));
        Assert.Null(Wilson.Proportion(double.NaN, 10, L95));
        Assert.Null(Wilson.Proportion(1, double.NaN, L95));
    }

    [Theory]
    [InlineData(double.PositiveInfinity, 10, "numerator", "finite")]
    [InlineData(1, double.PositiveInfinity, "denominator", "finite")]
    [InlineData(-1, 10, "numerator", "Numerators must be greater than or equal to zero")]
    [InlineData(1, 0, "denominator", "Denominators must be greater than zero")]
    public void WilsonProportion_BadCounts_NameTheArgument(double x, double n, string paramName, string why)
    {
        var exception = Assert.Throws<ArgumentOutOfRangeException>(() => Wilson.Proportion(x, n, L95));
        Assert.Equal(paramName, exception.ParamName);
        Assert.Contains(why, exception.Message, StringComparison.Ordinal);
        // A single value is not a row of a batch: no "Row" prefix.
        Assert.DoesNotContain("Row", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void WilsonProportion_NumeratorAboveDenominator_SaysSo()
    {
        var exception = Assert.Throws<ArgumentException>(() => Wilson.Proportion(11, 10, L95));
        Assert.Equal("numerator", exception.ParamName);
        Assert.Contains("The numerator 11 is greater than the denominator 10", exception.Message, StringComparison.Ordinal);
        Assert.Equal("level", Assert.Throws<ArgumentNullException>(() => Wilson.Proportion(1, 10, null!)).ParamName);
    }

    [Fact]
    public void WilsonCompute_LengthsMustMatch_NamingTheShortInput()
    {
        var lower = new double[2];
        var upper = new double[2];
        var shortOut = new double[1];
        var e1 = Assert.Throws<ArgumentException>(() => Wilson.Compute(new double[] { 1, 2 }, new double[] { 10 }, L95, 1, lower, upper));
        Assert.Equal("denominators", e1.ParamName);
        Assert.Contains("Expected 2 elements", e1.Message, StringComparison.Ordinal);
        Assert.Contains("found 1", e1.Message, StringComparison.Ordinal);
        var e2 = Assert.Throws<ArgumentException>(() => Wilson.Compute(new double[] { 1, 2 }, new double[] { 10, 10 }, L95, 1, shortOut, upper));
        Assert.Equal("lower", e2.ParamName);
        var e3 = Assert.Throws<ArgumentException>(() => Wilson.Compute(new double[] { 1, 2 }, new double[] { 10, 10 }, L95, 1, lower, shortOut));
        Assert.Equal("upper", e3.ParamName);
        Assert.Equal("level", Assert.Throws<ArgumentNullException>(() => Wilson.Compute(new double[] { 1 }, new double[] { 10 }, null!, 1, new double[1], new double[1])).ParamName);
        Assert.Equal("multiplier", Assert.Throws<ArgumentOutOfRangeException>(() => Wilson.Compute(new double[] { 1 }, new double[] { 10 }, L95, 0, new double[1], new double[1])).ParamName);
    }

    [Fact]
    public void WilsonCompute_BadRow_NamesTheRow_AndNaNRowsGiveNaN()
    {
        // Rows 0 and 2 are fine; row 1 has x > n, and the message must point at row 1 (zero-based).
        var e = Assert.Throws<ArgumentException>(() => Wilson.Compute(new double[] { 1, 11, 2 }, new double[] { 10, 10, 10 }, L95, 1, new double[3], new double[3]));
        Assert.Equal("numerators", e.ParamName);
        Assert.StartsWith("Row 1: ", e.Message, StringComparison.Ordinal);
        var e0 = Assert.Throws<ArgumentOutOfRangeException>(() => Wilson.Compute(new double[] { -1 }, new double[] { 10 }, L95, 1, new double[1], new double[1]));
        Assert.Equal("numerators", e0.ParamName);
        Assert.StartsWith("Row 0: ", e0.Message, StringComparison.Ordinal);
        var en = Assert.Throws<ArgumentOutOfRangeException>(() => Wilson.Compute(new double[] { 1 }, new double[] { 0 }, L95, 1, new double[1], new double[1]));
        Assert.Equal("denominators", en.ParamName);

        // A missing numerator or denominator gives NaN limits for that row only; the others are the scalar result.
        var lower = new double[3];
        var upper = new double[3];
        Wilson.Compute(new double[] { double.NaN, 3, 4 }, new double[] { 10, double.NaN, 10 }, L95, 1, lower, upper);
        Assert.True(double.IsNaN(lower[0]) && double.IsNaN(upper[0]));
        Assert.True(double.IsNaN(lower[1]) && double.IsNaN(upper[1]));
        var scalar = Wilson.Interval(4, 10, L95);
        Assert.Equal(scalar.Lower, lower[2], 15);
        Assert.Equal(scalar.Upper, upper[2], 15);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void PoissonLimitsForCount_BadCount_NamesCount(double badCount)
    {
        var exception = Assert.Throws<ArgumentOutOfRangeException>(() => PoissonLimits.ForCount(badCount, L95));
        Assert.Equal("count", exception.ParamName);
        Assert.Contains("greater than or equal to zero", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void PoissonLimitsForCount_NullLevel_NamesLevel() =>
        Assert.Equal("level", Assert.Throws<ArgumentNullException>(() => PoissonLimits.ForCount(3, null!)).ParamName);

    [Theory]
    [InlineData(2, 1, 3, 4, 5)]
    [InlineData(1, 3, 2, 4, 5)]
    [InlineData(1, 2, 4, 3, 5)]
    [InlineData(1, 2, 3, 5, 4)]
    [InlineData(double.NegativeInfinity, 2, 3, 4, 5)]
    [InlineData(1, 2, 3, 4, double.PositiveInfinity)]
    [InlineData(double.NaN, 2, 3, 4, 5)]
    public void QuartileCutPoints_OutOfOrderOrInfinite_Throws(double min, double q1, double median, double q3, double max)
    {
        var exception = Assert.Throws<ArgumentException>(() => new QuartileCutPoints(min, q1, median, q3, max));
        Assert.Equal("minimum", exception.ParamName);
        Assert.Contains("ascending order", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void QuartileCutPoints_TiesAllowed_AndEqualityUsesEveryPoint()
    {
        // Ties are legitimate (many areas with the same value), so equal neighbours must be accepted.
        var tied = new QuartileCutPoints(1, 1, 2, 2, 2);
        Assert.Equal(2, tied.UpperQuartile);
        var a = new QuartileCutPoints(1, 2, 3, 4, 5);
        Assert.True(a == new QuartileCutPoints(1, 2, 3, 4, 5));
        Assert.False(a != new QuartileCutPoints(1, 2, 3, 4, 5));
        Assert.Equal(a.GetHashCode(), new QuartileCutPoints(1, 2, 3, 4, 5).GetHashCode());
        Assert.True(a.Equals((object)new QuartileCutPoints(1, 2, 3, 4, 5)));
        Assert.True(a != new QuartileCutPoints(0, 2, 3, 4, 5));
        Assert.True(a != new QuartileCutPoints(1, 1.5, 3, 4, 5));
        Assert.True(a != new QuartileCutPoints(1, 2, 2.5, 4, 5));
        Assert.True(a != new QuartileCutPoints(1, 2, 3, 3.5, 5));
        Assert.True(a != new QuartileCutPoints(1, 2, 3, 4, 6));
    }

    [Theory]
    [InlineData(-1, 1000, "count")]
    [InlineData(double.PositiveInfinity, 1000, "count")]
    [InlineData(3, 0, "denominator")]
    [InlineData(3, double.PositiveInfinity, "denominator")]
    public void CrudeRate_BadCounts_NameTheArgument(double x, double n, string paramName) =>
        Assert.Equal(paramName, Assert.Throws<ArgumentOutOfRangeException>(() => CrudeRate.Calculate(x, n, L95)).ParamName);

    [Fact]
    public void CrudeRate_BadMultiplierOrLevel_AndMissingInputs()
    {
        Assert.Equal("multiplier", Assert.Throws<ArgumentOutOfRangeException>(() => CrudeRate.Calculate(3, 1000, L95, 0)).ParamName);
        Assert.Equal("level", Assert.Throws<ArgumentNullException>(() => CrudeRate.Calculate(3, 1000, null!)).ParamName);
        Assert.Null(CrudeRate.Calculate(null, 1000, L95));
        Assert.Null(CrudeRate.Calculate(3, null, L95));
        Assert.Null(CrudeRate.Calculate(double.NaN, 1000, L95));
        Assert.Null(CrudeRate.Calculate(3, double.NaN, L95));
    }
}
