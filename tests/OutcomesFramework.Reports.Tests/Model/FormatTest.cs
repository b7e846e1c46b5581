using System.Globalization;
using System.Threading;
using OutcomesFramework.Reports.Model;
using Xunit;

namespace OutcomesFramework.Reports.Tests.Model;

public sealed class FormatTest
{
    [Fact]
    public void Numbers_round_half_away_from_zero_in_the_invariant_culture_whatever_the_current_one()
    {
        var saved = Thread.CurrentThread.CurrentCulture;
        try
        {
            Thread.CurrentThread.CurrentCulture = new CultureInfo("de-DE");
            Assert.Equal("3", Format.Number(2.5, 0));
            Assert.Equal("-3", Format.Number(-2.5, 0));
            Assert.Equal("0.13", Format.Number(0.125, 2)); // 0.125 is exact in binary: a true half
            Assert.Equal("1234567.9", Format.Number(1234567.89, 1)); // no group separator
        }
        finally
        {
            Thread.CurrentThread.CurrentCulture = saved;
        }
    }

    [Fact]
    public void Negative_zero_and_missing_values_print_plainly()
    {
        Assert.Equal("0.0", Format.Number(-0.04, 1));
        Assert.Equal("0", Format.Number(-0.0, 0));
        Assert.Equal(Format.Dash, Format.Number(null, 1));
        Assert.Equal(Format.Dash, Format.Number(double.NaN, 1));
        Assert.Equal("12.5%", Format.Percent(0.125));
    }
}
