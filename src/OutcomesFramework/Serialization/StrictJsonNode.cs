using System;
using System.Collections.Generic;
using System.Text.Json;

namespace OutcomesFramework.Serialization;

/// <summary>
/// One value of a JSON document read by <see cref="StrictJson"/>, with its JSON path and 1-based line.
/// </summary>
/// <remarks>
/// Objects keep their properties in document order with duplicates already reported and dropped; numbers keep
/// their exact text so that each binder parses them culture-invariantly into the type it needs. A string that
/// could not be decoded is already reported and holds its raw text, so binding can go on to find other problems.
/// </remarks>
internal sealed class StrictJsonNode
{
    private static readonly IReadOnlyList<StrictJsonProperty> NoProperties = Array.Empty<StrictJsonProperty>();
    private static readonly IReadOnlyList<StrictJsonNode> NoItems = Array.Empty<StrictJsonNode>();

    private readonly StrictJsonNode? parent;
    private readonly string? name;
    private readonly int index;
    private readonly List<StrictJsonProperty>? properties;
    private readonly List<StrictJsonNode>? items;
    private string? path;

    private StrictJsonNode(JsonValueKind kind, StrictJsonNode? parent, string? name, int index, long line, string? text)
    {
        Kind = kind;
        this.parent = parent;
        this.name = name;
        this.index = index;
        Line = line;
        Text = text;
        if (kind == JsonValueKind.Object)
        {
            properties = new List<StrictJsonProperty>();
        }
        else if (kind == JsonValueKind.Array)
        {
            items = new List<StrictJsonNode>();
        }
    }

    /// <summary>Gets the kind of value.</summary>
    public JsonValueKind Kind { get; }

    /// <summary>Gets the JSON path of the value (built when first asked for: most values never need it).</summary>
    public string Path => path ??= parent is null
        ? JsonPath.Root
        : name is not null ? JsonPath.Property(parent.Path, name) : JsonPath.Index(parent.Path, index);

    /// <summary>Gets the 1-based line on which the value starts.</summary>
    public long Line { get; }

    /// <summary>Gets a string's value or a number's exact text; null for other kinds.</summary>
    public string? Text { get; }

    /// <summary>Gets an object's properties in document order (empty for other kinds).</summary>
    public IReadOnlyList<StrictJsonProperty> Properties => properties ?? NoProperties;

    /// <summary>Gets an array's items (empty for other kinds).</summary>
    public IReadOnlyList<StrictJsonNode> Items => items ?? NoItems;

    /// <summary>Gets the kind in words for messages: "a string", "an array", "null"…</summary>
    public string KindInWords => Describe(Kind);

    /// <summary>Returns the property named <paramref name="propertyName"/> (ordinal), or null.</summary>
    public StrictJsonProperty? FindProperty(string propertyName)
    {
        foreach (var p in Properties)
        {
            if (string.Equals(p.Name, propertyName, StringComparison.Ordinal))
            {
                return p;
            }
        }
        return null;
    }

    /// <summary>Describes a kind of value for messages.</summary>
    public static string Describe(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        _ => "null",
    };

    /// <summary>Creates the root value.</summary>
    internal static StrictJsonNode NewRoot(JsonValueKind kind, long line, string? text) => new(kind, null, null, 0, line, text);

    /// <summary>Creates the value of property <paramref name="propertyName"/> of this object (not yet added).</summary>
    internal StrictJsonNode NewPropertyValue(string propertyName, JsonValueKind kind, long line, string? text) => new(kind, this, propertyName, 0, line, text);

    /// <summary>Creates the next item of this array and adds it.</summary>
    internal StrictJsonNode AddItem(JsonValueKind kind, long line, string? text)
    {
        var item = new StrictJsonNode(kind, this, null, items!.Count, line, text);
        items.Add(item);
        return item;
    }

    /// <summary>Adds a property to this object.</summary>
    internal void AddProperty(StrictJsonProperty property) => properties!.Add(property);
}
