using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using OutcomesFramework.Frameworks;

namespace OutcomesFramework.Scoring.Overlays;

/// <summary>
/// Thrown when a local overlay cannot be read or applied; lists every problem at once, each with its JSON path
/// and, when read from text, its line.
/// </summary>
public sealed class OverlayValidationException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="problems">The problems (at least one).</param>
    /// <param name="source">Where the overlay was read from (a file name), or null.</param>
    public OverlayValidationException(IEnumerable<FrameworkProblem> problems, string? source = null)
        : base(BuildMessage(problems.ToImmutableArray(), source))
    {
        Problems = problems.ToImmutableArray();
        SourceName = source;
    }

    /// <summary>Gets every problem found.</summary>
    public ImmutableArray<FrameworkProblem> Problems { get; }

    /// <summary>Gets where the overlay was read from, or null.</summary>
    public string? SourceName { get; }

    private static string BuildMessage(ImmutableArray<FrameworkProblem> problems, string? source) =>
        (source ?? "The overlay") + " has " + problems.Length.ToString(CultureInfo.InvariantCulture) + (problems.Length == 1 ? " problem:" : " problems:")
        + "\n" + string.Join("\n", problems.Select(p => "  " + p));
}
