using System;
using System.Linq;
using OutcomesFramework.Accountability;
using Xunit;

namespace OutcomesFramework.Tests.Accountability;

public sealed class AccountabilityVocabularyTest
{
    [Fact]
    public void StatutoryRoles_EveryKind_HasNameIdAndBasis()
    {
        foreach (var kind in Enum.GetValues(typeof(RoleKind)).Cast<RoleKind>())
        {
            Assert.False(string.IsNullOrWhiteSpace(StatutoryRoles.NameOf(kind)));
            Assert.False(string.IsNullOrWhiteSpace(StatutoryRoles.BasisOf(kind)));
            Assert.False(string.IsNullOrWhiteSpace(StatutoryRoles.DefaultIdOf(kind)));
        }
        Assert.Equal(Enum.GetValues(typeof(RoleKind)).Length - 1, StatutoryRoles.Kinds.Length);
        Assert.DoesNotContain(RoleKind.Local, StatutoryRoles.Kinds);
    }

    [Theory]
    [InlineData(RoleKind.DirectorOfChildrensServices, "dcs", "Children Act 2004 s.18")]
    [InlineData(RoleKind.LeadMemberForChildrensServices, "lead-member", "Children Act 2004 s.19")]
    [InlineData(RoleKind.HealthAndWellbeingBoard, "health-and-wellbeing-board", "Health and Social Care Act 2012 s.194")]
    [InlineData(RoleKind.DirectorOfPublicHealth, "dph", "National Health Service Act 2006 s.73A")]
    [InlineData(RoleKind.SafeguardingPartnerIntegratedCareBoard, "safeguarding-partner-icb", "Children Act 2004 s.16E")]
    [InlineData(RoleKind.YouthJusticeService, "youth-justice-service", "Crime and Disorder Act 1998")]
    [InlineData(RoleKind.VirtualSchoolHead, "virtual-school-head", "Children Act 1989 s.22(3B)")]
    public void StatutoryRoles_Create_CarriesTheSectionFromTheCatalogue(RoleKind kind, string id, string section)
    {
        var role = StatutoryRoles.Create(kind);

        Assert.Equal(id, role.Id);
        Assert.Equal(kind, role.Kind);
        Assert.StartsWith(section, role.StatutoryBasis, StringComparison.Ordinal);
    }

    [Fact]
    public void StatutoryRoles_CreateLocal_Throws()
    {
        Assert.Throws<ArgumentException>(() => StatutoryRoles.Create(RoleKind.Local));
    }

    [Fact]
    public void AccountabilityNames_EveryValue_RoundTripsAndNamesAreUnique()
    {
        foreach (var kind in Enum.GetValues(typeof(RoleKind)).Cast<RoleKind>())
        {
            Assert.True(AccountabilityNames.TryParseRoleKind(AccountabilityNames.ToName(kind), out var back));
            Assert.Equal(kind, back);
        }
        foreach (var kind in Enum.GetValues(typeof(LineKind)).Cast<LineKind>())
        {
            Assert.True(AccountabilityNames.TryParseLineKind(AccountabilityNames.ToName(kind), out var back));
            Assert.Equal(kind, back);
        }
        foreach (var check in Enum.GetValues(typeof(AccountabilityCheck)).Cast<AccountabilityCheck>())
        {
            Assert.True(AccountabilityNames.TryParseCheck(AccountabilityNames.ToName(check), out var back));
            Assert.Equal(check, back);
        }
        Assert.Equal(AccountabilityNames.RoleKindNames.Length, AccountabilityNames.RoleKindNames.Distinct().Count());
        Assert.Equal(AccountabilityNames.CheckNames.Length, AccountabilityNames.CheckNames.Distinct().Count());
        Assert.False(AccountabilityNames.TryParseLineKind("Reports-To", out _));
    }

    [Theory]
    [InlineData("overall", AssignmentTargetKind.Overall, null)]
    [InlineData("outcome:EW", AssignmentTargetKind.Outcome, "EW")]
    [InlineData("indicator:cla-rate", AssignmentTargetKind.Indicator, "cla-rate")]
    public void AssignmentTarget_Parse_RoundTrips(string text, AssignmentTargetKind kind, string? id)
    {
        var target = AssignmentTarget.Parse(text);

        Assert.Equal(kind, target.Kind);
        Assert.Equal(id, target.Id);
        Assert.Equal(text, target.ToString());
    }

    [Theory]
    [InlineData("outcome:XX")]
    [InlineData("indicator:")]
    [InlineData("Overall")]
    [InlineData("indicator:bad id")]
    public void AssignmentTarget_ParseMalformed_ThrowsFormatException(string text)
    {
        Assert.Throws<FormatException>(() => AssignmentTarget.Parse(text));
    }

    [Fact]
    public void AccountabilityMap_DanglingReferencesAndDuplicateIds_AreAllReported()
    {
        var e = Assert.Throws<AccountabilityMapValidationException>(() => new AccountabilityMap("m", "M", AccountabilityRegime.Solace2014,
            new[] { new Role("a", RoleKind.Local, "A"), new Role("a", RoleKind.Local, "A again") },
            new[] { new AccountabilityLine("a", LineKind.ReportsTo, "ghost") },
            new[] { new Assignment(AssignmentTarget.Overall, "phantom", new[] { "a" }) }));

        Assert.Equal(new[] { "roles[1].id", "lines[0].to", "assignments[0].accountable" }, e.Problems.Select(p => p.Path));
    }

    [Fact]
    public void Assignment_RoleListedTwice_Throws()
    {
        Assert.Throws<ArgumentException>(() => new Assignment(AssignmentTarget.Overall, "a", new[] { "b", "b" }));
    }

    [Fact]
    public void AccountabilityRegime_NamedRegimes_HaveTheirStatutoryChecks()
    {
        Assert.Contains(AccountabilityCheck.LocalSafeguardingChildrenBoardRequired, AccountabilityRegime.ChildrenAct2004.Checks);
        Assert.DoesNotContain(AccountabilityCheck.LocalSafeguardingChildrenBoardRequired, AccountabilityRegime.ChildrenAndSocialWorkAct2017.Checks);
        Assert.Contains(AccountabilityCheck.SafeguardingPartnersRequired, AccountabilityRegime.ChildrenAndSocialWorkAct2017.Checks);
        Assert.DoesNotContain(AccountabilityCheck.DirectorOfChildrensServicesRequired, AccountabilityRegime.Solace2014.Checks);
        Assert.Contains(AccountabilityCheck.LineOfSightToChiefExecutive, AccountabilityRegime.Solace2014.Checks);
        Assert.All(AccountabilityRegime.Named, r => Assert.True(r.Has(AccountabilityCheck.OneAccountableRole) && r.Has(AccountabilityCheck.NoReportingCycles)
            && r.Has(AccountabilityCheck.LineOfSightToDemocraticApex) && r.Has(AccountabilityCheck.NoUnusedRoles)));
    }

    [Fact]
    public void AccountabilityRegime_CustomWithRepeatedCheck_Throws()
    {
        Assert.Throws<ArgumentException>(() => AccountabilityRegime.Custom("x", new[] { AccountabilityCheck.NoUnusedRoles, AccountabilityCheck.NoUnusedRoles }));
    }
}
