using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;

namespace OutcomesFramework.Serialization;

/// <summary>
/// The JSON spelling of each value of an enum, written out by hand so that renaming a C# member cannot silently
/// change a file format, and so that no reflection is needed (trimming and AOT safe).
/// </summary>
/// <typeparam name="TEnum">The enum type.</typeparam>
/// <remarks>Names are matched ordinally and case-sensitively: strict files have one spelling.</remarks>
internal sealed class JsonEnumNames<TEnum>
    where TEnum : struct, Enum
{
    private readonly Dictionary<string, TEnum> byName = new(StringComparer.Ordinal);
    private readonly Dictionary<TEnum, string> byValue = new();

    public JsonEnumNames(params (TEnum Value, string Name)[] pairs)
    {
        var names = ImmutableArray.CreateBuilder<string>(pairs.Length);
        var values = ImmutableArray.CreateBuilder<TEnum>(pairs.Length);
        foreach (var (value, name) in pairs)
        {
            byName.Add(name, value);
            byValue.Add(value, name);
            names.Add(name);
            values.Add(value);
        }
        Names = names.MoveToImmutable();
        Values = values.MoveToImmutable();
    }

    /// <summary>Gets the JSON names in declaration order.</summary>
    public ImmutableArray<string> Names { get; }

    /// <summary>Gets the values in the order of <see cref="Names"/>.</summary>
    public ImmutableArray<TEnum> Values { get; }

    /// <summary>Returns the JSON name of <paramref name="value"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value has no JSON name (it is not a defined member).</exception>
    public string NameOf(TEnum value) =>
        byValue.TryGetValue(value, out var name)
            ? name
            : throw new ArgumentOutOfRangeException(nameof(value), value, string.Format(CultureInfo.InvariantCulture, "{0} has no JSON name.", value));

    /// <summary>Finds the value spelled <paramref name="name"/>.</summary>
    public bool TryParse(string name, out TEnum value) => byName.TryGetValue(name, out value);
}
