using System.Text.Json.Serialization;

namespace OutcomesFramework.Serialization;

/// <summary>A snapshot date.</summary>
internal sealed class SnapshotDocument
{
    [JsonPropertyName("month")]
    public int Month { get; init; }

    [JsonPropertyName("day")]
    public int Day { get; init; }
}
