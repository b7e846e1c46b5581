using System.Globalization;
using System.Linq;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using OutcomesFramework.Frameworks;
using OutcomesFramework.Indicators;
using OutcomesFramework.Outcomes;
using OutcomesFramework.Periods;
using OutcomesFramework.Serialization;

namespace OutcomesFramework.Benchmarks;

/// <summary>
/// Strict framework reading and deterministic writing for a framework of 200 indicators with sources (five times
/// the England default), against a bare <see cref="JsonDocument"/> parse of the same bytes as the baseline.
/// </summary>
[MemoryDiagnoser]
public class FrameworkJsonBenchmarks
{
    private Framework framework = null!;
    private byte[] json = null!;

    /// <summary>Builds the framework and its JSON.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var indicators = Enumerable.Range(0, 200).Select(i =>
        {
            var outcome = EveryChildMatters.Outcomes[i % 5];
            var source = new IndicatorSource(
                "Children looked after in England including adoptions",
                "cla_number_and_rate_per_10k_children.csv",
                new[] { new System.Collections.Generic.KeyValuePair<string, string>("population_type", "Children looked after on 31 March each year") },
                null,
                "number",
                null,
                new DenominatorSource("ons_mid_year_estimates.csv", null, "population_estimate", -1),
                10000);
            return new Indicator("ind-" + i.ToString(CultureInfo.InvariantCulture), "Indicator number " + i.ToString(CultureInfo.InvariantCulture),
                outcome.Id, new[] { outcome.Aims[i % outcome.Aims.Length].Id }, MeasureKind.Rate, Polarity.LowerIsBetter,
                "per 10,000 children", PeriodKind.YearEnding31March).WithSource(source).WithMultiplier(10000).WithWeight(0.5 + (i % 3));
        });
        framework = new Framework("bench", "Benchmark framework", "1", EveryChildMatters.Outcomes, indicators);
        json = FrameworkJson.ToUtf8Bytes(framework);
    }

    /// <summary>Parses the bytes with <see cref="JsonDocument"/> only (no checks, no domain objects).</summary>
    [Benchmark(Baseline = true)]
    public int JsonDocumentParse()
    {
        using var doc = JsonDocument.Parse(json);
        return doc.RootElement.GetProperty("indicators").GetArrayLength();
    }

    /// <summary>Reads strictly into a validated <see cref="Framework"/>.</summary>
    [Benchmark]
    public Framework Read() => FrameworkJson.Read(json);

    /// <summary>Writes the canonical UTF-8 JSON.</summary>
    [Benchmark]
    public byte[] Write() => FrameworkJson.ToUtf8Bytes(framework);
}
