using System;

namespace OutcomesFramework.Serialization;

/// <summary>One property of a JSON object: its name, the line of the name, and its value.</summary>
internal sealed class StrictJsonProperty
{
    public StrictJsonProperty(string name, long line, StrictJsonNode value)
    {
        Name = name;
        Line = line;
        Value = value;
    }

    /// <summary>Gets the property name.</summary>
    public string Name { get; }

    /// <summary>Gets the 1-based line of the property name.</summary>
    public long Line { get; }

    /// <summary>Gets the value.</summary>
    public StrictJsonNode Value { get; }
}
