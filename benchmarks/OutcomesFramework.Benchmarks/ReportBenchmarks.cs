using System.Collections.Generic;
using System.Linq;
using BenchmarkDotNet.Attributes;
using NodaTime;
using OutcomesFramework.Accountability;
using OutcomesFramework.Assurance;
using OutcomesFramework.England;
using OutcomesFramework.Reports;
using OutcomesFramework.Scoring;

namespace OutcomesFramework.Benchmarks;

/// <summary>
/// The HTML report (docs/report.md): one council's report rendered from its scorecard, assurance result and map (as
/// <c>outcomes report --la</c> does after scoring), every council's report, and the England overview. The scoring and
/// assurance are done in setup; <see cref="OneCouncilEndToEnd"/> includes them.
/// </summary>
[MemoryDiagnoser]
public class ReportBenchmarks
{
    private static readonly LocalDate AsOf = new(2025, 9, 30);
    private readonly ReportProvenance provenance = new("0.1.0", AsOf);
    private ScoringEngine engine = null!;
    private CouncilReport leeds = null!;
    private List<CouncilReport> all = null!;
    private EnglandReport england = null!;
    private AssuranceEngine assurance = null!;

    /// <summary>Scores and assesses every council once.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var data = EnglandData.Default;
        engine = new ScoringEngine(data.Framework, data.Observations, data.Areas, data.StatisticalNeighbours);
        assurance = new AssuranceEngine(data.RuleSet, data.Framework);
        var league = engine.ScoreAll(2025);
        var results = assurance.AssessAll(AssuranceEvidence.FromLeague(league, data.Observations, AsOf, data.Inspections));
        var map = DefaultAccountabilityMaps.ChildrenAndSocialWorkAct2017;
        all = league.Scorecards.Select((card, i) => new CouncilReport(card, data.Observations, data.Areas, data.StatisticalNeighbours, provenance,
            results.First(r => r.Area.Code == card.Area.Code), data.RuleSet, map)).ToList();
        leeds = all.First(r => r.Scorecard.Area.Name == "Leeds");
        england = new EnglandReport(league, results, data.Areas, provenance, data.RuleSet);
        HtmlReport.Render(leeds);
    }

    /// <summary>One council's report, rendered.</summary>
    /// <returns>The HTML.</returns>
    [Benchmark]
    public string OneCouncil() => HtmlReport.Render(leeds);

    /// <summary>One council's report including its scorecard and assurance (what <c>outcomes report --la</c> does after loading the data).</summary>
    /// <returns>The HTML.</returns>
    [Benchmark]
    public string OneCouncilEndToEnd()
    {
        var data = EnglandData.Default;
        var card = engine.Score(leeds.Scorecard.Area, 2025);
        var result = assurance.Assess(AssuranceEvidence.FromScorecard(card, data.Observations, AsOf, data.Inspections));
        return HtmlReport.Render(new CouncilReport(card, data.Observations, data.Areas, data.StatisticalNeighbours, provenance, result, data.RuleSet, DefaultAccountabilityMaps.ChildrenAndSocialWorkAct2017));
    }

    /// <summary>All 153 council reports, one after another.</summary>
    /// <returns>The total length.</returns>
    [Benchmark]
    public long AllCouncils()
    {
        long length = 0;
        foreach (var r in all)
        {
            length += HtmlReport.Render(r).Length;
        }
        return length;
    }

    /// <summary>All 153 council reports on two threads.</summary>
    /// <returns>The total length.</returns>
    [Benchmark]
    public long AllCouncilsTwoThreads() => all.AsParallel().WithDegreeOfParallelism(2).Sum(r => (long)HtmlReport.Render(r).Length);

    /// <summary>The England overview.</summary>
    /// <returns>The HTML.</returns>
    [Benchmark]
    public string England() => HtmlReport.Render(england);
}
