using System;
using System.Collections.Generic;
using System.Text.Json;

namespace OutcomesFramework.Serialization;

/// <summary>
/// Reads the properties of one JSON object strictly: the object's allowed property names are declared when it
/// is opened, so unknown properties are reported at once; required properties that are missing, nulls and wrong
/// types are reported as each property is read.
/// </summary>
/// <remarks>
/// Every accessor returns null when the value is missing (optional) or wrong (reported). Nulls are never allowed:
/// an optional property is left out instead. Asking for a name that was not declared is a programming error.
/// </remarks>
internal sealed class StrictJsonObject
{
    // A handful of names per object: a linear search beats building a set for every object read.
    private readonly string[] allowed;

    private StrictJsonObject(StrictJsonNode node, ProblemCollector problems, string[] allowed)
    {
        Node = node;
        Problems = problems;
        this.allowed = allowed;
    }

    /// <summary>Gets the object's node.</summary>
    public StrictJsonNode Node { get; }

    /// <summary>Gets the collector problems go to.</summary>
    public ProblemCollector Problems { get; }

    /// <summary>Opens <paramref name="node"/> as an object with the given allowed property names.</summary>
    /// <returns>The reader, or null when the node is missing or not an object (reported).</returns>
    public static StrictJsonObject? Open(StrictJsonNode? node, ProblemCollector problems, params string[] allowedProperties)
    {
        if (node is null || !StrictJsonValue.Expect(node, JsonValueKind.Object, problems))
        {
            return null;
        }
        foreach (var p in node.Properties)
        {
            if (!IsAllowed(allowedProperties, p.Name))
            {
                problems.Add(p.Value.Path, p.Line, "Unknown property '" + p.Name + "'; expected one of: " + string.Join(", ", allowedProperties) + ".");
            }
        }
        return new StrictJsonObject(node, problems, allowedProperties);
    }

    /// <summary>Returns the JSON path of property <paramref name="name"/> (present or not).</summary>
    public string PathOf(string name) => JsonPath.Property(Node.Path, name);

    /// <summary>Returns the line of property <paramref name="name"/>, or the object's line when it is absent.</summary>
    public long LineOf(string name) => Node.FindProperty(name)?.Line ?? Node.Line;

    /// <summary>Returns whether property <paramref name="name"/> is present.</summary>
    public bool Has(string name) => Find(name) is not null;

    /// <summary>Reports a problem about property <paramref name="name"/> (at its line, or the object's when absent).</summary>
    public void Report(string name, string message) => Problems.Add(PathOf(name), LineOf(name), message);

    /// <summary>Returns a required property's value, reporting it missing or null.</summary>
    public StrictJsonNode? Required(string name)
    {
        var p = Find(name);
        if (p is null)
        {
            Problems.Add(PathOf(name), Node.Line, "Required property '" + name + "' is missing.");
            return null;
        }
        return NotNull(p);
    }

    /// <summary>Returns an optional property's value, or null when absent; a JSON null is reported.</summary>
    public StrictJsonNode? Optional(string name)
    {
        var p = Find(name);
        return p is null ? null : NotNull(p);
    }

    /// <summary>Reads a required string (which may be empty).</summary>
    public string? RequiredString(string name) => Read(Required(name), StrictJsonValue.AsString);

    /// <summary>Reads an optional string.</summary>
    public string? OptionalString(string name) => Read(Optional(name), StrictJsonValue.AsString);

    /// <summary>Reads a required string that is not blank.</summary>
    public string? RequiredText(string name) => Read(Required(name), StrictJsonValue.AsText);

    /// <summary>Reads a required stable id.</summary>
    public string? RequiredId(string name) => Read(Required(name), StrictJsonValue.AsId);

    /// <summary>Reads an optional boolean: <paramref name="defaultValue"/> when absent, null when wrong.</summary>
    public bool? OptionalBoolean(string name, bool defaultValue)
    {
        var node = Optional(name);
        return node is null ? (Has(name) ? null : defaultValue) : StrictJsonValue.AsBoolean(node, Problems);
    }

    /// <summary>Reads a required whole number in [<paramref name="min"/>, <paramref name="max"/>].</summary>
    public int? RequiredInt32(string name, int min = int.MinValue, int max = int.MaxValue)
    {
        var node = Required(name);
        return node is null ? null : StrictJsonValue.AsInt32(node, Problems, min, max);
    }

    /// <summary>Reads an optional whole number: <paramref name="defaultValue"/> when absent, null when wrong.</summary>
    public int? OptionalInt32(string name, int defaultValue, int min = int.MinValue, int max = int.MaxValue)
    {
        var node = Optional(name);
        return node is null ? (Has(name) ? null : defaultValue) : StrictJsonValue.AsInt32(node, Problems, min, max);
    }

    /// <summary>Reads an optional finite number checked by <paramref name="isValid"/>: <paramref name="defaultValue"/> when absent, null when wrong.</summary>
    public double? OptionalDouble(string name, double defaultValue, Func<double, bool>? isValid = null, string? requirement = null)
    {
        var node = Optional(name);
        return node is null ? (Has(name) ? null : defaultValue) : StrictJsonValue.AsDouble(node, Problems, isValid, requirement);
    }

    /// <summary>Reads a required enum value by its JSON name.</summary>
    public TEnum? RequiredEnum<TEnum>(string name, JsonEnumNames<TEnum> names)
        where TEnum : struct, Enum
    {
        var node = Required(name);
        return node is null ? null : StrictJsonValue.AsEnum(node, Problems, names);
    }

