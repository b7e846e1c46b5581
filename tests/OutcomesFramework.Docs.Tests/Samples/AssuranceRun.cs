#region sample
using NodaTime;
using OutcomesFramework.Assurance;
using OutcomesFramework.England;
using OutcomesFramework.Scoring;
#endregion
using System.Linq;
using Xunit;

namespace OutcomesFramework.Docs.Tests.Samples;

/// <summary>docs/assurance.md, "Running it": one council's findings and level, then every council's.</summary>
public sealed class AssuranceRun
{
    [Fact]
    public void AssessesOneCouncilAndAll()
    {
        #region sample
        var data = EnglandData.Default;
        var scoring = new ScoringEngine(data.Framework, data.Observations, data.Areas, data.StatisticalNeighbours);
        var engine = new AssuranceEngine(data.RuleSet, data.Framework);   // checks the rules against the framework once
        var asOf = new LocalDate(2025, 12, 1);                              // what was published by then counts

        var card = scoring.Score("Hartlepool");
        var evidence = AssuranceEvidence.FromScorecard(card, data.Observations, asOf, data.Inspections,
            new LeadershipContext(directorInPostSince: new LocalDate(2025, 3, 15)));   // leadership only where the council supplies it
        var result = engine.Assess(evidence);
        // result.Level, result.RaisedBy, result.Findings; finding.ExplainIn(card) finds the explanation node.

        var all = engine.AssessAll(AssuranceEvidence.FromLeague(scoring.ScoreAll(), data.Observations, asOf, data.Inspections)); // worst first
        #endregion

        Assert.Equal("Hartlepool", result.Area.Name);
        Assert.Equal(asOf, result.AsOf);
        Assert.All(result.RaisedBy, f => Assert.Contains(f, result.Findings));
        Assert.Equal(data.Areas.LocalAuthorities.Length, all.Length);
        Assert.All(all.Zip(all.Skip(1)), pair => Assert.True(AssuranceResult.WorstFirst.Compare(pair.First, pair.Second) <= 0));
    }
}
