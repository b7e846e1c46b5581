using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace OutcomesFramework.Serialization;

// Write-side shapes of framework format v1, serialized by the source-generated FrameworkJsonContext. Property
// names are spelled out so that renaming a C# member cannot change the format; declaration order is the order
// the properties are written in (the order of FrameworkJsonNames and of the JSON Schema).

/// <summary>The root object.</summary>
internal sealed class FrameworkDocument
{
    [JsonPropertyName("formatVersion")]
    public int FormatVersion { get; init; }

    [JsonPropertyName("id")]
    public string Id { get; init; } = string.Empty;

    [JsonPropertyName("name")]
    public string Name { get; init; } = string.Empty;

    [JsonPropertyName("version")]
    public string Version { get; init; } = string.Empty;

    [JsonPropertyName("description")]
    public string? Description { get; init; }

    [JsonPropertyName("outcomes")]
    public IReadOnlyList<OutcomeDocument> Outcomes { get; init; } = new List<OutcomeDocument>();

    [JsonPropertyName("indicators")]
    public IReadOnlyList<IndicatorDocument> Indicators { get; init; } = new List<IndicatorDocument>();
}

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

/// <summary>An indicator.</summary>
internal sealed class IndicatorDocument
{
    [JsonPropertyName("id")]
    public string Id { get; init; } = string.Empty;

    [JsonPropertyName("title")]
    public string Title { get; init; } = string.Empty;

    [JsonPropertyName("outcome")]
    public string Outcome { get; init; } = string.Empty;

    [JsonPropertyName("aims")]
    public IReadOnlyList<string> Aims { get; init; } = new List<string>();

    [JsonPropertyName("role")]
    public string Role { get; init; } = string.Empty;

    [JsonPropertyName("measure")]
    public string Measure { get; init; } = string.Empty;

    [JsonPropertyName("polarity")]
    public string Polarity { get; init; } = string.Empty;

    [JsonPropertyName("unit")]
    public string Unit { get; init; } = string.Empty;

    [JsonPropertyName("decimalPlaces")]
    public int DecimalPlaces { get; init; }

    [JsonPropertyName("period")]
    public string Period { get; init; } = string.Empty;

    [JsonPropertyName("snapshot")]
    public SnapshotDocument? Snapshot { get; init; }

    [JsonPropertyName("multiplier")]
    public double Multiplier { get; init; }

    [JsonPropertyName("quartileBanding")]
    public bool QuartileBanding { get; init; }

    [JsonPropertyName("weight")]
    public double Weight { get; init; }

    [JsonPropertyName("description")]
    public string? Description { get; init; }

    [JsonPropertyName("reference")]
    public string? Reference { get; init; }

    [JsonPropertyName("source")]
    public SourceDocument? Source { get; init; }
}

/// <summary>A snapshot date.</summary>
internal sealed class SnapshotDocument
{
    [JsonPropertyName("month")]
    public int Month { get; init; }

    [JsonPropertyName("day")]
    public int Day { get; init; }
}

/// <summary>A source.</summary>
internal sealed class SourceDocument
{
    [JsonPropertyName("publication")]
    public string Publication { get; init; } = string.Empty;

    [JsonPropertyName("file")]
    public string File { get; init; } = string.Empty;

    [JsonPropertyName("filters")]
    public IReadOnlyDictionary<string, string> Filters { get; init; } = new Dictionary<string, string>();

    [JsonPropertyName("valueColumn")]
    public string? ValueColumn { get; init; }

    [JsonPropertyName("numeratorColumn")]
    public string? NumeratorColumn { get; init; }

    [JsonPropertyName("denominatorColumn")]
    public string? DenominatorColumn { get; init; }

    [JsonPropertyName("denominator")]
    public DenominatorDocument? Denominator { get; init; }

    [JsonPropertyName("multiplier")]
    public double Multiplier { get; init; }
}

/// <summary>A denominator source.</summary>
internal sealed class DenominatorDocument
{
    [JsonPropertyName("file")]
    public string File { get; init; } = string.Empty;

    [JsonPropertyName("filters")]
    public IReadOnlyDictionary<string, string> Filters { get; init; } = new Dictionary<string, string>();

    [JsonPropertyName("column")]
    public string Column { get; init; } = string.Empty;

    [JsonPropertyName("yearOffset")]
    public int YearOffset { get; init; }
}

/// <summary>Source-generated (reflection-free, trimming and AOT safe) serialization of the write-side shapes.</summary>
[JsonSourceGenerationOptions(
    WriteIndented = true,
    IndentSize = 2,
    NewLine = "\n",
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    GenerationMode = JsonSourceGenerationMode.Default)]
[JsonSerializable(typeof(FrameworkDocument))]
internal sealed partial class FrameworkJsonContext : JsonSerializerContext
{
}
