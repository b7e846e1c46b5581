using System;
using NodaTime;
using OutcomesFramework.Accountability;
using OutcomesFramework.Assurance;
using OutcomesFramework.England;
using OutcomesFramework.Reports;
using OutcomesFramework.Scoring;
using Xunit;

namespace OutcomesFramework.Docs.Tests.Samples;

/// <summary>docs/report.md, "From C#": a council's report and England's overview.</summary>
public sealed class HtmlReportRender
{
    [Fact]
    public void RendersLeedsAndEngland()
    {
        var england = EnglandData.Default;
        var (observations, areas, neighbours, ruleSet) = (england.Observations, england.Areas, england.StatisticalNeighbours, england.RuleSet);
        var scoring = new ScoringEngine(england.Framework, observations, areas, neighbours);
        var assurance = new AssuranceEngine(ruleSet, england.Framework);
        var asOf = new LocalDate(2025, 9, 30);
        var scorecard = scoring.Score("Leeds");
        var assuranceResult = assurance.Assess(AssuranceEvidence.FromScorecard(scorecard, observations, asOf, england.Inspections));
        var league = scoring.ScoreAll();
        var results = assurance.AssessAll(AssuranceEvidence.FromLeague(league, observations, asOf, england.Inspections));
        var provenance = new ReportProvenance("0.2.0", asOf);

        #region sample
        var report = new CouncilReport(scorecard, observations, areas, neighbours,
            new ReportProvenance("0.2.0", new LocalDate(2025, 9, 30), "Contains public sector information licensed under the OGL v3.0."),
            assuranceResult, ruleSet, DefaultAccountabilityMaps.ChildrenAndSocialWorkAct2017);
        string html = HtmlReport.Render(report);          // or HtmlReport.Write(report, stream)
        string overview = HtmlReport.Render(new EnglandReport(league, results, areas, provenance, ruleSet));
        #endregion

        Assert.StartsWith("<!DOCTYPE html>", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("Leeds", html, StringComparison.Ordinal);
        Assert.StartsWith("<!DOCTYPE html>", overview, StringComparison.OrdinalIgnoreCase);
    }
}
