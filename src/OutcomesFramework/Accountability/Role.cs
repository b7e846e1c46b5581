using System;
using OutcomesFramework.Utility;

namespace OutcomesFramework.Accountability;

/// <summary>
/// A role that answers for children's services: a statutory role (see <see cref="StatutoryRoles"/>) or a local role
/// a council adds, with the statutory basis it rests on.
/// </summary>
/// <remarks>A role of a statutory kind created without a basis text takes the kind's basis from <see cref="StatutoryRoles.BasisOf"/>.</remarks>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed class Role : IEquatable<Role>
{
    /// <summary>Creates a role.</summary>
    /// <param name="id">Stable id, for example <c>dcs</c>; lines and assignments refer to the role by it.</param>
    /// <param name="kind">What kind of role it is.</param>
    /// <param name="name">Display name, for example "Director of Children's Services".</param>
    /// <param name="statutoryBasis">The statute (or local constitution) it rests on; null for the kind's default basis
    /// (none for a <see cref="RoleKind.Local"/> role).</param>
    /// <param name="description">A longer description, or null.</param>
    /// <exception cref="ArgumentException">The id is not a valid id, the name is blank, or the kind is not defined.</exception>
    /// <exception cref="ArgumentNullException">The id or name is null.</exception>
    public Role(string id, RoleKind kind, string name, string? statutoryBasis = null, string? description = null)
    {
        Id = Identifiers.CheckId(id, nameof(id));
        Preconditions.CheckArgument(Enum.IsDefined(typeof(RoleKind), kind), nameof(kind), "Unknown role kind {0}.", kind);
        Kind = kind;
        Name = Preconditions.CheckNotBlank(name, nameof(name)).Trim();
        StatutoryBasis = !string.IsNullOrWhiteSpace(statutoryBasis) ? statutoryBasis!.Trim()
            : kind == RoleKind.Local ? null : StatutoryRoles.BasisOf(kind);
        Description = string.IsNullOrWhiteSpace(description) ? null : description!.Trim();
    }

    /// <summary>Gets the stable id.</summary>
    public string Id { get; }

    /// <summary>Gets what kind of role it is.</summary>
    public RoleKind Kind { get; }

    /// <summary>Gets the display name.</summary>
    public string Name { get; }

    /// <summary>Gets the statutory basis text, or null for a local role given none.</summary>
    public string? StatutoryBasis { get; }

    /// <summary>Gets a longer description, or null.</summary>
    public string? Description { get; }

    /// <summary>Gets a value indicating whether the role is one of the statutory kinds.</summary>
    public bool IsStatutory => Kind != RoleKind.Local;

    /// <summary>Returns a copy with a different display name.</summary>
    /// <param name="name">The new name.</param>
    /// <returns>A new role.</returns>
    /// <exception cref="ArgumentException">The name is blank.</exception>
    public Role WithName(string name) => new(Id, Kind, name, StatutoryBasis, Description);

    /// <summary>Returns a copy with a different description.</summary>
    /// <param name="description">The new description, or null.</param>
    /// <returns>A new role.</returns>
    public Role WithDescription(string? description) => new(Id, Kind, Name, StatutoryBasis, description);

    /// <inheritdoc />
    public bool Equals(Role? other) =>
        other is not null
        && string.Equals(Id, other.Id, StringComparison.Ordinal)
        && Kind == other.Kind
        && string.Equals(Name, other.Name, StringComparison.Ordinal)
        && string.Equals(StatutoryBasis, other.StatutoryBasis, StringComparison.Ordinal)
        && string.Equals(Description, other.Description, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as Role);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(StringComparer.Ordinal.GetHashCode(Id), Kind);

    /// <inheritdoc />
    public override string ToString() => Id + " (" + Name + ")";
}
