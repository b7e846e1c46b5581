using System;
using System.Linq;
using OutcomesFramework.Statistics;
using OutcomesFramework.Statistics.Classification;
using Xunit;

namespace OutcomesFramework.Statistics.Tests.Classification;

public sealed class DeLongTest
{
    [Fact]
    public void Estimate_HandWorkedExample()
    {
        // Positives 0.9, 0.6; negatives 0.7, 0.3, 0.2.
        // V10: 0.9 beats all three negatives → 1; 0.6 beats 0.3 and 0.2 → 2/3. AUC = (1 + 2/3) / 2 = 5/6.
        // V01: 0.7 is beaten by 0.9 only → 1/2; 0.3 and 0.2 by both → 1, 1.
        // S10 = ((1/6)² + (1/6)²) / 1 = 1/18; S01 = ((1/3)² + (1/6)² + (1/6)²) / 2 = 1/12.
        // Var = S10/m + S01/n = (1/18)/2 + (1/12)/3 = 1/36 + 1/36 = 1/18.
        var e = DeLong.Estimate(new[] { 0.9, 0.7, 0.6, 0.3, 0.2 }, new[] { true, false, true, false, false });
        Assert.Equal(5.0 / 6, e.Auc, 15);
        Assert.Equal(1.0 / 18, e.Variance, 15);
        Assert.Equal(2, e.Positives);
        Assert.Equal(3, e.Negatives);
    }

    [Fact]
    public void Estimate_TiesCountHalf()
    {
        // Positives 1, 1; negatives 1, 0: pairs (1,1) ½ twice, (1,0) 1 twice → AUC = 3/4.
        // V10 = (½ + 1)/2 = ¾ for both → S10 = 0; V01(1) = ½, V01(0) = 1 → S01 = ((¼)² · 2) / 1 = 1/8.
        // Var = 0 + (1/8)/2 = 1/16.
        var e = DeLong.Estimate(new[] { 1.0, 1, 1, 0 }, new[] { true, true, false, false });
        Assert.Equal(0.75, e.Auc, 15);
        Assert.Equal(1.0 / 16, e.Variance, 15);
    }

    [Fact]
    public void Estimate_EqualsPRocOnTheFixture()
    {
        var (outcomes, columns, _) = ClassificationFixture.Data("roc-data.csv");
        var expected = ClassificationFixture.Expected("roc-expected.csv");
        foreach (var (column, suffix) in new[] { (0, "a"), (1, "b") })
        {
            var e = DeLong.Estimate(columns[column], outcomes);
            Assert.Equal(expected["auc_" + suffix], e.Auc, 12);
            Assert.Equal(expected["var_" + suffix], e.Variance, 12);
            var ci = e.Interval();
            Assert.Equal(expected["ci_lower_" + suffix], ci.Lower, 12);
            Assert.Equal(expected["ci_upper_" + suffix], ci.Upper, 12);
            Assert.Equal(IntervalMethod.DeLong, ci.Method);
        }
    }

    [Fact]
    public void ComparePaired_EqualsPRocRocTestOnTheFixture()
    {
        var (outcomes, columns, _) = ClassificationFixture.Data("roc-data.csv");
        var expected = ClassificationFixture.Expected("roc-expected.csv");
        var c = DeLong.ComparePaired(columns[0], columns[1], outcomes);
        Assert.Equal(expected["z"], c.Z, 10);
        Assert.Equal(expected["p"], c.PValue, 10);
        Assert.Equal(expected["auc_a"] - expected["auc_b"], c.Difference, 12);
    }

    [Fact]
    public void ComparePaired_SameScoreGivesNoDifference()
    {
        var (outcomes, columns, _) = ClassificationFixture.Data("roc-data.csv");
        var c = DeLong.ComparePaired(columns[0], columns[0], outcomes);
        Assert.Equal(0, c.Difference);
        Assert.Equal(1, c.PValue);
    }

    [Fact]
    public void Estimate_AgreesWithTheMannWhitneyAuc()
    {
        var (outcomes, columns, _) = ClassificationFixture.Data("roc-data.csv");
        var positives = columns[0].Where((_, i) => outcomes[i]).ToList();
        var negatives = columns[0].Where((_, i) => !outcomes[i]).ToList();
        // Mann-Whitney by brute force: the share of (positive, negative) pairs ranked the right way, ties counting half.
        double pairs = 0;
        foreach (var p in positives)
        {
            foreach (var n in negatives)
            {
                pairs += p > n ? 1 : p == n ? 0.5 : 0;
            }
        }
        Assert.Equal(pairs / (positives.Count * negatives.Count), DeLong.Estimate(columns[0], outcomes).Auc, 14);
    }

    [Fact]
    public void Estimate_RejectsBadInput()
    {
        Assert.Throws<ArgumentException>(() => DeLong.Estimate(new[] { 1.0, 2 }, new[] { true }));
        Assert.Throws<ArgumentException>(() => DeLong.Estimate(new[] { 1.0, 2, 3 }, new[] { true, true, true }));
        Assert.Throws<ArgumentException>(() => DeLong.Estimate(new[] { 1.0, 2, double.NaN, 4 }, new[] { true, true, false, false }));
        Assert.Throws<ArgumentException>(() => DeLong.Estimate(new[] { 1.0, 2, 3 }, new[] { true, false, false }));
        Assert.Throws<ArgumentNullException>(() => DeLong.Estimate(null!, new[] { true }));
    }
}
