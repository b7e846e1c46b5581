using System;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace OutcomesFramework.Benchmarks;

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
