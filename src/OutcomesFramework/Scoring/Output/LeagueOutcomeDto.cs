using System.Text.Json.Serialization;

namespace OutcomesFramework.Scoring.Output;

internal sealed class LeagueOutcomeDto
{
    [JsonPropertyName("id")] public string Id { get; set; } = string.Empty;
    [JsonPropertyName("score")] public double? Score { get; set; }
    [JsonPropertyName("band")] public string? Band { get; set; }
    [JsonPropertyName("coverage")] public double Coverage { get; set; }
    [JsonPropertyName("rank")] public int? Rank { get; set; }
    [JsonPropertyName("rankOf")] public int? RankOf { get; set; }
    [JsonPropertyName("thinCoverage")] public bool ThinCoverage { get; set; }
}
