using System;
using System.IO;
using System.Linq;
using System.Text;
using NodaTime;
using OutcomesFramework.Assurance;
using OutcomesFramework.Scoring;
using Xunit;

namespace OutcomesFramework.England.Tests.Assurance;

public sealed class DefaultRuleSetTest
{
    [Fact]
    public void DefaultEngland_FitsTheEnglandFramework()
    {
        Assert.Empty(EnglandData.Default.RuleSet.Validate(EnglandData.Default.Framework));
        // Every kind but local thresholds, which are for a council to set (England has no local targets).
        // Every kind but local thresholds and the fitted model, which 2025.2 (EarlyWarningRuleSet) adds as its one logistic score.
        Assert.Equal(RuleKinds.All.Where(k => k != RuleKind.Threshold && k != RuleKind.LogisticScore).ToHashSet(), EnglandData.Default.RuleSet.Rules.Select(r => r.Kind).ToHashSet());
        Assert.Equal(RuleKinds.All.Where(k => k != RuleKind.Threshold).ToHashSet(), EnglandData.Default.EarlyWarningRuleSet.Rules.Select(r => r.Kind).ToHashSet());
    }

    [Fact]
    public void DocumentedExtension_AppliesToTheDefault()
    {
        var json = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "assurance", "local-2026.json"));
        var local = RuleSetJson.Read(json, EnglandData.Default.Framework, EnglandData.Default.RuleSet);
        Assert.Equal("2026.1", local.Version);
        Assert.Equal("2025.1", local.ExtendsVersion);
        Assert.Null(local.Find("stale-figure"));
        Assert.Equal("rereferrals-rag", local.Rules[^1].Id);
        Assert.Equal(EnglandData.Default.RuleSet.Rules.Length, local.Rules.Length);
        Assert.Equal(1, Assert.IsType<WorkforcePressureRule>(local.Find("workforce-pressure")).MinimumMeasures);
    }

    [Fact]
    public void DefaultEngland_GivesEveryAuthorityALevel()
    {
        var data = EnglandData.Default;
        var league = new ScoringEngine(data.Framework, data.Observations, data.Areas, data.StatisticalNeighbours).ScoreAll();
        var results = new AssuranceEngine(EnglandData.Default.RuleSet, data.Framework)
            .AssessAll(AssuranceEvidence.FromLeague(league, data.Observations, new LocalDate(2025, 12, 1), data.Inspections));
        Assert.Equal(153, results.Length);
        // An authority whose latest published Ofsted judgement is inadequate is at level serious, raised by that rule.
        foreach (var r in results)
        {
            var latest = data.Inspections.For(r.Area.Code).LastOrDefault(i => i.IsGraded && i.PublicationDate <= new LocalDate(2025, 12, 1));
            if (latest?.OverallEffectiveness == OutcomesFramework.Inspections.OfstedGrade.Inadequate)
            {
                Assert.Equal(EarlyWarningLevel.Serious, r.Level);
                Assert.Contains(r.RaisedBy, f => f.RuleId == "ofsted-inadequate");
            }
        }
    }

    [Fact]
    public void DefaultEngland_RoundTrips()
    {
        var set = EnglandData.Default.RuleSet;
        Assert.Equal("ecm-england-assurance", set.Id);
        Assert.Equal(set, RuleSetJson.Read(RuleSetJson.ToJson(set)));
        Assert.EndsWith("\n", RuleSetJson.ToJson(set), StringComparison.Ordinal);
        Assert.DoesNotContain("\r", Encoding.UTF8.GetString(RuleSetJson.ToUtf8Bytes(set)), StringComparison.Ordinal);
    }

    [Fact]
    public void DefaultEngland_IsTheEmbeddedFile()
    {
        // The rule set lives in the England package (it names England's indicator ids), as a file users can read.
        using var stream = typeof(EnglandData).Assembly.GetManifestResourceStream(EnglandData.RuleSetFileName);
        Assert.NotNull(stream);
        Assert.Equal(EnglandData.Default.RuleSet, RuleSetJson.Read(stream!));
    }
}
