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

internal sealed class AreaDto
{
    [JsonPropertyName("code")] public string Code { get; set; } = string.Empty;
    [JsonPropertyName("oldCode")] public string? OldCode { get; set; }
    [JsonPropertyName("name")] public string Name { get; set; } = string.Empty;
    [JsonPropertyName("regionCode")] public string? RegionCode { get; set; }
}

internal sealed class FrameworkDto
{
    [JsonPropertyName("id")] public string Id { get; set; } = string.Empty;
    [JsonPropertyName("name")] public string Name { get; set; } = string.Empty;
    [JsonPropertyName("version")] public string Version { get; set; } = string.Empty;
}

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

internal sealed class LimitingRuleDto
{
    [JsonPropertyName("outcome")] public string Outcome { get; set; } = string.Empty;
    [JsonPropertyName("triggerBand")] public string TriggerBand { get; set; } = string.Empty;
    [JsonPropertyName("capBand")] public string CapBand { get; set; } = string.Empty;
}

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
}

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
    [JsonPropertyName("indicators")] public List<string> Indicators { get; set; } = new();
}

internal sealed class PeriodDto
{
    [JsonPropertyName("kind")] public string Kind { get; set; } = string.Empty;
    [JsonPropertyName("label")] public string Label { get; set; } = string.Empty;
    [JsonPropertyName("end")] public string End { get; set; } = string.Empty;
}

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
    [JsonPropertyName("periodRequested")] public PeriodDto PeriodRequested { get; set; } = new();
    [JsonPropertyName("period")] public PeriodDto? Period { get; set; }
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

internal sealed class IntervalDto
{
    [JsonPropertyName("lower")] public double Lower { get; set; }
    [JsonPropertyName("upper")] public double Upper { get; set; }
    [JsonPropertyName("level")] public double Level { get; set; }
    [JsonPropertyName("method")] public string Method { get; set; } = string.Empty;
}

internal sealed class ComparatorDto
{
    [JsonPropertyName("code")] public string Code { get; set; } = string.Empty;
    [JsonPropertyName("name")] public string Name { get; set; } = string.Empty;
    [JsonPropertyName("value")] public double? Value { get; set; }
    [JsonPropertyName("status")] public string? Status { get; set; }
}

internal sealed class NeighboursDto
{
    [JsonPropertyName("average")] public string Average { get; set; } = string.Empty;
    [JsonPropertyName("value")] public double? Value { get; set; }
    [JsonPropertyName("used")] public int Used { get; set; }
    [JsonPropertyName("excluded")] public int Excluded { get; set; }
    [JsonPropertyName("values")] public List<NeighbourDto> Values { get; set; } = new();
}

internal sealed class NeighbourDto
{
    [JsonPropertyName("rank")] public int Rank { get; set; }
    [JsonPropertyName("code")] public string Code { get; set; } = string.Empty;
    [JsonPropertyName("name")] public string Name { get; set; } = string.Empty;
    [JsonPropertyName("value")] public double? Value { get; set; }
    [JsonPropertyName("status")] public string? Status { get; set; }
}

internal sealed class QuartilesDto
{
    [JsonPropertyName("min")] public double Min { get; set; }
    [JsonPropertyName("q1")] public double Q1 { get; set; }
    [JsonPropertyName("median")] public double Median { get; set; }
    [JsonPropertyName("q3")] public double Q3 { get; set; }
    [JsonPropertyName("max")] public double Max { get; set; }
}

internal sealed class ComparisonDto
{
    [JsonPropertyName("comparator")] public string Comparator { get; set; } = string.Empty;
    [JsonPropertyName("comparatorValue")] public double? ComparatorValue { get; set; }
    [JsonPropertyName("result")] public string Result { get; set; } = string.Empty;
    [JsonPropertyName("level")] public double Level { get; set; }
    [JsonPropertyName("reason")] public string? Reason { get; set; }
}

