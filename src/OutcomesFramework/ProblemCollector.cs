using System.Collections.Generic;

namespace OutcomesFramework;

/// <summary>
/// Collects the problems found in one document, so that all are reported at once, with memory bounded whatever
/// the document's size: only the first <see cref="Cap"/> are kept, the rest counted.
/// </summary>
/// <remarks>
/// <para>Binders compare <see cref="Count"/> before and after reading an object to know whether its values were all
/// readable, and build the domain object only then (a constructor would otherwise repeat a problem already told).</para>
/// <para>Problems are not always found in document order (duplicate keys are found while parsing, the rest while
/// binding), so the kept ones are the first <see cref="Cap"/> by line: the list is trimmed to them whenever it
/// reaches twice the cap, which keeps adding amortised O(log cap) and memory O(cap).</para>
/// </remarks>
internal sealed class ProblemCollector
{
    /// <summary>The default number of problems kept.</summary>
    public const int DefaultCap = 100;

    private readonly List<(DocumentProblem Problem, long Sequence)> kept = new();
    private readonly bool keepOrderGiven;
    private long count;

    /// <summary>Creates a collector that keeps the first problems by line.</summary>
    public ProblemCollector()
        : this(keepOrderGiven: false)
    {
    }

    /// <summary>Creates a collector; with <paramref name="keepOrderGiven"/> it keeps the first problems added, in the order added.</summary>
    public ProblemCollector(bool keepOrderGiven, int cap = DefaultCap)
    {
        this.keepOrderGiven = keepOrderGiven;
        Cap = cap;
    }

    /// <summary>Gets the most problems kept.</summary>
    public int Cap { get; }

    /// <summary>Gets the number of problems found so far (kept or not).</summary>
    public long Count => count;

    /// <summary>Gets how many problems were found beyond the ones kept.</summary>
    public long Omitted => count <= Cap ? 0 : count - Cap;

    /// <summary>Adds a problem at a path and line.</summary>
    public void Add(string path, long? line, string message) => Add(new DocumentProblem(path, message, line));

    /// <summary>Adds a problem.</summary>
    public void Add(DocumentProblem problem)
    {
        var sequence = count++;
        if (keepOrderGiven)
        {
            if (kept.Count < Cap)
            {
                kept.Add((problem, sequence));
            }
            return;
        }
        kept.Add((problem, sequence));
        if (kept.Count >= 2 * Cap)
        {
            Trim();
        }
    }

    /// <summary>Replaces each kept problem by <paramref name="update"/>'s result (for example to add the line it is on).</summary>
    public void Update(System.Func<DocumentProblem, DocumentProblem> update)
    {
        for (var i = 0; i < kept.Count; i++)
        {
            kept[i] = (update(kept[i].Problem), kept[i].Sequence);
        }
    }

    /// <summary>Returns the kept problems: in the order added, or by line (problems on one line, or without one, in the order found).</summary>
    public IReadOnlyList<DocumentProblem> InDocumentOrder()
    {
        if (!keepOrderGiven)
        {
            Trim();
        }
        var result = new List<DocumentProblem>(kept.Count);
        foreach (var k in kept)
        {
            result.Add(k.Problem);
        }
        return result;
    }

    private void Trim()
    {
        // A stable order: line (problems without a line last), then the order found.
        kept.Sort((a, b) =>
        {
            var la = a.Problem.Line ?? long.MaxValue;
            var lb = b.Problem.Line ?? long.MaxValue;
            return la != lb ? la.CompareTo(lb) : a.Sequence.CompareTo(b.Sequence);
        });
        if (kept.Count > Cap)
        {
            kept.RemoveRange(Cap, kept.Count - Cap);
        }
    }
}
