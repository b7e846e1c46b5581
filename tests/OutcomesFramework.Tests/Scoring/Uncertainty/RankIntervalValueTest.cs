using System.Collections.Immutable;
using OutcomesFramework.Areas;
using OutcomesFramework.Scoring.Uncertainty;
using Xunit;

namespace OutcomesFramework.Tests.Scoring.Uncertainty;

/// <summary>The value semantics and text of the rank interval types: every field takes part in equality.</summary>
public sealed class RankIntervalValueTest
{
    private static RankInterval Interval(int? point = 41, int median = 40, int lower = 28, int upper = 63, int rankedRuns = 990, int runs = 1000, int rankedOf = 150) =>
        new(point, median, lower, upper, rankedRuns, runs, rankedOf);

    [Fact]
    public void RankInterval_EqualOnlyWhenEveryFieldIs()
    {
        var a = Interval();
        var b = Interval();
        Assert.NotSame(a, b);
        Assert.True(a.Equals(b));
        Assert.True(a.Equals((object)b));
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.False(a.Equals(null));
        Assert.False(a.Equals((object?)"41 (28–63)"));
        foreach (var other in new[]
        {
            Interval(point: 42), Interval(point: null), Interval(median: 39), Interval(lower: 27), Interval(upper: 64),
            Interval(rankedRuns: 989), Interval(runs: 1001), Interval(rankedOf: 151),
        })
        {
            Assert.False(a.Equals(other), other.ToString());
            Assert.False(other.Equals(a), other.ToString());
        }
    }

    [Fact]
    public void RankInterval_Text_IsThePointRankWithTheInterval_OrTheMedianWithout()
    {
        Assert.Equal("41 (28–63)", Interval().ToString());
        Assert.Equal("40 (28–63)", Interval(point: null).ToString());
        Assert.Equal(35, Interval().Width);
    }

    [Fact]
    public void UncertaintyOptions_EqualOnlyWhenRunsAndSeedAre()
    {
        var a = UncertaintyOptions.Default.WithRuns(500).WithSeed(7);
        var b = UncertaintyOptions.Default.WithSeed(7).WithRuns(500);
        Assert.NotSame(a, b);
        Assert.True(a.Equals(b));
        Assert.True(a.Equals((object)b));
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.False(a.Equals(null));
        Assert.False(a.Equals(a.WithRuns(501)));
        Assert.False(a.Equals(a.WithSeed(8)));
        Assert.False(a.Equals(UncertaintyOptions.Default));
    }

    [Fact]
    public void CouncilRankUncertainty_Of_IsOverallForNull_TheOutcomeOrNull()
    {
        var overall = Interval();
        var ss = Interval(point: 3, median: 4, lower: 1, upper: 9);
        var area = new Area("E06000001", "Northtown", AreaLevel.LocalAuthority, "801", "E12000001");
        var council = new CouncilRankUncertainty(area, overall, ImmutableSortedDictionary<string, RankInterval>.Empty.Add("SS", ss), ImmutableSortedDictionary<string, RankInterval>.Empty);
        Assert.Same(overall, council.Of(null));
        Assert.Same(ss, council.Of("SS"));
        Assert.Null(council.Of("BH"));
        Assert.Same(area, council.Area);
    }
}
