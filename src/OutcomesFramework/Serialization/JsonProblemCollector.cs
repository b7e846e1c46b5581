using System.Collections.Generic;
using System.Linq;

namespace OutcomesFramework.Serialization;

/// <summary>
/// Collects every problem found while reading one JSON document, so that all are reported at once.
/// </summary>
/// <remarks>
/// Binders compare <see cref="Count"/> before and after reading an object to know whether its values were all
/// readable, and build the domain object only then (a constructor would otherwise repeat a problem already told).
/// </remarks>
internal sealed class JsonProblemCollector
{
    private readonly List<StrictJsonProblem> problems = new();

    /// <summary>Gets the number of problems so far.</summary>
    public int Count => problems.Count;

    /// <summary>Adds a problem at a path and line.</summary>
    public void Add(string path, long line, string message) => problems.Add(new StrictJsonProblem(path, line, message));

    /// <summary>Adds a problem about a value.</summary>
    public void Add(StrictJsonNode node, string message) => Add(node.Path, node.Line, message);

    /// <summary>Returns the problems in document order (by line; problems on one line in the order found).</summary>
    public IReadOnlyList<StrictJsonProblem> InDocumentOrder() =>
        problems.Select((p, i) => (p, i)).OrderBy(x => x.p.Line).ThenBy(x => x.i).Select(x => x.p).ToList();
}
