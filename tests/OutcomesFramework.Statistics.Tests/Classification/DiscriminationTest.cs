using System;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using OutcomesFramework.Statistics.Classification;
using Xunit;

namespace OutcomesFramework.Statistics.Tests.Classification;

public sealed class DiscriminationTest
{
    [Fact]
    public void AreaUnderCurve_HandWorkedExampleWithTies()
    {
        // Positives 3, 2, 2, 1; negatives 2, 1, 0: 12 pairs.
        //   3 beats 2, 1, 0                      → 3
        //   2 ties 2 (½), beats 1, 0             → 2.5, twice
        //   1 loses to 2, ties 1 (½), beats 0    → 1.5
        // Σ = 9.5, AUC = 9.5 / 12 = 0.791666…
        // By ranks: pooled 0 1 1 2 2 2 3 have mid-ranks 1, 2.5, 2.5, 5, 5, 5, 7; positives' ranks 7 + 5 + 5 + 2.5 = 19.5;
        // U = 19.5 − 4 × 5 / 2 = 9.5.
        var scores = new double[] { 3, 2, 2, 1, 2, 1, 0 };
        var outcomes = new[] { true, true, true, true, false, false, false };
        Assert.Equal(9.5 / 12, Discrimination.AreaUnderCurve(scores, outcomes), 15);
    }

    [Fact]
    public void AreaUnderCurve_IsDefinedWithOneCaseOfEachClass_WhereDeLongNeedsTwo()
    {
        // One positive scoring 2 against one negative scoring 1: the one pair is won, AUC 1; a tie would be ½.
        Assert.Equal(1.0, Discrimination.AreaUnderCurve(new double[] { 2, 1 }, new[] { true, false }));
        Assert.Equal(0.5, Discrimination.AreaUnderCurve(new double[] { 1, 1 }, new[] { true, false }));
        Assert.Throws<ArgumentException>(() => DeLong.Estimate(new double[] { 2, 1 }, new[] { true, false }));
    }

    [Fact]
    public void AreaUnderCurve_PerfectChanceAndReversed()
    {
        Assert.Equal(1.0, Discrimination.AreaUnderCurve(new double[] { 2, 3, 0, 1 }, new[] { true, true, false, false }));
        Assert.Equal(0.5, Discrimination.AreaUnderCurve(new double[] { 1, 1, 1, 1, 1 }, new[] { true, true, false, false, false }));
        Assert.Equal(0.0, Discrimination.AreaUnderCurve(new double[] { 0, 1, 2 }, new[] { true, false, false }));
    }

    [Fact]
    public void AreaUnderCurve_BadInput_Throws()
    {
        Assert.Throws<ArgumentException>(() => Discrimination.AreaUnderCurve(new double[] { 1, 2 }, new[] { false, false }));
        Assert.Throws<ArgumentException>(() => Discrimination.AreaUnderCurve(new double[] { double.NaN, 1 }, new[] { true, false }));
        Assert.Throws<ArgumentException>(() => Discrimination.AreaUnderCurve(new double[] { 1 }, new[] { true, false }));
        Assert.Throws<ArgumentNullException>(() => Discrimination.AreaUnderCurve(null!, new[] { true, false }));
    }

    [Property(MaxTest = 300)]
    public Property AreaUnderCurve_EqualsThePairCount_IsAntisymmetric_AndIsDeLongsArea() =>
        Prop.ForAll(Arb.From(Gen.Choose(0, 3).Select(i => (double)i).NonEmptyListOf()), Arb.From(Gen.Choose(0, 3).Select(i => (double)i).NonEmptyListOf()), (p, n) =>
        {
            var pairs = p.Sum(a => n.Sum(b => a > b ? 1.0 : a == b ? 0.5 : 0.0)) / (p.Count * n.Count);
            var scores = p.Concat(n).ToArray();
            var outcomes = p.Select(_ => true).Concat(n.Select(_ => false)).ToArray();
            var auc = Discrimination.AreaUnderCurve(scores, outcomes);
            var reversed = Discrimination.AreaUnderCurve(scores, outcomes.Select(o => !o).ToArray());
            var deLongAgrees = p.Count < 2 || n.Count < 2 || DeLong.Estimate(scores, outcomes).Auc == auc;
            return Math.Abs(auc - pairs) < 1e-12 && Math.Abs(auc + reversed - 1) < 1e-12 && deLongAgrees;
        });
}
