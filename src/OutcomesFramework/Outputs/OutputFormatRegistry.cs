using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using OutcomesFramework.Utility;

namespace OutcomesFramework.Outputs;

/// <summary>
/// The formats a kind of output can be written in, by name. A host (the <c>outcomes</c> tool, a web service) asks the
/// registry rather than knowing the writers, so that a format added here is offered everywhere, and its help lists it.
/// </summary>
/// <typeparam name="T">What the formats write.</typeparam>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed class OutputFormatRegistry<T>
{
    /// <summary>Creates a registry with no formats; add them with <see cref="With"/>.</summary>
    public OutputFormatRegistry()
        : this(ImmutableArray<OutputFormat<T>>.Empty)
    {
    }

    private OutputFormatRegistry(ImmutableArray<OutputFormat<T>> formats) => Formats = formats;

    /// <summary>Gets the formats, in the order they were added (the first is the default).</summary>
    public ImmutableArray<OutputFormat<T>> Formats { get; }

    /// <summary>Gets the formats' names, in order.</summary>
    public IEnumerable<string> Names => Formats.Select(f => f.Name);

    /// <summary>Returns a registry with <paramref name="format"/> added, replacing a format of the same name in place.</summary>
    /// <param name="format">The format.</param>
    /// <returns>The new registry.</returns>
    /// <exception cref="ArgumentNullException">The format is null.</exception>
    public OutputFormatRegistry<T> With(OutputFormat<T> format)
    {
        Preconditions.CheckNotNull(format, nameof(format));
        for (var i = 0; i < Formats.Length; i++)
        {
            if (string.Equals(Formats[i].Name, format.Name, StringComparison.Ordinal))
            {
                return new(Formats.SetItem(i, format));
            }
        }
        return new(Formats.Add(format));
    }

    /// <summary>Finds a format by name, ignoring case and surrounding spaces.</summary>
    /// <param name="name">The name.</param>
    /// <returns>The format, or null when the registry has none of that name.</returns>
    public OutputFormat<T>? Find(string? name)
    {
        var key = (name ?? string.Empty).Trim().ToLowerInvariant();
        foreach (var f in Formats)
        {
            if (string.Equals(f.Name, key, StringComparison.Ordinal))
            {
                return f;
            }
        }
        return null;
    }
}
