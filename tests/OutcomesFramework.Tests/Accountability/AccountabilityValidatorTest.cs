using System.Collections.Generic;
using System.Linq;
using OutcomesFramework.Accountability;
using OutcomesFramework.Frameworks;
using OutcomesFramework.Indicators;
using OutcomesFramework.Outcomes;
using OutcomesFramework.Periods;
using Xunit;

namespace OutcomesFramework.Tests.Accountability;

public sealed class AccountabilityValidatorTest
{
    public static TheoryData<string> RegimeIds => new(AccountabilityRegime.Named.Select(r => r.Id));

    [Theory]
    [MemberData(nameof(RegimeIds))]
    public void Validate_DefaultMap_PassesItsRegime(string regimeId)
    {
        var map = DefaultAccountabilityMaps.For(regimeId);

        Assert.Equal(regimeId, map.Regime.Id);
        Assert.Empty(AccountabilityValidator.Validate(map));
    }

    // ACC001 under each regime: a statutory role turned into a local one is as good as missing.
    [Theory]
    [InlineData("children-act-2004", RoleKind.DirectorOfChildrensServices, AccountabilityCheck.DirectorOfChildrensServicesRequired)]
    [InlineData("children-act-2004", RoleKind.LeadMemberForChildrensServices, AccountabilityCheck.LeadMemberRequired)]
    [InlineData("children-act-2004", RoleKind.LocalSafeguardingChildrenBoardChair, AccountabilityCheck.LocalSafeguardingChildrenBoardRequired)]
    [InlineData("cswa-2017", RoleKind.DirectorOfChildrensServices, AccountabilityCheck.DirectorOfChildrensServicesRequired)]
    [InlineData("cswa-2017", RoleKind.LeadMemberForChildrensServices, AccountabilityCheck.LeadMemberRequired)]
    [InlineData("cswa-2017", RoleKind.SafeguardingPartnerLocalAuthority, AccountabilityCheck.SafeguardingPartnersRequired)]
    [InlineData("cswa-2017", RoleKind.SafeguardingPartnerIntegratedCareBoard, AccountabilityCheck.SafeguardingPartnersRequired)]
    [InlineData("cswa-2017", RoleKind.SafeguardingPartnerChiefOfficerOfPolice, AccountabilityCheck.SafeguardingPartnersRequired)]
    [InlineData("cswa-2017", RoleKind.IndependentScrutineer, AccountabilityCheck.IndependentScrutinyRequired)]
    public void Validate_RequiredRoleMadeLocal_ReportsAcc001(string regimeId, RoleKind kind, AccountabilityCheck check)
    {
        var map = Demote(DefaultAccountabilityMaps.For(regimeId), kind);

        var diagnostic = Assert.Single(AccountabilityValidator.Validate(map));

        Assert.Equal(AccountabilityDiagnosticCodes.RequiredRoleMissing, diagnostic.Code);
        Assert.Equal(check, diagnostic.Check);
        Assert.Contains("'" + AccountabilityNames.ToName(kind) + "'", diagnostic.Message, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_SolaceWithoutChiefExecutive_ReportsAcc001AndAcc006()
    {
        var map = Demote(DefaultAccountabilityMaps.Solace2014, RoleKind.ChiefExecutive);

        var found = AccountabilityValidator.Validate(map);

        // The demoted chief executive is still accountable for EW and overall, so three officers lose sight of a Chief Executive:
        // chief-executive itself (now local), dph, director-of-childrens-social-care, director-of-learning, in order of first assignment.
        Assert.Equal(new[] { "ACC001", "ACC006" }, found.Select(d => d.Code));
        Assert.Equal(new[] { "chief-executive", "dph", "director-of-childrens-social-care", "director-of-learning" }, found[1].RoleIds);
    }

    [Theory]
    [MemberData(nameof(RegimeIds))]
    public void Validate_NoDemocraticApex_ReportsAcc001AndEveryRoleWithoutLineOfSight(string regimeId)
    {
        var map = Demote(Demote(DefaultAccountabilityMaps.For(regimeId), RoleKind.LeaderOrElectedMayor), RoleKind.FullCouncil);

        var found = AccountabilityValidator.Validate(map);

        Assert.Contains(found, d => d.Code == "ACC001" && d.Check == AccountabilityCheck.DemocraticApexRequired);
        var sight = Assert.Single(found, d => d.Code == "ACC005");
        Assert.Equal(map.Roles.Select(r => r.Id), sight.RoleIds);
    }

    [Fact]
    public void Validate_SolaceMapUnderChildrenAct2004_ReportsOnlyTheMissingDirector()
    {
        // What is lost by the localist model, seen from the 2004 regime: the statutory Director, and nothing else.
        var found = AccountabilityValidator.Validate(DefaultAccountabilityMaps.Solace2014, AccountabilityRegime.ChildrenAct2004);

        var diagnostic = Assert.Single(found);
        Assert.Equal("ACC001", diagnostic.Code);
        Assert.Equal(AccountabilityCheck.DirectorOfChildrensServicesRequired, diagnostic.Check);
    }

    [Fact]
    public void Validate_ChildrenAct2004MapUnderSolace_Passes()
    {
        // The 2004 arrangement already gives every accountable officer a line to the Chief Executive.
        Assert.Empty(AccountabilityValidator.Validate(DefaultAccountabilityMaps.ChildrenAct2004, AccountabilityRegime.Solace2014));
    }

    [Theory]
    [MemberData(nameof(RegimeIds))]
    public void Validate_OutcomeWithoutAssignment_ReportsAcc002(string regimeId)
    {
        var map = DefaultAccountabilityMaps.For(regimeId);
        map = map.WithAssignments(map.Assignments.Where(a => a.Target.ToString() != "outcome:SS"));

        var found = AccountabilityValidator.Validate(map);

        // Roles only used by the SS assignment become unused; the one diagnostic that matters here is ACC002 for SS.
        var diagnostic = Assert.Single(found, d => d.Code == "ACC002");
        Assert.Equal(AssignmentTarget.ForOutcome("SS"), diagnostic.Target);
        Assert.Contains("Stay safe", diagnostic.Message, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_AssignmentWithNoAccountableRole_ReportsAcc002WithItsRoles()
    {
        var map = DefaultAccountabilityMaps.ChildrenAct2004;
        map = map.WithAssignments(map.Assignments.Select(a => a.Target.ToString() == "indicator:cla-substance-misuse" ? a.WithAccountable(null) : a));

        var diagnostic = Assert.Single(AccountabilityValidator.Validate(map));

        Assert.Equal("ACC002", diagnostic.Code);
        Assert.Equal(AssignmentTarget.ForIndicator("cla-substance-misuse"), diagnostic.Target);
        Assert.Equal(new[] { "dph", "health-and-wellbeing-board", "dcs" }, diagnostic.RoleIds);
    }

    [Theory]
    [MemberData(nameof(RegimeIds))]
    public void Validate_OutcomeAssignedTwice_ReportsAcc003WithBothAccountableRoles(string regimeId)
    {
        var map = DefaultAccountabilityMaps.For(regimeId);
        map = map.WithAssignments(map.Assignments.Add(new Assignment(AssignmentTarget.ForOutcome("BH"), "lead-member")));
        var first = map.AssignmentsFor(AssignmentTarget.ForOutcome("BH")).First().AccountableRoleId!;

        var diagnostic = Assert.Single(AccountabilityValidator.Validate(map));

        Assert.Equal("ACC003", diagnostic.Code);
        Assert.Equal(new[] { first, "lead-member" }, diagnostic.RoleIds);
        Assert.Equal(AssignmentTarget.ForOutcome("BH"), diagnostic.Target);
    }

    [Theory]
    [MemberData(nameof(RegimeIds))]
    public void Validate_ReportingCycle_ReportsAcc004InCycleOrder(string regimeId)
    {
        // full-council -> lead-member -> leader -> full-council: the council made to report to its own cabinet member.
        var map = DefaultAccountabilityMaps.For(regimeId);
        map = map.WithLines(map.Lines.Add(new AccountabilityLine("full-council", LineKind.ReportsTo, "lead-member")));

        var diagnostic = Assert.Single(AccountabilityValidator.Validate(map));

        Assert.Equal("ACC004", diagnostic.Code);
        // The cycle starts at its first role in map order (full-council is role 0).
        Assert.Equal(new[] { "full-council", "lead-member", "leader" }, diagnostic.RoleIds);
        Assert.Contains("full-council -> lead-member -> leader -> full-council", diagnostic.Message, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_SelfReportingLine_ReportsAcc004()
    {
        var map = DefaultAccountabilityMaps.ChildrenAct2004;
        map = map.WithLines(map.Lines.Add(new AccountabilityLine("dcs", LineKind.ReportsTo, "dcs")));

        var diagnostic = Assert.Single(AccountabilityValidator.Validate(map));

        Assert.Equal("ACC004", diagnostic.Code);
        Assert.Equal(new[] { "dcs" }, diagnostic.RoleIds);
    }

    [Theory]
    [MemberData(nameof(RegimeIds))]
    public void Validate_RolesCutOffFromTheApex_ReportAcc005Each(string regimeId)
    {
        var map = DefaultAccountabilityMaps.For(regimeId);
        map = map.WithRoles(map.Roles.Add(new Role("island-a", RoleKind.Local, "Island A")).Add(new Role("island-b", RoleKind.Local, "Island B")))
            .WithLines(map.Lines.Add(new AccountabilityLine("island-a", LineKind.ReportsTo, "island-b")));

        var found = AccountabilityValidator.Validate(map);

        Assert.Equal(new[] { "ACC005", "ACC005" }, found.Select(d => d.Code));
        Assert.Equal(new[] { "island-a", "island-b" }, found.SelectMany(d => d.RoleIds));
    }

    [Fact]
    public void Validate_AccountableOfficerOutOfSightOfChiefExecutive_ReportsAcc006()
    {
        // The Director of Learning reports to the Leader instead: still in sight of the apex, but not of the Chief Executive.
        var map = DefaultAccountabilityMaps.Solace2014;
        map = map.WithLines(map.Lines.Select(l => l.FromRoleId == "director-of-learning" && l.Kind == LineKind.ReportsTo
            ? new AccountabilityLine("director-of-learning", LineKind.ReportsTo, "leader") : l));

        var diagnostic = Assert.Single(AccountabilityValidator.Validate(map));

        Assert.Equal("ACC006", diagnostic.Code);
        Assert.Equal(new[] { "director-of-learning" }, diagnostic.RoleIds);
        Assert.Contains("outcome EA", diagnostic.Message, System.StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(RegimeIds))]
    public void Validate_RoleNothingUses_ReportsAcc007AndAcc005(string regimeId)
    {
        var map = DefaultAccountabilityMaps.For(regimeId);
        map = map.WithRoles(map.Roles.Add(new Role("spare", RoleKind.Local, "Spare role")));

        var found = AccountabilityValidator.Validate(map);

        Assert.Equal(new[] { "ACC005", "ACC007" }, found.Select(d => d.Code));
        Assert.All(found, d => Assert.Equal(new[] { "spare" }, d.RoleIds));
    }

    [Fact]
    public void Validate_WithFramework_ReportsAcc008ForIndicatorsItLacks()
    {
        var framework = new Framework("test", "Test", "1", EveryChildMatters.Outcomes, new[]
        {
            new Indicator("cla-substance-misuse", "Under 18 conceptions", "BH", new[] { "BH3" }, MeasureKind.Rate,
                Polarity.LowerIsBetter, "per 1,000", PeriodKind.CalendarYear),
        });

        var found = AccountabilityValidator.Validate(DefaultAccountabilityMaps.ChildrenAct2004, AccountabilityRegime.ChildrenAct2004, framework);

        // The default map assigns four indicators; the framework has one of them.
        Assert.Equal(new[] { "indicator:cla-immunisations", "indicator:cla-dental-checks", "indicator:ks4-attainment8-cla" },
            found.Select(d => d.Target!.ToString()));
        Assert.All(found, d => Assert.Equal("ACC008", d.Code));
    }

    [Fact]
    public void Validate_SeveralFaults_ReportsAllInCheckOrder()
    {
        var map = Demote(DefaultAccountabilityMaps.ChildrenAct2004, RoleKind.DirectorOfChildrensServices);
        map = map.WithRoles(map.Roles.Add(new Role("spare", RoleKind.Local, "Spare role")))
            .WithLines(map.Lines.Add(new AccountabilityLine("full-council", LineKind.ReportsTo, "leader")))
            .WithAssignments(map.Assignments.Where(a => a.Target.ToString() != "outcome:EW"));

        var found = AccountabilityValidator.Validate(map);

        Assert.Equal(new[] { "ACC001", "ACC002", "ACC004", "ACC005", "ACC007" }, found.Select(d => d.Code));
    }

    [Fact]
    public void Validate_EmptyMap_DoesNotThrowAndReportsEveryMissingThing()
    {
        var map = new AccountabilityMap("empty", "Empty", AccountabilityRegime.ChildrenAndSocialWorkAct2017, System.Array.Empty<Role>(), System.Array.Empty<AccountabilityLine>(), System.Array.Empty<Assignment>());

        var found = AccountabilityValidator.Validate(map);

        // DCS, LM, 3 partners, scrutineer, apex = 7 missing roles; 5 outcomes unassigned; no roles to lack sight or be unused.
        Assert.Equal(Enumerable.Repeat("ACC001", 7).Concat(Enumerable.Repeat("ACC002", 5)), found.Select(d => d.Code));
    }

    [Fact]
    public void Validate_CustomRegime_RunsOnlyItsChecks()
    {
        var regime = AccountabilityRegime.Custom("Only cycles", new[] { AccountabilityCheck.NoReportingCycles });
        var map = new AccountabilityMap("m", "M", regime,
            new[] { new Role("a", RoleKind.Local, "A"), new Role("b", RoleKind.Local, "B"), new Role("c", RoleKind.Local, "C") },
            new[] { new AccountabilityLine("a", LineKind.ReportsTo, "b"), new AccountabilityLine("b", LineKind.ReportsTo, "a") },
            System.Array.Empty<Assignment>());

        var diagnostic = Assert.Single(AccountabilityValidator.Validate(map));

        Assert.Equal("ACC004", diagnostic.Code);
        Assert.Equal(new[] { "a", "b" }, diagnostic.RoleIds);
    }

    [Fact]
    public void Validate_TwoSeparateCycles_ReportsBoth()
    {
        var roles = "abcde".Select(c => new Role(c.ToString(), RoleKind.Local, c.ToString())).ToList();
        var lines = new List<AccountabilityLine>
        {
            new("a", LineKind.ReportsTo, "b"), new("b", LineKind.ReportsTo, "c"), new("c", LineKind.ReportsTo, "a"),
            new("c", LineKind.ReportsTo, "d"), new("d", LineKind.ReportsTo, "e"), new("e", LineKind.ReportsTo, "d"),
            new("a", LineKind.HoldsToAccount, "e"),
        };
        var map = new AccountabilityMap("m", "M", AccountabilityRegime.Custom("Cycles", new[] { AccountabilityCheck.NoReportingCycles }), roles, lines, System.Array.Empty<Assignment>());

        var found = AccountabilityValidator.Validate(map);

        Assert.Equal(new[] { new[] { "a", "b", "c" }, new[] { "d", "e" } }, found.Select(d => d.RoleIds.ToArray()));
    }

    private static AccountabilityMap Demote(AccountabilityMap map, RoleKind kind) =>
        map.WithRoles(map.Roles.Select(r => r.Kind == kind ? new Role(r.Id, RoleKind.Local, r.Name) : r));
}
