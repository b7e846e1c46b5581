using System;
using System.Collections.Generic;

namespace OutcomesFramework.Returns;

/// <summary>
/// One instance of each repeated value a return holds (codes such as <c>N1</c> or <c>RC1</c>, booleans, dates as text):
/// an England-sized census repeats a few hundred codes and a few thousand dates millions of times, and a string per
/// record was most of its memory. Bounded, so a return of unique junk cannot make it grow without limit.
/// </summary>
internal sealed class ValuePool
{
    private const int Capacity = 1 << 17;

    private readonly Dictionary<string, string> pool = new(StringComparer.Ordinal);
#if NET9_0_OR_GREATER
    private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> lookup;

    /// <summary>Creates an empty pool.</summary>
    public ValuePool()
    {
        lookup = pool.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>Returns the pooled instance equal to <paramref name="value"/> without making a string when it is pooled
    /// already (the census reader reads codes and dates into a reused buffer).</summary>
    public string Intern(ReadOnlySpan<char> value)
    {
        if (lookup.TryGetValue(value, out var pooled))
        {
            return pooled;
        }
        var text = value.ToString();
        if (pool.Count < Capacity)
        {
            pool.Add(text, text);
        }
        return text;
    }
#endif

    /// <summary>Returns the pooled instance equal to <paramref name="value"/>, pooling it when new and there is room.</summary>
    public string Intern(string value)
    {
        if (pool.TryGetValue(value, out var pooled))
        {
            return pooled;
        }
        if (pool.Count < Capacity)
        {
            pool.Add(value, value);
        }
        return value;
    }
}
