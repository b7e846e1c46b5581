using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace OutcomesFramework.Serialization;

/// <summary>A denominator source.</summary>
internal sealed class DenominatorDocument
{
    [JsonPropertyName("file")]
    public string File { get; init; } = string.Empty;

    [JsonPropertyName("filters")]
    public IReadOnlyDictionary<string, string> Filters { get; init; } = new Dictionary<string, string>();

    [JsonPropertyName("column")]
    public string Column { get; init; } = string.Empty;

    [JsonPropertyName("yearOffset")]
    public int YearOffset { get; init; }
}
