using System.Text.Json.Serialization;

namespace OutcomesFramework.Scoring.Output;

internal sealed class ComparisonDto
{
    [JsonPropertyName("comparator")] public string Comparator { get; set; } = string.Empty;
    [JsonPropertyName("comparatorValue")] public double? ComparatorValue { get; set; }
    [JsonPropertyName("result")] public string Result { get; set; } = string.Empty;
    [JsonPropertyName("level")] public double Level { get; set; }
    [JsonPropertyName("reason")] public string? Reason { get; set; }
}
