using BenchmarkDotNet.Attributes;
using OutcomesFramework.England;
using OutcomesFramework.Scoring;
using OutcomesFramework.Scoring.Sensitivity;
using OutcomesFramework.Scoring.Uncertainty;

namespace OutcomesFramework.Benchmarks;

/// <summary>
/// Issue 14's budgets on the real England data and the default framework (153 authorities, every outcome): 1,000
/// Monte Carlo replications of the whole league (≤ 1 s on one thread, and on two), and a sensitivity run of 10,000
/// model evaluations (≤ 10 s). Each call builds the composite model from the engine as a user's call does.
/// </summary>
[MemoryDiagnoser]
public class UncertaintyBenchmarks
{
    // The default design varies four choices, so N × (4 + 2) evaluations: N = 1667 gives 10,002.
    private static readonly SensitivityDesign TenThousand = SensitivityDesign.Default.WithBaseSamples(1667);

    private ScoringEngine engine = null!;
    private int year;

    /// <summary>Loads the England data and scores the league once (the engine's cross-sections are built).</summary>
    [GlobalSetup]
    public void Setup()
    {
        var england = EnglandData.Default;
        engine = new ScoringEngine(england.Framework, england.Observations, england.Areas, england.StatisticalNeighbours);
        year = engine.ScoreAll().Year;
    }

    /// <summary>1,000 replications of the league, one thread.</summary>
    /// <returns>The rank intervals.</returns>
    [Benchmark(Baseline = true)]
    public RankUncertainty MonteCarlo1000OneThread() => RankUncertaintyAnalysis.Run(engine, year, UncertaintyOptions.Default, 1);

    /// <summary>1,000 replications of the league, two threads (the same result as one).</summary>
    /// <returns>The rank intervals.</returns>
    [Benchmark]
    public RankUncertainty MonteCarlo1000TwoThreads() => RankUncertaintyAnalysis.Run(engine, year, UncertaintyOptions.Default, 2);

    /// <summary>A sensitivity run of 10,002 model evaluations, one thread.</summary>
    /// <returns>The indices.</returns>
    [Benchmark]
    public SensitivityResult Sensitivity10000OneThread() => SensitivityAnalysis.Run(engine, year, TenThousand, 1);

    /// <summary>A sensitivity run of 10,002 model evaluations, two threads.</summary>
    /// <returns>The indices.</returns>
    [Benchmark]
    public SensitivityResult Sensitivity10000TwoThreads() => SensitivityAnalysis.Run(engine, year, TenThousand, 2);
}
