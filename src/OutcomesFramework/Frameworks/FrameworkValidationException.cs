using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;

namespace OutcomesFramework.Frameworks;

/// <summary>Thrown when a framework definition has problems; lists all of them, not only the first.</summary>
public sealed class FrameworkValidationException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="problems">The problems found (at least one).</param>
    /// <param name="source">Where the definition was read from (a file name), or null.</param>
    public FrameworkValidationException(IEnumerable<FrameworkProblem> problems, string? source = null)
        : base(BuildMessage(problems.ToImmutableArray(), source))
    {
        Problems = problems.ToImmutableArray();
        SourceName = source;
    }

    /// <summary>Gets every problem found.</summary>
    public ImmutableArray<FrameworkProblem> Problems { get; }

    /// <summary>Gets where the definition was read from, or null.</summary>
    public string? SourceName { get; }

    private static string BuildMessage(ImmutableArray<FrameworkProblem> problems, string? source)
    {
        var head = (source is null ? "The definition" : source) + " has " + problems.Length.ToString(System.Globalization.CultureInfo.InvariantCulture)
            + (problems.Length == 1 ? " problem:" : " problems:");
        return head + "\n" + string.Join("\n", problems.Select(p => "  " + p));
    }
}
