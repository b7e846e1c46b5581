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
    [JsonPropertyName("defaultNormalisation")] public string DefaultNormalisation { get; set; } = string.Empty;
    [JsonPropertyName("limitingRule")] public LimitingRuleDto? LimitingRule { get; set; }
}
