using System;
using System.Collections.Generic;
using System.Linq;
using FsCheck.Xunit;
using OutcomesFramework.Accountability;

namespace OutcomesFramework.Tests.Accountability;

[Properties(Arbitrary = new[] { typeof(AccountabilityGenerators) }, MaxTest = 200)]
public sealed class AccountabilityPropertiesTest
{
    private static readonly AccountabilityRegime AllChecks =
        AccountabilityRegime.Custom("All", Enum.GetValues(typeof(AccountabilityCheck)).Cast<AccountabilityCheck>());

    [Property]
    public bool Validate_AnyMap_NeverThrowsAndIsDeterministic(AnyMap any)
    {
        var map = any.Map;
        foreach (var regime in AccountabilityRegime.Named.Add(AllChecks).Add(map.Regime))
        {
            var first = AccountabilityValidator.Validate(map, regime);
            var second = AccountabilityValidator.Validate(map, regime);
            if (!first.SequenceEqual(second) || first.Any(d => !d.Code.StartsWith("ACC", StringComparison.Ordinal)))
            {
                return false;
            }
        }
        return true;
    }

    [Property]
    public bool Validate_InjectedCycle_IsFoundAndEveryReportedCycleIsReal(AnyMap any, int seed)
    {
        var map = any.Map;
        if (map.Roles.IsEmpty)
        {
            return true;
        }
        // Inject a cycle through 1 to 4 roles chosen by the seed (one role gives a self-line).
        var random = new Random(seed);
        var size = Math.Min(map.Roles.Length, 1 + random.Next(4));
        var chosen = map.Roles.Select(r => r.Id).OrderBy(_ => random.Next()).Take(size).ToList();
        var injected = chosen.Select((id, i) => new AccountabilityLine(id, LineKind.ReportsTo, chosen[(i + 1) % size]));
        map = map.WithLines(map.Lines.AddRange(injected));

        var cycles = AccountabilityValidator.Validate(map, AllChecks).Where(d => d.Code == AccountabilityDiagnosticCodes.ReportingCycle).ToList();

        var reports = new HashSet<(string, string)>(map.Lines.Where(l => l.Kind == LineKind.ReportsTo).Select(l => (l.FromRoleId, l.ToRoleId)));
        var real = cycles.All(c => c.RoleIds.Select((id, i) => (id, c.RoleIds[(i + 1) % c.RoleIds.Length])).All(reports.Contains)
            && c.RoleIds.Distinct(StringComparer.Ordinal).Count() == c.RoleIds.Length);
        return cycles.Count > 0 && real;
    }

    [Property]
    public bool Validate_AcyclicMap_ReportsNoCycle(AcyclicMap acyclic) =>
        !AccountabilityValidator.Validate(acyclic.Map, AllChecks).Any(d => d.Code == AccountabilityDiagnosticCodes.ReportingCycle);

    [Property]
    public bool Route_AssignedMap_ReachesTheAccountableRoleOfTheFindingsTarget(AssignedMap assigned, RoutableFinding finding)
    {
        var map = assigned.Map;
        var expected = Expected(map, finding);

        var route = new FindingRouter(map).Route(finding);

        return route.RecipientsFor(RouteReasonKind.Accountable).Select(r => r.Role.Id).SequenceEqual(new[] { expected })
            && route.Recipients.Select(r => r.Role.Id).Distinct(StringComparer.Ordinal).Count() == route.Recipients.Length
            // Notes may say the map lacks a Chief Executive or Lead Member for a Serious finding, never that the target had no assignment.
            && route.AppliedTarget is not null
            && !route.Notes.Any(n => n.Contains("ACC00", StringComparison.Ordinal));
    }

    [Property]
    public bool Route_AnyMapAnyFinding_NeverThrows(AnyMap any, RoutableFinding finding) =>
        new FindingRouter(any.Map).Route(finding).Explain().Length > 0;

    [Property]
    public bool Json_AnyMap_RoundTripIsTheIdentity(AnyMap any)
    {
        var text = AccountabilityMapJson.ToJson(any.Map);
        var back = AccountabilityMapJson.Read(text);
        return back.Equals(any.Map) && AccountabilityMapJson.ToJson(back) == text;
    }

    // The assignment that applies, worked out independently of the router: the indicator's own, else the outcome's, else overall.
    private static string Expected(AccountabilityMap map, RoutableFinding finding)
    {
        var indicator = finding.IndicatorId is null ? null : map.Assignments.SingleOrDefault(a => a.Target.ToString() == "indicator:" + finding.IndicatorId);
        var outcome = finding.OutcomeId is null ? null : map.Assignments.Single(a => a.Target.ToString() == "outcome:" + finding.OutcomeId);
        var overall = map.Assignments.Single(a => a.Target.Kind == AssignmentTargetKind.Overall);
        return (indicator ?? outcome ?? overall).AccountableRoleId!;
    }
}
