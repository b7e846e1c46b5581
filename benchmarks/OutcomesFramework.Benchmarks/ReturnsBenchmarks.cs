using BenchmarkDotNet.Attributes;

namespace OutcomesFramework.Benchmarks;

/// <summary>
/// A council's own returns read from disk, validated with the year's full DfE rule sets and derived into the DfE's
/// indicators (docs/returns.md), as <c>outcomes returns validate</c> and <c>derive</c> do. The returns come from the
/// seeded generator the tests use (tests/OutcomesFramework.Returns.Tests/Synthetic), written once to a temporary
/// folder in setup: a large council's year (10,000 looked-after children, about 30,000 episodes; 60,000 CIN episodes).
/// The England-sized year is <see cref="ReturnsEnglandBenchmarks"/>.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(ReturnsJob))]
public class ReturnsBenchmarks
{
    private ReturnsWorkload work = null!;

    /// <summary>Writes the synthetic returns.</summary>
    [GlobalSetup]
    public void Setup() => work = ReturnsWorkload.Create("council", 10_000, 50_000, 60_000);

    /// <summary>Deletes them.</summary>
    [GlobalCleanup]
    public void Cleanup() => work.Delete();

    /// <summary>Read both returns, validate both, derive every indicator: the target (≤ 1 s).</summary>
    [Benchmark(Baseline = true)]
    public int ReadValidateDerive() => work.ReadValidateDerive();

    /// <summary>Reading alone (903 CSV tables and the CIN census XML).</summary>
    [Benchmark]
    public int ReadOnly() => work.Read().Ssda903.RecordCount;

    /// <summary>Validation alone, on returns read in setup.</summary>
    [Benchmark]
    public int ValidateOnly() => work.ValidateRead();

    /// <summary>Derivation alone, on returns read in setup.</summary>
    [Benchmark]
    public int DeriveOnly() => work.DeriveRead();
}
