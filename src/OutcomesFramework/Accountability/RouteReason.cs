using System;
using OutcomesFramework.Utility;

namespace OutcomesFramework.Accountability;

/// <summary>One reason a role receives a routed finding, with its explanation in words.</summary>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed class RouteReason : IEquatable<RouteReason>
{
    /// <summary>Creates a reason.</summary>
    /// <param name="kind">The kind of reason.</param>
    /// <param name="explanation">The reason in words.</param>
    /// <param name="escalationStep">For an escalation, the step (1 for the first role up); otherwise 0.</param>
    /// <param name="line">For an escalation, the "reports to" line followed; otherwise null.</param>
    /// <exception cref="ArgumentException">The explanation is blank.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The step is negative.</exception>
    public RouteReason(RouteReasonKind kind, string explanation, int escalationStep = 0, AccountabilityLine? line = null)
    {
        Kind = kind;
        Explanation = Preconditions.CheckNotBlank(explanation, nameof(explanation));
        EscalationStep = Preconditions.CheckArgumentRange(nameof(escalationStep), escalationStep, 0, int.MaxValue);
        Line = line;
    }

    /// <summary>Gets the kind of reason.</summary>
    public RouteReasonKind Kind { get; }

    /// <summary>Gets the reason in words.</summary>
    public string Explanation { get; }

    /// <summary>Gets the escalation step (1 for the first role up), or 0.</summary>
    public int EscalationStep { get; }

    /// <summary>Gets the "reports to" line followed for an escalation, or null.</summary>
    public AccountabilityLine? Line { get; }

    /// <inheritdoc />
    public bool Equals(RouteReason? other) =>
        other is not null && Kind == other.Kind && string.Equals(Explanation, other.Explanation, StringComparison.Ordinal)
        && EscalationStep == other.EscalationStep && Equals(Line, other.Line);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as RouteReason);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Kind, StringComparer.Ordinal.GetHashCode(Explanation), EscalationStep);

    /// <inheritdoc />
    public override string ToString() => Explanation;
}
