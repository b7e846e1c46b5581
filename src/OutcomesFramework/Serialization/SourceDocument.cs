using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace OutcomesFramework.Serialization;

/// <summary>A source.</summary>
internal sealed class SourceDocument
{
    [JsonPropertyName("publication")]
    public string Publication { get; init; } = string.Empty;

    [JsonPropertyName("file")]
    public string File { get; init; } = string.Empty;

    [JsonPropertyName("filters")]
    public IReadOnlyDictionary<string, string> Filters { get; init; } = new Dictionary<string, string>();

    [JsonPropertyName("valueColumn")]
    public string? ValueColumn { get; init; }

    [JsonPropertyName("numeratorColumn")]
    public string? NumeratorColumn { get; init; }

    [JsonPropertyName("denominatorColumn")]
    public string? DenominatorColumn { get; init; }

    [JsonPropertyName("denominator")]
    public DenominatorDocument? Denominator { get; init; }

    [JsonPropertyName("multiplier")]
    public double Multiplier { get; init; }
}
