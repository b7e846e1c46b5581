using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Text;
using OutcomesFramework.Serialization;
using OutcomesFramework.Utility;

namespace OutcomesFramework;

/// <summary>
/// The base of the exceptions thrown when a document (a framework, a local overlay, an assurance rule set, an
/// accountability map) has problems: lists them all at once, not only the first, up to a cap.
/// </summary>
/// <remarks>
/// A document with a million faults must not take a million lines and gigabytes to report: the first
/// <see cref="MaxListedProblems"/> are kept (in document order when read from text) and the rest only counted
/// (<see cref="OmittedProblemCount"/>); the message ends "and N more of the same kinds".
/// </remarks>
public abstract class DocumentValidationException : Exception
{
    /// <summary>The most problems listed; further ones are counted in <see cref="OmittedProblemCount"/>.</summary>
    public const int MaxListedProblems = ProblemCollector.DefaultCap;

    /// <summary>Creates the exception from a list of problems (the first <see cref="MaxListedProblems"/> are kept, in the order given).</summary>
    /// <param name="problems">The problems (at least one).</param>
    /// <param name="sourceName">Where the document was read from (a file name), or null.</param>
    /// <param name="subject">What the document is, for the message when there is no source name, for example "The overlay".</param>
    /// <exception cref="ArgumentNullException"><paramref name="problems"/> or <paramref name="subject"/> is null.</exception>
    protected DocumentValidationException(IEnumerable<DocumentProblem> problems, string? sourceName, string subject)
        : this(Collect(problems), sourceName, subject)
    {
    }

    /// <summary>Creates the exception with a message and a cause, and one problem at the root saying the same.</summary>
    /// <param name="message">What is wrong.</param>
    /// <param name="innerException">The cause, or null.</param>
    protected DocumentValidationException(string message, Exception? innerException)
        : base(message, innerException)
    {
        Problems = ImmutableArray.Create(new DocumentProblem("$", string.IsNullOrWhiteSpace(message) ? "The document is not valid." : message));
    }

    private protected DocumentValidationException(ProblemCollector problems, string? sourceName, string subject)
        : base(BuildMessage(problems, sourceName, subject))
    {
        Problems = problems.InDocumentOrder().ToImmutableArray();
        OmittedProblemCount = problems.Omitted;
        SourceName = sourceName;
    }

    /// <summary>Gets the problems listed: every one found, or the first <see cref="MaxListedProblems"/> when there are more.</summary>
    public ImmutableArray<DocumentProblem> Problems { get; }

    /// <summary>Gets how many further problems were found but not listed (zero unless more than <see cref="MaxListedProblems"/> were found).</summary>
    public long OmittedProblemCount { get; }

    /// <summary>Gets where the document was read from, or null.</summary>
    public string? SourceName { get; }

    private static ProblemCollector Collect(IEnumerable<DocumentProblem> problems)
    {
        var collector = new ProblemCollector(keepOrderGiven: true);
        foreach (var p in Preconditions.CheckNotNull(problems, nameof(problems)))
        {
            collector.Add(Preconditions.CheckNotNull(p, nameof(problems)));
        }
        return collector;
    }

    private static string BuildMessage(ProblemCollector problems, string? source, string subject)
    {
        var total = problems.Count;
        var text = new StringBuilder()
            .Append(source ?? Preconditions.CheckNotNull(subject, nameof(subject)))
            .Append(" has ").Append(total.ToString("N0", CultureInfo.InvariantCulture)).Append(total == 1 ? " problem:" : " problems:");
        foreach (var p in problems.InDocumentOrder())
        {
            text.Append("\n  ").Append(p);
        }
        if (problems.Omitted > 0)
        {
            text.Append("\n  and ").Append(problems.Omitted.ToString("N0", CultureInfo.InvariantCulture))
                .Append(" more of the same kinds (only the first ").Append(MaxListedProblems.ToString(CultureInfo.InvariantCulture)).Append(" are listed).");
        }
        return text.ToString();
    }
}
