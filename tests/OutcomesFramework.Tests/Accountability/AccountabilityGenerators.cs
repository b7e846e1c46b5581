using System;
using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using OutcomesFramework.Accountability;
using OutcomesFramework.Assurance;
using OutcomesFramework.Outcomes;

namespace OutcomesFramework.Tests.Accountability;

/// <summary>A random map of any shape: roles of any kind, any lines (cycles, self-lines, islands), assignments missing, doubled or without an accountable role.</summary>
public sealed class AnyMap(AccountabilityMap map)
{
    public AccountabilityMap Map { get; } = map;

    public override string ToString() => OutcomesFramework.Accountability.AccountabilityMapJson.ToJson(Map);
}

/// <summary>A random map in which the overall target, every outcome and each assigned indicator has exactly one assignment with an accountable role; lines are still random.</summary>
public sealed class AssignedMap(AccountabilityMap map)
{
    public AccountabilityMap Map { get; } = map;

    public override string ToString() => OutcomesFramework.Accountability.AccountabilityMapJson.ToJson(Map);
}

/// <summary>A random map whose "reports to" lines only go from a role to a later one, so they can have no cycle.</summary>
public sealed class AcyclicMap(AccountabilityMap map)
{
    public AccountabilityMap Map { get; } = map;

    public override string ToString() => OutcomesFramework.Accountability.AccountabilityMapJson.ToJson(Map);
}

public static class AccountabilityGenerators
{
    public static readonly string[] IndicatorIds = { "i-0", "i-1", "i-2", "i-3" };

    // Names and notes exercise JSON escaping: apostrophes, quotes, backslashes, non-ASCII, control characters.
    private static readonly string[] Texts = { "Director of Children's Services", "Chef \"de\" service", "Back\\slash", "Überprüfung – café", "Tab\there", "Plain" };

    private static readonly RoleKind[] Kinds = Enum.GetValues(typeof(RoleKind)).Cast<RoleKind>().ToArray();
    private static readonly LineKind[] LineKinds = Enum.GetValues(typeof(LineKind)).Cast<LineKind>().ToArray();
    private static readonly AccountabilityCheck[] Checks = Enum.GetValues(typeof(AccountabilityCheck)).Cast<AccountabilityCheck>().ToArray();

    public static Arbitrary<AnyMap> AnyMaps() => Arb.From(
        from n in Gen.Choose(0, 12)
        from map in MapGen(n, AnyAssignments(n), acyclic: false)
        select new AnyMap(map));

    public static Arbitrary<AssignedMap> AssignedMaps() => Arb.From(
        from n in Gen.Choose(1, 12)
        from map in MapGen(n, WellAssigned(n), acyclic: false)
        select new AssignedMap(map));

    public static Arbitrary<AcyclicMap> AcyclicMaps() => Arb.From(
        from n in Gen.Choose(0, 12)
        from map in MapGen(n, AnyAssignments(n), acyclic: true)
        select new AcyclicMap(map));

    public static Arbitrary<RoutableFinding> Findings() => Arb.From(
        from severity in Gen.Elements(Severity.Information, Severity.Advisory, Severity.Concern, Severity.Serious)
        from outcome in Gen.Elements(EveryChildMatters.OutcomeIds.ToArray()).OrNull()
        from indicator in Gen.Elements(IndicatorIds).OrNull()
        select new RoutableFinding("rule-x", severity, "E09000001", "A finding.", outcome, outcome is null ? null : indicator));

    public static Role RoleAt(int i, RoleKind kind, string name) => new("r" + i.ToString(System.Globalization.CultureInfo.InvariantCulture), kind, name);

    private static Gen<AccountabilityMap> MapGen(int n, Gen<List<Assignment>> assignments, bool acyclic) =>
        from kinds in Gen.ArrayOf(Gen.Elements(Kinds), n)
        from names in Gen.ArrayOf(Gen.Elements(Texts), n)
        from lines in n == 0 ? Gen.Constant(new List<AccountabilityLine>()) : Gen.ListOf(LineGen(n, acyclic)).Select(l => l.ToList())
        from regime in RegimeGen()
        from list in assignments
        select new AccountabilityMap("random", "Random map", regime, Enumerable.Range(0, n).Select(i => RoleAt(i, kinds[i], names[i])), lines, list);

    private static Gen<AccountabilityLine> LineGen(int n, bool acyclic) =>
        from a in Gen.Choose(0, n - 1)
        from b in Gen.Choose(0, n - 1)
        from kind in Gen.Elements(LineKinds)
        from note in Gen.Elements(Texts).OrNull()
        let ordered = acyclic && kind == LineKind.ReportsTo
        where !ordered || a != b
        select new AccountabilityLine(Id(ordered ? Math.Min(a, b) : a), kind, Id(ordered ? Math.Max(a, b) : b), note);

    private static Gen<AccountabilityRegime> RegimeGen() => Gen.OneOf(
        Gen.Elements(AccountabilityRegime.Named.ToArray()),
        Gen.SubListOf(Checks).Select(c => AccountabilityRegime.Custom("Random checks", c)));

    private static Gen<List<Assignment>> AnyAssignments(int n)
    {
        var targets = new[] { AssignmentTarget.Overall }.Concat(EveryChildMatters.OutcomeIds.Select(AssignmentTarget.ForOutcome))
            .Concat(IndicatorIds.Select(AssignmentTarget.ForIndicator)).ToArray();
        if (n == 0)
        {
            return Gen.Constant(new List<Assignment>());
        }
        var one = from target in Gen.Elements(targets)
                  from accountable in Gen.Choose(0, n - 1).Select(Id).OrNull()
                  from raci in RaciGen(n)
                  select new Assignment(target, accountable, raci[0], raci[1], raci[2]);
        return Gen.ListOf(one).Select(l => l.ToList());
    }

    private static Gen<List<Assignment>> WellAssigned(int n)
    {
        var required = new[] { AssignmentTarget.Overall }.Concat(EveryChildMatters.OutcomeIds.Select(AssignmentTarget.ForOutcome));
        return from indicators in Gen.SubListOf(IndicatorIds)
               let targets = required.Concat(indicators.Select(AssignmentTarget.ForIndicator)).ToList()
               from accountable in Gen.ArrayOf(Gen.Choose(0, n - 1), targets.Count)
               from raci in Gen.ArrayOf(RaciGen(n), targets.Count)
               select targets.Select((t, i) => new Assignment(t, Id(accountable[i]), raci[i][0], raci[i][1], raci[i][2])).ToList();
    }

    private static Gen<string[][]> RaciGen(int n)
    {
        var ids = Enumerable.Range(0, n).Select(Id).ToArray();
        return Gen.ArrayOf(Gen.SubListOf(ids).Select(l => l.ToArray()), 3);
    }

    private static string Id(int i) => "r" + i.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
