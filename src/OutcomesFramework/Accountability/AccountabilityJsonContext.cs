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

internal sealed class RegimeDto
{
    [JsonPropertyName("id")]
    public string Id { get; set; } = string.Empty;

    [JsonPropertyName("name")]
    public string? Name { get; set; }

    [JsonPropertyName("checks")]
    public List<string>? Checks { get; set; }
}

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

internal sealed class LineDto
{
    [JsonPropertyName("from")]
    public string From { get; set; } = string.Empty;

    [JsonPropertyName("kind")]
    public string Kind { get; set; } = string.Empty;

    [JsonPropertyName("to")]
    public string To { get; set; } = string.Empty;

    [JsonPropertyName("note")]
    public string? Note { get; set; }
}

internal sealed class AssignmentDto
{
    [JsonPropertyName("for")]
    public string For { get; set; } = string.Empty;

    [JsonPropertyName("accountable")]
    public string? Accountable { get; set; }

    [JsonPropertyName("responsible")]
    public List<string>? Responsible { get; set; }

    [JsonPropertyName("consulted")]
    public List<string>? Consulted { get; set; }

    [JsonPropertyName("informed")]
    public List<string>? Informed { get; set; }
}

/// <summary>Source-generated System.Text.Json metadata for writing maps (no reflection, trimming- and AOT-safe).</summary>
[JsonSourceGenerationOptions(WriteIndented = true, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(MapDto))]
internal sealed partial class AccountabilityJsonContext : JsonSerializerContext
{
}
