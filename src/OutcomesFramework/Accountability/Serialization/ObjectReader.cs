using System;
using System.Collections.Generic;
using System.Linq;
using OutcomesFramework.Frameworks;
using OutcomesFramework.Utility;

namespace OutcomesFramework.Accountability.Serialization;

/// <summary>
/// Reads the properties of one JSON object strictly: each property is asked for by name with its type; a missing
/// required property, a value of the wrong type and (on <see cref="RejectUnknown"/>) a property nobody asked for are
/// problems, reported with path and line. Reading goes on after a problem so that every problem is found.
/// </summary>
internal sealed class ObjectReader
{
    private readonly JsonNode node;
    private readonly List<FrameworkProblem> problems;
    private readonly HashSet<string> asked = new(StringComparer.Ordinal);

    private ObjectReader(JsonNode node, List<FrameworkProblem> problems)
    {
        this.node = node;
        this.problems = problems;
    }

    /// <summary>Returns a reader for <paramref name="node"/>, or null (with a problem) when it is not an object.</summary>
    public static ObjectReader? Of(JsonNode node, List<FrameworkProblem> problems)
    {
        if (node.Kind == JsonNodeKind.Object)
        {
            return new ObjectReader(node, problems);
        }
        problems.Add(new FrameworkProblem(node.Path, "Expected an object, found " + node.Describe() + ".", node.Line));
        return null;
    }

    public string Path => node.Path;

    public long Line => node.Line;

    /// <summary>Returns the value of a property (null when absent or JSON null), reporting a missing required one.</summary>
    public JsonNode? Get(string name, bool required)
    {
        asked.Add(name);
        var value = node.Properties.FirstOrDefault(p => string.Equals(p.Key, name, StringComparison.Ordinal)).Value;
        if (value is null || value.Kind == JsonNodeKind.Null)
        {
            if (required)
            {
                problems.Add(new FrameworkProblem(node.Path + "." + name, "Property '" + name + "' is required.", value?.Line ?? node.Line));
            }
            return null;
        }
        return value;
    }

    /// <summary>Returns a string property, or null (with a problem when required or of the wrong type).</summary>
    public string? String(string name, bool required)
    {
        var value = Get(name, required);
        return value is null ? null : AsString(value);
    }

    /// <summary>Returns an id property (a string that is a valid id), or null with a problem.</summary>
    public string? Id(string name, bool required)
    {
        var value = Get(name, required);
        return value is null ? null : AsId(value);
    }

    /// <summary>Returns the items of an array property, or null (with a problem when required or of the wrong type).</summary>
    public List<JsonNode>? Array(string name, bool required)
    {
        var value = Get(name, required);
        if (value is null)
        {
            return null;
        }
        if (value.Kind != JsonNodeKind.Array)
        {
            problems.Add(new FrameworkProblem(value.Path, "Expected an array, found " + value.Describe() + ".", value.Line));
            return null;
        }
        return value.Items;
    }

    /// <summary>Returns a list of ids from an array property, reporting each bad or repeated one; null when absent.</summary>
    public List<JsonNode>? IdList(string name)
    {
        var items = Array(name, required: false);
        if (items is null)
        {
            return null;
        }
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var result = new List<JsonNode>();
        foreach (var item in items)
        {
            var id = AsId(item);
            if (id is null)
            {
                continue;
            }
            if (seen.Add(id))
            {
                result.Add(item);
            }
            else
            {
                problems.Add(new FrameworkProblem(item.Path, "Role '" + id + "' is listed twice.", item.Line));
            }
        }
        return result;
    }

    /// <summary>Reports every property of the object that was not asked for.</summary>
    public void RejectUnknown()
    {
        foreach (var property in node.Properties.Where(p => !asked.Contains(p.Key)))
        {
            problems.Add(new FrameworkProblem(property.Value.Path, "Unknown property '" + property.Key + "'; expected one of: " + string.Join(", ", asked) + ".", property.Value.Line));
        }
    }

    public string? AsString(JsonNode value)
    {
        if (value.Kind == JsonNodeKind.String)
        {
            return value.Text;
        }
        problems.Add(new FrameworkProblem(value.Path, "Expected a string, found " + value.Describe() + ".", value.Line));
        return null;
    }

    public string? AsId(JsonNode value)
    {
        var text = AsString(value);
        if (text is null || Identifiers.IsValid(text))
        {
            return text;
        }
        problems.Add(new FrameworkProblem(value.Path,
            "'" + text + "' is not a valid id: use 1 to 64 ASCII letters, digits, '-', '_' or '.', starting with a letter or digit.", value.Line));
        return null;
    }

    public void Problem(JsonNode at, string message) => problems.Add(new FrameworkProblem(at.Path, message, at.Line));
}
