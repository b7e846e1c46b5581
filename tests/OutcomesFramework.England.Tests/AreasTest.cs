using System.Linq;
using OutcomesFramework.Areas;
using OutcomesFramework.England.Internal;
using Xunit;
using OutcomesFramework.Evidence.Ees;

namespace OutcomesFramework.England.Tests;

public sealed class AreasTest
{
    private static AreaCatalogue Areas => EnglandData.Default.Areas;

    [Fact]
    public void Areas_England_HasNineRegionsAnd153Authorities()
    {
        Assert.Equal("E92000001", Areas.Country.Code);
        Assert.Equal(Enumerable.Range(1, 9).Select(i => "E1200000" + i), Areas.Regions.Select(r => r.Code));
        Assert.Equal(153, Areas.LocalAuthorities.Length);
        Assert.Equal(153, Areas.LocalAuthorities.Select(a => a.OldCode).Distinct().Count());
    }

    [Fact]
    public void Areas_AuthorityTypes_MatchOnsEntityCodes()
    {
        // la_153_current.csv: 63 unitary (E06), 36 metropolitan (E08), 33 London (E09), 21 counties (E10).
        var byPrefix = Areas.LocalAuthorities.GroupBy(a => a.Code.Substring(0, 3)).ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal(63, byPrefix["E06"]);
        Assert.Equal(36, byPrefix["E08"]);
        Assert.Equal(33, byPrefix["E09"]);
        Assert.Equal(21, byPrefix["E10"]);
    }

    [Fact]
    public void Areas_LondonBoroughs_HaveLondonAndInnerOrOuterLondon()
    {
        foreach (var la in Areas.LocalAuthorities)
        {
            if (la.Code.StartsWith("E09", System.StringComparison.Ordinal))
            {
                Assert.Equal("E12000007", la.RegionCode);
                Assert.Contains(la.ChildrensServicesRegionCode, new[] { "E13000001", "E13000002" });
            }
            else
            {
                Assert.Equal(la.RegionCode, la.ChildrensServicesRegionCode);
            }
        }
        Assert.Equal("E13000001", Areas.Get("Camden").ChildrensServicesRegionCode);
        Assert.Equal("E13000002", Areas.Get("Barnet").ChildrensServicesRegionCode);
    }

    [Fact]
    public void SubRegions_AreInnerAndOuterLondon_NamedAsTheDfEPublishesThem()
    {
        // dfe_screener_regions.csv: E13000001,Inner London and E13000002,Outer London, both parts of London.
        Assert.Equal(new[] { "E13000001", "E13000002" }, Areas.SubRegions.Select(s => s.Code));
        Assert.Equal(new[] { "Inner London", "Outer London" }, Areas.SubRegions.Select(s => s.Name));
        Assert.All(Areas.SubRegions, s => Assert.Equal("E12000007", s.RegionCode));
    }

    [Fact]
    public void SubRegions_EachOfThe33LondonBoroughs_IsInExactlyOne()
    {
        var london = Areas.LocalAuthorities.Where(a => a.RegionCode == "E12000007").ToList();
        Assert.Equal(33, london.Count);
        foreach (var borough in london)
        {
            var sub = Areas.SubRegionOf(borough);
            Assert.NotNull(sub);
            Assert.Single(Areas.SubRegions, s => Areas.MembersOf(s).Contains(borough));
            Assert.Contains(borough, Areas.MembersOf(sub!));
        }
        // Outside London no authority has a sub-region, and no sub-region lists one.
        Assert.All(Areas.LocalAuthorities.Where(a => a.RegionCode != "E12000007"), a => Assert.Null(Areas.SubRegionOf(a)));
        Assert.Equal(33, Areas.SubRegions.Sum(s => Areas.MembersOf(s).Length));
    }

    [Fact]
    public void SubRegions_InnerLondon_HasTheFourteenBoroughsOfLa153Current()
    {
        // la_153_current.csv rows with dfe_cs_region_code E13000001 (the other 19 London rows have E13000002).
        var inner = Areas.SubRegions.Single(s => s.Code == "E13000001");
        Assert.Equal(
            new[]
            {
                "Camden", "City of London", "Hackney", "Hammersmith and Fulham", "Haringey", "Islington", "Kensington and Chelsea",
                "Lambeth", "Lewisham", "Newham", "Southwark", "Tower Hamlets", "Wandsworth", "Westminster",
            },
            Areas.MembersOf(inner).Select(a => a.Name).OrderBy(n => n, System.StringComparer.Ordinal));
        Assert.Equal(19, Areas.MembersOf(Areas.SubRegions.Single(s => s.Code == "E13000002")).Length);
        Assert.Same(inner, Areas.SubRegionOf(Areas.Get("Camden")));
        Assert.Equal("Outer London", Areas.SubRegionOf(Areas.Get("Barnet"))!.Name);
    }

    [Theory]
    [InlineData("E13000001")]
    [InlineData("E13000002")]
    [InlineData("E12000007")]
    [InlineData("London")]
    public void Find_LondonAndItsChildrensServicesRegions_ResolveToLondon(string codeOrName)
    {
        Assert.Equal("E12000007", Areas.Find(codeOrName)?.Code);
    }

    [Fact]
    public void Find_CityOfLondon_IsTheAuthorityNotTheRegion()
    {
        var city = Areas.Find("City of London");
        Assert.NotNull(city);
        Assert.Equal(AreaLevel.LocalAuthority, city!.Level);
        Assert.Equal("201", city.OldCode);
    }

