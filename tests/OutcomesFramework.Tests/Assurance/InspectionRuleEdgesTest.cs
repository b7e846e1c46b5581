using System;
using NodaTime;
using OutcomesFramework.Assurance;
using OutcomesFramework.Inspections;
using Xunit;
using static OutcomesFramework.Tests.Assurance.AssuranceTestData;

namespace OutcomesFramework.Tests.Assurance;

/// <summary>Argument checks, equality, messages, evidence and window edges of <see cref="InspectionRule"/>.</summary>
public sealed class InspectionRuleEdgesTest
{
    private static AreaEvidence With(LocalDate asOf, LeadershipContext? leadership = null, params Inspection[] inspections) =>
        new(Hartlepool, 2025, asOf, new[] { Value(Rereferrals, 20) }, null, inspections, leadership);

    /// <summary>A visit published the day it happened, so it is known on that day.</summary>
    private static Inspection SameDay(LocalDate date, InspectionType type) => new(Hartlepool.Code, date, date, type, null, null, null, null);

    [Fact]
    public void LatestJudgement_UnknownJudgementOrGrade_Throws()
    {
        Refused.Argument(() => InspectionRule.LatestJudgement("x", Severity.Concern, (OfstedJudgement)99, OfstedGrade.Inadequate), "judgement", "Unknown judgement 99.");
        Refused.Argument(() => InspectionRule.LatestJudgement("x", Severity.Concern, OfstedJudgement.OverallEffectiveness, (OfstedGrade)99), "atOrWorseThan", "Unknown grade 99.");
    }

    [Fact]
    public void InspectionCount_ArgumentChecks()
    {
        Refused.Argument(() => InspectionRule.InspectionCount("x", Severity.Concern, (InspectionActivity)99, 12, 1, null), "activity", "Unknown activity 99.");
        Refused.OutOfRange(() => InspectionRule.InspectionCount("x", Severity.Concern, InspectionActivity.Any, 0, 1, null), "withinMonths");
        Refused.OutOfRange(() => InspectionRule.InspectionCount("x", Severity.Concern, InspectionActivity.Any, 601, 1, null), "withinMonths");
        Refused.Argument(() => InspectionRule.InspectionCount("x", Severity.Concern, InspectionActivity.Any, 12, null, null), "minimum", "An inspection count needs a minimum, a maximum or both.");
        Refused.OutOfRange(() => InspectionRule.InspectionCount("x", Severity.Concern, InspectionActivity.Any, 12, -1, null), "minimum");
        Refused.OutOfRange(() => InspectionRule.InspectionCount("x", Severity.Concern, InspectionActivity.Any, 12, 1001, null), "minimum");
        Refused.OutOfRange(() => InspectionRule.InspectionCount("x", Severity.Concern, InspectionActivity.Any, 12, null, -1), "maximum");
        Refused.OutOfRange(() => InspectionRule.InspectionCount("x", Severity.Concern, InspectionActivity.Any, 12, null, 1001), "maximum");
        Refused.Argument(() => InspectionRule.InspectionCount("x", Severity.Concern, InspectionActivity.Any, 12, 3, 2), "maximum", "The maximum (2) is below the minimum.");
    }

    /// <summary>The edges of every range are accepted: 1 and 600 months, 0 and 1000 activities, and a minimum equal to the maximum.</summary>
    [Fact]
    public void InspectionCount_EdgesAccepted()
    {
        Assert.Equal(1, InspectionRule.InspectionCount("x", Severity.Concern, InspectionActivity.Any, 1, 0, 1000).WithinMonths);
        Assert.Equal(600, InspectionRule.InspectionCount("x", Severity.Concern, InspectionActivity.Any, 600, 1000, null).WithinMonths);
        var equal = InspectionRule.InspectionCount("x", Severity.Concern, InspectionActivity.Any, 12, 2, 2);
        Assert.Equal(2, equal.Minimum);
        Assert.Equal(2, equal.Maximum);
    }

