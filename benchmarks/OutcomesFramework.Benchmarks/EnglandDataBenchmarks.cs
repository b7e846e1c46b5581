using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Linq;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using OutcomesFramework.England;
using OutcomesFramework.England.Internal;
using OutcomesFramework.England.Snapshot;
using OutcomesFramework.Evidence.Ees;

namespace OutcomesFramework.Benchmarks;

/// <summary>
/// Loading the England data package: each part from its embedded form, and the alternative the design rejected
/// (gzip'd CSVs parsed by the EES reader at start-up). The CSVs are read from the repository for the comparison only.
/// </summary>
[MemoryDiagnoser]
public class EnglandDataBenchmarks
{
    private byte[] snapshot = Array.Empty<byte>();
    private Dictionary<string, byte[]> gzippedCsvs = new();
    private EnglandData warm = null!;

    /// <summary>Reads the embedded snapshot bytes and compresses the CSVs for the comparison.</summary>
    [GlobalSetup]
    public void Setup()
    {
        snapshot = EmbeddedData.ReadBytes(EnglandSnapshot.ResourceName);
        warm = new EnglandData();
        // The EES files only: LAIT-sourced indicators are read from LAIT's long file, which is not in the EES directory.
        var directory = FindEesDirectory();
        foreach (var file in EesReader.FilesNeeded(warm.EesIndicators))
        {
            using var output = new MemoryStream();
            using (var gzip = new GZipStream(output, CompressionLevel.Optimal, leaveOpen: true))
            {
                var bytes = File.ReadAllBytes(Path.Combine(directory, file));
                gzip.Write(bytes, 0, bytes.Length);
            }
            gzippedCsvs[file] = output.ToArray();
        }
    }

    /// <summary>Decodes the embedded snapshot's observations section into the observation set (the shipped path of
    /// <see cref="EnglandData.Observations"/>; the ingest report is a section of its own, decoded when asked for).</summary>
    [Benchmark(Baseline = true)]
    public int Observations_FromSnapshot() => EnglandSnapshot.ReadObservations(snapshot).Count;

    /// <summary>Decodes the embedded snapshot's ingest report section (<see cref="EnglandData.IngestReport"/>).</summary>
    [Benchmark]
    public int IngestReport_FromSnapshot() => EnglandSnapshot.ReadReport(snapshot).Files.Length;

    /// <summary>The rejected alternative: gunzip the CSVs and run the EES reader over them.</summary>
    [Benchmark]
    public int Observations_FromGzippedCsvs() =>
        new EesReader(warm.Areas).Read(warm.EesIndicators, name => new StreamReader(new GZipStream(new MemoryStream(gzippedCsvs[name]), CompressionMode.Decompress)))
            .Observations.Count;

    /// <summary>Builds the area catalogue from the embedded lookups.</summary>
    [Benchmark]
    public int Areas() => new EnglandData().Areas.LocalAuthorities.Length;

    /// <summary>Builds the catalogue and the statistical-neighbour model.</summary>
    [Benchmark]
    public int StatisticalNeighbours() => new EnglandData().StatisticalNeighbours.AreaCodes.Count();

    /// <summary>Builds the catalogue and the Ofsted history.</summary>
    [Benchmark]
    public int Inspections() => new EnglandData().Inspections.Count;

    /// <summary>Builds the catalogue of LAIT measures from LAIT's embedded data dictionary (and the default framework).</summary>
    [Benchmark]
    public int LaitMeasures() => new EnglandData().LaitMeasures.Length;

    /// <summary>Loads the default framework from its embedded JSON.</summary>
    [Benchmark]
    public int Framework() => new EnglandData().Framework.Indicators.Length;

    /// <summary>Everything a scorecard needs, from a fresh instance: areas, neighbours, framework, observations, inspections.</summary>
    [Benchmark]
    public int Everything()
    {
        var data = new EnglandData();
        return data.Areas.LocalAuthorities.Length + data.StatisticalNeighbours.AreaCodes.Count() + data.Framework.Indicators.Length
            + data.Observations.Count + data.Inspections.Count;
    }

    internal static string FindEesDirectory()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "src", "OutcomesFramework.England", "Data", "ees");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }
        throw new DirectoryNotFoundException("Run the benchmarks from inside the repository: src/OutcomesFramework.England/Data/ees was not found.");
    }
}

/// <summary>The first load in a fresh process (JIT included): what the CLI's cold start pays for the England data.</summary>
[SimpleJob(RunStrategy.ColdStart, launchCount: 10, warmupCount: 0, iterationCount: 1)]
[MemoryDiagnoser]
public class EnglandDataColdStartBenchmarks
{
    /// <summary>Everything a scorecard needs, on first use in a new process.</summary>
    [Benchmark]
    public int Everything_FirstUse()
    {
        var data = new EnglandData();
        return data.Areas.LocalAuthorities.Length + data.StatisticalNeighbours.AreaCodes.Count() + data.Framework.Indicators.Length
            + data.Observations.Count + data.Inspections.Count;
    }
}
