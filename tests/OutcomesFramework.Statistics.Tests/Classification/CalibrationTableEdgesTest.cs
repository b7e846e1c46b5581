using System;
using System.Linq;
using OutcomesFramework.Statistics.Classification;
using Xunit;

namespace OutcomesFramework.Statistics.Tests.Classification;

/// <summary>How the calibration table cuts its groups, at the edges: rounding of the shares, ties, tiny samples.</summary>
public sealed class CalibrationTableEdgesTest
{
    /// <summary>
    /// Ten forecasts 0.1 … 1.0 in 3 groups: the g-th group ends at round(10 × g / 3) = 3, 7 (6.67 rounds up), 10,
    /// so groups of 3, 4 and 3; the first holds 0.1–0.3 (mean 0.2), with 1 positive of 3.
    /// </summary>
    [Fact]
    public void Create_TenInThree_GroupsOfThreeFourThree()
    {
        var p = Enumerable.Range(1, 10).Select(i => i / 10.0).ToArray();
        bool[] y = [true, false, false, false, true, false, true, true, true, true];
        var table = CalibrationTable.Create(p, y, 3);
        Assert.Equal([3, 4, 3], table.Groups.Select(g => g.Cases));
        var first = table.Groups[0];
        Assert.Equal(0.1, first.Lowest, 12);
        Assert.Equal(0.3, first.Highest, 12);
        Assert.Equal(0.2, first.MeanForecast, 12);
        Assert.Equal(1, first.Positives);
        Assert.Equal(1.0 / 3, first.Observed, 12);
        Assert.Equal("3 cases, forecast 0.200, observed 1/3", first.ToString());
        Assert.Equal(0.5, table.Groups[1].Observed, 12); // 0.4–0.7: false, true, false, true
    }

    /// <summary>Two cases in 5 groups: round(2 × 1 / 5) = 0, pushed to one case per group, so 2 groups of 1.</summary>
    [Fact]
    public void Create_FewerCasesThanGroups_OneCasePerGroup()
    {
        var table = CalibrationTable.Create([0.2, 0.8], [false, true], 5);
        Assert.Equal([1, 1], table.Groups.Select(g => g.Cases));
        Assert.Equal(0.8, table.Groups[1].Lowest);
    }

    /// <summary>Four equal forecasts in 2 groups: the tie pushes the first group to all 4; no second group.</summary>
    [Fact]
    public void Create_AllTied_OneGroup()
    {
        var table = CalibrationTable.Create([0.5, 0.5, 0.5, 0.5], [true, false, true, false], 2);
        var group = Assert.Single(table.Groups);
        Assert.Equal(4, group.Cases);
        Assert.Equal(0.5, group.Observed);
    }

    [Fact]
    public void Create_InvalidArguments_SayWhatIsWrong()
    {
        var empty = Assert.Throws<ArgumentException>(() => CalibrationTable.Create([], [], 1));
        Assert.Equal("outcomes", empty.ParamName);
        Assert.Contains("at least one case", empty.Message, StringComparison.Ordinal);
        var above = Assert.Throws<ArgumentException>(() => CalibrationTable.Create([0.5, 1.01], [true, false], 1));
        Assert.Equal("probabilities", above.ParamName);
        Assert.Contains("(case 1) is outside 0 to 1", above.Message, StringComparison.Ordinal);
        Assert.Equal("probabilities", Assert.Throws<ArgumentException>(() => CalibrationTable.Create([-0.01], [true], 1)).ParamName);
        Assert.Equal("groups", Assert.Throws<ArgumentOutOfRangeException>(() => CalibrationTable.Create([0.5], [true], 0)).ParamName);
        Assert.Equal("groups", Assert.Throws<ArgumentOutOfRangeException>(() => CalibrationTable.Create([0.5], [true], 101)).ParamName);
        Assert.Equal("outcomes", Assert.Throws<ArgumentNullException>(() => CalibrationTable.Create([0.5], null!, 1)).ParamName);

        // The ends of the range are valid probabilities.
        var table = CalibrationTable.Create([0, 1], [false, true], 100);
        Assert.Equal(2, table.Groups.Length);
    }
}
