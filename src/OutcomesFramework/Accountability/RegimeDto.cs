using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace OutcomesFramework.Accountability;

internal sealed class RegimeDto
{
    [JsonPropertyName("id")]
    public string Id { get; set; } = string.Empty;

    [JsonPropertyName("name")]
    public string? Name { get; set; }

    [JsonPropertyName("checks")]
    public List<string>? Checks { get; set; }
}
