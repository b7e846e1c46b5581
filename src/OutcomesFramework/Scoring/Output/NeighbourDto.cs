using System.Text.Json.Serialization;

namespace OutcomesFramework.Scoring.Output;

internal sealed class NeighbourDto
{
    [JsonPropertyName("rank")] public int Rank { get; set; }
    [JsonPropertyName("code")] public string Code { get; set; } = string.Empty;
    [JsonPropertyName("name")] public string Name { get; set; } = string.Empty;
    [JsonPropertyName("value")] public double? Value { get; set; }
    [JsonPropertyName("status")] public string? Status { get; set; }
}
