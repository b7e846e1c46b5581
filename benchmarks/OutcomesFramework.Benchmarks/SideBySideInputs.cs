using System;
using System.Globalization;
using System.IO;
using System.Reflection;

namespace OutcomesFramework.Benchmarks;

/// <summary>
/// Writes the exact inputs of <see cref="StatisticsBenchmarks"/> and <see cref="SpcBenchmarks"/> as raw little-endian
/// arrays, so that the R side of <c>benchmarks/side-by-side</c> measures the same rows, not rows of the same shape
/// drawn from R's generator (docs/performance.md, "Side by side with R").
/// </summary>
/// <remarks>
/// The arrays are taken from the benchmark classes after their own <c>GlobalSetup</c>, so the benchmarks stay the one
/// place that defines their inputs; reading their private fields keeps their surface unchanged. A renamed field fails
/// here with its name, never with wrong data.
/// </remarks>
internal static class SideBySideInputs
{
    /// <summary>Runs each benchmark's setup and writes its inputs into <paramref name="directory"/>.</summary>
    /// <param name="directory">The folder to write into (created if missing).</param>
    public static void Write(string directory)
    {
        Directory.CreateDirectory(directory);

        var statistics = new StatisticsBenchmarks();
        statistics.Setup();
        WriteDoubles(directory, "wilson-numerators.f64", Field<double[]>(statistics, "numerators"));
        WriteDoubles(directory, "wilson-denominators.f64", Field<double[]>(statistics, "denominators"));
        WriteDoubles(directory, "rate-counts.f64", Field<double[]>(statistics, "counts"));
        WriteDoubles(directory, "rate-populations.f64", Field<double[]>(statistics, "populations"));

        var spc = new SpcBenchmarks();
        spc.Setup();
        WriteDoubles(directory, "spc-values.f64", Field<double[]>(spc, "values"));
        WriteInts(directory, "spc-lengths.i32", Field<int[]>(spc, "lengths"));
        var directions = Field<Statistics.Spc.ImprovementDirection[]>(spc, "directions");
        WriteInts(directory, "spc-directions.i32", Array.ConvertAll(directions, d => (int)d));
        WriteDoubles(directory, "spc-targets.f64", Field<double[]>(spc, "targets"));
        Console.WriteLine(string.Format(CultureInfo.InvariantCulture, "side-by-side inputs written to {0}", directory));
    }

    private static T Field<T>(object benchmark, string name)
        where T : class
    {
        var field = benchmark.GetType().GetField(name, BindingFlags.Instance | BindingFlags.NonPublic)
            ?? throw new InvalidOperationException($"{benchmark.GetType().Name} has no field '{name}': update SideBySideInputs with the benchmark.");
        return field.GetValue(benchmark) as T
            ?? throw new InvalidOperationException($"{benchmark.GetType().Name}.{name} is not a {typeof(T).Name}: update SideBySideInputs with the benchmark.");
    }

    private static void WriteDoubles(string directory, string name, double[] values)
    {
        using var writer = new BinaryWriter(File.Create(Path.Combine(directory, name)));
        foreach (var value in values)
        {
            // BinaryWriter writes little-endian on every platform: R reads it with readBin(endian = "little").
            writer.Write(value);
        }
    }

    private static void WriteInts(string directory, string name, int[] values)
    {
        using var writer = new BinaryWriter(File.Create(Path.Combine(directory, name)));
        foreach (var value in values)
        {
            writer.Write(value);
        }
    }
}
