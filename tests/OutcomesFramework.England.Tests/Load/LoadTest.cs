using System;
using OutcomesFramework.LoadTest;
using Xunit;

namespace OutcomesFramework.England.Tests.Load;

[CollectionDefinition(nameof(LoadTest), DisableParallelization = true)]
public sealed class LoadTestGroup
{
}

/// <summary>
/// The short form of the load test (tools/load-test runs it for as long as asked; docs/reliability.md has the
/// 10-minute figures): all 153 councils scored from 8 threads at once, sharing one engine. Alone in its collection,
/// so that no other test's allocations are counted in the memory measured.
/// </summary>
[Collection(nameof(LoadTest))]
public sealed class LoadTest
{
    [Fact]
    public void AllCouncilsFromEightThreads_GiveIdenticalBytesEveryTime_AndFlatMemory()
    {
        var result = LoadRun.Run(EnglandData.Default, threads: 8, duration: TimeSpan.FromSeconds(20), warmUp: TimeSpan.FromSeconds(5));
        Assert.True(result.Iterations >= 16, "too few iterations to judge: " + result);
        Assert.True(result.AllIdentical, result.ToString());
        // Flat: the heap between iterations after the run is the heap between iterations after warm-up, within
        // 2 MiB (a league's JSON alone is several MiB, so a leak of even one result per iteration would show).
        Assert.True(result.Growth < 2 * 1024 * 1024, result.ToString());
    }

    [Fact]
    public void ADifferentResult_IsCounted()
    {
        // The hash compares bytes: one changed byte gives another hash (so a race that changed any figure would show).
        var engine = new OutcomesFramework.Scoring.ScoringEngine(EnglandData.Default.Framework, EnglandData.Default.Observations, EnglandData.Default.Areas, EnglandData.Default.StatisticalNeighbours);
        var bytes = LoadRun.LeagueBytes(engine);
        var reference = LoadRun.Hash(bytes);
        bytes[bytes.Length / 2] ^= 1;
        Assert.NotEqual(reference, LoadRun.Hash(bytes));
        Assert.Equal(reference, LoadRun.Hash(LoadRun.LeagueBytes(engine)));
    }
}
