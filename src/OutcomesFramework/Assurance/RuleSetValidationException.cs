using System;
using System.Collections.Generic;
using OutcomesFramework.Serialization;

namespace OutcomesFramework.Assurance;

/// <summary>Thrown when a rule set, or a rule-set file, has problems; lists every one of them (up to a cap), not only the first.</summary>
public sealed class RuleSetValidationException : DocumentValidationException
{
    private const string Subject = "The rule set";

    /// <summary>Creates the exception.</summary>
    /// <param name="problems">The problems (at least one).</param>
    /// <exception cref="ArgumentNullException"><paramref name="problems"/> is null.</exception>
    public RuleSetValidationException(IEnumerable<DocumentProblem> problems)
        : this(problems, null)
    {
    }

    /// <summary>Creates the exception.</summary>
    /// <param name="problems">The problems (at least one).</param>
    /// <param name="sourceName">Where the rule set was read from (a file name), or null.</param>
    /// <exception cref="ArgumentNullException"><paramref name="problems"/> is null.</exception>
    public RuleSetValidationException(IEnumerable<DocumentProblem> problems, string? sourceName)
        : base(problems, sourceName, Subject)
    {
    }

    /// <summary>Creates the exception.</summary>
    public RuleSetValidationException()
        : this(new[] { new DocumentProblem("$", "The rule set is not valid.") })
    {
    }

    /// <summary>Creates the exception with one problem at the root.</summary>
    /// <param name="message">What is wrong.</param>
    public RuleSetValidationException(string message)
        : this(new[] { new DocumentProblem("$", message) })
    {
    }

    /// <summary>Creates the exception with one problem at the root.</summary>
    /// <param name="message">What is wrong.</param>
    /// <param name="innerException">The cause.</param>
    public RuleSetValidationException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    internal RuleSetValidationException(ProblemCollector problems, string? sourceName)
        : base(problems, sourceName, Subject)
    {
    }
}
