using System.Text.Json.Serialization;

namespace OutcomesFramework.Scoring.Output;

internal sealed class OverallDto
{
    [JsonPropertyName("score")] public double? Score { get; set; }
    [JsonPropertyName("band")] public string? Band { get; set; }
    [JsonPropertyName("unlimitedBand")] public string? UnlimitedBand { get; set; }
    [JsonPropertyName("limited")] public bool Limited { get; set; }
    [JsonPropertyName("sufficientEvidence")] public bool SufficientEvidence { get; set; }
    [JsonPropertyName("coverage")] public double Coverage { get; set; }
    [JsonPropertyName("coverageThreshold")] public double CoverageThreshold { get; set; }
    [JsonPropertyName("method")] public string Method { get; set; } = string.Empty;
    [JsonPropertyName("rank")] public int? Rank { get; set; }
    [JsonPropertyName("rankOf")] public int? RankOf { get; set; }
    [JsonPropertyName("rankInterval")] [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] public RankIntervalDto? RankInterval { get; set; }
}
