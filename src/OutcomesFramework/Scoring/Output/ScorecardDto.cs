using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace OutcomesFramework.Scoring.Output;

// The JSON shapes of docs/scorecard-json.md. Property names are fixed by [JsonPropertyName] so that renaming a C#
// member can never change what council IT integrate against. Every property is always written (null when absent).

internal sealed class ScorecardDto
{
    [JsonPropertyName("schema")] public string Schema { get; set; } = ScorecardJson.ScorecardSchema;
    [JsonPropertyName("area")] public AreaDto Area { get; set; } = new();
    [JsonPropertyName("year")] public int Year { get; set; }
    [JsonPropertyName("framework")] public FrameworkDto Framework { get; set; } = new();
    [JsonPropertyName("policy")] public PolicyDto Policy { get; set; } = new();
    [JsonPropertyName("neighbourModel")] public string NeighbourModel { get; set; } = string.Empty;
    [JsonPropertyName("overall")] public OverallDto Overall { get; set; } = new();
    [JsonPropertyName("outcomes")] public List<OutcomeDto> Outcomes { get; set; } = new();
    [JsonPropertyName("indicators")] public List<IndicatorDto> Indicators { get; set; } = new();
    [JsonPropertyName("excludedIndicators")] public List<string> ExcludedIndicators { get; set; } = new();
}