    [Fact]
    public void DirectorTimeInPost_OutOfRange_Throws()
    {
        Refused.OutOfRange(() => InspectionRule.DirectorTimeInPost("x", Severity.Concern, 0), "lessThanMonths");
        Refused.OutOfRange(() => InspectionRule.DirectorTimeInPost("x", Severity.Concern, 601), "lessThanMonths");
    }

    /// <summary>Two rules differing in just one parameter are different.</summary>
    [Fact]
    public void Equals_ComparesEveryParameter()
    {
        var latest = InspectionRule.LatestJudgement("r", Severity.Concern, OfstedJudgement.OverallEffectiveness, OfstedGrade.RequiresImprovement);
        Assert.Equal(latest, InspectionRule.LatestJudgement("r", Severity.Concern, OfstedJudgement.OverallEffectiveness, OfstedGrade.RequiresImprovement));
        Assert.NotEqual(latest, InspectionRule.LatestJudgement("r", Severity.Concern, OfstedJudgement.ImpactOfLeaders, OfstedGrade.RequiresImprovement));
        Assert.NotEqual(latest, InspectionRule.LatestJudgement("r", Severity.Concern, OfstedJudgement.OverallEffectiveness, OfstedGrade.Inadequate));

        var count = InspectionRule.InspectionCount("r", Severity.Concern, InspectionActivity.Graded, 12, 1, 3);
        Assert.Equal(count, InspectionRule.InspectionCount("r", Severity.Concern, InspectionActivity.Graded, 12, 1, 3));
        Assert.NotEqual(count, InspectionRule.InspectionCount("r", Severity.Concern, InspectionActivity.Any, 12, 1, 3));
        Assert.NotEqual(count, InspectionRule.InspectionCount("r", Severity.Concern, InspectionActivity.Graded, 13, 1, 3));
        Assert.NotEqual(count, InspectionRule.InspectionCount("r", Severity.Concern, InspectionActivity.Graded, 12, 2, 3));
        Assert.NotEqual(count, InspectionRule.InspectionCount("r", Severity.Concern, InspectionActivity.Graded, 12, 1, 4));

        var director = InspectionRule.DirectorTimeInPost("r", Severity.Concern, 12);
        Assert.Equal(director, InspectionRule.DirectorTimeInPost("r", Severity.Concern, 12));
        Assert.NotEqual(director, InspectionRule.DirectorTimeInPost("r", Severity.Concern, 13));
        Assert.NotEqual<AssuranceRule>(director, latest);
        Assert.Equal(director, director.WithTitle(null));
    }

    [Fact]
    public void LatestJudgement_MessageAndEvidence()
    {
        var rule = InspectionRule.LatestJudgement("ofsted-ri", Severity.Concern, OfstedJudgement.OverallEffectiveness, OfstedGrade.RequiresImprovement);
        // Inspected 2023-06-01, published 40 days later: 2023-07-11. Inadequate is worse than RI, so it fires.
        var f = Assert.Single(Run(rule, With(new LocalDate(2024, 1, 1), null, Graded(new LocalDate(2023, 6, 1), OfstedGrade.Inadequate))).Findings);
        Assert.Equal("The latest graded Ofsted inspection (ILACS Standard Inspection, 2023-06-01, published 2023-07-11) judged overall effectiveness Inadequate, "
            + "at or below Requires improvement to be good.", f.Message);
        Assert.Equal(new[] { "judgement", "grade", "inspection date", "published" }, EvidenceNames(f));
        Assert.Equal(new[] { "overall effectiveness", "Inadequate", "2023-06-01", "2023-07-11" }, EvidenceTexts(f));
        Assert.Equal(Severity.Concern, f.Severity);
    }

