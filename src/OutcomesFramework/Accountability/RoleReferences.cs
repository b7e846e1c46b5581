using System;
using System.Collections.Generic;
using System.Globalization;

namespace OutcomesFramework.Accountability;

/// <summary>
/// The structural rules of a map that construction enforces: role ids are unique and every line and assignment names
/// a role of the map. Shared by <see cref="AccountabilityMap"/> (member paths) and the JSON loader (JSON paths and lines)
/// so that both report the same faults in the same words.
/// </summary>
internal static class RoleReferences
{
    /// <summary>Returns the problems: duplicate role ids, then references to roles the map does not have.</summary>
    /// <param name="roleIds">Each role's path and id, in order (an unreadable id is skipped by the caller).</param>
    /// <param name="references">Each reference's path and the role id it names.</param>
    /// <param name="lineOf">Finds the source line of a path, or null.</param>
    public static List<DocumentProblem> FindProblems(
        IEnumerable<KeyValuePair<string, string>> roleIds,
        IEnumerable<KeyValuePair<string, string>> references,
        Func<string, long?> lineOf)
    {
        var problems = new List<DocumentProblem>();
        var known = new HashSet<string>(StringComparer.Ordinal);
        foreach (var pair in roleIds)
        {
            if (!known.Add(pair.Value))
            {
                problems.Add(new DocumentProblem(pair.Key, "Role id '" + pair.Value + "' is used twice.", lineOf(pair.Key)));
            }
        }
        foreach (var pair in references)
        {
            if (!known.Contains(pair.Value))
            {
                problems.Add(new DocumentProblem(pair.Key, "Names role '" + pair.Value + "', which the map does not define.", lineOf(pair.Key)));
            }
        }
        return problems;
    }

    /// <summary>Lists the role references of one assignment with their member paths under <paramref name="prefix"/>.</summary>
    public static IEnumerable<KeyValuePair<string, string>> Of(Assignment assignment, string prefix)
    {
        if (assignment.AccountableRoleId is not null)
        {
            yield return new(prefix + ".accountable", assignment.AccountableRoleId);
        }
        foreach (var pair in List(assignment.ResponsibleRoleIds, prefix + ".responsible"))
        {
            yield return pair;
        }
        foreach (var pair in List(assignment.ConsultedRoleIds, prefix + ".consulted"))
        {
            yield return pair;
        }
        foreach (var pair in List(assignment.InformedRoleIds, prefix + ".informed"))
        {
            yield return pair;
        }
    }

    private static IEnumerable<KeyValuePair<string, string>> List(IReadOnlyList<string> ids, string prefix)
    {
        for (var i = 0; i < ids.Count; i++)
        {
            yield return new(prefix + "[" + i.ToString(CultureInfo.InvariantCulture) + "]", ids[i]);
        }
    }
}
