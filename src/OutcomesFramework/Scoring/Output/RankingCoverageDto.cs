using System.Text.Json.Serialization;

namespace OutcomesFramework.Scoring.Output;

/// <summary>The policy's rule for ranking thin coverage, named as the overlay format names it.</summary>
internal sealed class RankingCoverageDto
{
    [JsonPropertyName("rule")] public string Rule { get; set; } = string.Empty;
    [JsonPropertyName("threshold")] public double Threshold { get; set; }
}
