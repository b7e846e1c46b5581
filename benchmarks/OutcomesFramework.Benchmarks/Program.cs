using System;
using System.Linq;
using System.Diagnostics;
using System.Globalization;
using BenchmarkDotNet.Running;

namespace OutcomesFramework.Benchmarks;

/// <summary>Runs the benchmarks chosen on the command line (see docs/performance.md).</summary>
public static class Program
{
    /// <summary>
    /// Entry point: <c>dotnet run -c Release --project benchmarks/OutcomesFramework.Benchmarks -- --filter '*'</c>.
    /// Two commands outside BenchmarkDotNet measure the returns' peak memory with <c>/usr/bin/time -v</c>:
    /// <c>returns-generate DIR council|england</c> writes the synthetic returns once, and <c>returns-once DIR</c>
    /// reads, validates and derives them once in a fresh process (docs/performance/returns.md);
    /// <c>returns-xml-only FILE</c> times loading each CIN child as an <c>XElement</c> and nothing else (the floor under
    /// the CIN reader as written). <c>returns-dump DIR OUT</c> writes everything read, validated and derived from a
    /// workload to files in OUT, for showing byte for byte that a speed-up changed nothing. <c>side-by-side-inputs DIR</c> writes the statistics and SPC benchmarks' inputs for
    /// the R side of <c>benchmarks/side-by-side</c>. <c>england-cold observations|everything</c> loads the England data once in
    /// a fresh process and prints the wall and CPU time of that first use (docs/performance/england.md, "Cold").
    /// </summary>
    public static int Main(string[] args)
    {
        if (args.Length == 3 && args[0] == "returns-generate")
        {
            var england = args[2] == "england";
            ReturnsWorkload.Create(args[2], england ? 100_000 : 10_000, england ? 580_000 : 50_000, england ? 700_000 : 60_000, readInSetup: false, directory: args[1]);
            return 0;
        }
        if (args.Length == 2 && args[0] == "side-by-side-inputs")
        {
            SideBySideInputs.Write(args[1]);
            return 0;
        }
        if (args.Length == 2 && args[0] == "returns-xml-only")
        {
            for (var k = 0; k < 2; k++)
            {
                var c = Stopwatch.StartNew();
                var p = Process.GetCurrentProcess();
                var cpu = p.TotalProcessorTime;
                using var xml = System.Xml.XmlReader.Create(new System.IO.StreamReader(args[1]), new System.Xml.XmlReaderSettings { IgnoreWhitespace = true, DtdProcessing = System.Xml.DtdProcessing.Prohibit });
                var n = 0;
                xml.ReadToFollowing("Children");
                xml.ReadToDescendant("Child");
                do
                {
                    using var sub = xml.ReadSubtree();
                    var e = System.Xml.Linq.XElement.Load(sub, System.Xml.Linq.LoadOptions.SetLineInfo);
                    n += e.Elements().Count();
                }
                while (xml.ReadToNextSibling("Child"));
                p.Refresh();
                Console.WriteLine(string.Format(CultureInfo.InvariantCulture, "{0} child elements loaded in {1:0.000} s ({2:0.000} s CPU)", n, c.Elapsed.TotalSeconds, (p.TotalProcessorTime - cpu).TotalSeconds));
            }
            return 0;
        }
        if (args.Length == 2 && args[0] == "returns-once")
        {
            var clock = Stopwatch.StartNew();
            var n = ReturnsWorkload.Open(args[1]).ReadValidateDerive(Console.Out);
            if (Environment.GetEnvironmentVariable("RETURNS_TWICE") == "1")
            {
                clock.Restart();
                n = ReturnsWorkload.Open(args[1]).ReadValidateDerive(Console.Out);
            }
            Console.WriteLine(string.Format(CultureInfo.InvariantCulture, "{0} failures + indicators in {1:0.000} s", n, clock.Elapsed.TotalSeconds));
            return 0;
        }
        if (args.Length == 3 && args[0] == "returns-dump")
        {
            ReturnsDump.Write(args[1], args[2]);
            return 0;
        }
        if (args.Length >= 1 && args[0] == "england-cold")
        {
            Console.WriteLine(EnglandCold.Measure(args.Length > 1 ? args[1] : "observations"));
            return 0;
        }
        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
        return 0;
    }
}
