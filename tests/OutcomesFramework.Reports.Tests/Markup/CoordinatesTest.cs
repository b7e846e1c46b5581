using System;
using System.Globalization;
using System.Threading;
using OutcomesFramework.Reports.Markup;
using Xunit;

namespace OutcomesFramework.Reports.Tests.Markup;

public sealed class CoordinatesTest
{
    [Theory]
    [InlineData(64.0, "64")] // no trailing ".0"
    [InlineData(137.25, "137.3")] // 137.25 is exact in binary: a true half, rounded away from zero
    [InlineData(-2.25, "-2.3")]
    [InlineData(200.04, "200")]
    [InlineData(0.05, "0.1")] // 0.05 is a little above a half in binary as in decimal: up either way
    [InlineData(-0.04, "0")] // never "-0"
    [InlineData(1234567.89, "1234567.9")] // no group separator
    public void A_coordinate_has_one_decimal_place_at_most_in_any_culture(double value, string expected)
    {
        var saved = Thread.CurrentThread.CurrentCulture;
        try
        {
            Thread.CurrentThread.CurrentCulture = new CultureInfo("de-DE");
            Assert.Equal(expected, Coordinates.Format(value));
            Span<char> buffer = stackalloc char[Coordinates.MaxLength];
            Assert.True(Coordinates.TryFormat(value, buffer, out var written));
            Assert.Equal(expected, new string(buffer.Slice(0, written)));
        }
        finally
        {
            Thread.CurrentThread.CurrentCulture = saved;
        }
    }

    [Fact]
    public void A_coordinate_too_long_for_the_buffer_is_still_printed_whole()
    {
        // 1e40 prints as 41 digits: more than the stack buffer holds, so the writer falls back to a string.
        Span<char> buffer = stackalloc char[Coordinates.MaxLength];
        Assert.False(Coordinates.TryFormat(1e40, buffer, out _));
        Assert.Equal("1" + new string('0', 40), Coordinates.Format(1e40));
    }

    [Theory]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void A_coordinate_that_is_not_finite_is_refused(double value) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => Coordinates.Format(value));
}
