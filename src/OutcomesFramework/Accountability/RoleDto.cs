using System.Text.Json.Serialization;

namespace OutcomesFramework.Accountability;

internal sealed class RoleDto
{
    [JsonPropertyName("id")]
    public string Id { get; set; } = string.Empty;

    [JsonPropertyName("kind")]
    public string Kind { get; set; } = string.Empty;

    [JsonPropertyName("name")]
    public string Name { get; set; } = string.Empty;

    [JsonPropertyName("statutoryBasis")]
    public string? StatutoryBasis { get; set; }

    [JsonPropertyName("description")]
    public string? Description { get; set; }
}
