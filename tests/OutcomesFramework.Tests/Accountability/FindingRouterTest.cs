using System;
using System.Linq;
using OutcomesFramework.Accountability;
using OutcomesFramework.Assurance;
using Xunit;

namespace OutcomesFramework.Tests.Accountability;

// Expected recipients are read off the default Children Act 2004 map (src/.../Defaults/children-act-2004.json):
// dcs -> chief-executive -> leader -> full-council and dph -> chief-executive are the "reports to" chains;
// SS: A dcs, R dcs, I lead-member + chief-executive; PC: A dcs, R youth-justice-service, I lead-member;
// indicator:cla-immunisations: A dph, R dph, I dcs; overall: A dcs, R dcs, I lead-member + chief-executive.
public sealed class FindingRouterTest
{
    private static readonly FindingRouter Router = new(DefaultAccountabilityMaps.ChildrenAct2004);

    [Fact]
    public void Route_InformationOnOutcome_GoesToAssignedRolesOnly()
    {
        var route = Router.Route(new RoutableFinding("pc-rule", Severity.Information, "E09000001", "Noted.", "PC"));

        Assert.Equal(new[] { "dcs", "youth-justice-service", "lead-member" }, route.Recipients.Select(r => r.Role.Id));
        Assert.Equal(RouteReasonKind.Accountable, route.Recipients[0].Reasons.Single().Kind);
        Assert.Equal("accountable for outcome PC", route.Recipients[0].Reasons[0].Explanation);
        Assert.Equal(AssignmentTarget.ForOutcome("PC"), route.AppliedTarget);
        Assert.Empty(route.Notes);
    }

    [Fact]
    public void Route_ConcernOnHealthIndicator_GoesToDirectorOfPublicHealthAndOneStepUp()
    {
        var route = Router.Route(new RoutableFinding("obesity-rule", Severity.Concern, "E09000001", "Rising.", "BH", "cla-immunisations"));

        Assert.Equal(new[] { "dph", "dcs", "chief-executive" }, route.Recipients.Select(r => r.Role.Id));
        Assert.Equal(new[] { RouteReasonKind.Accountable, RouteReasonKind.Responsible }, route.Recipients[0].Reasons.Select(r => r.Kind));
        Assert.Equal(RouteReasonKind.Informed, route.Recipients[1].Reasons.Single().Kind);
        var escalation = route.Recipients[2].Reasons.Single();
        Assert.Equal(RouteReasonKind.Escalation, escalation.Kind);
        Assert.Equal(1, escalation.EscalationStep);
        Assert.Equal(new AccountabilityLine("dph", LineKind.ReportsTo, "chief-executive"), escalation.Line);
        Assert.Equal("escalation step 1 via the 'reports to' line from dph to chief-executive, because a Concern finding escalates 1 step up the reporting lines",
            escalation.Explanation);
    }

    [Fact]
    public void Route_IndicatorWithoutItsOwnAssignment_FallsBackToItsOutcomeAndSaysSo()
    {
        var route = Router.Route(new RoutableFinding("cla-rule", Severity.Advisory, "E09000001", "High.", "SS", "cla-rate"));

        Assert.Equal(AssignmentTarget.ForOutcome("SS"), route.AppliedTarget);
        Assert.Equal(new[] { "dcs", "lead-member", "chief-executive" }, route.Recipients.Select(r => r.Role.Id));
        Assert.Equal("accountable for outcome SS (indicator cla-rate has no assignment of its own, so the assignment for outcome SS applies)",
            route.Recipients[0].Reasons[0].Explanation);
    }

    [Fact]
    public void Route_SeriousOnOutcome_EscalatesToTheTopAndReachesChiefExecutiveAndLeadMember()
    {
        var route = Router.Route(new RoutableFinding("ss-rule", Severity.Serious, "E09000001", "Inadequate.", "SS"));

        Assert.Equal(new[] { "dcs", "lead-member", "chief-executive", "leader", "full-council" }, route.Recipients.Select(r => r.Role.Id));
        var chief = route.Recipients[2];
        Assert.Equal(new[] { RouteReasonKind.Informed, RouteReasonKind.Escalation }, chief.Reasons.Select(r => r.Kind));
        Assert.Equal(new[] { 1, 2, 3 }, route.RecipientsFor(RouteReasonKind.Escalation).Select(r => r.Reasons.Single(x => x.Kind == RouteReasonKind.Escalation).EscalationStep));
        Assert.Empty(route.RecipientsFor(RouteReasonKind.SeriousFinding));
    }

