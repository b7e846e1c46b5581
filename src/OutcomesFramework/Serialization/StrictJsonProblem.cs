using System.Globalization;

namespace OutcomesFramework.Serialization;

/// <summary>One problem found while reading a JSON definition strictly: where it is and what is wrong.</summary>
/// <remarks>
/// Format-neutral on purpose: each definition format (framework, local overlay, assurance rule set,
/// accountability map) turns these into its own public problem type and exception.
/// </remarks>
internal sealed class StrictJsonProblem
{
    public StrictJsonProblem(string path, long line, string message)
    {
        Path = path;
        Line = line;
        Message = message;
    }

    /// <summary>Gets the JSON path, for example <c>$.indicators[3].weight</c>.</summary>
    public string Path { get; }

    /// <summary>Gets the 1-based line of the text the problem concerns.</summary>
    public long Line { get; }

    /// <summary>Gets what is wrong.</summary>
    public string Message { get; }

    public override string ToString() => Path + " (line " + Line.ToString(CultureInfo.InvariantCulture) + "): " + Message;
}
