using System.IO;
using System;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using OutcomesFramework.Returns;
using OutcomesFramework.Returns.Cin;
using OutcomesFramework.Returns.Derivation;
using OutcomesFramework.Returns.Ssda903;
using OutcomesFramework.Returns.Tests.Synthetic;
using OutcomesFramework.Returns.Validation;

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

/// <summary>
/// In process (no generated project to build), 1 warm-up and 5 measured iterations of one operation each, with a
/// timeout long enough for an England-sized year on a busy shared machine. Run without --job or --inProcess.
/// </summary>
internal sealed class ReturnsJob : ManualConfig
{
    public ReturnsJob()
    {
        AddJob(Job.Default.WithToolchain(new InProcessEmitToolchain(TimeSpan.FromMinutes(60), logOutput: true))
            .WithLaunchCount(1).WithWarmupCount(1).WithIterationCount(5).WithInvocationCount(1).WithUnrollFactor(1));
    }
}

/// <summary>Synthetic returns on disk, and the read, validate and derive path over them.</summary>
internal sealed class ReturnsWorkload
{
    internal const int Year = 2025;
    private const int Seed = 20250331;

    private ReturnData? read903;
    private ReturnData? readCin;

    private ReturnsWorkload(string directory)
    {
        Directory903 = Path.Combine(directory, "903");
        CinFile = Path.Combine(directory, "cin.xml");
        Root = directory;
    }

    public string Root { get; }

    public string Directory903 { get; }

    public string CinFile { get; }

    /// <summary>Writes the returns under the temporary folder (or reuses <paramref name="directory"/> when given).</summary>
    public static ReturnsWorkload Create(string name, int lookedAfter, int cinChildren, int cinEpisodes, bool readInSetup = true, string? directory = null)
    {
        var work = new ReturnsWorkload(directory ?? Path.Combine(Path.GetTempPath(), "outcomes-returns-bench-" + name + "-" + System.Environment.ProcessId));
        if (!File.Exists(work.CinFile))
        {
            SyntheticReturns.Write903Directory(work.Directory903, Seed, lookedAfter, Year);
            using var writer = new StreamWriter(work.CinFile, false, new System.Text.UTF8Encoding(false));
            SyntheticReturns.WriteCin(writer, Seed + 1, cinChildren, cinEpisodes, Year);
        }
        if (readInSetup)
        {
            (work.read903, work.readCin) = work.Read();
        }
        return work;
    }

    /// <summary>Opens a workload written before (by <c>returns-generate</c>).</summary>
    public static ReturnsWorkload Open(string directory) => new(directory);

    public (ReturnData Ssda903, ReturnData Cin) Read() =>
        (new Ssda903Reader(new CollectionYear(Year)).ReadDirectory(Directory903), new CinCensusReader(new CollectionYear(Year)).ReadFile(CinFile));

    public int ReadValidateDerive(System.IO.TextWriter? phases = null)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var process = System.Diagnostics.Process.GetCurrentProcess();
        var cpu0 = process.TotalProcessorTime;
        string At() { process.Refresh(); return clock.Elapsed.TotalSeconds.ToString("0.000", System.Globalization.CultureInfo.InvariantCulture) + " s (CPU " + (process.TotalProcessorTime - cpu0).TotalSeconds.ToString("0.000", System.Globalization.CultureInfo.InvariantCulture) + " s)"; }
        var ssda = new Ssda903Reader(new CollectionYear(Year)).ReadDirectory(Directory903);
        phases?.WriteLine("read 903 " + At());
        var cin = new CinCensusReader(new CollectionYear(Year)).ReadFile(CinFile);
        phases?.WriteLine("read CIN " + At());
        var failures = ReturnValidator.Validate(ssda).Failures.Length;
        phases?.WriteLine("validate 903 " + At());
        failures += ReturnValidator.Validate(cin).Failures.Length;
        phases?.WriteLine("validate CIN " + At());
        var derived = ReturnsDeriver.Derive(ssda, cin, new DerivationOptions(1_000_000));
        phases?.WriteLine("derive " + At());
        return failures + derived.Indicators.Length;
    }

    public int ValidateRead() => ReturnValidator.Validate(read903!).Failures.Length + ReturnValidator.Validate(readCin!).Failures.Length;

    public int DeriveRead() => ReturnsDeriver.Derive(read903, readCin, new DerivationOptions(1_000_000)).Indicators.Length;

    public void Delete()
    {
        if (Directory.Exists(Root))
        {
            Directory.Delete(Root, recursive: true);
        }
    }
}
