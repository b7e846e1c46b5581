using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace OutcomesFramework.Accountability;

/// <summary>Source-generated System.Text.Json metadata for writing maps (no reflection, trimming- and AOT-safe).</summary>
[JsonSourceGenerationOptions(WriteIndented = true, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(MapDto))]
internal sealed partial class AccountabilityJsonContext : JsonSerializerContext
{
}
