using System;
using System.Collections.Generic;

namespace OutcomesFramework.Accountability;

/// <summary>
/// The roles of a map as a graph over their indices: the "reports to" lines (for cycles and escalation) and the
/// "answers to" relation (for line of sight). Built once per validation or router; never recursive, so a map of any
/// size and shape is safe.
/// </summary>
internal sealed class RoleGraph
{
    private readonly List<int>[] answeredBy;

    public RoleGraph(AccountabilityMap map)
    {
        Map = map;
        var n = map.Roles.Length;
        Index = new Dictionary<string, int>(n, StringComparer.Ordinal);
        for (var i = 0; i < n; i++)
        {
            Index[map.Roles[i].Id] = i;
        }
        ReportsTo = NewLists<AccountabilityLine>(n);
        answeredBy = NewLists<int>(n);
        foreach (var line in map.Lines)
        {
            var from = Index[line.FromRoleId];
            var to = Index[line.ToRoleId];
            switch (line.Kind)
            {
                case LineKind.ReportsTo:
                    ReportsTo[from].Add(line);
                    answeredBy[to].Add(from);
                    break;
                case LineKind.CooperatesWith:
                    // The s.10 duty binds both ways: each partner sees the other's line to the apex.
                    answeredBy[to].Add(from);
                    answeredBy[from].Add(to);
                    break;
                default:
                    // Holding to account, scrutinising, commissioning and chairing: the second role answers to the first.
                    answeredBy[from].Add(to);
                    break;
            }
        }
    }

    public AccountabilityMap Map { get; }

    public Dictionary<string, int> Index { get; }

    /// <summary>Gets, per role, its "reports to" lines in map order.</summary>
    public List<AccountabilityLine>[] ReportsTo { get; }

    public int Count => Map.Roles.Length;

    /// <summary>Returns, per role, whether a chain of "answers to" steps leads from it to one of <paramref name="targets"/> (a target reaches itself).</summary>
    public bool[] CanReach(IEnumerable<int> targets)
    {
        var seen = new bool[Count];
        var queue = new Queue<int>();
        foreach (var t in targets)
        {
            if (!seen[t])
            {
                seen[t] = true;
                queue.Enqueue(t);
            }
        }
        while (queue.Count > 0)
        {
            foreach (var u in answeredBy[queue.Dequeue()])
            {
                if (!seen[u])
                {
                    seen[u] = true;
                    queue.Enqueue(u);
                }
            }
        }
        return seen;
    }

    /// <summary>Returns one cycle of role indices per strongly connected part of the "reports to" lines that has one, each starting at its first role in map order; ordered by that role.</summary>
    public List<List<int>> FindReportingCycles()
    {
        var components = StronglyConnectedComponents();
        var cycles = new List<List<int>>();
        foreach (var component in components)
        {
            var start = component[0];
            foreach (var v in component)
            {
                start = Math.Min(start, v);
            }
            var members = new HashSet<int>(component);
            if (component.Count == 1 && !ReportsTo[start].Exists(l => Index[l.ToRoleId] == start))
            {
                continue;
            }
            cycles.Add(CycleThrough(start, members));
        }
        cycles.Sort((a, b) => a[0].CompareTo(b[0]));
        return cycles;
    }

    private static List<T>[] NewLists<T>(int n)
    {
        var lists = new List<T>[n];
        for (var i = 0; i < n; i++)
        {
            lists[i] = new List<T>();
        }
        return lists;
    }

    // Breadth-first from start inside its component until an edge leads back to start: the shortest cycle through it.
    private List<int> CycleThrough(int start, HashSet<int> members)
    {
        var parent = new Dictionary<int, int> { [start] = -1 };
        var queue = new Queue<int>();
        queue.Enqueue(start);
        while (queue.Count > 0)
        {
            var u = queue.Dequeue();
            foreach (var line in ReportsTo[u])
            {
                var w = Index[line.ToRoleId];
                if (w == start)
                {
                    var path = new List<int>();
                    for (var x = u; x != -1; x = parent[x])
                    {
                        path.Add(x);
                    }
                    path.Reverse();
                    return path;
                }
                if (members.Contains(w) && !parent.ContainsKey(w))
                {
                    parent[w] = u;
                    queue.Enqueue(w);
                }
            }
        }
        return new List<int> { start };
    }

    // Tarjan's algorithm with an explicit stack (no recursion, so no stack overflow on long chains).
    private List<List<int>> StronglyConnectedComponents()
    {
        var n = Count;
        var order = new int[n];
        var low = new int[n];
        var onStack = new bool[n];
        for (var i = 0; i < n; i++)
        {
            order[i] = -1;
        }
        var stack = new Stack<int>();
        var work = new Stack<KeyValuePair<int, int>>();
        var components = new List<List<int>>();
        var counter = 0;
        for (var s = 0; s < n; s++)
        {
            if (order[s] != -1)
            {
                continue;
            }
            Visit(s);
            while (work.Count > 0)
            {
                var frame = work.Pop();
                var v = frame.Key;
                var edge = frame.Value;
                if (edge < ReportsTo[v].Count)
                {
                    work.Push(new(v, edge + 1));
                    var w = Index[ReportsTo[v][edge].ToRoleId];
                    if (order[w] == -1)
                    {
                        Visit(w);
                    }
                    else if (onStack[w])
                    {
                        low[v] = Math.Min(low[v], order[w]);
                    }
                    continue;
                }
                if (low[v] == order[v])
                {
                    var component = new List<int>();
                    int x;
                    do
                    {
                        x = stack.Pop();
                        onStack[x] = false;
                        component.Add(x);
                    }
                    while (x != v);
                    components.Add(component);
                }
                if (work.Count > 0)
                {
                    var parent = work.Peek().Key;
                    low[parent] = Math.Min(low[parent], low[v]);
                }
            }
        }
        return components;

        void Visit(int v)
        {
            order[v] = low[v] = counter++;
            stack.Push(v);
            onStack[v] = true;
            work.Push(new(v, 0));
        }
    }
}
