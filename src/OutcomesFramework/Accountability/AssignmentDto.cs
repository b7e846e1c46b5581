using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace OutcomesFramework.Accountability;

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
