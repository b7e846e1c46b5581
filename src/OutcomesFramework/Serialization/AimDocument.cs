using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace OutcomesFramework.Serialization;

/// <summary>An aim.</summary>
internal sealed class AimDocument
{
    [JsonPropertyName("id")]
    public string Id { get; init; } = string.Empty;

    [JsonPropertyName("text")]
    public string Text { get; init; } = string.Empty;

    [JsonPropertyName("parentsCarersFamilies")]
    public bool ParentsCarersFamilies { get; init; }

    [JsonPropertyName("aliases")]
    public IReadOnlyList<string> Aliases { get; init; } = new List<string>();
}
