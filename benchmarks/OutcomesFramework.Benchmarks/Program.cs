using BenchmarkDotNet.Running;

namespace OutcomesFramework.Benchmarks;

/// <summary>Runs the benchmarks chosen on the command line (see docs/performance.md).</summary>
public static class Program
{
    /// <summary>Entry point: <c>dotnet run -c Release --project benchmarks/OutcomesFramework.Benchmarks -- --filter '*'</c>.</summary>
    public static void Main(string[] args) =>
        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
}