internal sealed class ChangeDto
{
    [JsonPropertyName("previousPeriod")] public PeriodDto PreviousPeriod { get; set; } = new();
    [JsonPropertyName("previousValue")] public double PreviousValue { get; set; }
    [JsonPropertyName("change")] public double Change { get; set; }
    [JsonPropertyName("direction")] public string Direction { get; set; } = string.Empty;
}

internal sealed class TrendDto
{
    [JsonPropertyName("direction")] public string Direction { get; set; } = string.Empty;
    [JsonPropertyName("significant")] public bool Significant { get; set; }
    [JsonPropertyName("chiSquared")] public double? ChiSquared { get; set; }
    [JsonPropertyName("slope")] public double? Slope { get; set; }
    [JsonPropertyName("pointsUsed")] public int PointsUsed { get; set; }
    [JsonPropertyName("message")] public string? Message { get; set; }
}

internal sealed class TargetDto
{
    [JsonPropertyName("value")] public double Value { get; set; }
    [JsonPropertyName("tolerance")] public double Tolerance { get; set; }
    [JsonPropertyName("difference")] public double Difference { get; set; }
    [JsonPropertyName("status")] public string Status { get; set; } = string.Empty;
}

internal sealed class ScoreDto
{
    [JsonPropertyName("value")] public double Value { get; set; }
    [JsonPropertyName("raw")] public double Raw { get; set; }
    [JsonPropertyName("clamped")] public bool Clamped { get; set; }
    [JsonPropertyName("method")] public string Method { get; set; } = string.Empty;
    [JsonPropertyName("normalisation")] public string Normalisation { get; set; } = string.Empty;
    [JsonPropertyName("parameters")] public List<ParameterDto> Parameters { get; set; } = new();
}

internal sealed class ParameterDto
{
    [JsonPropertyName("name")] public string Name { get; set; } = string.Empty;
    [JsonPropertyName("value")] public double Value { get; set; }
}

internal sealed class LeagueDto
{
    [JsonPropertyName("schema")] public string Schema { get; set; } = ScorecardJson.LeagueSchema;
    [JsonPropertyName("year")] public int Year { get; set; }
    [JsonPropertyName("framework")] public FrameworkDto Framework { get; set; } = new();
    [JsonPropertyName("policy")] public PolicyDto Policy { get; set; } = new();
    [JsonPropertyName("rankedBy")] public string RankedBy { get; set; } = string.Empty;
    [JsonPropertyName("rows")] public List<LeagueRowDto> Rows { get; set; } = new();
}

internal sealed class LeagueRowDto
{
    [JsonPropertyName("rank")] public int? Rank { get; set; }
    [JsonPropertyName("rankOf")] public int? RankOf { get; set; }
    [JsonPropertyName("area")] public AreaDto Area { get; set; } = new();
    [JsonPropertyName("score")] public double? Score { get; set; }
    [JsonPropertyName("band")] public string? Band { get; set; }
    [JsonPropertyName("coverage")] public double Coverage { get; set; }
    [JsonPropertyName("overall")] public OverallDto Overall { get; set; } = new();
    [JsonPropertyName("outcomes")] public List<LeagueOutcomeDto> Outcomes { get; set; } = new();
}

internal sealed class LeagueOutcomeDto
{
    [JsonPropertyName("id")] public string Id { get; set; } = string.Empty;
    [JsonPropertyName("score")] public double? Score { get; set; }
    [JsonPropertyName("band")] public string? Band { get; set; }
    [JsonPropertyName("coverage")] public double Coverage { get; set; }
    [JsonPropertyName("rank")] public int? Rank { get; set; }
    [JsonPropertyName("rankOf")] public int? RankOf { get; set; }
}

[JsonSourceGenerationOptions(WriteIndented = true, IndentSize = 2, NewLine = "\n", DefaultIgnoreCondition = JsonIgnoreCondition.Never)]
[JsonSerializable(typeof(ScorecardDto))]
[JsonSerializable(typeof(List<ScorecardDto>))]
[JsonSerializable(typeof(LeagueDto))]
internal sealed partial class ScorecardJsonContext : JsonSerializerContext
{
}
