using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace OutcomesFramework.Scoring.Output;

internal sealed class IndicatorDto
{
    [JsonPropertyName("id")] public string Id { get; set; } = string.Empty;
    [JsonPropertyName("title")] public string Title { get; set; } = string.Empty;
    [JsonPropertyName("outcome")] public string Outcome { get; set; } = string.Empty;
    [JsonPropertyName("role")] public string Role { get; set; } = string.Empty;
    [JsonPropertyName("polarity")] public string Polarity { get; set; } = string.Empty;
    [JsonPropertyName("measure")] public string Measure { get; set; } = string.Empty;
    [JsonPropertyName("unit")] public string Unit { get; set; } = string.Empty;
    [JsonPropertyName("decimalPlaces")] public int DecimalPlaces { get; set; }
    [JsonPropertyName("laitKey")] public string? LaitKey { get; set; }
    [JsonPropertyName("periodRequested")] public PeriodDto PeriodRequested { get; set; } = new();
    [JsonPropertyName("period")] public PeriodDto? Period { get; set; }
    // Written only when the comparators are from another period (ScoringPolicy.LatestPublishedComparators), so that
    // every other scorecard stays byte for byte as it was.
    [JsonPropertyName("comparatorPeriod")] [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] public PeriodDto? ComparatorPeriod { get; set; }
    [JsonPropertyName("stale")] public bool Stale { get; set; }
    [JsonPropertyName("status")] public string? Status { get; set; }
    [JsonPropertyName("value")] public double? Value { get; set; }
    [JsonPropertyName("numerator")] public double? Numerator { get; set; }
    [JsonPropertyName("denominator")] public double? Denominator { get; set; }
    [JsonPropertyName("interval")] public IntervalDto? Interval { get; set; }
    [JsonPropertyName("england")] public ComparatorDto? England { get; set; }
    [JsonPropertyName("region")] public ComparatorDto? Region { get; set; }
    [JsonPropertyName("neighbours")] public NeighboursDto? Neighbours { get; set; }
    [JsonPropertyName("rank")] public int? Rank { get; set; }
    [JsonPropertyName("rankOf")] public int? RankOf { get; set; }
    [JsonPropertyName("band")] public string? Band { get; set; }
    [JsonPropertyName("quartiles")] public QuartilesDto? Quartiles { get; set; }
    [JsonPropertyName("comparison")] public ComparisonDto? Comparison { get; set; }
    [JsonPropertyName("change")] public ChangeDto? Change { get; set; }
    [JsonPropertyName("trend")] public TrendDto? Trend { get; set; }
    [JsonPropertyName("target")] public TargetDto? Target { get; set; }
    [JsonPropertyName("score")] public ScoreDto? Score { get; set; }
    [JsonPropertyName("weight")] public double Weight { get; set; }
    [JsonPropertyName("countsTowardsOutcome")] public bool CountsTowardsOutcome { get; set; }
    [JsonPropertyName("notes")] public List<string> Notes { get; set; } = new();
}
