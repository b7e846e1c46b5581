using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;

namespace OutcomesFramework.Areas;

/// <summary>Thrown when a code or name matches no area; carries the closest names as suggestions.</summary>
public sealed class UnknownAreaException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="requested">What was looked up.</param>
    /// <param name="suggestions">The closest area names.</param>
    public UnknownAreaException(string requested, IEnumerable<string> suggestions)
        : base(BuildMessage(requested, suggestions))
    {
        Requested = requested;
        Suggestions = suggestions.ToImmutableArray();
    }

    /// <summary>Gets what was looked up.</summary>
    public string Requested { get; }

    /// <summary>Gets the closest area names, closest first.</summary>
    public ImmutableArray<string> Suggestions { get; }

    private static string BuildMessage(string requested, IEnumerable<string> suggestions)
    {
        var list = suggestions.ToList();
        return list.Count == 0
            ? "No area matches '" + requested + "'."
            : "No area matches '" + requested + "'. Did you mean: " + string.Join(", ", list) + "?";
    }
}
