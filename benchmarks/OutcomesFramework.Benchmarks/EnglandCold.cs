using System.Diagnostics;
using System.Globalization;
using System.Linq;
using OutcomesFramework.England;

namespace OutcomesFramework.Benchmarks;

/// <summary>
/// The England data's first use in a fresh process, outside BenchmarkDotNet: the clock starts in <c>Main</c>, so the
/// runtime's own start-up is excluded and everything the first load pays (loading the package's assemblies, running
/// their ReadyToRun code or jitting it, reading the embedded resources, decoding) is included.
/// </summary>
internal static class EnglandCold
{
    /// <summary>Loads the observations (every measure, every year) or everything the package holds, once.</summary>
    /// <param name="what"><c>observations</c> or <c>everything</c>.</param>
    /// <returns>One line: what was loaded, its size, and the wall and CPU time taken.</returns>
    public static string Measure(string what)
    {
        var process = Process.GetCurrentProcess();
        var cpu = process.TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        var data = new EnglandData();
        long count = what == "everything"
            ? data.Areas.LocalAuthorities.Length + data.StatisticalNeighbours.AreaCodes.Count() + data.Framework.Indicators.Length
                + data.Observations.Count + data.Inspections.Count
            : data.Observations.Count;
        clock.Stop();
        process.Refresh();
        var used = process.TotalProcessorTime - cpu;
        return string.Format(CultureInfo.InvariantCulture, "{0}: {1} items, {2:0.0} ms wall, {3:0.0} ms CPU", what, count, clock.Elapsed.TotalMilliseconds, used.TotalMilliseconds);
    }
}
