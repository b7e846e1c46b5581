using System;
using System.Collections.Generic;
using System.Linq;
using OutcomesFramework.Frameworks;

namespace OutcomesFramework.Accountability.Serialization;

/// <summary>Turns a parsed JSON document into an <see cref="AccountabilityMap"/>, collecting every problem on the way.</summary>
internal sealed class MapReader(List<FrameworkProblem> problems)
{
    private readonly List<KeyValuePair<string, string>> roleIds = new();
    private readonly List<KeyValuePair<string, string>> references = new();
    private readonly Dictionary<string, long> lines = new(StringComparer.Ordinal);

    /// <summary>Returns the map, or null when there were problems (which are in the list).</summary>
    public AccountabilityMap? Read(JsonNode root)
    {
        var obj = ObjectReader.Of(root, problems);
        if (obj is null)
        {
            return null;
        }
        obj.Get("$schema", required: false);
        var id = obj.Id("id", required: true);
        var name = obj.String("name", required: true);
        var description = obj.String("description", required: false);
        var regimeNode = obj.Get("regime", required: true);
        var regime = regimeNode is null ? null : ReadRegime(regimeNode);
        var roles = (obj.Array("roles", required: true) ?? new List<JsonNode>()).Select(ReadRole).ToList();
        var accountabilityLines = (obj.Array("lines", required: false) ?? new List<JsonNode>()).Select(ReadLine).ToList();
        var assignments = (obj.Array("assignments", required: false) ?? new List<JsonNode>()).Select(ReadAssignment).ToList();
        obj.RejectUnknown();
        problems.AddRange(RoleReferences.FindProblems(roleIds, references, path => lines.TryGetValue(path, out var line) ? line : null));
        if (problems.Count > 0 || id is null || name is null || regime is null)
        {
            return null;
        }
        try
        {
            return new AccountabilityMap(id, name, regime, roles.OfType<Role>(), accountabilityLines.OfType<AccountabilityLine>(), assignments.OfType<Assignment>(), description);
        }
        catch (Exception e) when (e is ArgumentException or FrameworkValidationException)
        {
            // Every rule of the constructors is checked above; this keeps the promise of one exception type if they drift apart.
            problems.Add(new FrameworkProblem("$", e.Message, root.Line));
            return null;
        }
    }

    private AccountabilityRegime? ReadRegime(JsonNode node)
    {
        var obj = ObjectReader.Of(node, problems);
        if (obj is null)
        {
            return null;
        }
        var idNode = obj.Get("id", required: true);
        var id = idNode is null ? null : obj.AsString(idNode);
        AccountabilityRegime? regime = null;
        if (id == AccountabilityRegime.CustomId)
        {
            var name = obj.String("name", required: true);
            var checks = new List<AccountabilityCheck>();
            foreach (var item in obj.Array("checks", required: true) ?? new List<JsonNode>())
            {
                var text = obj.AsString(item);
                if (text is null)
                {
                    continue;
                }
                if (!AccountabilityNames.TryParseCheck(text, out var check))
                {
                    obj.Problem(item, "Unknown check '" + text + "'; expected one of: " + string.Join(", ", AccountabilityNames.CheckNames) + ".");
                }
                else if (checks.Contains(check))
                {
                    obj.Problem(item, "Check '" + text + "' is listed twice.");
                }
                else
                {
                    checks.Add(check);
                }
            }
            regime = name is null || string.IsNullOrWhiteSpace(name) ? null : AccountabilityRegime.Custom(name, checks);
        }
        else if (id is not null)
        {
            regime = AccountabilityRegime.FindNamed(id);
            if (regime is null)
            {
                obj.Problem(idNode!, "Unknown regime '" + id + "'; expected one of: " + string.Join(", ", AccountabilityRegime.Named.Select(r => r.Id))
                    + ", or '" + AccountabilityRegime.CustomId + "' with a name and checks.");
            }
        }
        if (id != AccountabilityRegime.CustomId)
        {
            foreach (var fixedPart in new[] { "name", "checks" })
            {
                var given = obj.Get(fixedPart, required: false);
                if (given is not null)
                {
                    obj.Problem(given, "A named regime's " + fixedPart + " is fixed; use \"id\": \"custom\" to name your own set of checks.");
                }
            }
        }
        obj.RejectUnknown();
        return regime;
    }

