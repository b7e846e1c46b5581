using System;
using System.Collections.Generic;
using System.Linq;
using OutcomesFramework.Serialization;

namespace OutcomesFramework.Accountability;

/// <summary>Binds a parsed JSON document to an <see cref="AccountabilityMap"/> on the library's one strict JSON kernel, collecting every problem on the way.</summary>
internal sealed class AccountabilityMapReader
{
    private static readonly string[] RootProperties = { "$schema", "id", "name", "description", "regime", "roles", "lines", "assignments" };
    private static readonly string[] RegimeProperties = { "id", "name", "checks" };
    private static readonly string[] RoleProperties = { "id", "kind", "name", "statutoryBasis", "description" };
    private static readonly string[] LineProperties = { "from", "kind", "to", "note" };
    private static readonly string[] AssignmentProperties = { "for", "accountable", "responsible", "consulted", "informed" };

    private readonly ProblemCollector problems;
    private readonly ICollection<DocumentProblem>? warnings;
    private readonly List<KeyValuePair<string, string>> roleIds = new();
    private readonly List<KeyValuePair<string, string>> references = new();
    private readonly Dictionary<string, long> lines = new(StringComparer.Ordinal);

    public AccountabilityMapReader(ProblemCollector problems, ICollection<DocumentProblem>? warnings)
    {
        this.problems = problems;
        this.warnings = warnings;
    }

    /// <summary>Returns the map, or null when there were problems (which are in the collector).</summary>
    public AccountabilityMap? Read(StrictJsonNode root)
    {
        var start = problems.Count;
        var obj = StrictJsonObject.Open(root, problems, RootProperties);
        if (obj is null)
        {
            return null;
        }
        var id = obj.RequiredId("id");
        var name = obj.RequiredText("name");
        var description = obj.OptionalString("description");
        var regimeObject = obj.RequiredObject("regime", RegimeProperties);
        var regime = regimeObject is null ? null : ReadRegime(regimeObject);
        var roles = Items(obj.RequiredArray("roles"), ReadRole);
        var accountabilityLines = Items(Array(obj.Optional("lines")), ReadLine);
        var assignments = Items(Array(obj.Optional("assignments")), ReadAssignment);
        foreach (var p in RoleReferences.FindProblems(roleIds, references, path => lines.TryGetValue(path, out var line) ? line : null))
        {
            problems.Add(p);
        }
        if (problems.Count > start || id is null || name is null || regime is null)
        {
            return null;
        }
        try
        {
            return new AccountabilityMap(id, name, regime, roles.OfType<Role>(), accountabilityLines.OfType<AccountabilityLine>(), assignments.OfType<Assignment>(), description);
        }
        catch (Exception e) when (e is ArgumentException or DocumentValidationException)
        {
            // Every rule of the constructors is checked above; this keeps the promise of one exception type if they drift apart.
            problems.Add(root, e is ArgumentException a ? StrictJsonObject.DomainMessage(a) : e.Message);
            return null;
        }
    }

    private IReadOnlyList<StrictJsonNode>? Array(StrictJsonNode? node) => node is null ? null : StrictJsonValue.AsArray(node, problems);

    private static List<T?> Items<T>(IReadOnlyList<StrictJsonNode>? nodes, Func<StrictJsonNode, T?> read)
        where T : class => nodes is null ? new List<T?>() : nodes.Select(read).ToList();

    private AccountabilityRegime? ReadRegime(StrictJsonObject obj)
    {
        var idNode = obj.Required("id");
        var id = idNode is null ? null : StrictJsonValue.AsString(idNode, problems);
        AccountabilityRegime? regime = null;
        if (id == AccountabilityRegime.CustomId)
        {
            var name = obj.RequiredText("name");
            var checks = new List<AccountabilityCheck>();
            foreach (var item in obj.RequiredArray("checks") ?? System.Array.Empty<StrictJsonNode>())
            {
                if (ReadName(item, AccountabilityNames.CheckNames, "check") is not { } index)
                {
                    continue;
                }
                var check = (AccountabilityCheck)index;
                if (checks.Contains(check))
                {
                    problems.Add(item, "Check '" + item.Text + "' is listed twice.");
                }
                else
                {
                    checks.Add(check);
                }
            }
            regime = name is null ? null : AccountabilityRegime.Custom(name, checks);
        }
        else if (id is not null)
        {
            regime = AccountabilityRegime.FindNamed(id);
            if (regime is null)
            {
                problems.Add(idNode!, "Unknown regime '" + id + "'; expected one of: " + string.Join(", ", AccountabilityRegime.Named.Select(r => r.Id))
                    + ", or '" + AccountabilityRegime.CustomId + "' with a name and checks.");
            }
        }
        if (id != AccountabilityRegime.CustomId)
        {
            foreach (var fixedPart in new[] { "name", "checks" })
            {
                if (obj.Has(fixedPart))
                {
                    obj.Report(fixedPart, "A named regime's " + fixedPart + " is fixed; use \"id\": \"custom\" to name your own set of checks.");
                }
            }
        }
        return regime;
    }

