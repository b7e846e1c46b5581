using System;
using System.Linq;
using OutcomesFramework.Reports.Charts;
using Xunit;

namespace OutcomesFramework.Reports.Tests.Charts;

public sealed class PlotFrameTest
{
    [Fact]
    public void Periods_are_spread_evenly_from_the_left_margin_to_the_right()
    {
        var f = PlotFrame.For(5, new double?[] { 1, 2, 3 });
        Assert.Equal(PlotFrame.Left, f.X(0));
        Assert.Equal(PlotFrame.PlotRight, f.X(4));
        // Four equal gaps between five periods.
        Assert.Equal((PlotFrame.PlotRight - PlotFrame.Left) / 4, f.X(1) - f.X(0), 9);
        Assert.Throws<ArgumentOutOfRangeException>(() => f.X(5));
    }

    [Fact]
    public void The_value_axis_runs_upwards_over_the_ticks()
    {
        var f = PlotFrame.For(3, new double?[] { 12, 48, null });
        // Ticks 10..50 (step 10); 10 at the bottom of the plot, 50 at the top.
        Assert.Equal(new[] { 10.0, 20, 30, 40, 50 }, f.Ticks);
        Assert.Equal(PlotFrame.PlotBottom, f.Y.Map(10), 9);
        Assert.Equal(PlotFrame.Top, f.Y.Map(50), 9);
    }

    [Fact]
    public void A_missing_value_breaks_the_line()
    {
        var f = PlotFrame.For(5, new double?[] { 1, 5 });
        var runs = f.Runs(new double?[] { 1, 2, null, 4, 5 });
        Assert.Equal(2, runs.Count);
        Assert.Equal(new[] { f.X(0), f.X(1) }, runs[0].Select(p => p.X));
        Assert.Equal(new[] { f.X(3), f.X(4) }, runs[1].Select(p => p.X));
    }

    [Fact]
    public void One_period_sits_in_the_middle()
    {
        var f = PlotFrame.For(1, new double?[] { 3 });
        Assert.Equal(PlotFrame.Left + ((PlotFrame.PlotRight - PlotFrame.Left) / 2), f.X(0));
    }
}
