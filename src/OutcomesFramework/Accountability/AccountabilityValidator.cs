using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using OutcomesFramework.Frameworks;
using OutcomesFramework.Outcomes;
using OutcomesFramework.Utility;

namespace OutcomesFramework.Accountability;

/// <summary>
/// Checks an <see cref="AccountabilityMap"/> against a regime and reports every fault at once as
/// <see cref="AccountabilityDiagnostic"/>s. Never throws on a map: a map that could be built can be validated.
/// </summary>
/// <remarks>
/// <para>Diagnostics come in the order of the regime's checks, and within a check in map order (outcomes in statutory
/// order), so the same map always gives the same list.</para>
/// <para>Line of sight: a role answers to another along a "reports to" line (upwards), and to the role that holds it to
/// account, scrutinises it, commissions it or chairs it; "co-operates with" joins both ways. A role has a line of sight
/// to the democratic apex when such a chain leads from it to the Leader or elected Mayor, or to full council.</para>
/// </remarks>
public static class AccountabilityValidator
{
    /// <summary>Validates a map against its own regime.</summary>
    /// <param name="map">The map.</param>
    /// <returns>The diagnostics; empty when the map passes every check.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="map"/> is null.</exception>
    public static ImmutableArray<AccountabilityDiagnostic> Validate(AccountabilityMap map) =>
        Validate(map, Preconditions.CheckNotNull(map, nameof(map)).Regime);

    /// <summary>Validates a map against a regime, which need not be its own (to see what another regime would find missing).</summary>
    /// <param name="map">The map.</param>
    /// <param name="regime">The regime whose checks to run.</param>
    /// <param name="framework">A framework whose indicators the assignments must name, or null to skip that check (ACC008).</param>
    /// <returns>The diagnostics; empty when the map passes every check.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="map"/> or <paramref name="regime"/> is null.</exception>
    public static ImmutableArray<AccountabilityDiagnostic> Validate(AccountabilityMap map, AccountabilityRegime regime, Framework? framework = null)
    {
        Preconditions.CheckNotNull(map, nameof(map));
        Preconditions.CheckNotNull(regime, nameof(regime));
        var graph = new RoleGraph(map);
        var found = ImmutableArray.CreateBuilder<AccountabilityDiagnostic>();
        foreach (var check in regime.Checks)
        {
            switch (check)
            {
                case AccountabilityCheck.DirectorOfChildrensServicesRequired:
                    Require(map, regime, check, found, RoleKind.DirectorOfChildrensServices);
                    break;
                case AccountabilityCheck.LeadMemberRequired:
                    Require(map, regime, check, found, RoleKind.LeadMemberForChildrensServices);
                    break;
                case AccountabilityCheck.LocalSafeguardingChildrenBoardRequired:
                    Require(map, regime, check, found, RoleKind.LocalSafeguardingChildrenBoardChair);
                    break;
                case AccountabilityCheck.SafeguardingPartnersRequired:
                    Require(map, regime, check, found, RoleKind.SafeguardingPartnerLocalAuthority);
                    Require(map, regime, check, found, RoleKind.SafeguardingPartnerIntegratedCareBoard);
                    Require(map, regime, check, found, RoleKind.SafeguardingPartnerChiefOfficerOfPolice);
                    break;
                case AccountabilityCheck.IndependentScrutinyRequired:
                    Require(map, regime, check, found, RoleKind.IndependentScrutineer);
                    break;
                case AccountabilityCheck.DemocraticApexRequired:
                    if (!map.Roles.Any(r => StatutoryRoles.IsDemocraticApex(r.Kind)))
                    {
                        found.Add(new AccountabilityDiagnostic(AccountabilityDiagnosticCodes.RequiredRoleMissing,
                            regime.Name + " requires a democratic apex, a Leader or elected Mayor ('" + AccountabilityNames.ToName(RoleKind.LeaderOrElectedMayor)
                            + "') or full council ('" + AccountabilityNames.ToName(RoleKind.FullCouncil) + "'), but the map has neither.",
                            ImmutableArray<string>.Empty, check: check));
                    }
                    break;
                case AccountabilityCheck.ChiefExecutiveRequired:
                    Require(map, regime, check, found, RoleKind.ChiefExecutive);
                    break;
                case AccountabilityCheck.OneAccountableRole:
                    CheckOneAccountable(map, found);
                    break;
                case AccountabilityCheck.NoReportingCycles:
                    foreach (var cycle in graph.FindReportingCycles())
                    {
                        var ids = cycle.Select(i => map.Roles[i].Id).ToList();
                        found.Add(new AccountabilityDiagnostic(AccountabilityDiagnosticCodes.ReportingCycle,
                            "The 'reports to' lines form a cycle: " + string.Join(" -> ", ids) + " -> " + ids[0]
                            + ". Nobody at the top answers for the roles in it, and escalation would go round in circles.",
                            ids, check: check));
                    }
                    break;
                case AccountabilityCheck.LineOfSightToDemocraticApex:
                    CheckLineOfSightToApex(graph, found);
                    break;
                case AccountabilityCheck.LineOfSightToChiefExecutive:
                    CheckLineOfSightToChiefExecutive(graph, found);
                    break;
                case AccountabilityCheck.NoUnusedRoles:
                    CheckUnused(map, found);
                    break;
            }
        }
        if (framework is not null)
        {
            CheckIndicatorsKnown(map, framework, found);
        }
        return found.ToImmutable();
    }

