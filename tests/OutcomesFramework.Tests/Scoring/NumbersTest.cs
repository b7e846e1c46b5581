using System.Globalization;
using OutcomesFramework.Scoring;
using Xunit;

namespace OutcomesFramework.Tests.Scoring;

/// <summary>
/// The one rounding and number-writing helper of the scorecard outputs: half away from zero (not banker's rounding),
/// no negative zero, invariant culture, places clamped to 0–15.
/// </summary>
public sealed class NumbersTest
{
    [Theory]
    [InlineData(2.5, 0, 3.0)]
    [InlineData(-2.5, 0, -3.0)]
    [InlineData(0.125, 2, 0.13)]
    [InlineData(1.005, 2, 1.0)] // 1.005 is stored just below 1.005
    [InlineData(12.3456, 3, 12.346)]
    [InlineData(7.7, -3, 8.0)] // fewer than 0 places is 0
    [InlineData(0.1234567890123456789, 40, 0.123456789012346)] // more than 15 is 15
    public void Round_IsHalfAwayFromZero_WithPlacesClamped(double value, int places, double expected)
    {
        Assert.Equal(expected, Numbers.Round(value, places));
    }

    [Fact]
    public void Round_NeverGivesNegativeZero()
    {
        var r = Numbers.Round(-0.0001, 2);
        Assert.Equal(0, r);
        Assert.False(double.IsNegative(r));
        Assert.Null(Numbers.Round(null, 2));
        Assert.Equal(1.5, Numbers.Round((double?)1.45, 1));
    }

    [Fact]
    public void Text_IsInvariant_WhateverTheCurrentCulture()
    {
        var saved = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = new CultureInfo("de-DE");
            Assert.Equal("1234.57", Numbers.Format(1234.5678, 2));
            Assert.Equal("1234.5", Numbers.Format(1234.5, 2));
            Assert.Equal("none", Numbers.Format(null, 2));
            Assert.Equal("0", Numbers.Format(-0.001, 2));
            Assert.Equal("1234.50", Numbers.Fixed(1234.5, 2));
            Assert.Equal("-3", Numbers.Fixed(-2.5, 0));
            Assert.Equal("0.000", Numbers.Fixed(-0.0001, 3));
            Assert.Equal("8", Numbers.Fixed(7.7, -1));
            Assert.Equal("0.1", Numbers.Exact(0.1));
            Assert.Equal("0", Numbers.Exact(-0.0));
            Assert.Equal("-1E-07", Numbers.Exact(-1e-7));
            Assert.Equal("12345", Numbers.Int(12345));
            Assert.Equal("-7", Numbers.Int(-7));
            Assert.Equal("62.5%", Numbers.Percent(0.625));
            Assert.Equal("33.3%", Numbers.Percent(1 / 3.0));
            Assert.Equal("100%", Numbers.Percent(1));
        }
        finally
        {
            CultureInfo.CurrentCulture = saved;
        }
    }
}
