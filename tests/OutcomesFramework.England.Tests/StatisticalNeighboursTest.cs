using System.Linq;
using OutcomesFramework.Areas;
using Xunit;

namespace OutcomesFramework.England.Tests;

public sealed class StatisticalNeighboursTest
{
    [Fact]
    public void StatisticalNeighbours_Every153Authorities_HasTenKnownNeighboursNotItself()
    {
        var data = EnglandData.Default;
        var model = data.StatisticalNeighbours;
        Assert.Equal(data.Areas.LocalAuthorities.Select(a => a.Code).OrderBy(c => c, System.StringComparer.Ordinal), model.AreaCodes);
        foreach (var la in data.Areas.LocalAuthorities)
        {
            var neighbours = model.NeighboursOf(la.Code);
            Assert.Equal(10, neighbours.Length);
            Assert.Equal(Enumerable.Range(1, 10), neighbours.Select(n => n.Rank));
            foreach (var n in neighbours)
            {
                Assert.NotEqual(la.Code, n.AreaCode);
                var area = data.Areas.Find(n.AreaCode);
                Assert.NotNull(area);
                Assert.Equal(AreaLevel.LocalAuthority, area!.Level);
                Assert.Equal(n.AreaCode, area.Code);
            }
        }
    }

    [Fact]
    public void StatisticalNeighbours_MatchTheLongFormFile_RankByRank()
    {
        var data = EnglandData.Default;
        var table = TestData.ReadFixture("statistical_neighbours_2025_long.csv");
        Assert.Equal(1530, table.Rows.Count);
        foreach (var row in table.Rows)
        {
            var la = data.Areas.Get(row[table.Column("old_la_code")]);
            var rank = int.Parse(row[table.Column("sn_rank")], System.Globalization.CultureInfo.InvariantCulture);
            var neighbour = data.StatisticalNeighbours.NeighboursOf(la.Code)[rank - 1];
            Assert.Equal(data.Areas.Get(row[table.Column("sn_old_la_code")]).Code, neighbour.AreaCode);
            Assert.Equal(row[table.Column("closeness")].Trim().ToUpperInvariant().Replace(" ", string.Empty, System.StringComparison.Ordinal), neighbour.Closeness.ToString().ToUpperInvariant());
        }
    }

    [Fact]
    public void StatisticalNeighbours_ClosenessLabels_CountAsPublished()
    {
        // Counts over all 1,530 pairs given in the data README: 12 / 820 / 513 / 136 / 49.
        var all = EnglandData.Default.Areas.LocalAuthorities.SelectMany(a => EnglandData.Default.StatisticalNeighbours.NeighboursOf(a.Code)).ToList();
        Assert.Equal(12, all.Count(n => n.Closeness == Closeness.ExtremelyClose));
        Assert.Equal(820, all.Count(n => n.Closeness == Closeness.VeryClose));
        Assert.Equal(513, all.Count(n => n.Closeness == Closeness.Close));
        Assert.Equal(136, all.Count(n => n.Closeness == Closeness.SomewhatClose));
        Assert.Equal(49, all.Count(n => n.Closeness == Closeness.NotClose));
    }

    [Fact]
    public void StatisticalNeighbours_Barnsley_FirstNeighbourIsAsPublished()
    {
        // sn_model_2025_wide.csv, row 370 Barnsley: SN_1 is read from the long file to keep the test honest.
        var table = TestData.ReadFixture("statistical_neighbours_2025_long.csv");
        var first = table.Rows.First(r => r[0] == "370" && r[2] == "1");
        var data = EnglandData.Default;
        Assert.Equal(data.Areas.Get(first[3]).Code, data.StatisticalNeighbours.NeighboursOf("E08000038")[0].AreaCode);
    }
}