    private Role? ReadRole(StrictJsonNode node)
    {
        var obj = StrictJsonObject.Open(node, problems, RoleProperties);
        if (obj is null)
        {
            return null;
        }
        var id = obj.RequiredId("id");
        var kindNode = obj.Required("kind");
        var name = obj.RequiredText("name");
        var basis = obj.OptionalString("statutoryBasis");
        var description = obj.OptionalString("description");
        var kind = kindNode is null ? null : ReadName(kindNode, AccountabilityNames.RoleKindNames, "role kind");
        if (id is not null)
        {
            roleIds.Add(new(obj.PathOf("id"), id));
            lines[obj.PathOf("id")] = obj.LineOf("id");
        }
        return id is null || name is null || kind is null ? null : new Role(id, (RoleKind)kind.Value, name, basis, description);
    }

    private AccountabilityLine? ReadLine(StrictJsonNode node)
    {
        var obj = StrictJsonObject.Open(node, problems, LineProperties);
        if (obj is null)
        {
            return null;
        }
        var from = Reference(obj.Required("from"));
        var kindNode = obj.Required("kind");
        var to = Reference(obj.Required("to"));
        var note = obj.OptionalString("note");
        var kind = kindNode is null ? null : ReadName(kindNode, AccountabilityNames.LineKindNames, "line kind");
        return from is null || to is null || kind is null ? null : new AccountabilityLine(from, (LineKind)kind.Value, to, note);
    }

    private Assignment? ReadAssignment(StrictJsonNode node)
    {
        var obj = StrictJsonObject.Open(node, problems, AssignmentProperties);
        if (obj is null)
        {
            return null;
        }
        var forNode = obj.Required("for");
        var forText = forNode is null ? null : StrictJsonValue.AsString(forNode, problems);
        AssignmentTarget? target = null;
        if (forText is not null && !AssignmentTarget.TryParse(forText, out target))
        {
            problems.Add(forNode!, "'" + forText + "' is not an assignment target: use 'overall', 'outcome:' and one of BH, SS, EA, PC, EW, or 'indicator:' and an indicator id.");
        }
        var accountable = Reference(obj.Optional("accountable"));
        var responsible = ReferenceList(obj.Optional("responsible"));
        var consulted = ReferenceList(obj.Optional("consulted"));
        var informed = ReferenceList(obj.Optional("informed"));
        return target is null ? null : new Assignment(target, accountable, responsible, consulted, informed);
    }

    private string? Reference(StrictJsonNode? node)
    {
        var id = node is null ? null : StrictJsonValue.AsId(node, problems);
        if (id is not null)
        {
            Note(node!, id);
        }
        return id;
    }

    private List<string> ReferenceList(StrictJsonNode? node)
    {
        var result = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var item in Array(node) ?? System.Array.Empty<StrictJsonNode>())
        {
            var id = StrictJsonValue.AsId(item, problems);
            if (id is null)
            {
                continue;
            }
            if (!seen.Add(id))
            {
                problems.Add(item, "Role '" + id + "' is listed twice.");
                continue;
            }
            Note(item, id);
            result.Add(id);
        }
        return result;
    }

    private void Note(StrictJsonNode node, string id)
    {
        references.Add(new(node.Path, id));
        lines[node.Path] = node.Line;
    }

    /// <summary>Reads a vocabulary name: its index in <paramref name="names"/>, accepting the kebab-case of version 0.1 with a warning.</summary>
    private int? ReadName(StrictJsonNode node, IReadOnlyList<string> names, string what)
    {
        var text = StrictJsonValue.AsString(node, problems);
        if (text is null)
        {
            return null;
        }
        var index = IndexOf(names, text);
        if (index >= 0)
        {
            return index;
        }
        if (AccountabilityNames.FromLegacy(text) is { } current && IndexOf(names, current) is var legacy && legacy >= 0)
        {
            warnings?.Add(new DocumentProblem(node.Path, "'" + text + "' is the kebab-case spelling of version 0.1, which is deprecated; write '" + current + "'.", node.Line));
            return legacy;
        }
        problems.Add(node, "Unknown " + what + " '" + text + "'; expected one of: " + string.Join(", ", names) + ".");
        return null;
    }

    private static int IndexOf(IReadOnlyList<string> names, string text)
    {
        for (var i = 0; i < names.Count; i++)
        {
            if (string.Equals(names[i], text, StringComparison.Ordinal))
            {
                return i;
            }
        }
        return -1;
    }
}
