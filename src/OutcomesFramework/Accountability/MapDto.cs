using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace OutcomesFramework.Accountability;

/// <summary>The written shape of an accountability map (see docs/schemas/accountability.schema.json). Property order here is the order written.</summary>
internal sealed class MapDto
{
    [JsonPropertyName("id")]
    public string Id { get; set; } = string.Empty;

    [JsonPropertyName("name")]
    public string Name { get; set; } = string.Empty;

    [JsonPropertyName("description")]
    public string? Description { get; set; }

    [JsonPropertyName("regime")]
    public RegimeDto Regime { get; set; } = new();

    [JsonPropertyName("roles")]
    public List<RoleDto> Roles { get; set; } = new();

    [JsonPropertyName("lines")]
    public List<LineDto> Lines { get; set; } = new();

    [JsonPropertyName("assignments")]
    public List<AssignmentDto> Assignments { get; set; } = new();
}
