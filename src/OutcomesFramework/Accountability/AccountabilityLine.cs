using System;
using OutcomesFramework.Utility;

namespace OutcomesFramework.Accountability;

/// <summary>A line between two roles, read "<see cref="FromRoleId"/> <see cref="Kind"/> <see cref="ToRoleId"/>", for example "dcs reports to chief-executive".</summary>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed class AccountabilityLine : IEquatable<AccountabilityLine>
{
    /// <summary>Creates a line.</summary>
    /// <param name="fromRoleId">The id of the role the line starts from.</param>
    /// <param name="kind">The kind of line.</param>
    /// <param name="toRoleId">The id of the role the line goes to.</param>
    /// <param name="note">Why the line is there or what it covers, or null.</param>
    /// <exception cref="ArgumentException">A role id is not a valid id, or the kind is not defined.</exception>
    /// <exception cref="ArgumentNullException">A role id is null.</exception>
    public AccountabilityLine(string fromRoleId, LineKind kind, string toRoleId, string? note = null)
    {
        FromRoleId = Identifiers.CheckId(fromRoleId, nameof(fromRoleId));
        Preconditions.CheckArgument(Enum.IsDefined(typeof(LineKind), kind), nameof(kind), "Unknown line kind {0}.", kind);
        Kind = kind;
        ToRoleId = Identifiers.CheckId(toRoleId, nameof(toRoleId));
        Note = string.IsNullOrWhiteSpace(note) ? null : note!.Trim();
    }

    /// <summary>Gets the id of the role the line starts from.</summary>
    public string FromRoleId { get; }

    /// <summary>Gets the kind of line.</summary>
    public LineKind Kind { get; }

    /// <summary>Gets the id of the role the line goes to.</summary>
    public string ToRoleId { get; }

    /// <summary>Gets a note on the line, or null.</summary>
    public string? Note { get; }

    /// <inheritdoc />
    public bool Equals(AccountabilityLine? other) =>
        other is not null
        && string.Equals(FromRoleId, other.FromRoleId, StringComparison.Ordinal)
        && Kind == other.Kind
        && string.Equals(ToRoleId, other.ToRoleId, StringComparison.Ordinal)
        && string.Equals(Note, other.Note, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as AccountabilityLine);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(StringComparer.Ordinal.GetHashCode(FromRoleId), Kind, StringComparer.Ordinal.GetHashCode(ToRoleId));

    /// <inheritdoc />
    public override string ToString() => FromRoleId + " " + AccountabilityNames.Describe(Kind) + " " + ToRoleId;
}
