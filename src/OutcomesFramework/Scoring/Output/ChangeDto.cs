using System.Text.Json.Serialization;

namespace OutcomesFramework.Scoring.Output;

internal sealed class ChangeDto
{
    [JsonPropertyName("previousPeriod")] public PeriodDto PreviousPeriod { get; set; } = new();
    [JsonPropertyName("previousValue")] public double PreviousValue { get; set; }
    [JsonPropertyName("change")] public double Change { get; set; }
    [JsonPropertyName("direction")] public string Direction { get; set; } = string.Empty;
}
