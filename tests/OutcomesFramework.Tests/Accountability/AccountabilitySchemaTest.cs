using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using OutcomesFramework.Accountability;
using Xunit;

namespace OutcomesFramework.Tests.Accountability;

// docs/schemas/accountability.schema.json is linked into the test output; its closed lists must be the code's.
public sealed class AccountabilitySchemaTest
{
    private static readonly JsonElement Defs = JsonDocument.Parse(File.ReadAllText(
        Path.Combine(AppContext.BaseDirectory, "Fixtures", "schemas", "accountability.schema.json"))).RootElement.GetProperty("$defs");

    [Fact]
    public void Schema_Enums_AreTheCodesNames()
    {
        Assert.Equal(AccountabilityNames.RoleKindNames, Enum(Defs.GetProperty("roleKind")));
        Assert.Equal(AccountabilityNames.LineKindNames, Enum(Defs.GetProperty("lineKind")));
        Assert.Equal(AccountabilityNames.CheckNames, Enum(Defs.GetProperty("check")));
    }

    [Fact]
    public void Schema_NamedRegimes_AreTheCodesRegimes()
    {
        var named = Defs.GetProperty("regime").GetProperty("oneOf")[0].GetProperty("properties").GetProperty("id");

        Assert.Equal(AccountabilityRegime.Named.Select(r => r.Id).OrderBy(x => x, StringComparer.Ordinal), Enum(named).OrderBy(x => x, StringComparer.Ordinal));
    }

    private static string[] Enum(JsonElement element) => element.GetProperty("enum").EnumerateArray().Select(e => e.GetString()!).ToArray();
}
