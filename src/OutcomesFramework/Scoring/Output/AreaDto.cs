using System.Text.Json.Serialization;

namespace OutcomesFramework.Scoring.Output;

internal sealed class AreaDto
{
    [JsonPropertyName("code")] public string Code { get; set; } = string.Empty;
    [JsonPropertyName("oldCode")] public string? OldCode { get; set; }
    [JsonPropertyName("name")] public string Name { get; set; } = string.Empty;
    [JsonPropertyName("regionCode")] public string? RegionCode { get; set; }
}
