using System;
using System.Globalization;
using OutcomesFramework.Utility;

namespace OutcomesFramework;

/// <summary>
/// One problem found in a document the library reads (a framework, a local overlay, an assurance rule set, an
/// accountability map): where it is and what is wrong.
/// </summary>
/// <remarks>
/// One type for every document, so that a tool reporting problems (an editor, a CI check, the CLI) handles them
/// all alike; the exception that carries them is a <see cref="DocumentValidationException"/>.
/// </remarks>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed class DocumentProblem : IEquatable<DocumentProblem>
{
    /// <summary>Creates a problem.</summary>
    /// <param name="path">Where it is: a JSON path such as <c>$.indicators[3].outcome</c>, or a member path.</param>
    /// <param name="message">What is wrong.</param>
    /// <param name="line">The 1-based line in the source text, or null when not read from text.</param>
    /// <exception cref="ArgumentException">The path or message is blank.</exception>
    /// <exception cref="ArgumentNullException">The path or message is null.</exception>
    public DocumentProblem(string path, string message, long? line = null)
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
    public bool Equals(DocumentProblem? other) =>
        other is not null && string.Equals(Path, other.Path, StringComparison.Ordinal) && string.Equals(Message, other.Message, StringComparison.Ordinal) && Line == other.Line;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as DocumentProblem);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(StringComparer.Ordinal.GetHashCode(Path), StringComparer.Ordinal.GetHashCode(Message), Line);

    /// <summary>Returns the path, the line when known, and the message, for example <c>$.id (line 2): …</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Line is null ? Path + ": " + Message : Path + " (line " + Line.Value.ToString(CultureInfo.InvariantCulture) + "): " + Message;
}
