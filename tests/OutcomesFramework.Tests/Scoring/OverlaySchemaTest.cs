using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using OutcomesFramework.Scoring.Overlays;
using Xunit;

namespace OutcomesFramework.Tests.Scoring;

/// <summary>Holds docs/schemas/overlay.schema.json equal to the overlay reader, so that the two cannot drift.</summary>
public sealed class OverlaySchemaTest
{
    private static readonly JsonElement Root = JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Schemas", "overlay.schema.json"))).RootElement;

    private static string[] Properties(JsonElement schemaObject) => schemaObject.GetProperty("properties").EnumerateObject().Select(p => p.Name).ToArray();

    private static JsonElement Def(string name) => Root.GetProperty("$defs").GetProperty(name);

    private static string[] Enum(JsonElement e) => e.GetProperty("enum").EnumerateArray().Select(v => v.GetString()!).ToArray();

    [Fact]
    public void Schema_EachObject_DeclaresExactlyTheReadersProperties()
    {
        Assert.Equal(LocalOverlayJson.RootProperties, Properties(Root));
        Assert.Equal(LocalOverlayJson.ScoringProperties, Properties(Def("scoring")));
        Assert.Equal(LocalOverlayJson.NormalisationProperties, Properties(Def("normalisation")));
        Assert.Equal(LocalOverlayJson.LimitingRuleProperties, Properties(Def("limitingRule")));
        Assert.Equal(LocalOverlayJson.OutcomeProperties, Properties(Def("outcome")));
        Assert.Equal(LocalOverlayJson.IndicatorProperties, Properties(Def("indicator")));
        foreach (var name in new[] { "scoring", "normalisation", "limitingRule", "outcome", "indicator" })
        {
            Assert.False(Def(name).GetProperty("additionalProperties").GetBoolean(), name);
        }
        Assert.False(Root.GetProperty("additionalProperties").GetBoolean());
    }

    [Fact]
    public void Schema_Enums_AreTheReadersNames()
    {
        var scoring = Def("scoring").GetProperty("properties");
        Assert.Equal(LocalOverlayJson.Comparators.Names, Enum(scoring.GetProperty("comparator")));
        Assert.Equal(LocalOverlayJson.Averages.Names, Enum(scoring.GetProperty("neighbourAverage")));
        Assert.Equal(LocalOverlayJson.Aggregations.Names, Enum(Def("aggregation")));
        Assert.Equal(LocalOverlayJson.Methods.Names, Enum(Def("normalisation").GetProperty("properties").GetProperty("method")));
        Assert.Equal(LocalOverlayJson.Bands.Names, Enum(Def("band")));
    }

    [Fact]
    public void Schema_Required_MatchesTheReader()
    {
        Assert.Equal(new[] { "formatVersion", "name" }, Root.GetProperty("required").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(new[] { "method" }, Def("normalisation").GetProperty("required").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(new[] { "outcome" }, Def("limitingRule").GetProperty("required").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(new[] { "weight" }, Def("outcome").GetProperty("required").EnumerateArray().Select(e => e.GetString()));
    }

    [Fact]
    public void Schema_LocalIndicators_AreFrameworkIndicators()
    {
        Assert.Equal("framework.schema.json#/$defs/indicator",
            Root.GetProperty("properties").GetProperty("localIndicators").GetProperty("items").GetProperty("$ref").GetString());
        var framework = JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Schemas", "framework.schema.json"))).RootElement;
        Assert.True(framework.GetProperty("$defs").TryGetProperty("indicator", out _));
    }
}
