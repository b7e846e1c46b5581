using NodaTime;
using OutcomesFramework.Assurance;
using OutcomesFramework.Inspections;
using Xunit;
using static OutcomesFramework.Tests.Assurance.AssuranceTestData;

namespace OutcomesFramework.Tests.Assurance;

public sealed class InspectionRuleTest
{
    private static AreaEvidence With(LocalDate asOf, LeadershipContext? leadership = null, params Inspection[] inspections) =>
        new(Hartlepool, 2025, asOf, new[] { Value(Rereferrals, 20) }, null, inspections, leadership);

    [Fact]
    public void LatestJudgement_AtOrWorseThanGrade_Fires()
    {
        var rule = InspectionRule.LatestJudgement("ofsted-ri", Severity.Concern, OfstedJudgement.OverallEffectiveness, OfstedGrade.RequiresImprovement);
        // Good in 2019, then requires improvement in 2023 (published 40 days later): the latest known is RI → fires.
        var evidence = With(new LocalDate(2024, 1, 1), null, Graded(new LocalDate(2019, 5, 1), OfstedGrade.Good), Graded(new LocalDate(2023, 6, 1), OfstedGrade.RequiresImprovement));
        var f = Assert.Single(Run(rule, evidence).Findings);
        Assert.Equal("Requires improvement to be good", f.Evidence[1].Text);
        // Inadequate is worse than RI → fires too; Good → not.
        Assert.Single(Run(rule, With(new LocalDate(2024, 1, 1), null, Graded(new LocalDate(2023, 6, 1), OfstedGrade.Inadequate))).Findings);
        Assert.Empty(Run(rule, With(new LocalDate(2024, 1, 1), null, Graded(new LocalDate(2023, 6, 1), OfstedGrade.Good))).Findings);
    }

    [Fact]
    public void LatestJudgement_ReportNotYetPublished_IsNotKnown()
    {
        var rule = InspectionRule.LatestJudgement("ofsted-inadequate", Severity.Serious, OfstedJudgement.OverallEffectiveness, OfstedGrade.Inadequate);
        // Inspected 1 June 2023, published 11 July 2023; on 1 July the judgement is not known yet, and the earlier Good stands.
        var inspections = new[] { Graded(new LocalDate(2019, 5, 1), OfstedGrade.Good), Graded(new LocalDate(2023, 6, 1), OfstedGrade.Inadequate) };
        Assert.Empty(Run(rule, With(new LocalDate(2023, 7, 1), null, inspections)).Findings);
        Assert.Single(Run(rule, With(new LocalDate(2023, 7, 11), null, inspections)).Findings);
    }

    [Fact]
    public void LatestJudgement_OnLeaders()
    {
        var rule = InspectionRule.LatestJudgement("leaders", Severity.Advisory, OfstedJudgement.ImpactOfLeaders, OfstedGrade.RequiresImprovement);
        Assert.Single(Run(rule, With(AsOf, null, Graded(new LocalDate(2024, 2, 1), OfstedGrade.Good, leaders: OfstedGrade.RequiresImprovement))).Findings);
        Assert.Empty(Run(rule, With(AsOf, null, Graded(new LocalDate(2024, 2, 1), OfstedGrade.RequiresImprovement, leaders: OfstedGrade.Good))).Findings);
    }

    [Fact]
    public void InspectionCount_MonitoringVisitsInWindow()
    {
        // Window: the 12 months to 1 December 2025, i.e. after 1 December 2024. Visits on 2025-02-01 and 2025-06-01 count; 2024-10-01 does not.
        var rule = InspectionRule.InspectionCount("monitoring", Severity.Concern, InspectionActivity.MonitoringVisit, 12, minimum: 2, maximum: null);
        var visits = new[]
        {
            Visit(new LocalDate(2024, 10, 1), InspectionType.MonitoringVisit), Visit(new LocalDate(2025, 2, 1), InspectionType.MonitoringVisit),
            Visit(new LocalDate(2025, 6, 1), InspectionType.MonitoringVisit), Visit(new LocalDate(2025, 7, 1), InspectionType.FocusedVisit),
        };
        var f = Assert.Single(Run(rule, With(AsOf, null, visits)).Findings);
        Assert.Equal(2, f.Evidence[0].Number);
        Assert.Empty(Run(rule, With(AsOf, null, visits[0], visits[1], visits[3])).Findings); // only one in the window
    }

    [Fact]
    public void InspectionCount_NoGradedInspectionForYears_WithMaximumZero()
    {
        var rule = InspectionRule.InspectionCount("not-inspected", Severity.Information, InspectionActivity.Graded, 48, minimum: null, maximum: 0);
        Assert.Single(Run(rule, With(AsOf, null, Graded(new LocalDate(2019, 5, 1), OfstedGrade.Good))).Findings);   // 2019 is > 48 months before
        Assert.Empty(Run(rule, With(AsOf, null, Graded(new LocalDate(2023, 5, 1), OfstedGrade.Good))).Findings);
    }

    [Fact]
    public void DirectorTimeInPost_LessThanMonths_Fires_AndNeedsTheCouncilsDate()
    {
        var rule = InspectionRule.DirectorTimeInPost("new-dcs", Severity.Advisory, 12);
        // 2025-03-15 to 2025-12-01 is 8 whole months < 12.
        var f = Assert.Single(Run(rule, With(AsOf, new LeadershipContext(new LocalDate(2025, 3, 15)))).Findings);
        Assert.Equal(8, f.Evidence[0].Number);
        Assert.Empty(Run(rule, With(AsOf, new LeadershipContext(new LocalDate(2024, 11, 1)))).Findings); // 13 months
        Assert.Empty(Run(rule, With(AsOf)).Findings);                                                   // not supplied
    }
}
