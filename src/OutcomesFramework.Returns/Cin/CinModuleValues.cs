using System;
using System.Collections.Generic;

namespace OutcomesFramework.Returns.Cin;

/// <summary>
/// A census module's leaves by element name, in the order first met, the last value of a repeated name kept (as a
/// name-to-value map would keep them): reused from module to module instead of a new map per record.
/// </summary>
internal sealed class CinModuleValues
{
    // Only a malformed module has more leaves than this; past it a map keeps the work linear.
    private const int ScanLimit = 32;

    private readonly Dictionary<string, int> positions = new(StringComparer.Ordinal);
    private string[] names = new string[16];
    private string?[] values = new string?[16];

    /// <summary>Gets the number of distinct names.</summary>
    public int Count { get; private set; }

    /// <summary>Empties the list for the next module.</summary>
    public void Clear()
    {
        Array.Clear(values, 0, Count);
        if (Count > ScanLimit)
        {
            positions.Clear();
        }
        Count = 0;
    }

    /// <summary>Sets a name's value: in place when the name is already there (ordinal), else at the end.</summary>
    public void Set(string name, string? value)
    {
        // A module has a dozen leaves at most in a real census: a scan beats hashing.
        if (Count <= ScanLimit)
        {
            for (var i = 0; i < Count; i++)
            {
                if (string.Equals(names[i], name, StringComparison.Ordinal))
                {
                    values[i] = value;
                    return;
                }
            }
            if (Count == ScanLimit)
            {
                for (var i = 0; i < Count; i++)
                {
                    positions[names[i]] = i;
                }
            }
        }
        else if (positions.TryGetValue(name, out var at))
        {
            values[at] = value;
            return;
        }
        if (Count == names.Length)
        {
            Array.Resize(ref names, Count * 2);
            Array.Resize(ref values, Count * 2);
        }
        names[Count] = name;
        values[Count] = value;
        if (Count >= ScanLimit)
        {
            positions[name] = Count;
        }
        Count++;
    }

    /// <summary>Gets the i-th name.</summary>
    public string Name(int i) => names[i];

    /// <summary>Gets the i-th value.</summary>
    public string? Value(int i) => values[i];
}
