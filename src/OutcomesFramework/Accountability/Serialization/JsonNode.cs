using System.Collections.Generic;

namespace OutcomesFramework.Accountability.Serialization;

/// <summary>The kind of a <see cref="JsonNode"/>.</summary>
internal enum JsonNodeKind
{
    Object,
    Array,
    String,
    Number,
    Boolean,
    Null,
}

/// <summary>
/// A JSON value as read by <see cref="StrictJsonParser"/>: its kind, its JSON path and the 1-based line it starts on,
/// so that every later problem can say where it is.
/// </summary>
internal sealed class JsonNode
{
    public JsonNode(JsonNodeKind kind, string path, long line)
    {
        Kind = kind;
        Path = path;
        Line = line;
    }

    public JsonNodeKind Kind { get; }

    public string Path { get; }

    public long Line { get; }

    /// <summary>Gets the text of a string, the raw text of a number, or "true"/"false".</summary>
    public string? Text { get; set; }

    /// <summary>Gets the properties of an object in document order (duplicates already reported and dropped).</summary>
    public List<KeyValuePair<string, JsonNode>> Properties { get; } = new();

    /// <summary>Gets the items of an array.</summary>
    public List<JsonNode> Items { get; } = new();

    /// <summary>Describes the kind for messages: "a string", "an object", …</summary>
    public string Describe() => Kind switch
    {
        JsonNodeKind.Object => "an object",
        JsonNodeKind.Array => "an array",
        JsonNodeKind.String => "a string",
        JsonNodeKind.Number => "a number",
        JsonNodeKind.Boolean => "a boolean",
        _ => "null",
    };
}
