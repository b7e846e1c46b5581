using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using OutcomesFramework.Utility;

namespace OutcomesFramework.Accountability;

/// <summary>
/// Who answers for a <see cref="AssignmentTarget"/>, in RACI terms: the one accountable role, and the responsible,
/// consulted and informed roles.
/// </summary>
/// <remarks>
/// The accountable role may be null here so that a map can say "nobody" and validation can report it
/// (<see cref="AccountabilityDiagnosticCodes.NoAccountableRole"/>); a valid map has exactly one per outcome.
/// </remarks>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed class Assignment : IEquatable<Assignment>
{
    /// <summary>Creates an assignment.</summary>
    /// <param name="target">What it is for.</param>
    /// <param name="accountableRoleId">The id of the accountable role, or null for none (which validation reports).</param>
    /// <param name="responsibleRoleIds">The ids of the roles that do the work.</param>
    /// <param name="consultedRoleIds">The ids of the roles consulted.</param>
    /// <param name="informedRoleIds">The ids of the roles kept informed.</param>
    /// <exception cref="ArgumentException">A role id is not a valid id, or a list names a role twice.</exception>
    /// <exception cref="ArgumentNullException">The target is null.</exception>
    public Assignment(
        AssignmentTarget target,
        string? accountableRoleId,
        IEnumerable<string>? responsibleRoleIds = null,
        IEnumerable<string>? consultedRoleIds = null,
        IEnumerable<string>? informedRoleIds = null)
    {
        Target = Preconditions.CheckNotNull(target, nameof(target));
        AccountableRoleId = accountableRoleId is null ? null : Identifiers.CheckId(accountableRoleId, nameof(accountableRoleId));
        ResponsibleRoleIds = CheckIds(responsibleRoleIds, nameof(responsibleRoleIds));
        ConsultedRoleIds = CheckIds(consultedRoleIds, nameof(consultedRoleIds));
        InformedRoleIds = CheckIds(informedRoleIds, nameof(informedRoleIds));
    }

    /// <summary>Gets what the assignment is for.</summary>
    public AssignmentTarget Target { get; }

    /// <summary>Gets the id of the accountable role, or null when the assignment names none.</summary>
    public string? AccountableRoleId { get; }

    /// <summary>Gets the ids of the responsible roles, in order.</summary>
    public ImmutableArray<string> ResponsibleRoleIds { get; }

    /// <summary>Gets the ids of the consulted roles, in order.</summary>
    public ImmutableArray<string> ConsultedRoleIds { get; }

    /// <summary>Gets the ids of the informed roles, in order.</summary>
    public ImmutableArray<string> InformedRoleIds { get; }

    /// <summary>Returns every role id the assignment names (accountable, responsible, consulted, informed), in that order.</summary>
    /// <returns>The role ids; a role named in two parts appears twice.</returns>
    public IEnumerable<string> RoleIds()
    {
        if (AccountableRoleId is not null)
        {
            yield return AccountableRoleId;
        }
        foreach (var id in ResponsibleRoleIds.Concat(ConsultedRoleIds).Concat(InformedRoleIds))
        {
            yield return id;
        }
    }

    /// <summary>Returns a copy with a different accountable role.</summary>
    /// <param name="accountableRoleId">The new accountable role id, or null.</param>
    /// <returns>A new assignment.</returns>
    /// <exception cref="ArgumentException">The id is not a valid id.</exception>
    public Assignment WithAccountable(string? accountableRoleId) =>
        new(Target, accountableRoleId, ResponsibleRoleIds, ConsultedRoleIds, InformedRoleIds);

    /// <summary>Returns a copy with different responsible roles.</summary>
    /// <param name="responsibleRoleIds">The new responsible role ids.</param>
    /// <returns>A new assignment.</returns>
    /// <exception cref="ArgumentException">A role id is not a valid id, or one is named twice.</exception>
    public Assignment WithResponsible(IEnumerable<string> responsibleRoleIds) =>
        new(Target, AccountableRoleId, responsibleRoleIds, ConsultedRoleIds, InformedRoleIds);

    /// <inheritdoc />
    public bool Equals(Assignment? other) =>
        other is not null
        && Target.Equals(other.Target)
        && string.Equals(AccountableRoleId, other.AccountableRoleId, StringComparison.Ordinal)
        && ResponsibleRoleIds.SequenceEqual(other.ResponsibleRoleIds, StringComparer.Ordinal)
        && ConsultedRoleIds.SequenceEqual(other.ConsultedRoleIds, StringComparer.Ordinal)
        && InformedRoleIds.SequenceEqual(other.InformedRoleIds, StringComparer.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as Assignment);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Target, AccountableRoleId is null ? 0 : StringComparer.Ordinal.GetHashCode(AccountableRoleId));

    /// <inheritdoc />
    public override string ToString() => Target + ": A " + (AccountableRoleId ?? "(none)")
        + (ResponsibleRoleIds.IsEmpty ? string.Empty : "; R " + string.Join(", ", ResponsibleRoleIds))
        + (ConsultedRoleIds.IsEmpty ? string.Empty : "; C " + string.Join(", ", ConsultedRoleIds))
        + (InformedRoleIds.IsEmpty ? string.Empty : "; I " + string.Join(", ", InformedRoleIds));

    private static ImmutableArray<string> CheckIds(IEnumerable<string>? ids, string paramName)
    {
        if (ids is null)
        {
            return ImmutableArray<string>.Empty;
        }
        var result = ids.Select(id => Identifiers.CheckId(id, paramName)).ToImmutableArray();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var id in result)
        {
            Preconditions.CheckArgument(seen.Add(id), paramName, "Role '{0}' is listed twice.", id);
        }
        return result;
    }
}