    private static void Require(AccountabilityMap map, AccountabilityRegime regime, AccountabilityCheck check, ImmutableArray<AccountabilityDiagnostic>.Builder found, RoleKind kind)
    {
        if (!map.RolesOfKind(kind).Any())
        {
            found.Add(new AccountabilityDiagnostic(AccountabilityDiagnosticCodes.RequiredRoleMissing,
                regime.Name + " requires a " + StatutoryRoles.NameOf(kind) + " (" + StatutoryRoles.BasisOf(kind)
                + "), but the map has no role of kind '" + AccountabilityNames.ToName(kind) + "'.",
                ImmutableArray<string>.Empty, check: check));
        }
    }

    private static void CheckOneAccountable(AccountabilityMap map, ImmutableArray<AccountabilityDiagnostic>.Builder found)
    {
        // Outcomes first in statutory order (each must be assigned), then other targets in order of first appearance.
        var targets = EveryChildMatters.OutcomeIds.Select(AssignmentTarget.ForOutcome).ToList();
        foreach (var assignment in map.Assignments)
        {
            if (!targets.Contains(assignment.Target))
            {
                targets.Add(assignment.Target);
            }
        }
        foreach (var target in targets)
        {
            var assigned = map.AssignmentsFor(target).ToList();
            var accountable = assigned.Select(a => a.AccountableRoleId).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
            if (assigned.Count > 1)
            {
                found.Add(new AccountabilityDiagnostic(AccountabilityDiagnosticCodes.MoreThanOneAccountableRole,
                    target.DescribeAtStart() + " has " + assigned.Count.ToString(CultureInfo.InvariantCulture) + " assignments (accountable: "
                    + (accountable.Count == 0 ? "none" : string.Join(", ", accountable))
                    + "); it needs exactly one, with one accountable role, so that one person answers for it.",
                    accountable, target, AccountabilityCheck.OneAccountableRole));
            }
            else if (assigned.Count == 0)
            {
                found.Add(new AccountabilityDiagnostic(AccountabilityDiagnosticCodes.NoAccountableRole,
                    target.DescribeAtStart() + " (" + EveryChildMatters.Outcomes.First(o => o.Id == target.Id).Name
                    + ") has no assignment, so no role is accountable for it.",
                    ImmutableArray<string>.Empty, target, AccountabilityCheck.OneAccountableRole));
            }
            else if (accountable.Count == 0)
            {
                found.Add(new AccountabilityDiagnostic(AccountabilityDiagnosticCodes.NoAccountableRole,
                    "The assignment for " + target.Describe() + " names no accountable role.",
                    assigned[0].RoleIds().Distinct(StringComparer.Ordinal), target, AccountabilityCheck.OneAccountableRole));
            }
        }
    }

