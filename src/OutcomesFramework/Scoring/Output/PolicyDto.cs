using System.Text.Json.Serialization;

namespace OutcomesFramework.Scoring.Output;

internal sealed class PolicyDto
{
    [JsonPropertyName("comparator")] public string Comparator { get; set; } = string.Empty;
    [JsonPropertyName("neighbourAverage")] public string NeighbourAverage { get; set; } = string.Empty;
    [JsonPropertyName("confidenceLevel")] public double ConfidenceLevel { get; set; }
    [JsonPropertyName("outcomeCoverageThreshold")] public double OutcomeCoverageThreshold { get; set; }
    [JsonPropertyName("overallCoverageThreshold")] public double OverallCoverageThreshold { get; set; }
    [JsonPropertyName("outcomeAggregation")] public string OutcomeAggregation { get; set; } = string.Empty;
    [JsonPropertyName("overallAggregation")] public string OverallAggregation { get; set; } = string.Empty;
    [JsonPropertyName("aggregationPower")] public double AggregationPower { get; set; }
    [JsonPropertyName("defaultNormalisation")] public string DefaultNormalisation { get; set; } = string.Empty;
    [JsonPropertyName("limitingRule")] public LimitingRuleDto? LimitingRule { get; set; }
    [JsonPropertyName("imputation")] public string Imputation { get; set; } = string.Empty;
    [JsonPropertyName("winsorisation")] public WinsorisationDto? Winsorisation { get; set; }
    [JsonPropertyName("rankingCoverage")] public RankingCoverageDto RankingCoverage { get; set; } = new();
    // Written only when on (true), so that scorecards under the default policy stay byte for byte as they were.
    [JsonPropertyName("latestPublishedComparators")] [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] public bool? LatestPublishedComparators { get; set; }
}
