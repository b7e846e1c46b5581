using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text.Json;
using OutcomesFramework.Utility;

namespace OutcomesFramework.Serialization;

/// <summary>
/// Reads one <see cref="StrictJsonNode"/> as a typed value, reporting a wrong type or an out-of-range value to the
/// collector and returning null.
/// </summary>
internal static class StrictJsonValue
{
    /// <summary>Reads a string.</summary>
    public static string? AsString(StrictJsonNode node, ProblemCollector problems) =>
        Expect(node, JsonValueKind.String, problems) ? node.Text : null;

    /// <summary>Reads a string that is not empty or white space.</summary>
    public static string? AsText(StrictJsonNode node, ProblemCollector problems)
    {
        var text = AsString(node, problems);
        if (text is not null && string.IsNullOrWhiteSpace(text))
        {
            problems.Add(node, "The text must not be empty or white space.");
            return null;
        }
        return text;
    }

    /// <summary>Reads a stable id (see <see cref="Identifiers"/>).</summary>
    public static string? AsId(StrictJsonNode node, ProblemCollector problems)
    {
        var text = AsString(node, problems);
        if (text is null)
        {
            return null;
        }
        if (string.IsNullOrWhiteSpace(text))
        {
            problems.Add(node, "An id must not be blank.");
            return null;
        }
        if (!Identifiers.IsValid(text))
        {
            problems.Add(node, string.Format(CultureInfo.InvariantCulture,
                "'{0}' is not a valid id: use 1 to {1} ASCII letters, digits, '-', '_' or '.', starting with a letter or digit.", text, Identifiers.MaxLength));
            return null;
        }
        return text;
    }

    /// <summary>Reads true or false.</summary>
    public static bool? AsBoolean(StrictJsonNode node, ProblemCollector problems)
    {
        if (node.Kind is JsonValueKind.True or JsonValueKind.False)
        {
            return node.Kind == JsonValueKind.True;
        }
        Expect(node, JsonValueKind.True, problems);
        return null;
    }

    /// <summary>Reads a whole number in [<paramref name="min"/>, <paramref name="max"/>] (no fraction or exponent).</summary>
    public static int? AsInt32(StrictJsonNode node, ProblemCollector problems, int min = int.MinValue, int max = int.MaxValue)
    {
        if (!Expect(node, JsonValueKind.Number, problems))
        {
            return null;
        }
        var inRange = long.TryParse(node.Text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max;
        if (!inRange)
        {
            var wanted = min == int.MinValue && max == int.MaxValue
                ? "a whole number"
                : string.Format(CultureInfo.InvariantCulture, "a whole number from {0} to {1}", min, max);
            problems.Add(node, "Expected " + wanted + ", found " + node.Text + ".");
            return null;
        }
        return (int)value;
    }

    /// <summary>Reads a finite number, then checks it with <paramref name="isValid"/> (described by <paramref name="requirement"/>).</summary>
    public static double? AsDouble(StrictJsonNode node, ProblemCollector problems, Func<double, bool>? isValid = null, string? requirement = null)
    {
        if (!Expect(node, JsonValueKind.Number, problems))
        {
            return null;
        }
        // JSON number syntax is a subset of NumberStyles.Float; an out-of-range number overflows to infinity
        // (or fails to parse on .NET Framework) and is refused either way.
        if (!double.TryParse(node.Text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || double.IsInfinity(value) || double.IsNaN(value))
        {
            problems.Add(node, "The number " + node.Text + " is too large for a double.");
            return null;
        }
        if (isValid is not null && !isValid(value))
        {
            problems.Add(node, "Expected " + (requirement ?? "a valid number") + ", found " + node.Text + ".");
            return null;
        }
        return value;
    }

    /// <summary>Reads one of the names of <paramref name="names"/>.</summary>
    public static TEnum? AsEnum<TEnum>(StrictJsonNode node, ProblemCollector problems, JsonEnumNames<TEnum> names)
        where TEnum : struct, Enum
    {
        var text = AsString(node, problems);
        if (text is null)
        {
            return null;
        }
        if (names.TryParse(text, out var value))
        {
            return value;
        }
        problems.Add(node, "Unknown value '" + text + "'; expected one of: " + string.Join(", ", names.Names) + ".");
        return null;
    }

    /// <summary>Reads an array.</summary>
    public static IReadOnlyList<StrictJsonNode>? AsArray(StrictJsonNode node, ProblemCollector problems) =>
        Expect(node, JsonValueKind.Array, problems) ? node.Items : null;

    /// <summary>Reads an array whose items are each read by <paramref name="read"/>; null when any item fails.</summary>
    public static List<T>? AsArrayOf<T>(StrictJsonNode node, ProblemCollector problems, Func<StrictJsonNode, ProblemCollector, T?> read)
        where T : class
    {
        var items = AsArray(node, problems);
        if (items is null)
        {
            return null;
        }
        var result = new List<T>(items.Count);
        var ok = true;
        foreach (var item in items)
        {
            var value = read(item, problems);
            ok &= value is not null;
            if (value is not null)
            {
                result.Add(value);
            }
        }
        return ok ? result : null;
    }

    /// <summary>Reads an object whose property values are all strings (a filter map, say); null when any fails.</summary>
    public static List<KeyValuePair<string, string>>? AsStringMap(StrictJsonNode node, ProblemCollector problems)
    {
        if (!Expect(node, JsonValueKind.Object, problems))
        {
            return null;
        }
        var result = new List<KeyValuePair<string, string>>(node.Properties.Count);
        var ok = true;
        foreach (var p in node.Properties)
        {
            if (string.IsNullOrWhiteSpace(p.Name))
            {
                problems.Add(p.Value.Path, p.Line, "A property name here must not be empty or white space.");
                ok = false;
            }
            var value = AsString(p.Value, problems);
            ok &= value is not null;
            if (value is not null)
            {
                result.Add(new KeyValuePair<string, string>(p.Name, value));
            }
        }
        return ok ? result : null;
    }

    /// <summary>Checks the node's kind, reporting a mismatch.</summary>
    public static bool Expect(StrictJsonNode node, JsonValueKind kind, ProblemCollector problems)
    {
        if (node.Kind == kind)
        {
            return true;
        }
        var wanted = kind == JsonValueKind.True ? "true or false" : StrictJsonNode.Describe(kind);
        problems.Add(node, "Expected " + wanted + ", found " + node.KindInWords + ".");
        return false;
    }
}