    /// <summary>Reads a required array whose items are each read by <paramref name="read"/>; null when anything fails.</summary>
    public List<T>? RequiredArrayOf<T>(string name, Func<StrictJsonNode, ProblemCollector, T?> read)
        where T : class
    {
        var node = Required(name);
        return node is null ? null : StrictJsonValue.AsArrayOf(node, Problems, read);
    }

    /// <summary>Reads an optional array: an empty list when absent, null when anything fails.</summary>
    public List<T>? OptionalArrayOf<T>(string name, Func<StrictJsonNode, ProblemCollector, T?> read)
        where T : class
    {
        var node = Optional(name);
        return node is null ? (Has(name) ? null : new List<T>()) : StrictJsonValue.AsArrayOf(node, Problems, read);
    }

    /// <summary>Reads a required array's item nodes (for items that are objects read one by one).</summary>
    public IReadOnlyList<StrictJsonNode>? RequiredArray(string name)
    {
        var node = Required(name);
        return node is null ? null : StrictJsonValue.AsArray(node, Problems);
    }

    /// <summary>Reads an optional object of string values: empty when absent, null when anything fails.</summary>
    public List<KeyValuePair<string, string>>? OptionalStringMap(string name)
    {
        var node = Optional(name);
        return node is null ? (Has(name) ? null : new List<KeyValuePair<string, string>>()) : StrictJsonValue.AsStringMap(node, Problems);
    }

    /// <summary>Opens a required nested object with its allowed property names.</summary>
    public StrictJsonObject? RequiredObject(string name, params string[] allowedProperties) => Open(Required(name), Problems, allowedProperties);

    /// <summary>Opens an optional nested object with its allowed property names; null when absent or wrong.</summary>
    public StrictJsonObject? OptionalObject(string name, params string[] allowedProperties) => Open(Optional(name), Problems, allowedProperties);

    /// <summary>
    /// Builds a domain object from values already read; an <see cref="ArgumentException"/> from its constructor
    /// becomes a problem at the property the offending parameter came from, never an escaping exception.
    /// </summary>
    /// <param name="create">Calls the constructor.</param>
    /// <param name="parameterProperties">Parameter name to property name where they differ; a dotted name
    /// (<c>snapshot.day</c>) reaches into a nested object. Other parameters map to the property of the same name,
    /// or to the object itself.</param>
    /// <returns>The object, or null when the constructor refused the values (reported).</returns>
    public T? Construct<T>(Func<T> create, params (string Parameter, string Property)[] parameterProperties)
        where T : class
    {
        try
        {
            return create();
        }
        catch (ArgumentException ex)
        {
            var property = ex.ParamName;
            foreach (var (parameter, name) in parameterProperties)
            {
                if (string.Equals(parameter, ex.ParamName, StringComparison.Ordinal))
                {
                    property = name;
                }
            }
            var (path, line) = Locate(property);
            Problems.Add(path, line, DomainMessage(ex));
            return null;
        }
    }

    /// <summary>Returns an exception's message without the parameter-name suffix the runtime adds.</summary>
    internal static string DomainMessage(ArgumentException ex)
    {
        var lines = ex.Message.Replace("\r\n", "\n").Split('\n');
        var kept = new List<string>();
        foreach (var line in lines)
        {
            // .NET Framework puts "Parameter name: x" on a line of its own; .NET appends " (Parameter 'x')".
            if (!line.StartsWith("Parameter name:", StringComparison.Ordinal) && line.Trim().Length > 0)
            {
                kept.Add(ex.ParamName is null ? line.Trim() : line.Replace(" (Parameter '" + ex.ParamName + "')", string.Empty).Trim());
            }
        }
        return string.Join(" ", kept);
    }

    private (string Path, long Line) Locate(string? property)
    {
        if (property is null)
        {
            return (Node.Path, Node.Line);
        }
        var node = Node;
        var path = Node.Path;
        var line = Node.Line;
        foreach (var name in property.Split('.'))
        {
            if (node is null || (ReferenceEquals(node, Node) && !IsAllowed(allowed, name)))
            {
                // Not a property of this object: the problem is about the object as a whole.
                return node is null ? (path, line) : (Node.Path, Node.Line);
            }
            path = JsonPath.Property(path, name);
            var p = node.FindProperty(name);
            line = p?.Line ?? line;
            node = p?.Value;
        }
        return (path, line);
    }

    private T? Read<T>(StrictJsonNode? node, Func<StrictJsonNode, ProblemCollector, T?> read)
        where T : class => node is null ? null : read(node, Problems);

    private static bool IsAllowed(string[] allowed, string name)
    {
        foreach (var a in allowed)
        {
            if (string.Equals(a, name, StringComparison.Ordinal))
            {
                return true;
            }
        }
        return false;
    }

    private StrictJsonProperty? Find(string name)
    {
        if (!IsAllowed(allowed, name))
        {
            throw new InvalidOperationException("Property '" + name + "' was not declared when the object at " + Node.Path + " was opened.");
        }
        return Node.FindProperty(name);
    }

    private StrictJsonNode? NotNull(StrictJsonProperty p)
    {
        if (p.Value.Kind == JsonValueKind.Null)
        {
            Problems.Add(p.Value.Path, p.Line, "'" + p.Name + "' must not be null; leave an optional property out instead.");
            return null;
        }
        return p.Value;
    }
}
