using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using OutcomesFramework.Utility;

namespace OutcomesFramework.Accountability;

/// <summary>One fault found in an accountability map: a stable code, what is wrong, and the roles (and target) involved.</summary>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed class AccountabilityDiagnostic : IEquatable<AccountabilityDiagnostic>
{
    /// <summary>Creates a diagnostic.</summary>
    /// <param name="code">The stable code, one of <see cref="AccountabilityDiagnosticCodes"/>.</param>
    /// <param name="message">What is wrong, in words.</param>
    /// <param name="roleIds">The ids of the roles involved, in a meaningful order (a cycle in cycle order).</param>
    /// <param name="target">The outcome, indicator or overall target involved, or null.</param>
    /// <param name="check">The check that raised it, or null for a check outside the regime (ACC008).</param>
    /// <exception cref="ArgumentException">The code or message is blank.</exception>
    /// <exception cref="ArgumentNullException">The code, message or role ids are null.</exception>
    public AccountabilityDiagnostic(string code, string message, IEnumerable<string> roleIds, AssignmentTarget? target = null, AccountabilityCheck? check = null)
    {
        Code = Preconditions.CheckNotBlank(code, nameof(code));
        Message = Preconditions.CheckNotBlank(message, nameof(message));
        RoleIds = Preconditions.CheckNotNull(roleIds, nameof(roleIds)).ToImmutableArray();
        Target = target;
        Check = check;
    }

    /// <summary>Gets the stable code, for example <c>ACC004</c>.</summary>
    public string Code { get; }

    /// <summary>Gets what is wrong.</summary>
    public string Message { get; }

    /// <summary>Gets the ids of the roles involved.</summary>
    public ImmutableArray<string> RoleIds { get; }

    /// <summary>Gets the target involved, or null.</summary>
    public AssignmentTarget? Target { get; }

    /// <summary>Gets the check that raised the diagnostic, or null.</summary>
    public AccountabilityCheck? Check { get; }

    /// <inheritdoc />
    public bool Equals(AccountabilityDiagnostic? other) =>
        other is not null
        && string.Equals(Code, other.Code, StringComparison.Ordinal)
        && string.Equals(Message, other.Message, StringComparison.Ordinal)
        && RoleIds.SequenceEqual(other.RoleIds, StringComparer.Ordinal)
        && Equals(Target, other.Target)
        && Check == other.Check;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as AccountabilityDiagnostic);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(StringComparer.Ordinal.GetHashCode(Code), StringComparer.Ordinal.GetHashCode(Message));

    /// <summary>Returns the code, the roles involved and the message, for example <c>ACC007 [spare]: Role 'spare' …</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Code + (RoleIds.IsEmpty ? string.Empty : " [" + string.Join(", ", RoleIds) + "]") + ": " + Message;
}
