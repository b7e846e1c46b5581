using System;
using System.Linq;
using System.Text.Json;

namespace OutcomesFramework.Assurance;

/// <summary>One row of <see cref="RuleKindTable"/>.</summary>
internal sealed class RuleKindEntry
{
    public RuleKindEntry(RuleKind kind, string name, string[] properties, RuleKindReader read, Action<Utf8JsonWriter, AssuranceRule> write)
    {
        Kind = kind;
        Name = name;
        Properties = properties;
        AllowedProperties = RuleSetJsonNames.CommonProperties.Concat(properties).ToArray();
        Read = read;
        Write = write;
    }

    /// <summary>Gets the kind.</summary>
    public RuleKind Kind { get; }

    /// <summary>Gets the <c>kind</c> name in rule-set files.</summary>
    public string Name { get; }

    /// <summary>Gets the properties beyond the common ones, in writing order.</summary>
    public string[] Properties { get; }

    /// <summary>Gets the common and the kind's properties: what a rule object of this kind may have.</summary>
    public string[] AllowedProperties { get; }

    /// <summary>Gets the reader of the kind's properties.</summary>
    public RuleKindReader Read { get; }

    /// <summary>Gets the writer of the kind's properties (after the common ones).</summary>
    public Action<Utf8JsonWriter, AssuranceRule> Write { get; }
}
