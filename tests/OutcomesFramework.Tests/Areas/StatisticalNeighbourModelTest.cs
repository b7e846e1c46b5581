using System;
using System.Collections.Generic;
using OutcomesFramework.Areas;
using Xunit;

namespace OutcomesFramework.Tests.Areas;

public sealed class StatisticalNeighbourModelTest
{
    private static KeyValuePair<string, IEnumerable<StatisticalNeighbour>> Entry(string code, params StatisticalNeighbour[] n) => new(code, n);

    [Fact]
    public void NeighboursOf_ReturnsRankOrder()
    {
        var model = new StatisticalNeighbourModel("test", new[]
        {
            Entry("A", new StatisticalNeighbour("C", 2, Closeness.Close), new StatisticalNeighbour("B", 1, Closeness.VeryClose)),
        });
        Assert.Equal(new[] { "B", "C" }, System.Linq.Enumerable.Select(model.NeighboursOf("A"), n => n.AreaCode));
        Assert.Empty(model.NeighboursOf("Z"));
    }

    [Fact]
    public void Constructor_RankGap_Throws() =>
        Assert.Throws<ArgumentException>(() => new StatisticalNeighbourModel("t", new[] { Entry("A", new StatisticalNeighbour("B", 2, Closeness.Close)) }));

    [Fact]
    public void Constructor_OwnNeighbour_Throws() =>
        Assert.Throws<ArgumentException>(() => new StatisticalNeighbourModel("t", new[] { Entry("A", new StatisticalNeighbour("A", 1, Closeness.Close)) }));

    [Fact]
    public void Constructor_RepeatedNeighbour_Throws() =>
        Assert.Throws<ArgumentException>(() => new StatisticalNeighbourModel("t", new[]
        {
            Entry("A", new StatisticalNeighbour("B", 1, Closeness.Close), new StatisticalNeighbour("B", 2, Closeness.Close)),
        }));

    [Fact]
    public void Neighbour_RankBelowOne_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new StatisticalNeighbour("B", 0, Closeness.Close));
}