    [Fact]
    public void Route_SeriousOnHealthIndicator_AddsLeadMemberBecauseTheLinesDoNotLeadThere()
    {
        var route = Router.Route(new RoutableFinding("obesity-rule", Severity.Serious, "E09000001", "Very high.", "BH", "cla-immunisations"));

        Assert.Equal(new[] { "dph", "dcs", "chief-executive", "leader", "full-council", "lead-member" }, route.Recipients.Select(r => r.Role.Id));
        Assert.Equal(RouteReasonKind.SeriousFinding, route.Recipients[5].Reasons.Single().Kind);
    }

    [Fact]
    public void Route_FindingWithNoOutcome_UsesTheOverallAssignment()
    {
        var route = Router.Route(new RoutableFinding("workforce-rule", Severity.Information, "E09000001", "Turnover."));

        Assert.Equal(AssignmentTarget.Overall, route.AppliedTarget);
        Assert.Equal(new[] { "dcs", "lead-member", "chief-executive" }, route.Recipients.Select(r => r.Role.Id));
        Assert.Equal("accountable for children's services overall", route.Recipients[0].Reasons[0].Explanation);
    }

    [Fact]
    public void Route_NobodyAccountable_FallsBackToChiefExecutiveWithANote()
    {
        var map = DefaultAccountabilityMaps.ChildrenAct2004;
        map = map.WithAssignments(map.Assignments.Where(a => a.Target.Kind == AssignmentTargetKind.Indicator));

        var route = new FindingRouter(map).Route(new RoutableFinding("ss-rule", Severity.Concern, "E09000001", "x", "SS"));

        Assert.Null(route.AppliedTarget);
        Assert.Equal(new[] { "chief-executive", "leader" }, route.Recipients.Select(r => r.Role.Id));
        Assert.Equal(RouteReasonKind.Fallback, route.Recipients[0].Reasons.Single().Kind);
        Assert.Equal(2, route.Notes.Length);
        Assert.Contains("ACC002", route.Notes[1], StringComparison.Ordinal);
    }

    [Fact]
    public void Route_SeriousWhenMapLacksLeadMember_NotesTheGap()
    {
        var map = DefaultAccountabilityMaps.ChildrenAct2004;
        map = map.WithRoles(map.Roles.Select(r => r.Kind == RoleKind.LeadMemberForChildrensServices ? new Role(r.Id, RoleKind.Local, r.Name) : r));

        var route = new FindingRouter(map).Route(new RoutableFinding("r", Severity.Serious, "E09000001", "x", "EA"));

        var note = Assert.Single(route.Notes);
        Assert.Contains("Lead Member for Children's Services", note, StringComparison.Ordinal);
    }

    [Fact]
    public void Route_CustomPolicy_EscalatesAsFarAsItSays()
    {
        var policy = new EscalationPolicy(0, 2, 2, 2);
        var route = new FindingRouter(DefaultAccountabilityMaps.ChildrenAct2004, policy)
            .Route(new RoutableFinding("r", Severity.Advisory, "E09000001", "x", "EA"));

        // EA: A dcs; R schools-and-academy-trusts, virtual-school-head; I lead-member; then dcs -> chief-executive -> leader.
        Assert.Equal(new[] { "dcs", "schools-and-academy-trusts", "virtual-school-head", "lead-member", "chief-executive", "leader" },
            route.Recipients.Select(r => r.Role.Id));
    }

    [Fact]
    public void Route_SameFindingTwice_GivesTheSameExplanation()
    {
        var finding = new RoutableFinding("ss-rule", Severity.Serious, "E09000001", "Inadequate.", "SS");

        var first = Router.Route(finding).Explain();
        var second = new FindingRouter(DefaultAccountabilityMaps.ChildrenAct2004).Route(finding).Explain();

        Assert.Equal(first, second);
        Assert.StartsWith("Serious ss-rule E09000001 SS: Inadequate.\n  dcs (Director of Children's Services)\n    - accountable for outcome SS\n", first, StringComparison.Ordinal);
    }

    [Fact]
    public void EscalationPolicy_LessSevereEscalatingFurther_Throws()
    {
        Assert.Throws<ArgumentException>(() => new EscalationPolicy(0, 3, 1, 1));
    }

    [Fact]
    public void RoutableFinding_IndicatorWithoutOutcome_Throws()
    {
        Assert.Throws<ArgumentException>(() => new RoutableFinding("r", Severity.Concern, "E09000001", "x", null, "cla-rate"));
    }

    [Fact]
    public void RoutableFinding_UnknownOutcome_Throws()
    {
        Assert.Throws<ArgumentException>(() => new RoutableFinding("r", Severity.Concern, "E09000001", "x", "XX"));
    }
}
