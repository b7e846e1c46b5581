using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using ArchUnitNET.Domain;
using ArchUnitNET.Loader;
using Xunit;

namespace OutcomesFramework.Architecture.Tests;

/// <summary>
/// Holds the compiled code to the allowed-dependency table of docs/architecture.md: every type's referenced types
/// (fields, signatures, attributes, method bodies, read from IL) may lie only in namespaces its row allows, every
/// namespace of the packages has a row, and neither the table nor the code has a cycle.
/// </summary>
public sealed class DependencyTableTest
{
    /// <summary>
    /// Edges the code still has that the table forbids, each removed by a named piece of work. A listed edge that the
    /// code no longer has fails the test, so the exception is deleted as soon as it is no longer needed.
    /// </summary>
    private static readonly (string From, string To, string Why)[] KnownExceptions =
    [
    ];

    private static readonly Lazy<ArchUnitNET.Domain.Architecture> Code = new(() => new ArchLoader()
        .LoadAssemblies(
            typeof(Polarity).Assembly,
            typeof(OutcomesFramework.Frameworks.Framework).Assembly,
            typeof(OutcomesFramework.England.EnglandData).Assembly,
            typeof(OutcomesFramework.Cli.Program).Assembly,
            typeof(OutcomesFramework.Reports.HtmlReport).Assembly,
            typeof(OutcomesFramework.Returns.ReturnData).Assembly)
        .Build());

    private static readonly Lazy<DependencyTable> Table = new(() =>
        DependencyTable.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Docs", "architecture.md"))));

    [Fact]
    public void EveryReferenceIsAllowedByTheTable()
    {
        var table = Table.Value;
        var violations = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var (from, to, example) in ActualEdges())
        {
            if (!table.Allows(from, to) && !KnownExceptions.Any(e => e.From == from && e.To == to))
            {
                violations.Add(from + " -> " + to + " (e.g. " + example + ")");
            }
        }
        Assert.True(violations.Count == 0, "References the table in docs/architecture.md does not allow:\n" + string.Join("\n", violations));
    }

    [Fact]
    public void EveryNamespaceHasARow()
    {
        var table = Table.Value;
        var missing = ProductTypes().Select(t => Module(NamespaceOf(t))).Where(m => !table.Rows.ContainsKey(m))
            .Distinct(StringComparer.Ordinal).OrderBy(m => m, StringComparer.Ordinal).ToList();
        Assert.True(missing.Count == 0, "Namespaces without a row in docs/architecture.md: " + string.Join(", ", missing));
        var stale = table.Rows.Keys.Where(r => !ProductTypes().Any(t => Module(NamespaceOf(t)) == r)).ToList();
        Assert.True(stale.Count == 0, "Rows for namespaces the code no longer has: " + string.Join(", ", stale));
    }

    [Fact]
    public void TheTableHasNoCycle()
    {
        var cycle = DependencyTable.FindCycle(Table.Value.Rows);
        Assert.True(cycle is null, "The allowed dependencies form a cycle: " + (cycle is null ? string.Empty : string.Join(" -> ", cycle)));
    }

    [Fact]
    public void TheCodeHasNoCycleBeyondTheKnownExceptions()
    {
        var graph = new Dictionary<string, IReadOnlyCollection<string>>(StringComparer.Ordinal);
        foreach (var group in ActualEdges()
            .Where(e => !KnownExceptions.Any(x => x.From == e.From && x.To == e.To))
            .GroupBy(e => e.From, StringComparer.Ordinal))
        {
            graph[group.Key] = group.Select(e => e.To).Distinct(StringComparer.Ordinal).ToList();
        }
        var cycle = DependencyTable.FindCycle(graph);
        Assert.True(cycle is null, "The code's namespaces form a cycle: " + (cycle is null ? string.Empty : string.Join(" -> ", cycle)));
    }

    [Fact]
    public void EveryKnownExceptionIsStillNeeded()
    {
        var edges = ActualEdges().Select(e => (e.From, e.To)).ToHashSet();
        var unused = KnownExceptions.Where(e => !edges.Contains((e.From, e.To))).Select(e => e.From + " -> " + e.To + " (" + e.Why + ")").ToList();
        Assert.True(unused.Count == 0, "Exceptions the code no longer needs; delete them from KnownExceptions: " + string.Join("; ", unused));
    }

    [Fact]
    public void StatisticsPackageUsesOnlyItsOwnNamespacesAndTheBaseLibrary()
    {
        // The package boundary already holds this at compile time; the test says it in the table's words too.
        var statistics = typeof(Polarity).Assembly.GetName().Name!;
        var foreign = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var type in ProductTypes().Where(t => t.Assembly.Name.StartsWith(statistics + ",", StringComparison.Ordinal) || t.Assembly.Name == statistics))
        {
            foreach (var d in type.Dependencies)
            {
                var ns = NamespaceOf(d.Target);
                // Generic parameters and compiler-generated helpers (<PrivateImplementationDetails>) have no namespace.
                if (ns.Length > 0 && !ns.StartsWith("System", StringComparison.Ordinal) && !IsStatisticsNamespace(ns))
                {
                    foreign.Add(type.FullName + " -> " + d.Target.FullName);
                }
            }
        }
        Assert.True(foreign.Count == 0, string.Join("\n", foreign));
    }

    private static bool IsStatisticsNamespace(string ns) =>
        ns == "OutcomesFramework" || ns == "OutcomesFramework.Utility" || ns == "OutcomesFramework.Statistics" || ns.StartsWith("OutcomesFramework.Statistics.", StringComparison.Ordinal);

    /// <summary>The product's own types: compiler-generated helpers (closures, state machines) count as their owner.</summary>
    private static IEnumerable<IType> ProductTypes() =>
        Code.Value.Types.Where(t => NamespaceOf(t).StartsWith("OutcomesFramework", StringComparison.Ordinal));

    /// <summary>A type's namespace; empty for generic parameters, which have none.</summary>
    private static string NamespaceOf(IType? type) => type?.Namespace?.FullName ?? string.Empty;

    /// <summary>
    /// The row a namespace belongs to: the longest row that names it or a parent of it (so <c>Cli.Commands</c> falls under
    /// <c>Cli</c> unless it has its own row), else its own name, which then has no row. The root row holds only the root.
    /// </summary>
    private static string Module(string ns)
    {
        if (ns == "OutcomesFramework")
        {
            return ns;
        }
        var name = ns.Substring("OutcomesFramework.".Length);
        var best = Table.Value.Rows.Keys
            .Where(r => r != "OutcomesFramework" && (name == r || name.StartsWith(r + ".", StringComparison.Ordinal)))
            .OrderByDescending(r => r.Length)
            .FirstOrDefault();
        return best ?? name;
    }

    /// <summary>Every (module, module) reference between different product namespaces, with one example each.</summary>
    private static List<(string From, string To, string Example)> ActualEdges()
    {
        var edges = new SortedDictionary<(string, string), string>();
        foreach (var type in ProductTypes())
        {
            var from = Module(NamespaceOf(type));
            foreach (var d in type.Dependencies)
            {
                var targetNs = NamespaceOf(d.Target);
                if (!targetNs.StartsWith("OutcomesFramework", StringComparison.Ordinal) || targetNs == NamespaceOf(type))
                {
                    continue;
                }
                var to = Module(targetNs);
                if (from != to && !edges.ContainsKey((from, to)))
                {
                    edges.Add((from, to), type.FullName + " uses " + d.Target.FullName);
                }
            }
        }
        return edges.Select(e => (e.Key.Item1, e.Key.Item2, e.Value)).ToList();
    }
}
