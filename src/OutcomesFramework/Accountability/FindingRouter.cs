using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using OutcomesFramework.Utility;

namespace OutcomesFramework.Accountability;

/// <summary>
/// Sends each finding to the roles that answer for it: the accountable, responsible and informed roles of its
/// indicator (falling back to its outcome, then to children's services overall), then up the "reports to" lines as far
/// as its severity asks, and, for a Serious finding, to the roles the policy says it always reaches.
/// </summary>
/// <remarks>
/// <para>Deterministic: the same map, policy and finding give the same recipients in the same order, each with the
/// reasons in words. Routing works on any map, valid or not: where the map names nobody accountable the finding goes to
/// the Chief Executive (or else the democratic apex) and the route says so in its notes.</para>
/// <para>Consulted roles are asked before decisions, not sent findings, so they are not recipients.</para>
/// </remarks>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed class FindingRouter
{
    private readonly RoleGraph graph;

    /// <summary>Creates a router.</summary>
    /// <param name="map">The accountability map.</param>
    /// <param name="policy">The escalation policy, or null for <see cref="EscalationPolicy.Default"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="map"/> is null.</exception>
    public FindingRouter(AccountabilityMap map, EscalationPolicy? policy = null)
    {
        Map = Preconditions.CheckNotNull(map, nameof(map));
        Policy = policy ?? EscalationPolicy.Default;
        graph = new RoleGraph(map);
    }

    /// <summary>Gets the map.</summary>
    public AccountabilityMap Map { get; }

    /// <summary>Gets the escalation policy.</summary>
    public EscalationPolicy Policy { get; }

    /// <summary>Routes findings, in the order given.</summary>
    /// <param name="findings">The findings.</param>
    /// <returns>One route per finding.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="findings"/> is null or holds null.</exception>
    public ImmutableArray<FindingRoute> RouteAll(IEnumerable<RoutableFinding> findings) =>
        Preconditions.CheckNotNull(findings, nameof(findings)).Select(Route).ToImmutableArray();

    /// <summary>Routes one finding.</summary>
    /// <param name="finding">The finding.</param>
    /// <returns>Its route.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="finding"/> is null.</exception>
    public FindingRoute Route(RoutableFinding finding)
    {
        Preconditions.CheckNotNull(finding, nameof(finding));
        var route = new Builder(graph);
        var (applied, assigned, fallbackText) = Resolve(finding);
        if (applied is null)
        {
            route.Notes.Add("No assignment covers " + Wanted(finding).Describe() + ", its outcome or children's services overall.");
        }
        else if (assigned.Count > 1)
        {
            route.Notes.Add(applied.DescribeAtStart() + " has " + assigned.Count.ToString(System.Globalization.CultureInfo.InvariantCulture)
                + " assignments (" + AccountabilityDiagnosticCodes.MoreThanOneAccountableRole + "); the finding follows all of them.");
        }
        foreach (var a in assigned.Where(a => a.AccountableRoleId is not null))
        {
            route.Add(a.AccountableRoleId!, new RouteReason(RouteReasonKind.Accountable, "accountable for " + applied!.Describe() + fallbackText));
        }
        foreach (var id in assigned.SelectMany(a => a.ResponsibleRoleIds))
        {
            route.Add(id, new RouteReason(RouteReasonKind.Responsible, "responsible for " + applied!.Describe() + fallbackText));
        }
        foreach (var id in assigned.SelectMany(a => a.InformedRoleIds))
        {
            route.Add(id, new RouteReason(RouteReasonKind.Informed, "informed of findings on " + applied!.Describe() + fallbackText));
        }
        var starts = assigned.Select(a => a.AccountableRoleId).OfType<string>().Distinct(StringComparer.Ordinal).Select(id => graph.Index[id]).ToList();
        if (starts.Count == 0)
        {
            starts = Fallback(finding, applied, route);
        }
        Escalate(finding.Severity, starts, route);
        if (finding.Severity == Severity.Serious)
        {
            foreach (var kind in Policy.SeriousAlwaysReaches)
            {
                var roles = Map.RolesOfKind(kind).ToList();
                if (roles.Count == 0)
                {
                    route.Notes.Add("A Serious finding reaches the " + StatutoryRoles.NameOf(kind) + ", but the map has no role of kind '" + AccountabilityNames.ToName(kind) + "'.");
                }
                foreach (var role in roles.Where(r => !route.Contains(r.Id)))
                {
                    route.Add(role.Id, new RouteReason(RouteReasonKind.SeriousFinding,
                        "a Serious finding always reaches the " + StatutoryRoles.NameOf(kind) + ", and the reporting lines did not lead here"));
                }
            }
        }
        return new FindingRoute(finding, applied, route.Recipients(), route.Notes);
    }

    private static AssignmentTarget Wanted(RoutableFinding finding) =>
        finding.IndicatorId is not null ? AssignmentTarget.ForIndicator(finding.IndicatorId)
        : finding.OutcomeId is not null ? AssignmentTarget.ForOutcome(finding.OutcomeId)
        : AssignmentTarget.Overall;

    // The indicator's own assignment, else its outcome's, else the overall one; the text says which fallback was taken.
    private (AssignmentTarget? Applied, List<Assignment> Assigned, string FallbackText) Resolve(RoutableFinding finding)
    {
        var chain = new List<AssignmentTarget>(3);
        if (finding.IndicatorId is not null)
        {
            chain.Add(AssignmentTarget.ForIndicator(finding.IndicatorId));
        }
        if (finding.OutcomeId is not null)
        {
            chain.Add(AssignmentTarget.ForOutcome(finding.OutcomeId));
        }
        chain.Add(AssignmentTarget.Overall);
        for (var i = 0; i < chain.Count; i++)
        {
            var assigned = Map.AssignmentsFor(chain[i]).ToList();
            if (assigned.Count > 0)
            {
                var text = i == 0 ? string.Empty
                    : " (" + chain[0].Describe() + (i == 1 ? string.Empty : " and " + chain[1].Describe())
                      + (i == 1 ? " has" : " have") + " no assignment of " + (i == 1 ? "its" : "their") + " own, so the assignment for "
                      + chain[i].Describe() + " applies)";
                return (chain[i], assigned, text);
            }
        }
        return (null, new List<Assignment>(), string.Empty);
    }

    private List<int> Fallback(RoutableFinding finding, AssignmentTarget? applied, Builder route)
    {
        var what = (applied ?? Wanted(finding)).Describe();
        var chiefs = Enumerable.Range(0, graph.Count).Where(i => Map.Roles[i].Kind == RoleKind.ChiefExecutive).ToList();
        var to = chiefs.Count > 0 ? chiefs : Enumerable.Range(0, graph.Count).Where(i => StatutoryRoles.IsDemocraticApex(Map.Roles[i].Kind)).ToList();
        route.Notes.Add("Nobody is accountable for " + what + " in this map (" + AccountabilityDiagnosticCodes.NoAccountableRole + ")"
            + (to.Count == 0 ? " and it has no Chief Executive or democratic apex, so the finding reaches nobody accountable." : "."));
        foreach (var i in to)
        {
            route.Add(Map.Roles[i].Id, new RouteReason(RouteReasonKind.Fallback,
                "nobody is accountable for " + what + ", so the finding goes to the " + (chiefs.Count > 0 ? "Chief Executive" : "democratic apex") + " instead"));
        }
        return to;
    }

    // Breadth-first up the "reports to" lines, one step per level, in map order; a role is reached once, at its nearest step.
    private void Escalate(Severity severity, List<int> starts, Builder route)
    {
        var limit = Policy.StepsFor(severity);
        var seen = new HashSet<int>(starts);
        var level = starts;
        for (var step = 1; step <= limit && level.Count > 0; step++)
        {
            var next = new List<int>();
            foreach (var u in level)
            {
                foreach (var line in graph.ReportsTo[u])
                {
                    var w = graph.Index[line.ToRoleId];
                    if (seen.Add(w))
                    {
                        next.Add(w);
                        route.Add(line.ToRoleId, new RouteReason(RouteReasonKind.Escalation,
                            "escalation step " + step.ToString(System.Globalization.CultureInfo.InvariantCulture) + " via the 'reports to' line from "
                            + line.FromRoleId + " to " + line.ToRoleId + ", because " + Policy.Describe(severity), step, line));
                    }
                }
            }
            level = next;
        }
    }

    private sealed class Builder(RoleGraph graph)
    {
        private readonly List<string> order = new();
        private readonly Dictionary<string, List<RouteReason>> reasons = new(StringComparer.Ordinal);

        public List<string> Notes { get; } = new();

        public bool Contains(string roleId) => reasons.ContainsKey(roleId);

        public void Add(string roleId, RouteReason reason)
        {
            if (!reasons.TryGetValue(roleId, out var list))
            {
                reasons[roleId] = list = new List<RouteReason>();
                order.Add(roleId);
            }
            list.Add(reason);
        }

        public IEnumerable<RouteRecipient> Recipients() =>
            order.Select(id => new RouteRecipient(graph.Map.Roles[graph.Index[id]], reasons[id]));
    }
}