    [Theory]
    [InlineData("E08000016", "E08000038", "370")] // Barnsley, re-coded 1 May 2025
    [InlineData("E08000019", "E08000039", "373")] // Sheffield, re-coded 1 May 2025
    [InlineData("E08000020", "E08000037", "390")] // Gateshead, re-coded 2013
    [InlineData("E06000048", "E06000057", "929")] // Northumberland, re-coded 2013
    [InlineData("E10000023", "E06000065", "815")] // North Yorkshire, unitary from 2023
    [InlineData("E10000027", "E06000066", "933")] // Somerset, unitary from 2023
    [InlineData("E10000002", "E06000060", "825")] // Buckinghamshire, unitary from 2020
    public void Find_EarlierCode_ResolvesToTheCurrentAuthority(string earlier, string current, string oldCode)
    {
        var area = Areas.Find(earlier);
        Assert.NotNull(area);
        Assert.Equal(current, area!.Code);
        Assert.Equal(oldCode, area.OldCode);
        Assert.Contains(earlier, area.PreviousCodes);
        Assert.Same(area, Areas.Find(oldCode));
    }

    [Theory]
    [InlineData("E10000006")] // Cumbria, split 2023
    [InlineData("E10000021")] // Northamptonshire, split 2021
    [InlineData("E06000028")] // Bournemouth, merged into BCP 2019 (BCP has a new DfE code)
    [InlineData("909")]
    [InlineData("928")]
    public void Find_AuthorityThatNoLongerExists_IsNotFound(string code)
    {
        Assert.Null(Areas.Find(code));
    }

    [Theory]
    [InlineData("Hammersmith and Fulham", "Hammersmith & Fulham")]
    [InlineData("Bristol, City of", "Bristol")]
    [InlineData("Bristol, City of", "City of Bristol")]
    [InlineData("County Durham", "Durham")]
    [InlineData("Kingston upon Hull, City of", "Hull")]
    [InlineData("Kingston upon Hull, City of", "Kingston upon Hull")]
    [InlineData("Herefordshire, County of", "Herefordshire")]
    [InlineData("St. Helens", "St Helens")]
    [InlineData("Telford and Wrekin", "Telford & Wrekin")]
    [InlineData("Bournemouth, Christchurch and Poole", "Bournemouth, Christchurch & Poole")]
    [InlineData("Bedford", "Bedford Borough")]
    public void Find_OtherSpelling_ResolvesToTheSameAuthority(string dfeName, string otherSpelling)
    {
        var area = Areas.Find(dfeName);
        Assert.NotNull(area);
        Assert.Equal(dfeName, area!.Name);
        Assert.Same(area, Areas.Find(otherSpelling));
    }

    [Fact]
    public void Find_EveryNameAndAlias_ResolvesToItsOwnArea()
    {
        foreach (var area in Areas.All())
        {
            Assert.Same(area, Areas.Find(area.Name));
            Assert.Same(area, Areas.Find(area.Code));
            foreach (var alias in area.Aliases)
            {
                Assert.Same(area, Areas.Find(alias));
            }
        }
    }

    [Fact]
    public void Find_EveryOfstedName_ResolvesToTheAuthorityOfItsCode()
    {
        var checkedRows = 0;
        foreach (var file in new[] { "ofsted_ilacs_history_2018_to_2025.csv", "ofsted_ilacs_inyear_2024_25.csv", "ofsted_ilacs_latest_as_at_2025-03-31.csv" })
        {
            var table = EmbeddedData.ReadCsv(file);
            var status = table.HasColumn("la_status") ? table.Column("la_status") : -1;
            foreach (var row in table.Rows)
            {
                var byName = Areas.Find(row[table.Column("la_name")]);
                if (status >= 0 && row[status] == "No longer exists")
                {
                    Assert.Null(byName);
                    continue;
                }
                Assert.NotNull(byName);
                Assert.Equal(AreaLevel.LocalAuthority, byName!.Level);
                Assert.Same(Areas.Find(row[table.Column("new_la_code")]), byName);
                checkedRows++;
            }
        }
        Assert.Equal(268 + 112 + 153, checkedRows);
    }

    [Fact]
    public void Find_EveryStatisticalNeighbourName_ResolvesToTheAuthorityOfItsCode()
    {
        var wide = EmbeddedData.ReadCsv("statistical_neighbours_2025_wide.csv");
        foreach (var row in wide.Rows)
        {
            Assert.Same(Areas.Find(row[wide.Column("old_la_code")]), Areas.Find(row[wide.Column("la_name")]));
        }
        var longForm = TestData.ReadFixture("statistical_neighbours_2025_long.csv");
        foreach (var row in longForm.Rows)
        {
            Assert.Same(Areas.Find(row[longForm.Column("sn_old_la_code")]), Areas.Find(row[longForm.Column("sn_la_name")]));
            Assert.NotNull(Areas.Find(row[longForm.Column("sn_la_name")]));
        }
    }

    [Fact]
    public void Find_Every2021StatisticalNeighbourName_ResolvesOrBelongsToAFormerAuthority()
    {
        // The April 2021 file still lists authorities reorganised since (Cumbria, Northamptonshire) and the pre-2019
        // Dorset, Bournemouth and Poole: those must not resolve to a current authority; every other name must resolve
        // to the authority with its DfE code.
        var table = TestData.ReadFixture("statistical_neighbours_2021_wide.csv");
        int code = table.Column("LA num"), name = table.Column("LA Name");
        var former = new[] { "909", "928", "835", "836", "837" };
        var resolved = 0;
        foreach (var row in table.Rows.Where(r => r[code].Length == 3))
        {
            var area = Areas.Find(row[name]);
            if (former.Contains(row[code]))
            {
                Assert.Null(area);
                continue;
            }
            Assert.NotNull(area);
            Assert.Equal(row[code], area!.OldCode);
            resolved++;
        }
        // 153 current authorities less Cumberland (942) and Westmorland and Furness (943), created in 2023.
        Assert.Equal(151, resolved);
    }
}
