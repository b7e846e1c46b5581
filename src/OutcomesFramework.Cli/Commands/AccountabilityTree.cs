using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using OutcomesFramework.Accountability;
using OutcomesFramework.Outcomes;

namespace OutcomesFramework.Cli.Commands;

/// <summary>Writes an accountability map as readable text: its regime, the roles, the reporting tree, the other lines and the assignments.</summary>
internal static class AccountabilityTree
{
    internal static void Write(AccountabilityMap map, TextWriter output)
    {
        output.WriteLine(map.Name + " (" + map.Id + ")");
        output.WriteLine("Regime: " + map.Regime.Id + " - " + map.Regime.Name);
        output.WriteLine("Checks: " + string.Join(", ", map.Regime.Checks.Select(AccountabilityNames.ToName)));
        output.WriteLine();

        var width = map.Roles.Select(r => r.Id.Length).DefaultIfEmpty(0).Max();
        output.WriteLine("Roles");
        foreach (var role in map.Roles)
        {
            output.WriteLine("  " + role.Id.PadRight(width) + "  " + role.Name + " [" + AccountabilityNames.ToName(role.Kind) + "]");
            if (role.StatutoryBasis is not null)
            {
                output.WriteLine("  " + new string(' ', width) + "    " + role.StatutoryBasis);
            }
        }
        output.WriteLine();

        output.WriteLine("Reporting lines (each role under the role it reports to)");
        WriteReportingTree(map, output);
        output.WriteLine();

        output.WriteLine("Other lines");
        foreach (var line in map.Lines.Where(l => l.Kind != LineKind.ReportsTo))
        {
            output.WriteLine("  " + line + (line.Note is null ? string.Empty : "  (" + line.Note + ")"));
        }
        output.WriteLine();

        output.WriteLine("Assignments (A accountable, R responsible, C consulted, I informed)");
        foreach (var assignment in map.Assignments)
        {
            var target = assignment.Target;
            var label = target.ToString() + (target.Kind == AssignmentTargetKind.Outcome
                ? " " + EveryChildMatters.Outcomes.First(o => string.Equals(o.Id, target.Id, StringComparison.Ordinal)).Name : string.Empty);
            var parts = new List<string> { "A " + (assignment.AccountableRoleId ?? "(none)") };
            Add(parts, "R", assignment.ResponsibleRoleIds);
            Add(parts, "C", assignment.ConsultedRoleIds);
            Add(parts, "I", assignment.InformedRoleIds);
            output.WriteLine("  " + label);
            output.WriteLine("      " + string.Join(" | ", parts));
        }
    }

    private static void Add(List<string> parts, string letter, IReadOnlyList<string> ids)
    {
        if (ids.Count > 0)
        {
            parts.Add(letter + " " + string.Join(", ", ids));
        }
    }

    // Roots are roles that report to nobody; a role with two managers is shown under each; a cycle is cut and marked.
    private static void WriteReportingTree(AccountabilityMap map, TextWriter output)
    {
        var reports = map.Lines.Where(l => l.Kind == LineKind.ReportsTo).ToList();
        var shown = new HashSet<string>(StringComparer.Ordinal);
        foreach (var root in map.Roles.Where(r => !reports.Any(l => string.Equals(l.FromRoleId, r.Id, StringComparison.Ordinal))))
        {
            if (reports.Any(l => string.Equals(l.ToRoleId, root.Id, StringComparison.Ordinal)))
            {
                WriteNode(map, reports, root.Id, "  ", "  ", new List<string>(), shown, output);
            }
        }
        var loose = map.Roles.Where(r => !shown.Contains(r.Id)).Select(r => r.Id).ToList();
        if (loose.Count > 0)
        {
            output.WriteLine("  (outside the tree, in no 'reports to' line or only in a cycle: " + string.Join(", ", loose) + ")");
        }
    }

    private static void WriteNode(AccountabilityMap map, List<AccountabilityLine> reports, string id, string lead, string indent, List<string> path, HashSet<string> shown, TextWriter output)
    {
        var role = map.FindRole(id)!;
        if (path.Contains(id))
        {
            output.WriteLine(lead + id + "  (cycle: back to a role above)");
            return;
        }
        shown.Add(id);
        output.WriteLine(lead + id + "  " + role.Name);
        path.Add(id);
        var children = reports.Where(l => string.Equals(l.ToRoleId, id, StringComparison.Ordinal)).Select(l => l.FromRoleId).ToList();
        for (var i = 0; i < children.Count; i++)
        {
            var last = i == children.Count - 1;
            WriteNode(map, reports, children[i], indent + "+- ", indent + (last ? "   " : "|  "), path, shown, output);
        }
        path.RemoveAt(path.Count - 1);
    }
}