    private static void CheckLineOfSightToApex(RoleGraph graph, ImmutableArray<AccountabilityDiagnostic>.Builder found)
    {
        var roles = graph.Map.Roles;
        var apex = Enumerable.Range(0, roles.Length).Where(i => StatutoryRoles.IsDemocraticApex(roles[i].Kind)).ToList();
        if (apex.Count == 0)
        {
            if (roles.Length > 0)
            {
                found.Add(new AccountabilityDiagnostic(AccountabilityDiagnosticCodes.NoLineOfSightToDemocraticApex,
                    "No role is a Leader or elected Mayor or full council, so no role has a line of sight to the democratic apex.",
                    roles.Select(r => r.Id), check: AccountabilityCheck.LineOfSightToDemocraticApex));
            }
            return;
        }
        var sees = graph.CanReach(apex);
        for (var i = 0; i < roles.Length; i++)
        {
            if (!sees[i])
            {
                found.Add(new AccountabilityDiagnostic(AccountabilityDiagnosticCodes.NoLineOfSightToDemocraticApex,
                    "Role '" + roles[i].Id + "' has no line of sight to the democratic apex: no chain of lines leads from it to the Leader or elected Mayor or full council.",
                    new[] { roles[i].Id }, check: AccountabilityCheck.LineOfSightToDemocraticApex));
            }
        }
    }

    private static void CheckLineOfSightToChiefExecutive(RoleGraph graph, ImmutableArray<AccountabilityDiagnostic>.Builder found)
    {
        var map = graph.Map;
        // Elected members answer to the council, not to the head of paid service, so only officers and bodies are checked.
        var accountable = map.Assignments.Select(a => a.AccountableRoleId).OfType<string>().Distinct(StringComparer.Ordinal)
            .Select(id => graph.Index[id])
            .Where(i => !StatutoryRoles.IsElectedMember(map.Roles[i].Kind) && map.Roles[i].Kind != RoleKind.ChiefExecutive)
            .ToList();
        var chiefs = Enumerable.Range(0, map.Roles.Length).Where(i => map.Roles[i].Kind == RoleKind.ChiefExecutive).ToList();
        if (chiefs.Count == 0)
        {
            if (accountable.Count > 0)
            {
                found.Add(new AccountabilityDiagnostic(AccountabilityDiagnosticCodes.NoLineOfSightToChiefExecutive,
                    "The map has no Chief Executive, so no accountable officer has a line of sight to one.",
                    accountable.Select(i => map.Roles[i].Id), check: AccountabilityCheck.LineOfSightToChiefExecutive));
            }
            return;
        }
        var sees = graph.CanReach(chiefs);
        foreach (var i in accountable.Where(i => !sees[i]))
        {
            found.Add(new AccountabilityDiagnostic(AccountabilityDiagnosticCodes.NoLineOfSightToChiefExecutive,
                "Role '" + map.Roles[i].Id + "' is accountable for " + string.Join(", ", map.Assignments
                    .Where(a => string.Equals(a.AccountableRoleId, map.Roles[i].Id, StringComparison.Ordinal)).Select(a => a.Target.Describe()))
                + " but has no line of sight to the Chief Executive.",
                new[] { map.Roles[i].Id }, check: AccountabilityCheck.LineOfSightToChiefExecutive));
        }
    }

    private static void CheckUnused(AccountabilityMap map, ImmutableArray<AccountabilityDiagnostic>.Builder found)
    {
        var used = new HashSet<string>(map.Lines.SelectMany(l => new[] { l.FromRoleId, l.ToRoleId }).Concat(map.Assignments.SelectMany(a => a.RoleIds())), StringComparer.Ordinal);
        foreach (var role in map.Roles.Where(r => !used.Contains(r.Id)))
        {
            found.Add(new AccountabilityDiagnostic(AccountabilityDiagnosticCodes.UnusedRole,
                "Role '" + role.Id + "' (" + role.Name + ") is not used by any line or assignment.",
                new[] { role.Id }, check: AccountabilityCheck.NoUnusedRoles));
        }
    }

    private static void CheckIndicatorsKnown(AccountabilityMap map, Framework framework, ImmutableArray<AccountabilityDiagnostic>.Builder found)
    {
        foreach (var assignment in map.Assignments.Where(a => a.Target.Kind == AssignmentTargetKind.Indicator))
        {
            if (framework.FindIndicator(assignment.Target.Id!) is null)
            {
                found.Add(new AccountabilityDiagnostic(AccountabilityDiagnosticCodes.UnknownIndicator,
                    "The assignment for " + assignment.Target.Describe() + " names an indicator that framework '" + framework.Id + "' does not have.",
                    assignment.RoleIds().Distinct(StringComparer.Ordinal), assignment.Target));
            }
        }
    }
}
