using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using OutcomesFramework.Utility;

namespace OutcomesFramework.Accountability;

/// <summary>
/// A council's accountability lines: its roles, the lines between them, who answers for each outcome and indicator
/// (RACI), and the regime whose checks the arrangement must pass.
/// </summary>
/// <remarks>
/// <para>Construction enforces only what makes the map readable: unique role ids, and every line and assignment names a
/// role of the map. Everything a regime asks (required roles, one accountable role per outcome, no reporting cycles, a
/// line of sight to the democratic apex, no unused roles) is reported by <see cref="AccountabilityValidator"/>, which
/// never throws, so that a council can see every fault of an arrangement at once.</para>
/// <para>Read and write it as JSON with <see cref="AccountabilityMapJson"/>;
/// the defaults for each regime are in <see cref="DefaultAccountabilityMaps"/>.</para>
/// </remarks>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed class AccountabilityMap : IEquatable<AccountabilityMap>
{
    private readonly Dictionary<string, Role> rolesById;

    /// <summary>Creates a map.</summary>
    /// <param name="id">Stable id, for example <c>default-children-act-2004</c>.</param>
    /// <param name="name">Display name.</param>
    /// <param name="regime">The regime whose checks it must pass.</param>
    /// <param name="roles">The roles.</param>
    /// <param name="lines">The lines between roles.</param>
    /// <param name="assignments">Who answers for what.</param>
    /// <param name="description">A longer description, or null.</param>
    /// <exception cref="AccountabilityMapValidationException">A role id is used twice, or a line or assignment names a role the map does not have; all are listed.</exception>
    /// <exception cref="ArgumentException">The id is not a valid id, the name is blank, or a collection holds null.</exception>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public AccountabilityMap(
        string id,
        string name,
        AccountabilityRegime regime,
        IEnumerable<Role> roles,
        IEnumerable<AccountabilityLine> lines,
        IEnumerable<Assignment> assignments,
        string? description = null)
    {
        Id = Identifiers.CheckId(id, nameof(id));
        Name = Preconditions.CheckNotBlank(name, nameof(name)).Trim();
        Regime = Preconditions.CheckNotNull(regime, nameof(regime));
        Description = string.IsNullOrWhiteSpace(description) ? null : description!.Trim();
        Roles = Preconditions.CheckNotNull(roles, nameof(roles)).ToImmutableArray();
        Lines = Preconditions.CheckNotNull(lines, nameof(lines)).ToImmutableArray();
        Assignments = Preconditions.CheckNotNull(assignments, nameof(assignments)).ToImmutableArray();
        Preconditions.CheckNoNullElements(Roles, nameof(roles));
        Preconditions.CheckNoNullElements(Lines, nameof(lines));
        Preconditions.CheckNoNullElements(Assignments, nameof(assignments));
        var problems = RoleReferences.FindProblems(
            Roles.Select((r, i) => new KeyValuePair<string, string>(Path("roles", i) + ".id", r.Id)),
            Lines.SelectMany((l, i) => new[]
            {
                new KeyValuePair<string, string>(Path("lines", i) + ".from", l.FromRoleId),
                new KeyValuePair<string, string>(Path("lines", i) + ".to", l.ToRoleId),
            }).Concat(Assignments.SelectMany((a, i) => RoleReferences.Of(a, Path("assignments", i)))),
            _ => null);
        if (problems.Count > 0)
        {
            throw new AccountabilityMapValidationException(problems);
        }
        rolesById = Roles.ToDictionary(r => r.Id, StringComparer.Ordinal);
    }

    /// <summary>Gets the stable id.</summary>
    public string Id { get; }

    /// <summary>Gets the display name.</summary>
    public string Name { get; }

    /// <summary>Gets a longer description, or null.</summary>
    public string? Description { get; }

    /// <summary>Gets the regime whose checks the map must pass.</summary>
    public AccountabilityRegime Regime { get; }

    /// <summary>Gets the roles in definition order.</summary>
    public ImmutableArray<Role> Roles { get; }

    /// <summary>Gets the lines in definition order.</summary>
    public ImmutableArray<AccountabilityLine> Lines { get; }

    /// <summary>Gets the assignments in definition order.</summary>
    public ImmutableArray<Assignment> Assignments { get; }

    /// <summary>Finds a role by id.</summary>
    /// <param name="roleId">The id.</param>
    /// <returns>The role, or null.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="roleId"/> is null.</exception>
    public Role? FindRole(string roleId) =>
        rolesById.TryGetValue(Preconditions.CheckNotNull(roleId, nameof(roleId)), out var role) ? role : null;

    /// <summary>Returns the roles of a kind, in definition order.</summary>
    /// <param name="kind">The kind.</param>
    /// <returns>The roles (empty when there are none).</returns>
    public IEnumerable<Role> RolesOfKind(RoleKind kind) => Roles.Where(r => r.Kind == kind);

    /// <summary>Returns the assignments for a target, in definition order (a valid map has at most one).</summary>
    /// <param name="target">The target.</param>
    /// <returns>The assignments.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="target"/> is null.</exception>
    public IEnumerable<Assignment> AssignmentsFor(AssignmentTarget target)
    {
        Preconditions.CheckNotNull(target, nameof(target));
        return Assignments.Where(a => a.Target.Equals(target));
    }

    /// <summary>Returns a copy under a different regime (to check that an arrangement loses nothing under another).</summary>
    /// <param name="regime">The regime.</param>
    /// <returns>A new map.</returns>
    public AccountabilityMap WithRegime(AccountabilityRegime regime) => new(Id, Name, regime, Roles, Lines, Assignments, Description);

    /// <summary>Returns a copy with different roles.</summary>
    /// <param name="roles">The roles.</param>
    /// <returns>A new map.</returns>
    /// <exception cref="AccountabilityMapValidationException">A line or assignment would name a missing role, or an id is used twice.</exception>
    public AccountabilityMap WithRoles(IEnumerable<Role> roles) => new(Id, Name, Regime, roles, Lines, Assignments, Description);

    /// <summary>Returns a copy with different lines.</summary>
    /// <param name="lines">The lines.</param>
    /// <returns>A new map.</returns>
    /// <exception cref="AccountabilityMapValidationException">A line names a missing role.</exception>
    public AccountabilityMap WithLines(IEnumerable<AccountabilityLine> lines) => new(Id, Name, Regime, Roles, lines, Assignments, Description);

    /// <summary>Returns a copy with different assignments.</summary>
    /// <param name="assignments">The assignments.</param>
    /// <returns>A new map.</returns>
    /// <exception cref="AccountabilityMapValidationException">An assignment names a missing role.</exception>
    public AccountabilityMap WithAssignments(IEnumerable<Assignment> assignments) => new(Id, Name, Regime, Roles, Lines, assignments, Description);

    /// <inheritdoc />
    public bool Equals(AccountabilityMap? other) =>
        other is not null
        && string.Equals(Id, other.Id, StringComparison.Ordinal)
        && string.Equals(Name, other.Name, StringComparison.Ordinal)
        && string.Equals(Description, other.Description, StringComparison.Ordinal)
        && Regime.Equals(other.Regime)
        && Roles.SequenceEqual(other.Roles)
        && Lines.SequenceEqual(other.Lines)
        && Assignments.SequenceEqual(other.Assignments);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as AccountabilityMap);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(StringComparer.Ordinal.GetHashCode(Id), Regime, Roles.Length, Lines.Length, Assignments.Length);

    /// <inheritdoc />
    public override string ToString() => Name + " (" + Regime.Id + ")";

    private static string Path(string collection, int index) => collection + "[" + index.ToString(CultureInfo.InvariantCulture) + "]";
}