    [Theory]
    [InlineData(OfstedJudgement.OverallEffectiveness, "overall effectiveness")]
    [InlineData(OfstedJudgement.ImpactOfLeaders, "the impact of leaders")]
    [InlineData(OfstedJudgement.HelpAndProtection, "help and protection")]
    [InlineData(OfstedJudgement.ChildrenInCare, "children in care")]
    [InlineData(OfstedJudgement.CareLeavers, "care leavers")]
    public void LatestJudgement_NamesEachJudgement(OfstedJudgement judgement, string name)
    {
        // A 2024 inspection graded Inadequate on every judgement (care leavers judged since 2023).
        var rule = InspectionRule.LatestJudgement("j", Severity.Concern, judgement, OfstedGrade.Inadequate);
        var f = Assert.Single(Run(rule, With(AsOf, null, Graded(new LocalDate(2024, 2, 1), OfstedGrade.Inadequate))).Findings);
        Assert.Equal(name, f.Evidence[0].Text);
        Assert.Contains(") judged " + name + " Inadequate, at or below Inadequate.", f.Message);
    }

    [Fact]
    public void InspectionCount_MessageAndEvidence_MinimumOnly()
    {
        // Window: the 12 months to 2025-12-01; two monitoring visits in it.
        var rule = InspectionRule.InspectionCount("monitoring", Severity.Concern, InspectionActivity.MonitoringVisit, 12, minimum: 2, maximum: null);
        var f = Assert.Single(Run(rule, With(AsOf, null, Visit(new LocalDate(2025, 2, 1), InspectionType.MonitoringVisit), Visit(new LocalDate(2025, 6, 1), InspectionType.MonitoringVisit))).Findings);
        Assert.Equal("2 monitoring visits in the 12 months to 2025-12-01 (the rule fires from 2 or more).", f.Message);
        Assert.Equal(new[] { "count", "window months", "as of" }, EvidenceNames(f));
        Assert.Equal(2, f.Evidence[0].Number);
        Assert.Equal(12, f.Evidence[1].Number);
        Assert.Equal("2025-12-01", f.Evidence[2].Text);
    }

    [Fact]
    public void InspectionCount_RangeWording()
    {
        var visit = Visit(new LocalDate(2025, 6, 1), InspectionType.FocusedVisit);
        // One focused visit in the window; min 1 max 1 → "1"; min 0 max 3 → "0 to 3"; max 1 only → "1 or fewer".
        Assert.Equal("1 focused visits in the 24 months to 2025-12-01 (the rule fires from 1).",
            Assert.Single(Run(InspectionRule.InspectionCount("a", Severity.Concern, InspectionActivity.FocusedVisit, 24, 1, 1), With(AsOf, null, visit)).Findings).Message);
        Assert.Equal("1 focused visits in the 24 months to 2025-12-01 (the rule fires from 0 to 3).",
            Assert.Single(Run(InspectionRule.InspectionCount("a", Severity.Concern, InspectionActivity.FocusedVisit, 24, 0, 3), With(AsOf, null, visit)).Findings).Message);
        Assert.Equal("1 focused visits in the 24 months to 2025-12-01 (the rule fires from 1 or fewer).",
            Assert.Single(Run(InspectionRule.InspectionCount("a", Severity.Concern, InspectionActivity.FocusedVisit, 24, null, 1), With(AsOf, null, visit)).Findings).Message);
    }

