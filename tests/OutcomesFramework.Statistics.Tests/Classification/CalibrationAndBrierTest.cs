using System;
using System.Linq;
using OutcomesFramework.Statistics;
using OutcomesFramework.Statistics.Classification;
using Xunit;

namespace OutcomesFramework.Statistics.Tests.Classification;

public sealed class CalibrationAndBrierTest
{
    [Fact]
    public void Brier_HandWorked()
    {
        // (0.9 − 1)² + (0.2 − 0)² + (0.5 − 1)² + (0.4 − 0)² = 0.01 + 0.04 + 0.25 + 0.16 = 0.46; / 4 = 0.115.
        Assert.Equal(0.115, BrierScore.Compute(new[] { 0.9, 0.2, 0.5, 0.4 }, new[] { true, false, true, false }), 15);
        Assert.Equal(0.25, BrierScore.Compute(new[] { 0.5, 0.5 }, new[] { true, false }), 15);
        Assert.Throws<ArgumentException>(() => BrierScore.Compute(new[] { 1.5 }, new[] { true }));
    }

    [Fact]
    public void Calibration_GroupsOfEqualSize_KeepingTiesTogether()
    {
        // Sorted: 0.1 0.2 0.2 0.2 0.6 0.9; two groups would cut after 3 cases, inside the run of 0.2s: it moves to after 4.
        var p = new[] { 0.9, 0.2, 0.1, 0.2, 0.6, 0.2 };
        var y = new[] { true, false, false, true, true, false };
        var t = CalibrationTable.Create(p, y, 2);
        Assert.Equal(2, t.Groups.Length);
        Assert.Equal(4, t.Groups[0].Cases);
        Assert.Equal(1, t.Groups[0].Positives);
        Assert.Equal(0.175, t.Groups[0].MeanForecast, 15);
        Assert.Equal(2, t.Groups[1].Cases);
        Assert.Equal(2, t.Groups[1].Positives);
        Assert.Equal(0.75, t.Groups[1].MeanForecast, 15);
        Assert.Equal(t.Groups.Select(g => g.Cases).Sum(), p.Length);
    }

    [Fact]
    public void Calibration_DoesNotDependOnInputOrder()
    {
        var p = Enumerable.Range(0, 40).Select(i => (i % 7) / 7.0).ToArray();
        var y = p.Select((v, i) => (i * 31 % 5) < 2).ToArray();
        var a = CalibrationTable.Create(p, y, 5);
        var reversed = CalibrationTable.Create(p.Reverse().ToArray(), y.Reverse().ToArray(), 5);
        Assert.Equal(a.Groups.Select(g => (g.Cases, g.Positives, g.MeanForecast)), reversed.Groups.Select(g => (g.Cases, g.Positives, g.MeanForecast)));
    }

    [Fact]
    public void Bootstrap_IsDeterministicAndSeeded()
    {
        var (outcomes, columns, _) = ClassificationFixture.Data("roc-data.csv");
        double Auc(int[] idx) => DeLong.Estimate(idx.Select(i => columns[0][i]).ToArray(), idx.Select(i => outcomes[i]).ToArray()).Auc;
        var a = Bootstrap.StratifiedPercentile(outcomes, Auc, 500, 42);
        var b = Bootstrap.StratifiedPercentile(outcomes, Auc, 500, 42);
        var c = Bootstrap.StratifiedPercentile(outcomes, Auc, 500, 43);
        Assert.Equal(a, b);
        Assert.NotEqual(a, c);
        Assert.Equal(IntervalMethod.BootstrapPercentile, a.Method);
        // The bootstrap interval of the AUC is close to DeLong's (both ≈ ±1.96 SE): within 0.05 at each end here.
        var delong = DeLong.Estimate(columns[0], outcomes).Interval();
        Assert.InRange(a.Lower, delong.Lower - 0.05, delong.Lower + 0.05);
        Assert.InRange(a.Upper, delong.Upper - 0.05, delong.Upper + 0.05);
    }

    [Fact]
    public void Bootstrap_KeepsBothClassesInEveryReplicate()
    {
        var outcomes = new[] { true, false, false, false, false, false, false, false, false, false };
        var min = int.MaxValue;
        Bootstrap.StratifiedPercentile(outcomes, idx => { min = Math.Min(min, idx.Count(i => outcomes[i])); return 0; }, 200, 1);
        Assert.Equal(1, min);
    }
}
