using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace OutcomesFramework.Scoring.Output;

internal sealed class LeagueDto
{
    [JsonPropertyName("schema")] public string Schema { get; set; } = ScorecardJson.LeagueSchema;
    [JsonPropertyName("year")] public int Year { get; set; }
    [JsonPropertyName("framework")] public FrameworkDto Framework { get; set; } = new();
    [JsonPropertyName("policy")] public PolicyDto Policy { get; set; } = new();
    [JsonPropertyName("rankedBy")] public string RankedBy { get; set; } = string.Empty;
    [JsonPropertyName("rows")] public List<LeagueRowDto> Rows { get; set; } = new();
}