    private Role? ReadRole(JsonNode node)
    {
        var obj = ObjectReader.Of(node, problems);
        if (obj is null)
        {
            return null;
        }
        var id = obj.Id("id", required: true);
        var kindNode = obj.Get("kind", required: true);
        var name = obj.String("name", required: true);
        var basis = obj.String("statutoryBasis", required: false);
        var description = obj.String("description", required: false);
        obj.RejectUnknown();
        var kind = ReadName<RoleKind>(obj, kindNode, AccountabilityNames.TryParseRoleKind, "role kind", AccountabilityNames.RoleKindNames);
        if (id is not null)
        {
            roleIds.Add(new(obj.Path + ".id", id));
            lines[obj.Path + ".id"] = obj.Get("id", required: false)!.Line;
        }
        if (name is not null && string.IsNullOrWhiteSpace(name))
        {
            obj.Problem(obj.Get("name", required: false)!, "The name is blank.");
            return null;
        }
        return id is null || name is null || kind is null ? null : new Role(id, kind.Value, name, basis, description);
    }

    private AccountabilityLine? ReadLine(JsonNode node)
    {
        var obj = ObjectReader.Of(node, problems);
        if (obj is null)
        {
            return null;
        }
        var from = Reference(obj, "from", required: true);
        var kindNode = obj.Get("kind", required: true);
        var to = Reference(obj, "to", required: true);
        var note = obj.String("note", required: false);
        obj.RejectUnknown();
        var kind = ReadName<LineKind>(obj, kindNode, AccountabilityNames.TryParseLineKind, "line kind", AccountabilityNames.LineKindNames);
        return from is null || to is null || kind is null ? null : new AccountabilityLine(from, kind.Value, to, note);
    }

    private Assignment? ReadAssignment(JsonNode node)
    {
        var obj = ObjectReader.Of(node, problems);
        if (obj is null)
        {
            return null;
        }
        var forNode = obj.Get("for", required: true);
        var forText = forNode is null ? null : obj.AsString(forNode);
        AssignmentTarget? target = null;
        if (forText is not null && !AssignmentTarget.TryParse(forText, out target))
        {
            obj.Problem(forNode!, "'" + forText + "' is not an assignment target: use 'overall', 'outcome:' and one of BH, SS, EA, PC, EW, or 'indicator:' and an indicator id.");
        }
        var accountable = Reference(obj, "accountable", required: false);
        var responsible = ReferenceList(obj, "responsible");
        var consulted = ReferenceList(obj, "consulted");
        var informed = ReferenceList(obj, "informed");
        obj.RejectUnknown();
        return target is null ? null : new Assignment(target, accountable, responsible, consulted, informed);
    }

    private string? Reference(ObjectReader obj, string name, bool required)
    {
        var id = obj.Id(name, required);
        if (id is not null)
        {
            Note(obj.Get(name, required: false)!, id);
        }
        return id;
    }

    private List<string> ReferenceList(ObjectReader obj, string name)
    {
        var items = obj.IdList(name) ?? new List<JsonNode>();
        foreach (var item in items)
        {
            Note(item, item.Text!);
        }
        return items.Select(i => i.Text!).ToList();
    }

    private void Note(JsonNode node, string id)
    {
        references.Add(new(node.Path, id));
        lines[node.Path] = node.Line;
    }

    private static T? ReadName<T>(ObjectReader obj, JsonNode? node, TryParse<T> parse, string what, IEnumerable<string> names)
        where T : struct
    {
        var text = node is null ? null : obj.AsString(node);
        if (text is null)
        {
            return null;
        }
        if (parse(text, out var value))
        {
            return value;
        }
        obj.Problem(node!, "Unknown " + what + " '" + text + "'; expected one of: " + string.Join(", ", names) + ".");
        return null;
    }

    private delegate bool TryParse<T>(string? text, out T value);
}
