using BenchmarkDotNet.Attributes;
using OutcomesFramework.Areas;
using OutcomesFramework.England;
using OutcomesFramework.Evidence;
using OutcomesFramework.Frameworks;
using OutcomesFramework.Scoring;

namespace OutcomesFramework.Benchmarks;

/// <summary>
/// The scoring engine on the real England data and the default framework (40 indicators, 153 authorities), for the
/// latest year with trends: every authority's scorecard, and one authority's, each from a new engine (cross-sections
/// built as part of the work) and from an engine that has already built them (as a long-lived service would hold).
/// </summary>
[MemoryDiagnoser]
public class ScoringBenchmarks
{
    private Framework framework = null!;
    private ObservationSet observations = null!;
    private AreaCatalogue areas = null!;
    private StatisticalNeighbourModel neighbours = null!;
    private ScoringEngine warm = null!;
    private Area leeds = null!;

    /// <summary>Loads the England data and warms one engine.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var england = EnglandData.Default;
        framework = england.Framework;
        observations = england.Observations;
        areas = england.Areas;
        neighbours = england.StatisticalNeighbours;
        leeds = areas.Get("Leeds");
        warm = new ScoringEngine(framework, observations, areas, neighbours);
        warm.ScoreAll(2025);
    }

    /// <summary>All 153 scorecards and their ranks, with the engine built and its cross-sections computed as part of the work.</summary>
    /// <returns>The league.</returns>
    [Benchmark]
    public League AllAuthoritiesFromNewEngine() => new ScoringEngine(framework, observations, areas, neighbours).ScoreAll(2025);

    /// <summary>All 153 scorecards and their ranks, reusing the engine's cross-sections.</summary>
    /// <returns>The league.</returns>
    [Benchmark]
    public League AllAuthorities() => warm.ScoreAll(2025);

    /// <summary>All 153 scorecards on two threads (the same bytes as sequential).</summary>
    /// <returns>The league.</returns>
    [Benchmark]
    public League AllAuthoritiesTwoThreads() => warm.ScoreAll(2025, maxDegreeOfParallelism: 2);

    /// <summary>One authority's scorecard, reusing the engine's cross-sections.</summary>
    /// <returns>The scorecard.</returns>
    [Benchmark]
    public Scorecard OneAuthority() => warm.Score(leeds, 2025);

    /// <summary>One authority's scorecard from a new engine (its cross-sections built first).</summary>
    /// <returns>The scorecard.</returns>
    [Benchmark]
    public Scorecard OneAuthorityFromNewEngine() => new ScoringEngine(framework, observations, areas, neighbours).Score(leeds, 2025);
}
