using BenchmarkDotNet.Attributes;

namespace OutcomesFramework.Benchmarks;

/// <summary>
/// An England-sized year through the same path as <see cref="ReturnsBenchmarks"/>: 100,000 children looked after
/// (about 300,000 episodes) and 700,000 CIN episodes. Few iterations: each takes seconds. Peak memory is measured
/// separately with <c>/usr/bin/time -v</c> on <c>returns-once</c> (docs/performance/returns.md).
/// </summary>
[MemoryDiagnoser]
[Config(typeof(ReturnsJob))]
public class ReturnsEnglandBenchmarks
{
    private ReturnsWorkload work = null!;

    /// <summary>Writes the synthetic returns.</summary>
    [GlobalSetup]
    public void Setup() => work = ReturnsWorkload.Create("england", 100_000, 580_000, 700_000, readInSetup: false);

    /// <summary>Deletes them.</summary>
    [GlobalCleanup]
    public void Cleanup() => work.Delete();

    /// <summary>Read both returns, validate both, derive every indicator: the target (≤ 10 s, ≤ 2 GB).</summary>
    [Benchmark]
    public int ReadValidateDerive() => work.ReadValidateDerive();
}
