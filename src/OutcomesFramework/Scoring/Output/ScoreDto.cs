using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace OutcomesFramework.Scoring.Output;

internal sealed class ScoreDto
{
    [JsonPropertyName("value")] public double Value { get; set; }
    [JsonPropertyName("raw")] public double Raw { get; set; }
    [JsonPropertyName("clamped")] public bool Clamped { get; set; }
    [JsonPropertyName("method")] public string Method { get; set; } = string.Empty;
    [JsonPropertyName("normalisation")] public string Normalisation { get; set; } = string.Empty;
    [JsonPropertyName("parameters")] public List<ParameterDto> Parameters { get; set; } = new();
}
