using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace OutcomesFramework.Scoring.Output;

internal sealed class NeighboursDto
{
    [JsonPropertyName("average")] public string Average { get; set; } = string.Empty;
    [JsonPropertyName("value")] public double? Value { get; set; }
    [JsonPropertyName("used")] public int Used { get; set; }
    [JsonPropertyName("excluded")] public int Excluded { get; set; }
    [JsonPropertyName("values")] public List<NeighbourDto> Values { get; set; } = new();
}
