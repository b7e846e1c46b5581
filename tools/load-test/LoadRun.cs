using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Security.Cryptography;
using System.Text;
using System.Threading;
using OutcomesFramework.England;
using OutcomesFramework.Scoring;
using OutcomesFramework.Scoring.Output;

namespace OutcomesFramework.LoadTest;

/// <summary>What a load run saw: how many times every council was scored, whether every result was the same, and memory.</summary>
internal sealed record LoadResult(
    int Threads,
    TimeSpan Elapsed,
    long Iterations,
    long Identical,
    string ReferenceHash,
    IReadOnlyList<string> OtherHashes,
    long ManagedBytesAfterWarmUp,
    long ManagedBytesAtEnd,
    long PeakWorkingSet)
{
    /// <summary>Managed heap growth from warm-up to the end, after full collections.</summary>
    public long Growth => ManagedBytesAtEnd - ManagedBytesAfterWarmUp;

    /// <summary>Every iteration gave the reference bytes.</summary>
    public bool AllIdentical => Identical == Iterations && OtherHashes.Count == 0;

    public override string ToString() =>
        FormattableString.Invariant($"threads {Threads}, {Elapsed.TotalSeconds:F0} s: {Iterations} iterations (all 153 councils each), {Identical} identical to the reference {ReferenceHash[..16]}, other hashes {OtherHashes.Count}; managed heap after warm-up {ManagedBytesAfterWarmUp / 1048576.0:F1} MiB, at end {ManagedBytesAtEnd / 1048576.0:F1} MiB (growth {Growth / 1048576.0:F2} MiB); peak working set {PeakWorkingSet / 1048576.0:F0} MiB");
}

/// <summary>
/// Scores every council of the England data from several threads at once, sharing one engine, for a given time:
/// each iteration is a whole league (all 153 scorecards and the league, as JSON) hashed with SHA-256 and compared
/// with a reference computed first on one thread. Memory is measured after full collections once every thread has
/// warmed up, and again at the end: flat memory means no growth beyond noise.
/// </summary>
internal static class LoadRun
{
    /// <summary>The bytes of one iteration: every council's scorecard and the league, as JSON.</summary>
    private static long Quiet(ReaderWriterLockSlim quiet)
    {
        quiet.EnterWriteLock();
        try
        {
            return GC.GetTotalMemory(forceFullCollection: true);
        }
        finally
        {
            quiet.ExitWriteLock();
        }
    }

    public static byte[] LeagueBytes(ScoringEngine engine)
    {
        var league = engine.ScoreAll();
        return Encoding.UTF8.GetBytes(ScorecardJson.ToJson(league.Scorecards) + ScorecardJson.ToJson(league));
    }

    public static string Hash(byte[] bytes) => Convert.ToHexString(SHA256.HashData(bytes));

    public static LoadResult Run(EnglandData data, int threads, TimeSpan duration, TimeSpan warmUp, Action<string>? progress = null)
    {
        var engine = new ScoringEngine(data.Framework, data.Observations, data.Areas, data.StatisticalNeighbours);
        var reference = Hash(LeagueBytes(engine));
        long iterations = 0, identical = 0;
        var others = new HashSet<string>(StringComparer.Ordinal);
        var stop = 0;
        // Workers hold the read side for each iteration; a measurement takes the write side, so memory is measured
        // between iterations (no league half-built on any thread) and the two measurements compare like with like.
        using var quiet = new ReaderWriterLockSlim();
        var clock = Stopwatch.StartNew();
        var workers = Enumerable.Range(0, threads).Select(_ => new Thread(() =>
        {
            while (Volatile.Read(ref stop) == 0)
            {
                quiet.EnterReadLock();
                string hash;
                try
                {
                    hash = Hash(LeagueBytes(engine));
                }
                finally
                {
                    quiet.ExitReadLock();
                }
                Interlocked.Increment(ref iterations);
                if (hash == reference)
                {
                    Interlocked.Increment(ref identical);
                }
                else
                {
                    lock (others)
                    {
                        others.Add(hash);
                    }
                }
            }
        }) { IsBackground = true }).ToList();
        workers.ForEach(w => w.Start());

        // Warm-up: the stated time, and at least one iteration per thread, so that every lazy cache is filled; the
        // run still ends at its duration on a machine too busy to finish warming up.
        while ((clock.Elapsed < warmUp || Interlocked.Read(ref iterations) < threads) && clock.Elapsed < duration)
        {
            Thread.Sleep(100);
        }
        var afterWarmUp = Quiet(quiet);
        var peak = Environment.WorkingSet;
        var nextReport = clock.Elapsed + TimeSpan.FromSeconds(60);
        while (clock.Elapsed < duration)
        {
            Thread.Sleep(250);
            peak = Math.Max(peak, Environment.WorkingSet);
            if (progress is not null && clock.Elapsed >= nextReport)
            {
                progress(FormattableString.Invariant($"{clock.Elapsed.TotalSeconds:F0} s: {Interlocked.Read(ref iterations)} iterations, {Interlocked.Read(ref identical)} identical, managed {GC.GetTotalMemory(false) / 1048576.0:F1} MiB, working set {Environment.WorkingSet / 1048576.0:F0} MiB"));
                nextReport += TimeSpan.FromSeconds(60);
            }
        }
        Volatile.Write(ref stop, 1);
        workers.ForEach(w => w.Join());
        var elapsed = clock.Elapsed;
        var atEnd = Quiet(quiet);
        return new LoadResult(threads, elapsed, iterations, identical, reference, others.OrderBy(h => h, StringComparer.Ordinal).ToList(), afterWarmUp, atEnd, peak);
    }
}
