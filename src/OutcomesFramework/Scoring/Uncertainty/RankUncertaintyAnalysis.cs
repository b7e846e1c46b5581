using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading.Tasks;
using OutcomesFramework.Utility;

namespace OutcomesFramework.Scoring.Uncertainty;

/// <summary>
/// How sure is a rank? Monte Carlo over every observation's sampling uncertainty: each replication redraws every
/// value that has a numerator and denominator (see the remarks), rescores the whole league exactly as the engine
/// does (data treatment, normalisation, aggregation, coverage thresholds and the ranking-coverage rule included) and
/// ranks it; each authority's median rank and 5–95% interval follow, per indicator, per outcome and overall.
/// </summary>
/// <remarks>
/// <para><b>Draws.</b> A proportion x/n is drawn from Beta(x + ½, n − x + ½) and a rate from Gamma(x + ½)/n (the
/// Jeffreys posteriors, which stay honest at x = 0), and the published value moves by the draw's distance from x/n.
/// A value without both a numerator and a denominator, or of a kind without a sampling model (a mean without its
/// standard deviation, a count, an index), is <b>held fixed</b>; <see cref="RankUncertainty.HeldFixed"/> says how many
/// per indicator, so an interval that looks narrow because its evidence was held fixed can be seen as such.</para>
/// <para><b>Reproducibility.</b> Replications run in blocks of 16, each with its own xoshiro256** stream seeded from
/// the seed and the block number; rank counts are summed as integers. The same seed therefore gives byte-identical
/// results whatever the thread count, culture or machine.</para>
/// </remarks>
public static class RankUncertaintyAnalysis
{
    private const int BlockSize = 16;

    /// <summary>Runs the analysis.</summary>
    /// <param name="engine">The engine (framework, data and policy).</param>
    /// <param name="year">The year; null for the latest.</param>
    /// <param name="options">Replications and seed; null for <see cref="UncertaintyOptions.Default"/>.</param>
    /// <param name="maxDegreeOfParallelism">Threads to use (1 = sequential); the result is identical whatever the number.</param>
    /// <returns>The ranks with their intervals.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="engine"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxDegreeOfParallelism"/> is below 1.</exception>
    /// <exception cref="PeriodNotCoveredException">No indicator has data for a period ending in the year.</exception>
    public static RankUncertainty Run(ScoringEngine engine, int? year = null, UncertaintyOptions? options = null, int maxDegreeOfParallelism = 1)
    {
        Preconditions.CheckNotNull(engine, nameof(engine));
        Preconditions.CheckArgumentRange(nameof(maxDegreeOfParallelism), maxDegreeOfParallelism, 1, 1024);
        options ??= UncertaintyOptions.Default;
        var model = engine.Model(year, out var y);
        var counts = Simulate(model, options, maxDegreeOfParallelism);

        // The point ranks: the model at the observed values.
        var nominal = new ModelWorkspace(model);
        model.Evaluate(model.Values, model.Nominal, nominal);
        model.Rank(model.Values, model.Nominal, nominal);
        return Summarise(model, y, options, counts, nominal);
    }

    /// <summary>Rank counts by series (indicators, then outcomes, then overall), authority and rank (0 = not ranked).</summary>
    internal static int[][] Simulate(CompositeModel model, UncertaintyOptions options, int threads)
    {
        var n = model.AuthorityCount;
        var series = model.Indicators.Length + model.OutcomeIds.Length + 1;
        var total = NewCounts(series, n);
        var blocks = (options.Runs + BlockSize - 1) / BlockSize;
        var gate = new object();
        var samplers = Samplers(model);
        Parallel.For(0, blocks, new ParallelOptions { MaxDegreeOfParallelism = threads },
            () => new Worker(model, samplers, series),
            (block, _, worker) =>
            {
                var rng = new Xoshiro256StarStar(options.Seed, (ulong)block);
                var last = Math.Min(options.Runs, (block + 1) * BlockSize);
                for (var run = block * BlockSize; run < last; run++)
                {
                    worker.Replicate(ref rng);
                }
                return worker;
            },
            worker =>
            {
                // Integer sums: the same whatever order the workers finish in.
                lock (gate)
                {
                    for (var s = 0; s < series; s++)
                    {
                        var source = worker.Counts[s];
                        var target = total[s];
                        for (var i = 0; i < source.Length; i++)
                        {
                            target[i] += source[i];
                        }
                    }
                }
            });
        return total;
    }

