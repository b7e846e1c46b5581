using System;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using OutcomesFramework.Reports.Charts;
using Xunit;

namespace OutcomesFramework.Reports.Tests.Charts;

public sealed class SpineChartTest
{
    // Width 480: the centre is at 240 and a half-bar reaches 240 - 8 (margin) = 232 units.
    private const double Mid = 240;
    private const double Reach = 232;

    [Fact]
    public void Higher_is_better_puts_the_lowest_on_the_left_scaled_by_the_far_end()
    {
        // Range 0..100, England 40: the far end is 100 (60 away), so one unit of value is 232 / 60 units of width.
        var s = SpineChart.Layout(0, 25, 50, 75, 100, lowerIsBetter: false, england: 40, council: 70, neighbours: 45);
        Assert.Equal(Mid - (40 * Reach / 60), s.WorstX, 9);      // 0 -> 85.333
        Assert.Equal(Mid - (15 * Reach / 60), s.LowerBandX, 9);  // 25
        Assert.Equal(Mid + (35 * Reach / 60), s.UpperBandX, 9);  // 75
        Assert.Equal(Mid + Reach, s.BestX, 9);                   // 100 -> 472
        Assert.Equal(Mid, s.CentreX, 9);
        Assert.Equal(Mid + (30 * Reach / 60), s.CouncilX!.Value, 9); // 70 -> 356
        Assert.Equal(Mid + (5 * Reach / 60), s.NeighboursX!.Value, 9);
    }

    [Fact]
    public void Lower_is_better_reverses_the_axis_so_the_best_is_still_on_the_right()
    {
        var s = SpineChart.Layout(0, 25, 50, 75, 100, lowerIsBetter: true, england: 40, council: 70, neighbours: null);
        Assert.Equal(Mid - Reach, s.WorstX, 9);                  // 100 (worst) -> 8
        Assert.Equal(Mid + (40 * Reach / 60), s.BestX, 9);       // 0 (best) -> 394.667
        Assert.Equal(Mid - (35 * Reach / 60), s.LowerBandX, 9);  // 75 on the left
        Assert.Equal(Mid + (15 * Reach / 60), s.UpperBandX, 9);  // 25 on the right
        Assert.Equal(Mid - (30 * Reach / 60), s.CouncilX!.Value, 9);
        Assert.Null(s.NeighboursX);
    }

    [Fact]
    public void Without_England_the_median_is_the_centre()
    {
        var s = SpineChart.Layout(10, 20, 30, 40, 50, lowerIsBetter: false, england: null, council: null, neighbours: null);
        Assert.Equal(Mid - Reach, s.WorstX, 9);
        Assert.Equal(Mid + Reach, s.BestX, 9);
        Assert.Null(s.CouncilX);
    }

    [Fact]
    public void Every_council_with_the_same_value_sits_on_the_centre()
    {
        var s = SpineChart.Layout(5, 5, 5, 5, 5, lowerIsBetter: false, england: 5, council: 5, neighbours: 5);
        Assert.Equal(Mid, s.WorstX);
        Assert.Equal(Mid, s.BestX);
        Assert.Equal(Mid, s.CouncilX);
    }

    [Fact]
    public void Unordered_cut_points_are_refused()
    {
        Assert.Throws<ArgumentException>(() => SpineChart.Layout(0, 50, 25, 75, 100, false, null, null, null));
    }

    [Property(MaxTest = 300)]
    public Property Better_values_are_always_further_right_and_every_mark_is_on_the_canvas(NormalFloat a, NormalFloat b, NormalFloat c, NormalFloat d, NormalFloat e, NormalFloat v, bool lowerIsBetter)
    {
        var cuts = new[] { a.Get, b.Get, c.Get, d.Get, e.Get };
        Array.Sort(cuts);
        var england = (cuts[1] + cuts[3]) / 2;
        var council = Math.Clamp(v.Get, cuts[0] - 1e3, cuts[4] + 1e3);
        var s = SpineChart.Layout(cuts[0], cuts[1], cuts[2], cuts[3], cuts[4], lowerIsBetter, england, council, cuts[2]);
        var inCanvas = new[] { s.WorstX, s.LowerBandX, s.UpperBandX, s.BestX, s.CouncilX!.Value, s.NeighboursX!.Value }
            .All(x => x >= SpineChart.Margin - 1e-9 && x <= SpineChart.Width - SpineChart.Margin + 1e-9);
        var ordered = s.WorstX <= s.LowerBandX + 1e-9 && s.LowerBandX <= s.UpperBandX + 1e-9 && s.UpperBandX <= s.BestX + 1e-9;
        // The council is right of the centre exactly when it is better than England.
        var better = lowerIsBetter ? council < england : council > england;
        var sideRight = s.CouncilX.Value > s.CentreX + 1e-9;
        var sideOk = council == england || Math.Abs(council - england) < 1e-9 * Math.Max(1, Math.Abs(england)) || better == sideRight;
        return (inCanvas && ordered && sideOk).ToProperty();
    }
}
