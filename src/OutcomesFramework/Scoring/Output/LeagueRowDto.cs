using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace OutcomesFramework.Scoring.Output;

internal sealed class LeagueRowDto
{
    [JsonPropertyName("rank")] public int? Rank { get; set; }
    [JsonPropertyName("rankOf")] public int? RankOf { get; set; }
    [JsonPropertyName("area")] public AreaDto Area { get; set; } = new();
    [JsonPropertyName("score")] public double? Score { get; set; }
    [JsonPropertyName("band")] public string? Band { get; set; }
    [JsonPropertyName("coverage")] public double Coverage { get; set; }
    [JsonPropertyName("thinCoverage")] public bool ThinCoverage { get; set; }
    [JsonPropertyName("rankingScore")] public double? RankingScore { get; set; }
    [JsonPropertyName("overall")] public OverallDto Overall { get; set; } = new();
    [JsonPropertyName("outcomes")] public List<LeagueOutcomeDto> Outcomes { get; set; } = new();
}
