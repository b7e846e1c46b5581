using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace OutcomesFramework.Scoring.Output;

internal sealed class OutcomeDto
{
    [JsonPropertyName("id")] public string Id { get; set; } = string.Empty;
    [JsonPropertyName("name")] public string Name { get; set; } = string.Empty;
    [JsonPropertyName("score")] public double? Score { get; set; }
    [JsonPropertyName("band")] public string? Band { get; set; }
    [JsonPropertyName("sufficientEvidence")] public bool SufficientEvidence { get; set; }
    [JsonPropertyName("coverage")] public double Coverage { get; set; }
    [JsonPropertyName("coverageThreshold")] public double CoverageThreshold { get; set; }
    [JsonPropertyName("method")] public string Method { get; set; } = string.Empty;
    [JsonPropertyName("weight")] public double Weight { get; set; }
    [JsonPropertyName("rank")] public int? Rank { get; set; }
    [JsonPropertyName("rankOf")] public int? RankOf { get; set; }
    [JsonPropertyName("rankInterval")] [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] public RankIntervalDto? RankInterval { get; set; }
    [JsonPropertyName("indicators")] public List<string> Indicators { get; set; } = new();
}
