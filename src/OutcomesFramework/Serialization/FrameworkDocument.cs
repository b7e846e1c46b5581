using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace OutcomesFramework.Serialization;

// Write-side shapes of framework format v1, serialized by the source-generated FrameworkJsonContext. Property
// names are spelled out so that renaming a C# member cannot change the format; declaration order is the order
// the properties are written in (the order of FrameworkJsonNames and of the JSON Schema).

/// <summary>The root object.</summary>
internal sealed class FrameworkDocument
{
    [JsonPropertyName("formatVersion")]
    public int FormatVersion { get; init; }

    [JsonPropertyName("id")]
    public string Id { get; init; } = string.Empty;

    [JsonPropertyName("name")]
    public string Name { get; init; } = string.Empty;

    [JsonPropertyName("version")]
    public string Version { get; init; } = string.Empty;

    [JsonPropertyName("description")]
    public string? Description { get; init; }

    [JsonPropertyName("outcomes")]
    public IReadOnlyList<OutcomeDocument> Outcomes { get; init; } = new List<OutcomeDocument>();

    [JsonPropertyName("indicators")]
    public IReadOnlyList<IndicatorDocument> Indicators { get; init; } = new List<IndicatorDocument>();
}
