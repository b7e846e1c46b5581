using System.Linq;
using OutcomesFramework.Statistics;
using Xunit;

namespace OutcomesFramework.Statistics.Tests;

public sealed class LaitBandingTest
{
    [Fact]
    public void CutPoints_OneToEight_AreRType7()
    {
        // Hand calculation, R type 7 on 1..8: h = 1 + 7p → 25%: 2.75, 50%: 4.5, 75%: 6.25.
        var cuts = LaitBanding.CutPoints([8.0, 1, 2, 3, 4, 5, 6, 7, double.NaN])!.Value;
        Assert.Equal(1, cuts.Minimum);
        Assert.Equal(2.75, cuts.LowerQuartile);
        Assert.Equal(4.5, cuts.Median);
        Assert.Equal(6.25, cuts.UpperQuartile);
        Assert.Equal(8, cuts.Maximum);
    }

    [Fact]
    public void RankAndBand_HigherIsBetter_TiesTakeLowestRank1224()
    {
        double[] values = [10, 20, 20, 5, double.NaN];
        var ranks = new int[5];
        var bands = new QuartileBand[5];
        LaitBanding.RankAndBand(values, Polarity.HigherIsBetter, true, ranks, bands);
        Assert.Equal(new[] { 3, 1, 1, 4, 0 }, ranks);
        // Quartiles of 5, 10, 20, 20: 25% = 8.75, 50% = 15, 75% = 20. High is good: A = (20, max] is empty,
        // so 20 is B, 10 is C, 5 is D.
        Assert.Equal(new[] { QuartileBand.C, QuartileBand.B, QuartileBand.B, QuartileBand.D, QuartileBand.None }, bands);
    }

    [Fact]
    public void RankAndBand_LowerIsBetter_MinimumIsBandA()
    {
        double[] values = [10, 20, 20, 5];
        var ranks = new int[4];
        var bands = new QuartileBand[4];
        LaitBanding.RankAndBand(values, Polarity.LowerIsBetter, true, ranks, bands);
        Assert.Equal(new[] { 2, 3, 3, 1 }, ranks);
        // Low is good: A = [5, 8.75], B = (8.75, 15], C = (15, 20], D = (20, 20].
        Assert.Equal(new[] { QuartileBand.B, QuartileBand.C, QuartileBand.C, QuartileBand.A }, bands);
    }

    [Fact]
    public void RankAndBand_NoPolarityOrOptOut_GivesNoBand()
    {
        double[] values = [1, 2, 3, 4];
        var ranks = new int[4];
        var bands = new QuartileBand[4];
        LaitBanding.RankAndBand(values, Polarity.NoPolarity, true, ranks, bands);
        Assert.All(ranks, r => Assert.Equal(0, r));
        Assert.All(bands, b => Assert.Equal(QuartileBand.None, b));
        LaitBanding.RankAndBand(values, Polarity.HigherIsBetter, false, ranks, bands);
        Assert.Equal(new[] { 4, 3, 2, 1 }, ranks);
        Assert.All(bands, b => Assert.Equal(QuartileBand.None, b));
    }

    [Theory]
    [InlineData(153, Polarity.HigherIsBetter)] // the counting path (small groups)
    [InlineData(153, Polarity.LowerIsBetter)]
    [InlineData(300, Polarity.HigherIsBetter)] // the sorting path (more than 256 values)
    [InlineData(300, Polarity.LowerIsBetter)]
    public void RankAndBand_BothPaths_MatchTheDefinitions(int n, Polarity polarity)
    {
        var random = new System.Random(n);
        var values = Enumerable.Range(0, n).Select(_ => random.NextDouble() < 0.05 ? double.NaN : random.Next(0, 60) / 2.0).ToArray();
        var ranks = new int[n];
        var bands = new QuartileBand[n];
        LaitBanding.RankAndBand(values, polarity, true, ranks, bands);
        var cuts = LaitBanding.CutPoints(values)!.Value;
        for (var i = 0; i < n; i++)
        {
            var v = values[i];
            if (double.IsNaN(v))
            {
                Assert.Equal(0, ranks[i]);
                Assert.Equal(QuartileBand.None, bands[i]);
                continue;
            }
            // Rank = 1 + number of strictly better values; band from the type-7 cut points of all values.
            var better = values.Count(w => !double.IsNaN(w) && (polarity == Polarity.HigherIsBetter ? w > v : w < v));
            Assert.Equal(1 + better, ranks[i]);
            Assert.Equal(LaitBanding.Band(v, cuts, polarity), bands[i]);
        }
    }

    [Fact]
    public void Rank_MatchesRankAndBand()
    {
        var values = Enumerable.Range(0, 153).Select(i => (double)((i * 37) % 101)).ToArray();
        var a = new int[153];
        var b = new int[153];
        LaitBanding.Rank(values, Polarity.LowerIsBetter, a);
        LaitBanding.RankAndBand(values, Polarity.LowerIsBetter, true, b, new QuartileBand[153]);
        Assert.Equal(a, b);
    }
}

public sealed class PercentilesTest
{
    [Fact]
    public void Inclusive_OneToFifty_MatchesFingertipsQuintileAndQuartileBounds()
    {
        // Research note §12.3 (Fingertips tests): 1..50 → quintile bounds 10.8, 20.6, 30.4, 40.2 and
        // quartile bounds 13.25, 25.5, 37.75.
        var values = Enumerable.Range(1, 50).Select(i => (double)i).ToArray();
        Assert.Equal(10.8, Percentiles.Inclusive(values, 0.2)!.Value, 1e-12);
        Assert.Equal(20.6, Percentiles.Inclusive(values, 0.4)!.Value, 1e-12);
        Assert.Equal(30.4, Percentiles.Inclusive(values, 0.6)!.Value, 1e-12);
        Assert.Equal(40.2, Percentiles.Inclusive(values, 0.8)!.Value, 1e-12);
        Assert.Equal(13.25, Percentiles.Inclusive(values, 0.25)!.Value, 1e-12);
        Assert.Equal(25.5, Percentiles.Inclusive(values, 0.5)!.Value, 1e-12);
        Assert.Equal(37.75, Percentiles.Inclusive(values, 0.75)!.Value, 1e-12);
        Assert.Equal(1, Percentiles.Inclusive(values, 0)!.Value);
        Assert.Equal(50, Percentiles.Inclusive(values, 1)!.Value);
    }

    [Fact]
    public void SpineChart_FewerThanFourValues_IsNull()
    {
        Assert.Null(Percentiles.SpineChart([1.0, 2.0, double.NaN, 3.0]));
        var summary = Percentiles.SpineChart([4.0, 1.0, 3.0, 2.0])!.Value;
        // PERCENTILE.INC on 1..4: h = 3p + 1 → 25%: 1.75, 50%: 2.5, 75%: 3.25.
        Assert.Equal(1.75, summary.Percentile25);
        Assert.Equal(2.5, summary.Median);
        Assert.Equal(3.25, summary.Percentile75);
    }
}
