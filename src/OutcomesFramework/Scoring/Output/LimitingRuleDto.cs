using System.Text.Json.Serialization;

namespace OutcomesFramework.Scoring.Output;

internal sealed class LimitingRuleDto
{
    [JsonPropertyName("outcome")] public string Outcome { get; set; } = string.Empty;
    [JsonPropertyName("triggerBand")] public string TriggerBand { get; set; } = string.Empty;
    [JsonPropertyName("capBand")] public string CapBand { get; set; } = string.Empty;
}
