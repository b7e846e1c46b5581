using System;
using System.Collections.Generic;
using OutcomesFramework.Serialization;

namespace OutcomesFramework.Scoring.Overlays;

/// <summary>
/// Thrown when a local overlay cannot be read or applied; lists every problem at once (up to a cap), each with its
/// JSON path and, when read from text, its line.
/// </summary>
public sealed class OverlayValidationException : DocumentValidationException
{
    private const string Subject = "The overlay";

    /// <summary>Creates the exception.</summary>
    /// <param name="problems">The problems (at least one).</param>
    /// <param name="source">Where the overlay was read from (a file name), or null.</param>
    /// <exception cref="ArgumentNullException"><paramref name="problems"/> is null.</exception>
    public OverlayValidationException(IEnumerable<DocumentProblem> problems, string? source = null)
        : base(problems, source, Subject)
    {
    }

    internal OverlayValidationException(ProblemCollector problems, string? source)
        : base(problems, source, Subject)
    {
    }
}