    /// <summary>Each activity counts only its own kind: one standard inspection, two focused visits, three monitoring visits.</summary>
    [Theory]
    [InlineData(InspectionActivity.Graded, 1, "graded inspections")]
    [InlineData(InspectionActivity.FocusedVisit, 2, "focused visits")]
    [InlineData(InspectionActivity.MonitoringVisit, 3, "monitoring visits")]
    [InlineData(InspectionActivity.Any, 6, "inspections and visits")]
    public void InspectionCount_CountsAndNamesEachActivity(InspectionActivity activity, int expected, string name)
    {
        var all = new[]
        {
            Graded(new LocalDate(2024, 3, 1), OfstedGrade.Good),
            Visit(new LocalDate(2024, 9, 1), InspectionType.FocusedVisit), Visit(new LocalDate(2025, 1, 1), InspectionType.FocusedVisit),
            Visit(new LocalDate(2024, 6, 1), InspectionType.MonitoringVisit), Visit(new LocalDate(2024, 12, 1), InspectionType.MonitoringVisit),
            Visit(new LocalDate(2025, 5, 1), InspectionType.MonitoringVisit),
        };
        var f = Assert.Single(Run(InspectionRule.InspectionCount("c", Severity.Concern, activity, 36, 0, null), With(AsOf, null, all)).Findings);
        Assert.Equal(expected, f.Evidence[0].Number);
        Assert.Equal(expected + " " + name + " in the 36 months to 2025-12-01 (the rule fires from 0 or more).", f.Message);
    }

    /// <summary>The window is (as of − months, as of]: a visit exactly 12 months back is out, one on the assessment date is in.</summary>
    [Fact]
    public void InspectionCount_WindowEdges()
    {
        var rule = InspectionRule.InspectionCount("w", Severity.Concern, InspectionActivity.Any, 12, 1, null);
        // From = 2025-12-01 − 12 months = 2024-12-01, excluded.
        Assert.Empty(Run(rule, With(AsOf, null, SameDay(new LocalDate(2024, 12, 1), InspectionType.MonitoringVisit))).Findings);
        Assert.Single(Run(rule, With(AsOf, null, SameDay(new LocalDate(2024, 12, 2), InspectionType.MonitoringVisit))).Findings);
        Assert.Single(Run(rule, With(AsOf, null, SameDay(AsOf, InspectionType.MonitoringVisit))).Findings);
    }

    /// <summary>The count must be within [minimum, maximum]: below the minimum or above the maximum raises nothing.</summary>
    [Fact]
    public void InspectionCount_BoundsAreInclusive()
    {
        var visits = new[] { SameDay(new LocalDate(2025, 3, 1), InspectionType.MonitoringVisit), SameDay(new LocalDate(2025, 4, 1), InspectionType.MonitoringVisit) };
        Assert.Single(Run(InspectionRule.InspectionCount("b", Severity.Concern, InspectionActivity.Any, 12, 2, 2), With(AsOf, null, visits)).Findings);
        Assert.Empty(Run(InspectionRule.InspectionCount("b", Severity.Concern, InspectionActivity.Any, 12, 3, null), With(AsOf, null, visits)).Findings);
        Assert.Empty(Run(InspectionRule.InspectionCount("b", Severity.Concern, InspectionActivity.Any, 12, null, 1), With(AsOf, null, visits)).Findings);
    }

    [Fact]
    public void DirectorTimeInPost_MessageAndEvidence_AndEdge()
    {
        var rule = InspectionRule.DirectorTimeInPost("new-dcs", Severity.Advisory, 12);
        // 2025-03-15 to 2025-12-01 is 8 whole months < 12.
        var f = Assert.Single(Run(rule, With(AsOf, new LeadershipContext(new LocalDate(2025, 3, 15)))).Findings);
        Assert.Equal("The Director of Children's Services has been in post for 8 months (since 2025-03-15), less than 12.", f.Message);
        Assert.Equal(new[] { "months in post", "in post since" }, EvidenceNames(f));
        Assert.Equal(8, f.Evidence[0].Number);
        Assert.Equal("2025-03-15", f.Evidence[1].Text);
        // 2024-12-01 to 2025-12-01 is exactly 12 months: not less than 12. 2024-12-02 gives 11 months.
        Assert.Empty(Run(rule, With(AsOf, new LeadershipContext(new LocalDate(2024, 12, 1)))).Findings);
        Assert.Equal(11, Assert.Single(Run(rule, With(AsOf, new LeadershipContext(new LocalDate(2024, 12, 2)))).Findings).Evidence[0].Number);
    }
}
