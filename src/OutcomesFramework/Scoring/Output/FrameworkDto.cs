using System.Text.Json.Serialization;

namespace OutcomesFramework.Scoring.Output;

internal sealed class FrameworkDto
{
    [JsonPropertyName("id")] public string Id { get; set; } = string.Empty;
    [JsonPropertyName("name")] public string Name { get; set; } = string.Empty;
    [JsonPropertyName("version")] public string Version { get; set; } = string.Empty;
}
