using System;
using BenchmarkDotNet.Attributes;
using OutcomesFramework.Statistics;

namespace OutcomesFramework.Benchmarks;

/// <summary>
/// Confidence intervals on 1,000,000 rows and LAIT ranks/bands for 1,000 indicators × 153 local authorities.
/// Inputs are fixed-seed and realistic: proportions with denominators 20–50,000; rates where about 10% of
/// counts are below 10 (the exact-Poisson branch).
/// </summary>
[MemoryDiagnoser]
[MinColumn]
[MedianColumn]
public class StatisticsBenchmarks
{
    private const int Rows = 1_000_000;
    private const int Indicators = 1_000;
    private const int LocalAuthorities = 153;

    private double[] numerators = [];
    private double[] denominators = [];
    private double[] counts = [];
    private double[] populations = [];
    private double[] lower = [];
    private double[] upper = [];
    private double[] indicatorValues = [];
    private Polarity[] polarities = [];
    private int[] ranks = [];
    private QuartileBand[] bands = [];

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(20040101);
        numerators = new double[Rows];
        denominators = new double[Rows];
        counts = new double[Rows];
        populations = new double[Rows];
        for (var i = 0; i < Rows; i++)
        {
            var n = Math.Floor(20 + (random.NextDouble() * 50_000));
            denominators[i] = n;
            numerators[i] = Math.Floor(random.NextDouble() * (n + 1));
            // ~10% small counts (0–9), the rest 10–5,000.
            counts[i] = random.NextDouble() < 0.1 ? random.Next(0, 10) : random.Next(10, 5_000);
            populations[i] = Math.Floor(1_000 + (random.NextDouble() * 300_000));
        }
        lower = new double[Rows];
        upper = new double[Rows];
        indicatorValues = new double[Indicators * LocalAuthorities];
        polarities = new Polarity[Indicators];
        for (var i = 0; i < indicatorValues.Length; i++)
        {
            // One decimal place, as published: ties happen, as in real LAIT data; ~2% missing.
            indicatorValues[i] = random.NextDouble() < 0.02 ? double.NaN : Math.Round(random.NextDouble() * 100, 1);
        }
        for (var k = 0; k < Indicators; k++)
        {
            polarities[k] = (Polarity)(k % 3);
        }
        ranks = new int[LocalAuthorities];
        bands = new QuartileBand[LocalAuthorities];
        // Warm the exact-Poisson tables so that the first iteration does not pay for them.
        _ = ExactPoisson.Lower(1, ConfidenceLevel.NinetyFivePercent);
    }

    /// <summary>Wilson 95% limits (percentages) for 1,000,000 proportions.</summary>
    [Benchmark]
    public double Wilson95_1M()
    {
        Wilson.Compute(numerators, denominators, ConfidenceLevel.NinetyFivePercent, 100, lower, upper);
        return upper[Rows - 1];
    }

    /// <summary>Rate limits per 100,000 (exact below 10, Byar's from 10) for 1,000,000 rates.</summary>
    [Benchmark]
    public double Rate95_1M()
    {
        CrudeRate.Compute(counts, populations, ConfidenceLevel.NinetyFivePercent, 100_000, lower, upper);
        return upper[Rows - 1];
    }

    /// <summary>LAIT ranks and quartile bands for 1,000 indicators × 153 local authorities.</summary>
    [Benchmark]
    public int LaitRankAndBand_1000x153()
    {
        var checksum = 0;
        for (var k = 0; k < Indicators; k++)
        {
            LaitBanding.RankAndBand(indicatorValues.AsSpan(k * LocalAuthorities, LocalAuthorities), polarities[k], true, ranks, bands);
            checksum += ranks[0] + (int)bands[0];
        }
        return checksum;
    }
}
