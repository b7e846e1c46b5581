using System.IO;
using OutcomesFramework.Returns;
using OutcomesFramework.Returns.Cin;
using OutcomesFramework.Returns.Derivation;
using OutcomesFramework.Returns.Ssda903;
using OutcomesFramework.Returns.Tests.Synthetic;
using OutcomesFramework.Returns.Validation;

namespace OutcomesFramework.Benchmarks;

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

    /// <summary>Both returns, read side by side as <c>outcomes returns validate</c> and <c>derive</c> read them.</summary>
    public (ReturnData Ssda903, ReturnData Cin) Read()
    {
        var (ssda, cin) = ReturnsReader.ReadBoth(new CollectionYear(Year), Directory903, CinFile);
        return (ssda!, cin!);
    }

    /// <summary>Both returns read and validated side by side with the year's rules, as <c>outcomes returns validate</c> does.</summary>
    public ValidatedReturns ReadAndValidate() => ReturnsReader.ReadAndValidate(new CollectionYear(Year), Directory903, CinFile);

    public int ReadValidateDerive(System.IO.TextWriter? phases = null)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var process = System.Diagnostics.Process.GetCurrentProcess();
        var cpu0 = process.TotalProcessorTime;
        var pause0 = System.GC.GetTotalPauseDuration();
        var allocated0 = System.GC.GetTotalAllocatedBytes();
        var gc0 = (System.GC.CollectionCount(0), System.GC.CollectionCount(1), System.GC.CollectionCount(2));
        // The collector's share is the first thing to look at in a read that keeps millions of records.
        string At()
        {
            process.Refresh();
            var inv = System.Globalization.CultureInfo.InvariantCulture;
            return clock.Elapsed.TotalSeconds.ToString("0.000", inv) + " s (CPU " + (process.TotalProcessorTime - cpu0).TotalSeconds.ToString("0.000", inv)
                + " s; GC pauses " + (System.GC.GetTotalPauseDuration() - pause0).TotalSeconds.ToString("0.000", inv) + " s, allocated " + ((System.GC.GetTotalAllocatedBytes() - allocated0) >> 20).ToString(inv) + " MB, collections "
                + (System.GC.CollectionCount(0) - gc0.Item1).ToString(inv) + "/" + (System.GC.CollectionCount(1) - gc0.Item2).ToString(inv) + "/" + (System.GC.CollectionCount(2) - gc0.Item3).ToString(inv) + ")";
        }
        // The 903 is read and validated while the census is read (ReturnsReader), as `outcomes returns validate`
        // does: one phase.
        var both = ReadAndValidate();
        var (ssda, cin) = (both.Ssda903!, both.Cin!);
        var failures = both.Ssda903Report!.Failures.Length + both.CinReport!.Failures.Length;
        phases?.WriteLine("read and validate 903 and CIN " + At());
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
