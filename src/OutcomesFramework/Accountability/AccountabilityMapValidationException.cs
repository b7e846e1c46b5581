using System;
using System.Collections.Generic;
using OutcomesFramework.Serialization;

namespace OutcomesFramework.Accountability;

/// <summary>
/// Thrown when an accountability map, or an accountability-map file, has problems; lists every problem at once
/// (up to a cap), each with its JSON path and, when read from text, its line.
/// </summary>
public sealed class AccountabilityMapValidationException : DocumentValidationException
{
    private const string Subject = "The accountability map";

    /// <summary>Creates the exception.</summary>
    /// <param name="problems">The problems (at least one).</param>
    /// <param name="sourceName">Where the map was read from (a file name), or null.</param>
    /// <exception cref="ArgumentNullException"><paramref name="problems"/> is null.</exception>
    public AccountabilityMapValidationException(IEnumerable<DocumentProblem> problems, string? sourceName = null)
        : base(problems, sourceName, Subject)
    {
    }

    internal AccountabilityMapValidationException(ProblemCollector problems, string? sourceName)
        : base(problems, sourceName, Subject)
    {
    }
}
