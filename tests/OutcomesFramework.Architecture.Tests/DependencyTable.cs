using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;

namespace OutcomesFramework.Architecture.Tests;

/// <summary>
/// The allowed-dependency table of docs/architecture.md: the rows under the "## Allowed dependencies" heading, each
/// <c>| `Namespace` | `Other`, `Other` |</c> with names relative to <c>OutcomesFramework.</c> (the root itself written
/// <c>`OutcomesFramework`</c>) and "—" for none.
/// </summary>
internal sealed class DependencyTable
{
    private DependencyTable(IReadOnlyDictionary<string, IReadOnlyCollection<string>> rows) => Rows = rows;

    public IReadOnlyDictionary<string, IReadOnlyCollection<string>> Rows { get; }

    public bool Allows(string from, string to) => Rows.TryGetValue(from, out var allowed) && allowed.Contains(to);

    public static DependencyTable Parse(string markdown)
    {
        var lines = markdown.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var start = Array.FindIndex(lines, l => l.StartsWith("## Allowed dependencies", StringComparison.Ordinal));
        if (start < 0)
        {
            throw new InvalidOperationException("docs/architecture.md has no '## Allowed dependencies' section.");
        }
        var rows = new Dictionary<string, IReadOnlyCollection<string>>(StringComparer.Ordinal);
        for (var i = start + 1; i < lines.Length && !lines[i].StartsWith("## ", StringComparison.Ordinal); i++)
        {
            var cells = lines[i].Split('|');
            if (cells.Length < 4 || !cells[1].Contains('`', StringComparison.Ordinal))
            {
                continue;
            }
            var names = Names(cells[1]);
            if (names.Count != 1)
            {
                throw new InvalidOperationException("Line " + (i + 1) + " of docs/architecture.md: the first cell must name one namespace.");
            }
            if (!rows.TryAdd(names[0], Names(cells[2])))
            {
                throw new InvalidOperationException("Line " + (i + 1) + " of docs/architecture.md: a second row for " + names[0] + ".");
            }
        }
        foreach (var (from, allowed) in rows)
        {
            foreach (var to in allowed.Where(t => !rows.ContainsKey(t)))
            {
                throw new InvalidOperationException("Row " + from + " of docs/architecture.md allows " + to + ", which has no row.");
            }
        }
        return new DependencyTable(rows);
    }

    /// <summary>A cycle as a path that returns to its start, or null; visits nodes in ordinal order so the answer is stable.</summary>
    public static IReadOnlyList<string>? FindCycle(IReadOnlyDictionary<string, IReadOnlyCollection<string>> graph)
    {
        var state = new Dictionary<string, int>(StringComparer.Ordinal); // 1 on the path, 2 done
        var path = new List<string>();
        foreach (var node in graph.Keys.OrderBy(k => k, StringComparer.Ordinal))
        {
            if (Visit(node) is { } cycle)
            {
                return cycle;
            }
        }
        return null;

        IReadOnlyList<string>? Visit(string node)
        {
            if (state.TryGetValue(node, out var s))
            {
                return s == 1 ? path.Skip(path.IndexOf(node)).Append(node).ToList() : null;
            }
            state[node] = 1;
            path.Add(node);
            if (graph.TryGetValue(node, out var next))
            {
                foreach (var n in next.OrderBy(k => k, StringComparer.Ordinal))
                {
                    if (Visit(n) is { } cycle)
                    {
                        return cycle;
                    }
                }
            }
            path.RemoveAt(path.Count - 1);
            state[node] = 2;
            return null;
        }
    }

    private static List<string> Names(string cell) =>
        Regex.Matches(cell, "`([A-Za-z.]+)`").Select(m => m.Groups[1].Value).ToList();
}
