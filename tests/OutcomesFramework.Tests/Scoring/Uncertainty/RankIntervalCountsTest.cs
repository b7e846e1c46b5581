using OutcomesFramework.Scoring.Uncertainty;
using Xunit;

namespace OutcomesFramework.Tests.Scoring.Uncertainty;

/// <summary>
/// The interval read from one authority's rank counts, by hand: the smallest rank whose cumulative count reaches
/// 1/20, 1/2 and 19/20 of the runs in which it was ranked (slot 0 holds the runs it was not ranked in).
/// </summary>
public sealed class RankIntervalCountsTest
{
    // Four authorities (n = 4), so each has n + 1 = 5 slots: [unranked, rank 1, rank 2, rank 3, rank 4].
    private static readonly int[] Counts =
    {
        5, 1, 9, 9, 1,   // authority 0: ranked in 20 runs; cumulative 1, 10, 19, 20
        0, 0, 0, 0, 25,  // authority 1: always last
        25, 0, 0, 0, 0,  // authority 2: never ranked
        0, 2, 0, 0, 23,  // authority 3: cumulative 2, 2, 2, 25
    };

    [Fact]
    public void Percentiles_AreTheSmallestRanksReachingTheirShare_AtTheBoundary()
    {
        // 1·20 ≥ 20 (lower 1); 10·2 ≥ 20 (median 2); 19·20 ≥ 19·20 (upper 3): each reached exactly, so "≥" matters.
        var a = RankUncertaintyAnalysis.Interval(Counts, 0, 4, 2, 25, 3)!;
        Assert.Equal((1, 2, 3), (a.Lower, a.Median, a.Upper));
        Assert.Equal(2, a.PointRank);
        Assert.Equal(20, a.RankedRuns);
        Assert.Equal(25, a.Runs);
        Assert.Equal(3, a.RankedOf);
    }

    [Fact]
    public void EachAuthority_ReadsItsOwnSlots()
    {
        var last = RankUncertaintyAnalysis.Interval(Counts, 1, 4, 4, 25, 3)!;
        Assert.Equal((4, 4, 4, 25), (last.Lower, last.Median, last.Upper, last.RankedRuns));
        Assert.Null(RankUncertaintyAnalysis.Interval(Counts, 2, 4, 0, 25, 3));
        // 2·20 = 40 ≥ 25 (lower 1); 2·2 < 25 until rank 4 (median 4); upper 4.
        var d = RankUncertaintyAnalysis.Interval(Counts, 3, 4, 0, 25, 3)!;
        Assert.Equal((1, 4, 4, 25), (d.Lower, d.Median, d.Upper, d.RankedRuns));
        Assert.Null(d.PointRank);
        Assert.Equal("4 (1–4)", d.ToString());
    }
}
