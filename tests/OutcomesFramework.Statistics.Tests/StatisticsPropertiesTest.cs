using System;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using OutcomesFramework.Statistics;

namespace OutcomesFramework.Statistics.Tests;

/// <summary>FsCheck properties of the statistics.</summary>
public sealed class StatisticsPropertiesTest
{
    private static readonly ConfidenceLevel L95 = ConfidenceLevel.NinetyFivePercent;
    private static readonly ConfidenceLevel L998 = ConfidenceLevel.NinetyNinePointEightPercent;

    private static Arbitrary<(int X, int N)> Counts() =>
        Gen.Choose(1, 2_000_000).SelectMany(n => Gen.Choose(0, n).Select(x => (x, n))).ToArbitrary();

    // Small integer values force ties; NaN stands for a missing value.
    private static Arbitrary<double[]> Values() =>
        Gen.Choose(-1, 40).Select(v => v < 0 ? double.NaN : v / 4.0).ArrayOf().ToArbitrary();

    [FsCheck.Xunit.Property]
    public Property Wilson_Interval_LiesInUnitIntervalAndContainsEstimate() =>
        Prop.ForAll(Counts(), c =>
        {
            var ci = Wilson.Interval(c.X, c.N, L95);
            var p = (double)c.X / c.N;
            return ci.Lower >= 0 && ci.Upper <= 1 && ci.Lower <= p && p <= ci.Upper;
        });

    [FsCheck.Xunit.Property]
    public Property Wilson_Interval_WidensFrom95To998() =>
        Prop.ForAll(Counts(), c =>
        {
            var a = Wilson.Interval(c.X, c.N, L95);
            var b = Wilson.Interval(c.X, c.N, L998);
            return b.Lower <= a.Lower && b.Upper >= a.Upper;
        });

    [FsCheck.Xunit.Property]
    public Property Rate_Interval_WidensFrom95To998AndContainsRate() =>
        Prop.ForAll(Counts(), c =>
        {
            var a = CrudeRate.Calculate(c.X, c.N, L95)!.Value;
            var b = CrudeRate.Calculate(c.X, c.N, L998)!.Value;
            return b.Lower <= a.Lower && b.Upper >= a.Upper && a.Lower <= a.Value && a.Value <= a.Upper;
        });

    [FsCheck.Xunit.Property]
    public Property Compare_PolarityFlip_SwapsBetterAndWorse() =>
        Prop.ForAll(
            Gen.Choose(0, 100).Four().ToArbitrary(),
            t =>
            {
                var sorted = new[] { t.Item1, t.Item2, t.Item3 }.OrderBy(v => v).ToArray();
                double lower = sorted[0], value = sorted[1], upper = sorted[2], benchmark = t.Item4;
                var ci95 = ConfidenceInterval.FromLimits(lower, upper, L95);
                var ci998 = ConfidenceInterval.FromLimits(lower - 10, upper + 10, L998);
                var high = BenchmarkComparison.Compare(value, ci95, ci998, benchmark, Polarity.HigherIsBetter);
                var low = BenchmarkComparison.Compare(value, ci95, ci998, benchmark, Polarity.LowerIsBetter);
                var none = BenchmarkComparison.Compare(value, ci95, ci998, benchmark, Polarity.NoPolarity);
                var flipped = high switch
                {
                    BenchmarkOutcome.Better => BenchmarkOutcome.Worse,
                    BenchmarkOutcome.Worse => BenchmarkOutcome.Better,
                    BenchmarkOutcome.Best => BenchmarkOutcome.Worst,
                    BenchmarkOutcome.Worst => BenchmarkOutcome.Best,
                    var same => same,
                };
                var neutral = high switch
                {
                    BenchmarkOutcome.Better => BenchmarkOutcome.Higher,
                    BenchmarkOutcome.Worse => BenchmarkOutcome.Lower,
                    BenchmarkOutcome.Best => BenchmarkOutcome.Highest,
                    BenchmarkOutcome.Worst => BenchmarkOutcome.Lowest,
                    var same => same,
                };
                var single = BenchmarkComparison.Compare(value, ci95, benchmark, Polarity.HigherIsBetter);
                var singleFlipped = BenchmarkComparison.Compare(value, ci95, benchmark, Polarity.LowerIsBetter);
                return low == flipped && none == neutral
                    && (single == BenchmarkOutcome.Similar ? singleFlipped == BenchmarkOutcome.Similar : single != singleFlipped);
            });

    [FsCheck.Xunit.Property]
    public Property Bands_AreMonotoneInValueByPolarity() =>
        Prop.ForAll(Values(), values =>
        {
            var ranks = new int[values.Length];
            var high = new QuartileBand[values.Length];
            var low = new QuartileBand[values.Length];
            LaitBanding.RankAndBand(values, Polarity.HigherIsBetter, true, ranks, high);
            LaitBanding.RankAndBand(values, Polarity.LowerIsBetter, true, ranks, low);
            for (var i = 0; i < values.Length; i++)
            {
                for (var j = 0; j < values.Length; j++)
                {
                    if (double.IsNaN(values[i]) || double.IsNaN(values[j]))
                    {
                        continue;
                    }
                    // A (1) is best: a higher value never gets a worse band where higher is better, and vice versa.
                    if (values[i] > values[j] && (high[i] > high[j] || low[i] < low[j]))
                    {
                        return false;
                    }
                }
            }
            return values.Select((v, i) => double.IsNaN(v) == (high[i] == QuartileBand.None)).All(b => b);
        });

    [FsCheck.Xunit.Property]
    public Property Ranks_ArePermutationInvariant() =>
        Prop.ForAll(Values(), Gen.Choose(0, int.MaxValue).ToArbitrary(), (values, seed) =>
        {
            var random = new Random(seed);
            var permutation = Enumerable.Range(0, values.Length).OrderBy(_ => random.Next()).ToArray();
            var shuffled = permutation.Select(i => values[i]).ToArray();
            var ranks = new int[values.Length];
            var shuffledRanks = new int[values.Length];
            LaitBanding.Rank(values, Polarity.HigherIsBetter, ranks);
            LaitBanding.Rank(shuffled, Polarity.HigherIsBetter, shuffledRanks);
            var quantiles = new int[values.Length];
            var shuffledQuantiles = new int[values.Length];
            PheQuantiles.Assign(values, 4, true, quantiles);
            PheQuantiles.Assign(shuffled, 4, true, shuffledQuantiles);
            return Enumerable.Range(0, values.Length).All(k =>
                shuffledRanks[k] == ranks[permutation[k]] && shuffledQuantiles[k] == quantiles[permutation[k]]);
        });

    [FsCheck.Xunit.Property]
    public Property Ranks_TiesShareTheLowestRank() =>
        Prop.ForAll(Values(), values =>
        {
            var ranks = new int[values.Length];
            LaitBanding.Rank(values, Polarity.LowerIsBetter, ranks);
            // Rank = 1 + number of strictly better (lower) values.
            return Enumerable.Range(0, values.Length).All(i => double.IsNaN(values[i])
                ? ranks[i] == 0
                : ranks[i] == 1 + values.Count(v => !double.IsNaN(v) && v < values[i]));
        });
}
