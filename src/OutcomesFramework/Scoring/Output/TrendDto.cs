using System.Text.Json.Serialization;

namespace OutcomesFramework.Scoring.Output;

internal sealed class TrendDto
{
    [JsonPropertyName("direction")] public string Direction { get; set; } = string.Empty;
    [JsonPropertyName("significant")] public bool Significant { get; set; }
    [JsonPropertyName("chiSquared")] public double? ChiSquared { get; set; }
    [JsonPropertyName("slope")] public double? Slope { get; set; }
    [JsonPropertyName("pointsUsed")] public int PointsUsed { get; set; }
    [JsonPropertyName("message")] public string? Message { get; set; }
}
