using System.Text.Json.Serialization;

namespace OutcomesFramework.Scoring.Output;

internal sealed class ParameterDto
{
    [JsonPropertyName("name")] public string Name { get; set; } = string.Empty;
    [JsonPropertyName("value")] public double Value { get; set; }
}
