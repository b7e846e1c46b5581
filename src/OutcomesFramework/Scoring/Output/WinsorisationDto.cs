using System.Text.Json.Serialization;

namespace OutcomesFramework.Scoring.Output;

/// <summary>The policy's winsorisation, named as the overlay format names it.</summary>
internal sealed class WinsorisationDto
{
    [JsonPropertyName("limit")] public int Limit { get; set; }
    [JsonPropertyName("skewnessThreshold")] public double SkewnessThreshold { get; set; }
    [JsonPropertyName("kurtosisThreshold")] public double KurtosisThreshold { get; set; }
}
