using System.Text.Json.Serialization;

namespace OutcomesFramework.Serialization;

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
