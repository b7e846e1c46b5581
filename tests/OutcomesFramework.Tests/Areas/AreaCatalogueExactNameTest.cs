using OutcomesFramework.Areas;
using Xunit;

namespace OutcomesFramework.Tests.Areas;

public sealed class AreaCatalogueExactNameTest
{
    // "City of London" normalises to "london", the key of the region London: the exact spelling must win.
    private static AreaCatalogue Catalogue() => new(
        new Area("E92000001", "England", AreaLevel.Country),
        new[] { new Area("E12000007", "London", AreaLevel.Region) },
        new[] { new Area("E09000001", "City of London", AreaLevel.LocalAuthority, "201", "E12000007", "E13000001") });

    [Theory]
    [InlineData("London", "E12000007")]
    [InlineData(" london ", "E12000007")]
    [InlineData("City of London", "E09000001")]
    [InlineData("CITY OF LONDON", "E09000001")]
    public void Find_NameSharingANormalisedKey_ExactSpellingWins(string name, string expectedCode)
    {
        Assert.Equal(expectedCode, Catalogue().Find(name)?.Code);
    }
}
