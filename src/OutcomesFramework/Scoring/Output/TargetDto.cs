using System.Text.Json.Serialization;

namespace OutcomesFramework.Scoring.Output;

internal sealed class TargetDto
{
    [JsonPropertyName("value")] public double Value { get; set; }
    [JsonPropertyName("tolerance")] public double Tolerance { get; set; }
    [JsonPropertyName("difference")] public double Difference { get; set; }
    [JsonPropertyName("status")] public string Status { get; set; } = string.Empty;
}
