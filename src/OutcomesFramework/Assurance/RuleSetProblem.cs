using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using OutcomesFramework.Utility;

namespace OutcomesFramework.Assurance;

/// <summary>One problem in a rule set: where it is (a JSON path such as <c>$.rules[3].indicator</c>), the line when read from text, and what is wrong.</summary>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed class RuleSetProblem : IEquatable<RuleSetProblem>
{
    /// <summary>Creates a problem.</summary>
    /// <param name="path">Where it is.</param>
    /// <param name="message">What is wrong.</param>
    /// <param name="line">The 1-based line in the source text, or null.</param>
    /// <exception cref="ArgumentException">The path or message is blank.</exception>
    /// <exception cref="ArgumentNullException">The path or message is null.</exception>
    public RuleSetProblem(string path, string message, long? line = null)
    {
        Path = Preconditions.CheckNotBlank(path, nameof(path));
        Message = Preconditions.CheckNotBlank(message, nameof(message));
        Line = line;
    }

    /// <summary>Gets where the problem is.</summary>
    public string Path { get; }

    /// <summary>Gets what is wrong.</summary>
    public string Message { get; }

    /// <summary>Gets the 1-based line, or null.</summary>
    public long? Line { get; }

    /// <inheritdoc />
    public bool Equals(RuleSetProblem? other) =>
        other is not null && string.Equals(Path, other.Path, StringComparison.Ordinal) && string.Equals(Message, other.Message, StringComparison.Ordinal) && Line == other.Line;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as RuleSetProblem);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(StringComparer.Ordinal.GetHashCode(Path), StringComparer.Ordinal.GetHashCode(Message), Line);

    /// <inheritdoc />
    public override string ToString() => Line is null ? Path + ": " + Message : Path + " (line " + Line.Value.ToString(CultureInfo.InvariantCulture) + "): " + Message;
}

/// <summary>Thrown when a rule set, or a rule-set file, has problems; lists every one of them, not only the first.</summary>
public sealed class RuleSetValidationException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="problems">The problems (at least one).</param>
    /// <param name="sourceName">Where the rule set was read from (a file name), or null.</param>
    /// <exception cref="ArgumentNullException"><paramref name="problems"/> is null.</exception>
    public RuleSetValidationException(IEnumerable<RuleSetProblem> problems, string? sourceName = null)
        : base(BuildMessage(Preconditions.CheckNotNull(problems, nameof(problems)).ToImmutableArray(), sourceName))
    {
        Problems = problems.ToImmutableArray();
        SourceName = sourceName;
    }

    /// <summary>Creates the exception.</summary>
    public RuleSetValidationException()
        : this(new[] { new RuleSetProblem("$", "The rule set is not valid.") })
    {
    }

    /// <summary>Creates the exception with one problem at the root.</summary>
    /// <param name="message">What is wrong.</param>
    public RuleSetValidationException(string message)
        : this(new[] { new RuleSetProblem("$", message) })
    {
    }

    /// <summary>Creates the exception with one problem at the root.</summary>
    /// <param name="message">What is wrong.</param>
    /// <param name="innerException">The cause.</param>
    public RuleSetValidationException(string message, Exception innerException)
        : base(message, innerException)
    {
        Problems = ImmutableArray.Create(new RuleSetProblem("$", message));
    }

    /// <summary>Gets every problem found.</summary>
    public ImmutableArray<RuleSetProblem> Problems { get; }

    /// <summary>Gets where the rule set was read from, or null.</summary>
    public string? SourceName { get; }

    private static string BuildMessage(ImmutableArray<RuleSetProblem> problems, string? source) =>
        (source ?? "The rule set") + " has " + problems.Length.ToString(CultureInfo.InvariantCulture) + (problems.Length == 1 ? " problem:" : " problems:")
        + "\n" + string.Join("\n", problems.Select(p => "  " + p));
}
