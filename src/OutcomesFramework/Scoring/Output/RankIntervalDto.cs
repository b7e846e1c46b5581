using System.Text.Json.Serialization;

namespace OutcomesFramework.Scoring.Output;

/// <summary>A rank with its 5–95% interval from a Monte Carlo run, on a scorecard given one (docs/scorecard-json.md).</summary>
internal sealed class RankIntervalDto
{
    [JsonPropertyName("rank")] public int? Rank { get; set; }
    [JsonPropertyName("median")] public int Median { get; set; }
    [JsonPropertyName("lower")] public int Lower { get; set; }
    [JsonPropertyName("upper")] public int Upper { get; set; }
    [JsonPropertyName("rankOf")] public int RankOf { get; set; }
    [JsonPropertyName("rankedRuns")] public int RankedRuns { get; set; }
    [JsonPropertyName("runs")] public int Runs { get; set; }
    [JsonPropertyName("text")] public string Text { get; set; } = string.Empty;

    internal static RankIntervalDto? From(Uncertainty.RankInterval? r) => r is null ? null : new RankIntervalDto
    {
        Rank = r.PointRank, Median = r.Median, Lower = r.Lower, Upper = r.Upper, RankOf = r.RankedOf, RankedRuns = r.RankedRuns, Runs = r.Runs, Text = r.ToString(),
    };
}
