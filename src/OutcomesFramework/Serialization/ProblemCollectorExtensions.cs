namespace OutcomesFramework.Serialization;

/// <summary>
/// The JSON side of <see cref="ProblemCollector"/>: the collector lives beside <see cref="DocumentProblem"/> in the
/// root namespace (so that the exception base needs nothing of the reader), and this adds a problem at a node's place.
/// </summary>
internal static class ProblemCollectorExtensions
{
    /// <summary>Adds a problem about a value, at its JSON path and line.</summary>
    public static void Add(this ProblemCollector problems, StrictJsonNode node, string message) => problems.Add(node.Path, node.Line, message);
}
