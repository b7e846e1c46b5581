using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace OutcomesFramework.Serialization;

/// <summary>An indicator.</summary>
internal sealed class IndicatorDocument
{
    [JsonPropertyName("id")]
    public string Id { get; init; } = string.Empty;

    [JsonPropertyName("title")]
    public string Title { get; init; } = string.Empty;

    [JsonPropertyName("outcome")]
    public string Outcome { get; init; } = string.Empty;

    [JsonPropertyName("aims")]
    public IReadOnlyList<string> Aims { get; init; } = new List<string>();

    [JsonPropertyName("role")]
    public string Role { get; init; } = string.Empty;

    [JsonPropertyName("measure")]
    public string Measure { get; init; } = string.Empty;

    [JsonPropertyName("polarity")]
    public string Polarity { get; init; } = string.Empty;

    [JsonPropertyName("unit")]
    public string Unit { get; init; } = string.Empty;

    [JsonPropertyName("decimalPlaces")]
    public int DecimalPlaces { get; init; }

    [JsonPropertyName("period")]
    public string Period { get; init; } = string.Empty;

    [JsonPropertyName("snapshot")]
    public SnapshotDocument? Snapshot { get; init; }

    [JsonPropertyName("multiplier")]
    public double Multiplier { get; init; }

    [JsonPropertyName("quartileBanding")]
    public bool QuartileBanding { get; init; }

    [JsonPropertyName("weight")]
    public double Weight { get; init; }

    [JsonPropertyName("description")]
    public string? Description { get; init; }

    [JsonPropertyName("reference")]
    public string? Reference { get; init; }

    [JsonPropertyName("source")]
    public SourceDocument? Source { get; init; }
}
