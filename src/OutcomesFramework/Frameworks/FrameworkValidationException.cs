using System;
using System.Collections.Generic;
using OutcomesFramework.Serialization;

namespace OutcomesFramework.Frameworks;

/// <summary>Thrown when a framework definition has problems; lists all of them (up to a cap), not only the first.</summary>
public sealed class FrameworkValidationException : DocumentValidationException
{
    private const string Subject = "The definition";

    /// <summary>Creates the exception.</summary>
    /// <param name="problems">The problems found (at least one).</param>
    /// <param name="source">Where the definition was read from (a file name), or null.</param>
    /// <exception cref="ArgumentNullException"><paramref name="problems"/> is null.</exception>
    public FrameworkValidationException(IEnumerable<DocumentProblem> problems, string? source = null)
        : base(problems, source, Subject)
    {
    }

    internal FrameworkValidationException(ProblemCollector problems, string? source)
        : base(problems, source, Subject)
    {
    }
}
