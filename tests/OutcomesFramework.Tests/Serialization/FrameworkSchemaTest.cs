using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using FsCheck.Xunit;
using OutcomesFramework.Frameworks;
using OutcomesFramework.Indicators;
using OutcomesFramework.Outcomes;
using OutcomesFramework.Periods;
using OutcomesFramework.Serialization;
using Xunit;

namespace OutcomesFramework.Tests.Serialization;

/// <summary>Holds docs/schemas/framework.schema.json equal to the reader and writer, so that it cannot drift.</summary>
public sealed class FrameworkSchemaTest
{
    private static readonly JsonDocument Schema = JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Schemas", "framework.schema.json")));

    private static readonly JsonElement Root = Schema.RootElement;

    /// <summary>Gets the small fixture plus an indicator whose source has a denominator column: every property of the format but $schema appears.</summary>
    private static Framework Maximal { get; } = MakeMaximal();

    [Fact]
    public void Schema_Always_IsDraft202012WithEveryReferenceResolvable()
    {
        Assert.Equal("https://json-schema.org/draft/2020-12/schema", Root.GetProperty("$schema").GetString());
        var refs = new List<string>();
        Collect(Root, refs);

        Assert.NotEmpty(refs);
        foreach (var r in refs)
        {
            Assert.StartsWith("#/$defs/", r, StringComparison.Ordinal);
            Assert.True(Root.GetProperty("$defs").TryGetProperty(r["#/$defs/".Length..], out _), "Unresolvable $ref " + r);
        }

        static void Collect(JsonElement e, List<string> refs)
        {
            if (e.ValueKind == JsonValueKind.Object)
            {
                foreach (var p in e.EnumerateObject())
                {
                    if (p.Name == "$ref")
                    {
                        refs.Add(p.Value.GetString()!);
                    }
                    Collect(p.Value, refs);
                }
            }
            else if (e.ValueKind == JsonValueKind.Array)
            {
                foreach (var item in e.EnumerateArray())
                {
                    Collect(item, refs);
                }
            }
        }
    }

    [Theory]
    [InlineData("", nameof(FrameworkJsonNames.FrameworkProperties))]
    [InlineData("outcome", nameof(FrameworkJsonNames.OutcomeProperties))]
    [InlineData("aim", nameof(FrameworkJsonNames.AimProperties))]
    [InlineData("indicator", nameof(FrameworkJsonNames.IndicatorProperties))]
    [InlineData("snapshot", nameof(FrameworkJsonNames.SnapshotProperties))]
    [InlineData("source", nameof(FrameworkJsonNames.SourceProperties))]
    [InlineData("denominator", nameof(FrameworkJsonNames.DenominatorProperties))]
    public void Schema_EachObject_DeclaresExactlyTheReadersPropertiesInOrderAndNoOthers(string def, string readerList)
    {
        var schema = def.Length == 0 ? Root : Root.GetProperty("$defs").GetProperty(def);
        var reader = readerList switch
        {
            nameof(FrameworkJsonNames.FrameworkProperties) => FrameworkJsonNames.FrameworkProperties,
            nameof(FrameworkJsonNames.OutcomeProperties) => FrameworkJsonNames.OutcomeProperties,
            nameof(FrameworkJsonNames.AimProperties) => FrameworkJsonNames.AimProperties,
            nameof(FrameworkJsonNames.IndicatorProperties) => FrameworkJsonNames.IndicatorProperties,
            nameof(FrameworkJsonNames.SnapshotProperties) => FrameworkJsonNames.SnapshotProperties,
            nameof(FrameworkJsonNames.SourceProperties) => FrameworkJsonNames.SourceProperties,
            _ => FrameworkJsonNames.DenominatorProperties,
        };

        Assert.Equal(reader, schema.GetProperty("properties").EnumerateObject().Select(p => p.Name));
        Assert.False(schema.GetProperty("additionalProperties").GetBoolean());
    }

    [Fact]
    public void Schema_Enums_AreTheCamelCasedCSharpEnumNames()
    {
        var indicator = Root.GetProperty("$defs").GetProperty("indicator").GetProperty("properties");

        AssertEnum(indicator.GetProperty("role"), FrameworkJsonNames.Roles);
        AssertEnum(indicator.GetProperty("measure"), FrameworkJsonNames.Measures);
        AssertEnum(indicator.GetProperty("polarity"), FrameworkJsonNames.Polarities);
        AssertEnum(indicator.GetProperty("period"), FrameworkJsonNames.Periods);
        Assert.Equal(EveryChildMatters.OutcomeIds, Strings(indicator.GetProperty("outcome").GetProperty("enum")));
        Assert.Equal(EveryChildMatters.OutcomeIds, Strings(Root.GetProperty("$defs").GetProperty("outcome").GetProperty("properties").GetProperty("id").GetProperty("enum")));
    }

