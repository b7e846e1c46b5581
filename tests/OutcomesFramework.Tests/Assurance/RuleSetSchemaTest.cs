using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using FsCheck.Xunit;
using OutcomesFramework.Assurance;
using OutcomesFramework.Serialization;
using Xunit;

namespace OutcomesFramework.Tests.Assurance;

/// <summary>Holds docs/schemas/ruleset.schema.json equal to the reader and writer, so that it cannot drift.</summary>
public sealed class RuleSetSchemaTest
{
    private static readonly JsonDocument Schema = JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Schemas", "ruleset.schema.json")));

    private static JsonElement Defs => Schema.RootElement.GetProperty("$defs");

    [Fact]
    public void Root_DeclaresTheReadersPropertiesInOrder() =>
        Assert.Equal(RuleSetJsonNames.RootProperties, Schema.RootElement.GetProperty("properties").EnumerateObject().Select(p => p.Name));

    [Fact]
    public void EachKind_DeclaresExactlyTheReadersPropertiesInOrder()
    {
        Assert.Equal(RuleSetJsonNames.Kinds.Names, Defs.GetProperty("rule").GetProperty("properties").GetProperty("kind").GetProperty("enum").EnumerateArray().Select(e => e.GetString()));
        foreach (var kind in RuleKinds.All)
        {
            var def = Defs.GetProperty(RuleSetJsonNames.Kinds.NameOf(kind));
            Assert.Equal(RuleSetJsonNames.CommonProperties.Concat(RuleSetJsonNames.KindProperties(kind)), def.GetProperty("properties").EnumerateObject().Select(p => p.Name));
            Assert.False(def.GetProperty("additionalProperties").GetBoolean());
        }
        Assert.Equal(RuleSetJsonNames.MeasureProperties, Defs.GetProperty("measure").GetProperty("properties").EnumerateObject().Select(p => p.Name));
        Assert.Equal(RuleSetJsonNames.SignalProperties, Defs.GetProperty("signal").GetProperty("properties").EnumerateObject().Select(p => p.Name));
    }

    [Fact]
    public void Enums_AreTheReadersNames()
    {
        AssertEnum(Defs.GetProperty("severity"), RuleSetJsonNames.Severities.Names);
        AssertEnum(Property("threshold", "basis"), RuleSetJsonNames.Bases.Names);
        AssertEnum(Property("threshold", "direction"), RuleSetJsonNames.Directions.Names);
        AssertEnum(Property("benchmarkGap", "benchmark"), RuleSetJsonNames.Benchmarks.Names);
        AssertEnum(Property("benchmarkGap", "marginUnit"), RuleSetJsonNames.MarginUnits.Names);
        AssertEnum(Property("deterioration", "test"), RuleSetJsonNames.Tests.Names);
        AssertEnum(Property("spcConcern", "profile"), RuleSetJsonNames.Profiles.Names);
        AssertEnum(Property("spcAssurance", "targetSource"), RuleSetJsonNames.TargetSources.Names);
        AssertEnum(Property("dataQuality", "check"), RuleSetJsonNames.DataChecks.Names);
        AssertEnum(Property("inspection", "check"), RuleSetJsonNames.InspectionChecks.Names);
        AssertEnum(Property("inspection", "judgement"), RuleSetJsonNames.Judgements.Names);
        AssertEnum(Property("inspection", "atOrWorseThan"), RuleSetJsonNames.Grades.Names);
        AssertEnum(Property("inspection", "activity"), RuleSetJsonNames.Activities.Names);
        AssertEnum(Property("benchmarkGap", "roles").GetProperty("items"), FrameworkJsonNames.Roles.Names);
    }

    [Property(Arbitrary = new[] { typeof(RuleSetArbitraries) }, MaxTest = 100)]
    public void Writer_EmitsOnlyTheSchemasPropertiesInItsOrder(RuleSet set)
    {
        using var written = JsonDocument.Parse(RuleSetJson.ToUtf8Bytes(set));
        foreach (var rule in written.RootElement.GetProperty("rules").EnumerateArray())
        {
            var declared = Defs.GetProperty(rule.GetProperty("kind").GetString()!).GetProperty("properties").EnumerateObject().Select(p => p.Name).ToList();
            var names = rule.EnumerateObject().Select(p => p.Name).ToList();
            Assert.All(names, n => Assert.Contains(n, declared));
            Assert.Equal(names.OrderBy(n => declared.IndexOf(n)), names);
        }
    }

    private static JsonElement Property(string def, string name) => Defs.GetProperty(def).GetProperty("properties").GetProperty(name);

    private static void AssertEnum(JsonElement schema, IEnumerable<string> names) =>
        Assert.Equal(names, schema.GetProperty("enum").EnumerateArray().Select(e => e.GetString()!));
}
