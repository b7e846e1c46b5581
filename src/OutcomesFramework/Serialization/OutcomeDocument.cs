using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace OutcomesFramework.Serialization;

/// <summary>An outcome.</summary>
internal sealed class OutcomeDocument
{
    [JsonPropertyName("id")]
    public string Id { get; init; } = string.Empty;

    [JsonPropertyName("name")]
    public string Name { get; init; } = string.Empty;

    [JsonPropertyName("statutoryPurpose")]
    public string StatutoryPurpose { get; init; } = string.Empty;

    [JsonPropertyName("aims")]
    public IReadOnlyList<AimDocument> Aims { get; init; } = new List<AimDocument>();
}
