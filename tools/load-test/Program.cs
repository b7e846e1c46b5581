using System;
using System.Globalization;
using OutcomesFramework.England;
using OutcomesFramework.LoadTest;

// outcomes load test: score all 153 councils from N threads at once for a given time (see docs/reliability.md).
// Usage: dotnet run -c Release --project tools/load-test -- [--duration SECONDS] [--threads N] [--warm-up SECONDS]
var duration = 600.0;
var threads = 8;
var warmUp = 30.0;
for (var i = 0; i < args.Length; i++)
{
    switch (args[i])
    {
        case "--duration" when i + 1 < args.Length:
            duration = double.Parse(args[++i], CultureInfo.InvariantCulture);
            break;
        case "--threads" when i + 1 < args.Length:
            threads = int.Parse(args[++i], CultureInfo.InvariantCulture);
            break;
        case "--warm-up" when i + 1 < args.Length:
            warmUp = double.Parse(args[++i], CultureInfo.InvariantCulture);
            break;
        default:
            Console.Error.WriteLine("usage: load-test [--duration SECONDS] [--threads N] [--warm-up SECONDS]");
            return 2;
    }
}
if (duration <= warmUp || threads < 1)
{
    Console.Error.WriteLine("the duration must be longer than the warm-up, and there must be at least one thread.");
    return 2;
}
Console.WriteLine(FormattableString.Invariant($"Scoring all councils from {threads} threads for {duration:F0} s (warm-up {warmUp:F0} s), {Environment.ProcessorCount} processors, {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC"));
var result = LoadRun.Run(EnglandData.Default, threads, TimeSpan.FromSeconds(duration), TimeSpan.FromSeconds(warmUp), Console.WriteLine);
Console.WriteLine(result);
return result.AllIdentical ? 0 : 1;
