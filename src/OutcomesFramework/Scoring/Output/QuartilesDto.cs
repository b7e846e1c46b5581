using System.Text.Json.Serialization;

namespace OutcomesFramework.Scoring.Output;

internal sealed class QuartilesDto
{
    [JsonPropertyName("min")] public double Min { get; set; }
    [JsonPropertyName("q1")] public double Q1 { get; set; }
    [JsonPropertyName("median")] public double Median { get; set; }
    [JsonPropertyName("q3")] public double Q3 { get; set; }
    [JsonPropertyName("max")] public double Max { get; set; }
}
