using System;
using BenchmarkDotNet.Attributes;
using OutcomesFramework.Statistics.Spc;

namespace OutcomesFramework.Benchmarks;

/// <summary>
/// SPC for 10,000 series of 24 points (docs/performance/spc.md): the batch path under each profile, with each
/// point's variation written out, and for comparison one <see cref="XmrChart"/> per series.
/// </summary>
[MemoryDiagnoser]
public class SpcBenchmarks
{
    private const int SeriesCount = 10_000;
    private const int Points = 24;

    private double[] values = [];
    private int[] lengths = [];
    private ImprovementDirection[] directions = [];
    private double[] targets = [];
    private double?[][] series = [];
    private XmrSummary[] summaries = [];
    private Variation[] variations = [];

    /// <summary>
    /// Builds the series once: normal noise around a level, a third with a step change, a third with a drift, one
    /// value in fifty missing; directions cycle through the three; half the series have a target.
    /// </summary>
    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(20240110);
        values = new double[SeriesCount * Points];
        lengths = new int[SeriesCount];
        directions = new ImprovementDirection[SeriesCount];
        targets = new double[SeriesCount];
        series = new double?[SeriesCount][];
        for (var k = 0; k < SeriesCount; k++)
        {
            lengths[k] = Points;
            directions[k] = (ImprovementDirection)(k % 3);
            var level = 50 + (random.NextDouble() * 50);
            targets[k] = k % 2 == 0 ? level + ((random.NextDouble() - 0.5) * 40) : double.NaN;
            var step = random.Next(8, 20);
            var one = new double?[Points];
            for (var i = 0; i < Points; i++)
            {
                // Box-Muller: a standard normal from two uniforms.
                var noise = Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
                var shape = (k % 3) switch
                {
                    1 => i >= step ? 12.0 : 0.0,
                    2 => i * 0.8,
                    _ => 0.0,
                };
                double? value = random.Next(50) == 0 ? null : level + shape + (noise * 5);
                one[i] = value;
                values[(k * Points) + i] = value ?? double.NaN;
            }
            series[k] = one;
        }
        summaries = new XmrSummary[SeriesCount];
        variations = new Variation[values.Length];
    }

    /// <summary>All 10,000 series under NHS England 2024, summaries and point variations into reused spans.</summary>
    [Benchmark(Baseline = true)]
    public XmrSummary BatchNhsEngland2024()
    {
        Xmr.ComputeMany(values, lengths, directions, targets, SpcOptions.NhsEngland2024, summaries, variations);
        return summaries[^1];
    }

    /// <summary>All 10,000 series under NHSRplotthedots 0.2.2.</summary>
    [Benchmark]
    public XmrSummary BatchNhsrPlotTheDots022()
    {
        Xmr.ComputeMany(values, lengths, directions, targets, SpcOptions.NhsrPlotTheDots022, summaries, variations);
        return summaries[^1];
    }

    /// <summary>All 10,000 series as full immutable charts, one <see cref="Xmr.Compute"/> call each.</summary>
    [Benchmark]
    public int ChartPerSeriesNhsEngland2024()
    {
        var special = 0;
        for (var k = 0; k < SeriesCount; k++)
        {
            double? target = double.IsNaN(targets[k]) ? null : targets[k];
            special += Xmr.Compute(series[k], SpcOptions.NhsEngland2024, directions[k], target).Summary.ImprovementCount;
        }
        return special;
    }
}