    private static int[][] NewCounts(int series, int n)
    {
        var counts = new int[series][];
        for (var s = 0; s < series; s++)
        {
            counts[s] = new int[n * (n + 1)];
        }
        return counts;
    }

    private static RankUncertainty Summarise(CompositeModel model, int year, UncertaintyOptions options, int[][] counts, ModelWorkspace nominal)
    {
        var n = model.AuthorityCount;
        var k = model.Indicators.Length;
        var o = model.OutcomeIds.Length;
        var rankedOf = new int[k + o + 1];
        for (var s = 0; s < rankedOf.Length; s++)
        {
            var ranks = PointRanks(nominal, k, o, s);
            foreach (var r in ranks)
            {
                if (r > 0)
                {
                    rankedOf[s]++;
                }
            }
        }
        var councils = ImmutableArray.CreateBuilder<CouncilRankUncertainty>(n);
        for (var la = 0; la < n; la++)
        {
            var indicators = ImmutableSortedDictionary.CreateBuilder<string, RankInterval>(StringComparer.Ordinal);
            for (var i = 0; i < k; i++)
            {
                if (Interval(counts[i], la, n, nominal.IndicatorRanks[i][la], options.Runs, rankedOf[i]) is { } r)
                {
                    indicators[model.Indicators[i].Id] = r;
                }
            }
            var outcomes = ImmutableSortedDictionary.CreateBuilder<string, RankInterval>(StringComparer.Ordinal);
            for (var q = 0; q < o; q++)
            {
                if (Interval(counts[k + q], la, n, nominal.OutcomeRanks[q][la], options.Runs, rankedOf[k + q]) is { } r)
                {
                    outcomes[model.OutcomeIds[q]] = r;
                }
            }
            var overall = Interval(counts[k + o], la, n, nominal.OverallRanks[la], options.Runs, rankedOf[k + o]);
            councils.Add(new CouncilRankUncertainty(model.Areas[la], overall, outcomes.ToImmutable(), indicators.ToImmutable()));
        }
        var heldFixed = ImmutableSortedDictionary.CreateBuilder<string, int>(StringComparer.Ordinal);
        var drawn = ImmutableSortedDictionary.CreateBuilder<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < k; i++)
        {
            int held = 0, draws = 0;
            for (var la = 0; la < n; la++)
            {
                if (model.Drawable[i][la])
                {
                    draws++;
                }
                else if (!double.IsNaN(model.Values[i][la]))
                {
                    held++;
                }
            }
            if (held > 0)
            {
                heldFixed[model.Indicators[i].Id] = held;
            }
            if (draws > 0)
            {
                drawn[model.Indicators[i].Id] = draws;
            }
        }
        return new RankUncertainty(year, options, councils.MoveToImmutable(), heldFixed.ToImmutable(), drawn.ToImmutable());
    }

    private static int[] PointRanks(ModelWorkspace ws, int k, int o, int s) =>
        s < k ? ws.IndicatorRanks[s] : s < k + o ? ws.OutcomeRanks[s - k] : ws.OverallRanks;

    /// <summary>The interval from one authority's rank counts (inverse empirical CDF, exact integer arithmetic); null when never ranked.</summary>
    internal static RankInterval? Interval(int[] counts, int la, int n, int pointRank, int runs, int rankedOf)
    {
        var offset = la * (n + 1);
        var ranked = 0;
        for (var r = 1; r <= n; r++)
        {
            ranked += counts[offset + r];
        }
        if (ranked == 0)
        {
            return null;
        }
        // The smallest rank whose cumulative count reaches p·ranked, with p = 1/20, 1/2 and 19/20.
        int lower = 0, median = 0, upper = 0;
        long cumulative = 0;
        for (var r = 1; r <= n; r++)
        {
            cumulative += counts[offset + r];
            if (lower == 0 && cumulative * 20 >= ranked)
            {
                lower = r;
            }
            if (median == 0 && cumulative * 2 >= ranked)
            {
                median = r;
            }
            if (upper == 0 && cumulative * 20 >= 19L * ranked)
            {
                upper = r;
            }
        }
        return new RankInterval(pointRank > 0 ? pointRank : null, median, lower, upper, ranked, runs, rankedOf);
    }

    /// <summary>Every drawable observation's sampler, indicator by indicator and authority by authority: the order the random stream is consumed in.</summary>
    private static ValueSampler[] Samplers(CompositeModel model)
    {
        var samplers = new List<ValueSampler>();
        for (var i = 0; i < model.Indicators.Length; i++)
        {
            var kind = model.Indicators[i].MeasureKind;
            var multiplier = model.Indicators[i].Multiplier;
            for (var la = 0; la < model.AuthorityCount; la++)
            {
                if (model.Drawable[i][la])
                {
                    samplers.Add(new ValueSampler(i, la, kind, model.Values[i][la], model.Numerators[i][la], model.Denominators[i][la], multiplier));
                }
            }
        }
        return samplers.ToArray();
    }

    /// <summary>One thread's workspace: the drawn values, the model's arrays and its own rank counts.</summary>
    private sealed class Worker
    {
        private readonly CompositeModel model;
        private readonly ModelWorkspace ws;
        private readonly double[][] values;
        private readonly ValueSampler[] samplers;
        private readonly bool[] drawn;

        public Worker(CompositeModel model, ValueSampler[] samplers, int series)
        {
            this.model = model;
            this.samplers = samplers;
            ws = new ModelWorkspace(model);
            var k = model.Indicators.Length;
            // Values held fixed keep their observed value from this copy; only the drawable ones are overwritten.
            values = new double[k][];
            for (var i = 0; i < k; i++)
            {
                values[i] = (double[])model.Values[i].Clone();
            }
            Counts = NewCounts(series, model.AuthorityCount);
            // Indicators without a drawn value score and rank the same in every replicate: evaluated here once, and
            // each replicate redoes only the drawn ones (then every outcome and overall).
            drawn = new bool[k];
            foreach (var sampler in samplers)
            {
                drawn[sampler.Indicator] = true;
            }
            model.Evaluate(values, model.Nominal, ws);
            model.Rank(values, model.Nominal, ws);
        }

        public int[][] Counts { get; }

        public void Replicate(ref Xoshiro256StarStar rng)
        {
            var n = model.AuthorityCount;
            var k = model.Indicators.Length;
            foreach (var sampler in samplers)
            {
                values[sampler.Indicator][sampler.Authority] = sampler.Draw(ref rng);
            }
            model.Evaluate(values, model.Nominal, ws, drawn);
            model.Rank(values, model.Nominal, ws, drawn);
            var o = model.OutcomeIds.Length;
            for (var i = 0; i < k; i++)
            {
                Count(Counts[i], ws.IndicatorRanks[i], n);
            }
            for (var q = 0; q < o; q++)
            {
                Count(Counts[k + q], ws.OutcomeRanks[q], n);
            }
            Count(Counts[k + o], ws.OverallRanks, n);
        }

        private static void Count(int[] counts, int[] ranks, int n)
        {
            for (var la = 0; la < ranks.Length; la++)
            {
                counts[(la * (n + 1)) + ranks[la]]++;
            }
        }
    }
}