    [Property(Arbitrary = new[] { typeof(FrameworkArbitraries) }, MaxTest = 100)]
    public void Writer_AnyFramework_EmitsOnlyPropertiesTheSchemaDeclaresInItsOrderWithItsTypes(Framework framework)
    {
        using var written = JsonDocument.Parse(FrameworkJson.ToUtf8Bytes(framework));
        var failures = new List<string>();

        Walk(written.RootElement, Root, "$", failures, null);

        Assert.Empty(failures);
    }

    [Fact]
    public void Writer_MaximalFramework_EmitsEveryPropertyTheSchemaDeclaresButSchema()
    {
        using var written = JsonDocument.Parse(FrameworkJson.ToUtf8Bytes(Maximal));
        var failures = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);

        Walk(written.RootElement, Root, "$", failures, seen);

        Assert.Empty(failures);
        var declared = DeclaredProperties().Where(p => p != "#.$schema").ToHashSet(StringComparer.Ordinal);
        Assert.Equal(declared.OrderBy(x => x, StringComparer.Ordinal), seen.OrderBy(x => x, StringComparer.Ordinal));
    }

    [Fact]
    public void Reader_EachPropertyLeftOut_IsMissingExactlyWhenTheSchemaRequiresIt()
    {
        var text = FrameworkJson.ToJson(Maximal);
        using var written = JsonDocument.Parse(text);
        var checkedCount = 0;
        foreach (var (path, objectSchema, name) in PropertiesOf(written.RootElement, Root, "$"))
        {
            var required = objectSchema.TryGetProperty("required", out var r) && Strings(r).Contains(name);
            var withoutIt = Remove(text, path, name);

            var problems = Problems(withoutIt);

            var missing = problems.Any(p => p.Message == "Required property '" + name + "' is missing." && p.Path == path + "." + name);
            Assert.True(required == missing, path + "." + name + (required ? " is required by the schema but the reader does not miss it" : " is optional in the schema but the reader requires it"));
            checkedCount++;
        }
        Assert.True(checkedCount > 60, "Too few properties checked: " + checkedCount);
    }

    private static void AssertEnum<TEnum>(JsonElement property, JsonEnumNames<TEnum> names)
        where TEnum : struct, Enum
    {
        Assert.Equal(names.Names, Strings(property.GetProperty("enum")));
        var values = Enum.GetValues<TEnum>();
        Assert.Equal(values.OrderBy(v => v), names.Values.OrderBy(v => v));
        foreach (var value in values)
        {
            // The one spelling that is not the camel-cased C# name is fixed by the format: Polarity.NoPolarity is "none".
            var name = value.ToString();
            var expected = value is Polarity.NoPolarity ? "none" : string.Concat(name[..1].ToLowerInvariant(), name.AsSpan(1));
            Assert.Equal(expected, names.NameOf(value));
        }
    }

    private static string[] Strings(JsonElement array) => array.EnumerateArray().Select(e => e.GetString()!).ToArray();

    private static JsonElement Resolve(JsonElement schema)
    {
        while (schema.TryGetProperty("$ref", out var r))
        {
            schema = Root.GetProperty("$defs").GetProperty(r.GetString()!.AsSpan("#/$defs/".Length));
        }
        return schema;
    }

    /// <summary>Checks a written value against the schema's properties, their order, types and enums.</summary>
    private static void Walk(JsonElement value, JsonElement schema, string path, List<string> failures, HashSet<string>? seen)
    {
        var key = SchemaKey(schema);
        schema = Resolve(schema);
        if (schema.TryGetProperty("enum", out var e) && !e.EnumerateArray().Any(x => x.ValueKind == JsonValueKind.String && x.GetString() == value.GetString()))
        {
            failures.Add(path + ": " + value + " is not in the schema's enum");
        }
        if (schema.TryGetProperty("type", out var t) && !Matches(t.GetString()!, value))
        {
            failures.Add(path + ": " + value.ValueKind + " is not of schema type " + t.GetString());
        }
        if (value.ValueKind == JsonValueKind.Object && schema.TryGetProperty("properties", out var props))
        {
            var order = props.EnumerateObject().Select(p => p.Name).ToList();
            var last = -1;
            foreach (var p in value.EnumerateObject())
            {
                var at = order.IndexOf(p.Name);
                if (at < 0)
                {
                    failures.Add(path + "." + p.Name + " is not declared in the schema");
                    continue;
                }
                if (at < last)
                {
                    failures.Add(path + "." + p.Name + " is written out of the schema's order");
                }
                last = at;
                seen?.Add(key + "." + p.Name);
                Walk(p.Value, props.GetProperty(p.Name), path + "." + p.Name, failures, seen);
            }
        }
        else if (value.ValueKind == JsonValueKind.Object && schema.TryGetProperty("additionalProperties", out var additional) && additional.ValueKind == JsonValueKind.Object)
        {
            foreach (var p in value.EnumerateObject())
            {
                Walk(p.Value, additional, path + "['" + p.Name + "']", failures, seen);
            }
        }
        else if (value.ValueKind == JsonValueKind.Array && schema.TryGetProperty("items", out var items))
        {
            var i = 0;
            foreach (var item in value.EnumerateArray())
            {
                Walk(item, items, path + "[" + i++ + "]", failures, seen);
            }
        }
    }

    private static bool Matches(string type, JsonElement value) => type switch
    {
        "object" => value.ValueKind == JsonValueKind.Object,
        "array" => value.ValueKind == JsonValueKind.Array,
        "string" => value.ValueKind == JsonValueKind.String,
        "number" => value.ValueKind == JsonValueKind.Number,
        "integer" => value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out _),
        "boolean" => value.ValueKind is JsonValueKind.True or JsonValueKind.False,
        _ => false,
    };

    /// <summary>Names an object schema: "#" for the root, the $defs name otherwise.</summary>
    private static string SchemaKey(JsonElement schema) =>
        schema.TryGetProperty("$ref", out var r) ? r.GetString()!.Substring("#/$defs/".Length) : "#";

    private static IEnumerable<string> DeclaredProperties()
    {
        foreach (var p in Root.GetProperty("properties").EnumerateObject())
        {
            yield return "#." + p.Name;
        }
        foreach (var def in Root.GetProperty("$defs").EnumerateObject())
        {
            if (def.Value.TryGetProperty("properties", out var props))
            {
                foreach (var p in props.EnumerateObject())
                {
                    yield return def.Name + "." + p.Name;
                }
            }
        }
    }

    /// <summary>Lists (object path, object schema, property name) for every property of every object in a written document.</summary>
    private static IEnumerable<(string Path, JsonElement Schema, string Name)> PropertiesOf(JsonElement value, JsonElement schema, string path)
    {
        schema = Resolve(schema);
        if (value.ValueKind == JsonValueKind.Object && schema.TryGetProperty("properties", out var props))
        {
            foreach (var p in value.EnumerateObject())
            {
                yield return (path, schema, p.Name);
                foreach (var inner in PropertiesOf(p.Value, props.GetProperty(p.Name), path + "." + p.Name))
                {
                    yield return inner;
                }
            }
        }
        else if (value.ValueKind == JsonValueKind.Array && schema.TryGetProperty("items", out var items))
        {
            var i = 0;
            foreach (var item in value.EnumerateArray())
            {
                foreach (var inner in PropertiesOf(item, items, path + "[" + i++ + "]"))
                {
                    yield return inner;
                }
            }
        }
    }

    private static string Remove(string json, string objectPath, string name)
    {
        var node = System.Text.Json.Nodes.JsonNode.Parse(json)!;
        var target = node;
        foreach (var step in objectPath.Substring(1).Split('.', StringSplitOptions.RemoveEmptyEntries))
        {
            var bracket = step.IndexOf('[', StringComparison.Ordinal);
            target = bracket < 0 ? target![step] : target![step.Substring(0, bracket)]![int.Parse(step.AsSpan(bracket + 1, step.Length - bracket - 2), System.Globalization.CultureInfo.InvariantCulture)];
        }
        Assert.True(target!.AsObject().Remove(name));
        return node.ToJsonString();
    }

    private static IReadOnlyList<DocumentProblem> Problems(string json)
    {
        try
        {
            FrameworkJson.Read(json);
            return Array.Empty<DocumentProblem>();
        }
        catch (FrameworkValidationException ex)
        {
            return ex.Problems;
        }
    }

    private static Framework MakeMaximal()
    {
        var small = FrameworkJson.Read(FrameworkJsonText.Small);
        var withColumn = new Indicator("cin-rate", "Children in need per 10,000", "SS", new[] { "SS1" }, MeasureKind.Rate, Polarity.NoPolarity,
            "per 10,000 children", PeriodKind.YearEnding31March)
            .WithSource(new IndicatorSource("Children in need", "cin.csv", null, null, "cin_count", "population", null, 10000)).WithMultiplier(10000);
        return small.WithIndicators(small.Indicators.Add(withColumn));
    }
}
