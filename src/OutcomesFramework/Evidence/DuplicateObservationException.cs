using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;

namespace OutcomesFramework.Evidence;

/// <summary>Thrown when two observations share an (indicator, area, period) key; lists every such key.</summary>
public sealed class DuplicateObservationException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="keys">The duplicated keys, described.</param>
    public DuplicateObservationException(IEnumerable<string> keys)
        : base(BuildMessage(keys.ToImmutableArray()))
    {
        Keys = keys.ToImmutableArray();
    }

    /// <summary>Gets the duplicated keys, described as "(indicator, area, period)".</summary>
    public ImmutableArray<string> Keys { get; }

    private static string BuildMessage(ImmutableArray<string> keys) =>
        string.Format(CultureInfo.InvariantCulture, "{0} observation key(s) appear more than once: {1}{2}",
            keys.Length, string.Join(", ", keys.Take(10)), keys.Length > 10 ? ", …" : string.Empty);
}
