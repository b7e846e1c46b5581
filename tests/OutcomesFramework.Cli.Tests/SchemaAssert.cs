using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using Json.Schema;
using Xunit;

namespace OutcomesFramework.Cli.Tests;

/// <summary>Validates JSON against the schemas of docs/schemas, each loaded once for the whole test run.</summary>
internal static class SchemaAssert
{
    // JsonSchema.Net registers every schema it loads by its $id and refuses a second load, so each is loaded once;
    // all are loaded together because one refers to another (the overlay's local indicators are framework indicators).
    private static readonly Lazy<Dictionary<string, JsonSchema>> Schemas = new(() =>
        Names.ToDictionary(n => n, n => JsonSchema.FromFile(Path.Combine(AppContext.BaseDirectory, "Schemas", n)), StringComparer.Ordinal));

    /// <summary>The names of the schemas shipped in docs/schemas.</summary>
    public static string[] Names => Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Schemas"), "*.schema.json")
        .Select(Path.GetFileName).Select(n => n!).OrderBy(n => n, StringComparer.Ordinal).ToArray();

    public static JsonSchema Schema(string name) => Schemas.Value[name];

    /// <summary>The schema's errors for the JSON, one per line, or an empty string when it is valid.</summary>
    public static string Errors(string schema, string json)
    {
        using var document = JsonDocument.Parse(json);
        var result = Schema(schema).Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
        if (result.IsValid)
        {
            return string.Empty;
        }
        var details = result.Details is null ? Enumerable.Empty<EvaluationResults>() : result.Details;
        return string.Join("\n", details.Where(d => d.Errors is not null).SelectMany(d => d.Errors!.Select(e => d.InstanceLocation + " " + e.Value)));
    }

    public static void Valid(string schema, string json)
    {
        var errors = Errors(schema, json);
        Assert.True(errors.Length == 0, schema + ": " + errors);
    }
}
