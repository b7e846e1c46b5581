using System;
using OutcomesFramework.Utility;

namespace OutcomesFramework.Frameworks;

/// <summary>One problem found in a framework definition: where it is and what is wrong.</summary>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed class FrameworkProblem : IEquatable<FrameworkProblem>
{
    /// <summary>Creates a problem.</summary>
    /// <param name="path">Where it is: a JSON path such as <c>$.indicators[3].outcome</c>, or a member path.</param>
    /// <param name="message">What is wrong.</param>
    /// <param name="line">The 1-based line in the source text, or null when not read from text.</param>
    /// <exception cref="ArgumentException">The path or message is blank.</exception>
    public FrameworkProblem(string path, string message, long? line = null)
    {
        Path = Preconditions.CheckNotBlank(path, nameof(path));
        Message = Preconditions.CheckNotBlank(message, nameof(message));
        Line = line;
    }

    /// <summary>Gets where the problem is.</summary>
    public string Path { get; }

    /// <summary>Gets what is wrong.</summary>
    public string Message { get; }

    /// <summary>Gets the 1-based line in the source text, or null.</summary>
    public long? Line { get; }

    /// <inheritdoc />
    public bool Equals(FrameworkProblem? other) =>
        other is not null && string.Equals(Path, other.Path, StringComparison.Ordinal) && string.Equals(Message, other.Message, StringComparison.Ordinal) && Line == other.Line;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as FrameworkProblem);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(StringComparer.Ordinal.GetHashCode(Path), StringComparer.Ordinal.GetHashCode(Message), Line);

    /// <inheritdoc />
    public override string ToString() => Line is null ? Path + ": " + Message : Path + " (line " + Line.Value.ToString(System.Globalization.CultureInfo.InvariantCulture) + "): " + Message;
}
