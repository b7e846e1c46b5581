using System.Text.Json.Serialization;

namespace OutcomesFramework.Accountability;

internal sealed class LineDto
{
    [JsonPropertyName("from")]
    public string From { get; set; } = string.Empty;

    [JsonPropertyName("kind")]
    public string Kind { get; set; } = string.Empty;

    [JsonPropertyName("to")]
    public string To { get; set; } = string.Empty;

    [JsonPropertyName("note")]
    public string? Note { get; set; }
}
