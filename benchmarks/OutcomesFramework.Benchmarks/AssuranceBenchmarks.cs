using System.Collections.Immutable;
using BenchmarkDotNet.Attributes;
using NodaTime;
using OutcomesFramework.Assurance;
using OutcomesFramework.England;
using OutcomesFramework.Scoring;

namespace OutcomesFramework.Benchmarks;

/// <summary>
/// The default England rule set over all 153 local authorities, given their scorecards (docs/performance/assurance.md):
/// the rules alone on evidence already built, and the evidence built from the scorecards plus the rules.
/// </summary>
[MemoryDiagnoser]
public class AssuranceBenchmarks
{
    private static readonly LocalDate AsOf = new(2025, 12, 1);

    private EnglandData data = null!;
    private League league = null!;
    private AssuranceEngine engine = null!;
    private ImmutableArray<AreaEvidence> evidence;

    /// <summary>Scores every authority once (2025) and builds the engine for the default rule set.</summary>
    [GlobalSetup]
    public void Setup()
    {
        data = EnglandData.Default;
        league = new ScoringEngine(data.Framework, data.Observations, data.Areas, data.StatisticalNeighbours).ScoreAll(2025);
        engine = new AssuranceEngine(EnglandData.Default.RuleSet, data.Framework);
        evidence = AssuranceEvidence.FromLeague(league, data.Observations, AsOf, data.Inspections);
    }

    /// <summary>The 24 rules of the default set for 153 authorities, evidence already built; results ordered worst first.</summary>
    /// <returns>The results.</returns>
    [Benchmark(Baseline = true)]
    public ImmutableArray<AssuranceResult> RulesOnly153() => engine.AssessAll(evidence);

    /// <summary>Evidence from the 153 scorecards (each indicator's series read from the observations), then the rules.</summary>
    /// <returns>The results.</returns>
    [Benchmark]
    public ImmutableArray<AssuranceResult> EvidenceAndRules153() =>
        engine.AssessAll(AssuranceEvidence.FromLeague(league, data.Observations, AsOf, data.Inspections));

    /// <summary>As <see cref="EvidenceAndRules153"/>, on two threads (the machine's two cores).</summary>
    /// <returns>The results.</returns>
    [Benchmark]
    public ImmutableArray<AssuranceResult> EvidenceAndRules153TwoThreads() =>
        engine.AssessAll(AssuranceEvidence.FromLeague(league, data.Observations, AsOf, data.Inspections, null, 2), 2);

    /// <summary>One authority: the rules on its evidence.</summary>
    /// <returns>The result.</returns>
    [Benchmark]
    public AssuranceResult RulesOnlyOne() => engine.Assess(evidence[0]);
}
