using System.Text.Json.Serialization;

namespace OutcomesFramework.Scoring.Output;

internal sealed class IntervalDto
{
    [JsonPropertyName("lower")] public double Lower { get; set; }
    [JsonPropertyName("upper")] public double Upper { get; set; }
    [JsonPropertyName("level")] public double Level { get; set; }
    [JsonPropertyName("method")] public string Method { get; set; } = string.Empty;
}
