using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using OutcomesFramework.Utility;

namespace OutcomesFramework.Accountability;

/// <summary>A role that receives a routed finding, with every reason it does, in the order found.</summary>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed class RouteRecipient : IEquatable<RouteRecipient>
{
    /// <summary>Creates a recipient.</summary>
    /// <param name="role">The role.</param>
    /// <param name="reasons">Why it receives the finding (at least one).</param>
    /// <exception cref="ArgumentException">There is no reason, or a reason is null.</exception>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public RouteRecipient(Role role, IEnumerable<RouteReason> reasons)
    {
        Role = Preconditions.CheckNotNull(role, nameof(role));
        Reasons = Preconditions.CheckNotNull(reasons, nameof(reasons)).ToImmutableArray();
        Preconditions.CheckNoNullElements(Reasons, nameof(reasons));
        Preconditions.CheckArgument(Reasons.Length > 0, nameof(reasons), "A recipient has at least one reason.");
    }

    /// <summary>Gets the role.</summary>
    public Role Role { get; }

    /// <summary>Gets the reasons, in the order found (assignment reasons before escalation).</summary>
    public ImmutableArray<RouteReason> Reasons { get; }

    /// <summary>Returns whether any reason is of a kind.</summary>
    /// <param name="kind">The kind.</param>
    /// <returns>True when a reason is of that kind.</returns>
    public bool Has(RouteReasonKind kind) => Reasons.Any(r => r.Kind == kind);

    /// <inheritdoc />
    public bool Equals(RouteRecipient? other) => other is not null && Role.Equals(other.Role) && Reasons.SequenceEqual(other.Reasons);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as RouteRecipient);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Role, Reasons.Length);

    /// <inheritdoc />
    public override string ToString() => Role.Id + ": " + string.Join("; ", Reasons.Select(r => r.Explanation));
}
