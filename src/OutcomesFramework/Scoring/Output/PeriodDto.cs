using System.Text.Json.Serialization;

namespace OutcomesFramework.Scoring.Output;

internal sealed class PeriodDto
{
    [JsonPropertyName("kind")] public string Kind { get; set; } = string.Empty;
    [JsonPropertyName("label")] public string Label { get; set; } = string.Empty;
    [JsonPropertyName("end")] public string End { get; set; } = string.Empty;
}
