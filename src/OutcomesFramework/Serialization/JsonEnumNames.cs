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
    // Two parallel arrays searched linearly, not two dictionaries: an enum has at most a dozen names, so a scan is as
    // fast, and — because every TEnum is a distinct value type — each Dictionary<string, TEnum>, Dictionary<TEnum,
    // string> and ImmutableArray<TEnum>.Builder would be JIT-compiled afresh for every enum at start-up (ReadyToRun
    // cannot precompile the framework's generics over this assembly's enums). Reading the default framework and rule
    // set touched some 20 such instantiations, about 25 methods each: a measurable share of the CLI's cold start.
    private readonly string[] names;
    private readonly TEnum[] values;

    public JsonEnumNames(params (TEnum Value, string Name)[] pairs)
    {
        names = new string[pairs.Length];
        values = new TEnum[pairs.Length];
        for (var i = 0; i < pairs.Length; i++)
        {
            var (value, name) = pairs[i];
            for (var j = 0; j < i; j++)
            {
                if (string.Equals(names[j], name, StringComparison.Ordinal) || EqualityComparer<TEnum>.Default.Equals(values[j], value))
                {
                    throw new ArgumentException(string.Format(CultureInfo.InvariantCulture, "{0} and '{1}' are listed twice.", value, name), nameof(pairs));
                }
            }
            names[i] = name;
            values[i] = value;
        }
        Names = ImmutableArray.Create(names);
    }

    /// <summary>Gets the JSON names in declaration order.</summary>
    public ImmutableArray<string> Names { get; }

    /// <summary>Gets the values in the order of <see cref="Names"/> (a new array each call: read once, by the rule-kind list).</summary>
    public ImmutableArray<TEnum> Values => ImmutableArray.Create(values);

    /// <summary>Returns the JSON name of <paramref name="value"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value has no JSON name (it is not a defined member).</exception>
    public string NameOf(TEnum value)
    {
        for (var i = 0; i < values.Length; i++)
        {
            if (EqualityComparer<TEnum>.Default.Equals(values[i], value))
            {
                return names[i];
            }
        }
        throw new ArgumentOutOfRangeException(nameof(value), value, string.Format(CultureInfo.InvariantCulture, "{0} has no JSON name.", value));
    }

    /// <summary>Finds the value spelled <paramref name="name"/>.</summary>
    public bool TryParse(string name, out TEnum value)
    {
        for (var i = 0; i < names.Length; i++)
        {
            if (string.Equals(names[i], name, StringComparison.Ordinal))
            {
                value = values[i];
                return true;
            }
        }
        value = default;
        return false;
    }
}
