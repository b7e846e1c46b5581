using System;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using OutcomesFramework.Reports.Charts;
using Xunit;

namespace OutcomesFramework.Reports.Tests.Charts;

public sealed class AxisTicksTest
{
    [Fact]
    public void A_rough_interval_gets_round_ticks()
    {
        // (9.45 - 0.37) / 4 = 2.27 -> nice step 5 (2.27 is over 2); 0 to 10.
        Assert.Equal(new[] { 0.0, 5, 10 }, AxisTicks.Nice(0.37, 9.45));
        // 85 to 100 (a percentage): 15 / 4 = 3.75 -> 5; 85, 90, 95, 100.
        Assert.Equal(new[] { 85.0, 90, 95, 100 }, AxisTicks.Nice(85.4, 99.6));
        // Small rates: 0.012 to 0.048 -> step 0.01 (0.009 rounds up to 0.01).
        Assert.Equal(new[] { 0.01, 0.02, 0.03, 0.04, 0.05 }, AxisTicks.Nice(0.012, 0.048));
    }

    [Fact]
    public void One_value_is_padded_so_it_sits_inside_the_axis()
    {
        var ticks = AxisTicks.Nice(50, 50);
        Assert.True(ticks[0] < 50 && ticks[^1] > 50);
    }

    [Fact]
    public void Decimals_follow_the_step()
    {
        Assert.Equal(0, AxisTicks.Decimals(5));
        Assert.Equal(1, AxisTicks.Decimals(0.5));
        Assert.Equal(2, AxisTicks.Decimals(0.01));
        Assert.Equal(2, AxisTicks.Decimals(0.05));
    }

    [Property(MaxTest = 500)]
    public Property Ticks_cover_the_data_with_an_even_step_of_1_2_or_5_times_a_power_of_ten(NormalFloat x, NormalFloat y)
    {
        var min = Math.Min(x.Get, y.Get);
        var max = Math.Max(x.Get, y.Get);
        if (Math.Abs(min) > 1e12 || Math.Abs(max) > 1e12 || max - min < 1e-6 * Math.Max(1, Math.Abs(max)))
        {
            return true.ToProperty();
        }
        var ticks = AxisTicks.Nice(min, max);
        var step = ticks[1] - ticks[0];
        var mantissa = step / Math.Pow(10, Math.Floor(Math.Log10(step)));
        var nice = new[] { 1.0, 2, 5, 10 }.Any(m => Math.Abs(mantissa - m) < 1e-6);
        var even = ticks.Zip(ticks.Skip(1), (p, q) => q - p).All(d => Math.Abs(d - step) <= 1e-6 * step);
        var covers = ticks[0] <= min + (1e-9 * step) && ticks[^1] >= max - (1e-9 * step);
        return (nice && even && covers && ticks.Count <= 12).ToProperty();
    }
}
