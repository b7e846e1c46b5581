using System;
using OutcomesFramework.Areas;
using Xunit;

namespace OutcomesFramework.Tests.Areas;

public sealed class AreaCatalogueTest
{
    internal static AreaCatalogue Small()
    {
        var england = new Area("E92000001", "England", AreaLevel.Country);
        var regions = new[]
        {
            new Area("E12000007", "London", AreaLevel.Region),
            new Area("E12000009", "South West", AreaLevel.Region),
            new Area("E12000003", "Yorkshire and The Humber", AreaLevel.Region),
        };
        var las = new[]
        {
            new Area("E09000013", "Hammersmith and Fulham", AreaLevel.LocalAuthority, "205", "E12000007", "E13000001", new[] { "Hammersmith & Fulham" }),
            new Area("E06000023", "Bristol, City of", AreaLevel.LocalAuthority, "801", "E12000009", aliases: new[] { "Bristol" }),
            new Area("E08000038", "Barnsley", AreaLevel.LocalAuthority, "370", "E12000003", previousCodes: new[] { "E08000016" }),
        };
        return new AreaCatalogue(england, regions, las, new[] { new SubRegion("E13000001", "Inner London", "E12000007"), new SubRegion("E13000002", "Outer London", "E12000007") });
    }

    [Theory]
    [InlineData("E09000013")]
    [InlineData("205")]
    [InlineData("Hammersmith and Fulham")]
    [InlineData("Hammersmith & Fulham")]   // Ofsted's spelling
    [InlineData("hammersmith  AND fulham")]
    public void Find_AnyCodeOrSpelling_FindsTheAuthority(string key) =>
        Assert.Equal("E09000013", Small().Find(key)!.Code);

    [Theory]
    [InlineData("Bristol")]
    [InlineData("Bristol, City of")]
    [InlineData("City of Bristol")]
    public void Find_CityOfVariants_FindBristol(string key) => Assert.Equal("801", Small().Find(key)!.OldCode);

    [Fact]
    public void Find_PreviousCode_FindsRecodedAuthority() => Assert.Equal("Barnsley", Small().Find("E08000016")!.Name);

    [Theory]
    [InlineData("E13000001")] // Inner London
    [InlineData("E13000002")] // Outer London
    public void Find_InnerOuterLondon_IsLondon(string code) => Assert.Equal("E12000007", Small().Find(code)!.Code);

    [Fact]
    public void Get_Unknown_ThrowsWithClosestNames()
    {
        var ex = Assert.Throws<UnknownAreaException>(() => Small().Get("Bristl"));
        Assert.Equal("Bristol, City of", ex.Suggestions[0]);
        Assert.Contains("Bristol, City of", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RegionOf_Authority_IsItsOnsRegion() =>
        Assert.Equal("London", Small().RegionOf(Small().Get("205"))!.Name);

    [Fact]
    public void SubRegionOf_LondonBorough_IsItsChildrensServicesRegion_AndOthersHaveNone()
    {
        var areas = Small();
        var inner = areas.SubRegionOf(areas.Get("205"));
        Assert.Equal("E13000001", inner!.Code);
        Assert.Equal("Inner London", inner.Name);
        Assert.Equal("E12000007", inner.RegionCode);
        Assert.Contains(areas.Get("205"), areas.MembersOf(inner));
        Assert.All(areas.MembersOf(inner), la => Assert.Equal("E13000001", la.ChildrensServicesRegionCode));
        Assert.Null(areas.SubRegionOf(areas.Country));
        Assert.Null(areas.SubRegionOf(areas.Get("E12000007")));
    }

    [Fact]
    public void MembersOf_SubRegionOfAnotherCatalogue_Throws() =>
        Assert.Throws<ArgumentException>(() => Small().MembersOf(new SubRegion("E13000001", "Inner London", "E12000007")));

    [Fact]
    public void Constructor_SubRegionInUnknownRegion_Throws() =>
        Assert.Throws<ArgumentException>(() => new AreaCatalogue(
            new Area("E92000001", "England", AreaLevel.Country),
            new[] { new Area("E12000009", "South West", AreaLevel.Region) },
            Array.Empty<Area>(),
            new[] { new SubRegion("E13000001", "Inner London", "E12000007") }));

    [Fact]
    public void Constructor_MemberOutsideTheSubRegionsRegion_Throws() =>
        Assert.Throws<ArgumentException>(() => new AreaCatalogue(
            new Area("E92000001", "England", AreaLevel.Country),
            new[] { new Area("E12000007", "London", AreaLevel.Region), new Area("E12000009", "South West", AreaLevel.Region) },
            new[] { new Area("E06000023", "Bristol, City of", AreaLevel.LocalAuthority, "801", "E12000009", "E13000001") },
            new[] { new SubRegion("E13000001", "Inner London", "E12000007") }));

    [Fact]
    public void SubRegion_BlankNameOrItsOwnRegion_Throws()
    {
        Assert.Throws<ArgumentException>(() => new SubRegion("E13000001", " ", "E12000007"));
        Assert.Throws<ArgumentException>(() => new SubRegion("E13000001", "Inner London", "E13000001"));
    }

    [Fact]
    public void Constructor_AuthorityInUnknownRegion_Throws() =>
        Assert.Throws<ArgumentException>(() => new AreaCatalogue(
            new Area("E92000001", "England", AreaLevel.Country),
            Array.Empty<Area>(),
            new[] { new Area("E06000023", "Bristol, City of", AreaLevel.LocalAuthority, "801", "E12000009") }));

    [Fact]
    public void Constructor_CodeUsedTwice_Throws() =>
        Assert.Throws<ArgumentException>(() => new AreaCatalogue(
            new Area("E92000001", "England", AreaLevel.Country),
            new[] { new Area("E12000009", "South West", AreaLevel.Region) },
            new[]
            {
                new Area("E06000023", "Bristol, City of", AreaLevel.LocalAuthority, "801", "E12000009"),
                new Area("E06000024", "North Somerset", AreaLevel.LocalAuthority, "801", "E12000009"),
            }));

    [Fact]
    public void Area_LocalAuthorityWithoutOldCode_Throws() =>
        Assert.Throws<ArgumentException>(() => new Area("E06000023", "Bristol", AreaLevel.LocalAuthority, null, "E12000009"));

    [Theory]
    [InlineData("Hammersmith & Fulham", "hammersmith and fulham")]
    [InlineData("Bristol, City of", "bristol")]
    [InlineData("County Durham", "durham")]
    [InlineData("Herefordshire, County of", "herefordshire")]
    [InlineData("St. Helens", "st helens")]
    [InlineData("Royal Borough of Greenwich", "greenwich")]
    [InlineData("Kingston upon Hull, City of", "kingston upon hull")]
    public void Normalise_KnownVariants(string name, string key) => Assert.Equal(key, AreaNames.Normalise(name));

    [Theory]
    [InlineData("kitten", "sitting", 3)]
    [InlineData("", "abc", 3)]
    [InlineData("same", "same", 0)]
    public void Distance_IsLevenshtein(string a, string b, int d) => Assert.Equal(d, AreaNames.Distance(a, b));
}
