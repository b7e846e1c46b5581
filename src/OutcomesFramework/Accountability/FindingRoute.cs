using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Text;
using OutcomesFramework.Utility;

namespace OutcomesFramework.Accountability;

/// <summary>Where a finding goes and why: its recipients in order, each with its reasons, and notes on anything the map lacked.</summary>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed class FindingRoute
{
    /// <summary>Creates a route.</summary>
    /// <param name="finding">The finding routed.</param>
    /// <param name="appliedTarget">The target whose assignment applied, or null when none did.</param>
    /// <param name="recipients">The recipients in order: assigned roles first, then escalation.</param>
    /// <param name="notes">Notes on gaps met while routing (no assignment, a required role missing).</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public FindingRoute(RoutableFinding finding, AssignmentTarget? appliedTarget, IEnumerable<RouteRecipient> recipients, IEnumerable<string> notes)
    {
        Finding = Preconditions.CheckNotNull(finding, nameof(finding));
        AppliedTarget = appliedTarget;
        Recipients = Preconditions.CheckNotNull(recipients, nameof(recipients)).ToImmutableArray();
        Notes = Preconditions.CheckNotNull(notes, nameof(notes)).ToImmutableArray();
    }

    /// <summary>Gets the finding routed.</summary>
    public RoutableFinding Finding { get; }

    /// <summary>Gets the target whose assignment applied (the indicator's, else its outcome's, else the overall one), or null when none did.</summary>
    public AssignmentTarget? AppliedTarget { get; }

    /// <summary>Gets the recipients in order.</summary>
    public ImmutableArray<RouteRecipient> Recipients { get; }

    /// <summary>Gets notes on gaps met while routing.</summary>
    public ImmutableArray<string> Notes { get; }

    /// <summary>Returns the recipients that receive the finding for a kind of reason.</summary>
    /// <param name="kind">The kind of reason.</param>
    /// <returns>The recipients, in order.</returns>
    public IEnumerable<RouteRecipient> RecipientsFor(RouteReasonKind kind) => Recipients.Where(r => r.Has(kind));

    /// <summary>Explains the route in words, one recipient and its reasons per line, then the notes.</summary>
    /// <returns>The explanation, lines separated by '\n'.</returns>
    public string Explain()
    {
        var text = new StringBuilder();
        text.Append(Finding).Append('\n');
        foreach (var recipient in Recipients)
        {
            text.Append("  ").Append(recipient.Role.Id).Append(" (").Append(recipient.Role.Name).Append(")\n");
            foreach (var reason in recipient.Reasons)
            {
                text.Append("    - ").Append(reason.Explanation).Append('\n');
            }
        }
        foreach (var note in Notes)
        {
            text.Append("  note: ").Append(note).Append('\n');
        }
        return text.ToString();
    }

    /// <inheritdoc />
    public override string ToString() => Finding.RuleId + " -> " + string.Join(", ", Recipients.Select(r => r.Role.Id));
}
