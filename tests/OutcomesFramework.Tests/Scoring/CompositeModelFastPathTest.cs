using System;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using FsCheck.Xunit;
using OutcomesFramework.Areas;
using OutcomesFramework.Indicators;
using OutcomesFramework.Scoring;
using OutcomesFramework.Scoring.Treatment;
using OutcomesFramework.Scoring.Uncertainty;
using Xunit;

namespace OutcomesFramework.Tests.Scoring;

/// <summary>
/// The composite model's fast path (one sort per indicator shared by the distribution, the percentile ranks and the
/// indicator ranks; one sort per rank; prepared columns reused across a sensitivity run's settings) against a plain
/// reference written the obvious way: a <see cref="Distribution"/> per indicator, the explained
/// <see cref="Normaliser.Normalise"/>, aggregation by scanning every indicator, and ranks by counting the strictly
/// better. Random models with ties, missing values, every normalisation, aggregation, treatment and ranking rule must
/// give the same bits, so that the Monte Carlo and sensitivity runs cannot drift from the engine's definitions.
/// </summary>
public class CompositeModelFastPathTest
{
    private static readonly Indicator[] Pool = new SyntheticWorld(1).Framework.Indicators.Where(i => i.Role == IndicatorRole.Outcome).ToArray();

    [Property(MaxTest = 200 / MutationTwin.Divisor)]
    public void Evaluation_AndRanks_EqualTheReference(int seed)
    {
        var random = new Random(seed);
        var model = RandomModel(random, out var settings);
        var values = model.Values;
        var ws = new ModelWorkspace(model);
        model.Evaluate(values, settings, ws);
        model.Rank(values, settings, ws);

        var expected = Reference(model, values, settings);
        for (var i = 0; i < model.Indicators.Length; i++)
        {
            AssertSame(expected.IndicatorScores[i], ws.IndicatorScores[i]);
            Assert.Equal(expected.IndicatorRanks[i], ws.IndicatorRanks[i]);
        }
        for (var q = 0; q < model.OutcomeIds.Length; q++)
        {
            AssertSame(expected.OutcomeScores[q], ws.OutcomeScores[q]);
            AssertSame(expected.OutcomeCoverage[q], ws.OutcomeCoverage[q]);
            Assert.Equal(expected.OutcomeRanks[q], ws.OutcomeRanks[q]);
        }
        AssertSame(expected.Overall, ws.Overall);
        Assert.Equal(expected.OverallRanks, ws.OverallRanks);
    }

    /// <summary>A workspace evaluated for other values (a Monte Carlo replicate) still ranks the values it is given.</summary>
    [Property(MaxTest = 50 / MutationTwin.Divisor)]
    public void Rank_OfOtherValues_EqualsTheReference(int seed)
    {
        var random = new Random(seed);
        var model = RandomModel(random, out var settings);
        var ws = new ModelWorkspace(model);
        model.Evaluate(model.Values, settings, ws);
        var other = model.Values.Select(column => column.Select(v => double.IsNaN(v) ? v : v + random.Next(-2, 3)).ToArray()).ToArray();
        model.Rank(other, settings, ws);
        var expected = Reference(model, other, settings);
        for (var i = 0; i < model.Indicators.Length; i++)
        {
            Assert.Equal(expected.IndicatorRanks[i], ws.IndicatorRanks[i]);
        }
    }

    /// <summary>
    /// Values in the opposite order to the last ranking (each negated) start the warm insertion sort as far from sorted as
    /// can be; past its work budget it sorts outright, and the ranks must still be the reference's.
    /// </summary>
    [Property(MaxTest = 25 / MutationTwin.Divisor)]
    public void Rank_OfReversedValues_EqualsTheReference(int seed)
    {
        var random = new Random(seed);
        var model = RandomModel(random, out var settings);
        var ws = new ModelWorkspace(model);
        model.Evaluate(model.Values, settings, ws);
        model.Rank(model.Values, settings, ws);
        var reversed = model.Values.Select(column => column.Select(v => double.IsNaN(v) ? v : -v).ToArray()).ToArray();
        Assert.Same(ScoringPolicy.Default, model.Policy);
        model.Rank(reversed, settings, ws);
        var expected = Reference(model, reversed, settings);
        for (var i = 0; i < model.Indicators.Length; i++)
        {
            Assert.Equal(expected.IndicatorRanks[i], ws.IndicatorRanks[i]);
        }
    }

    /// <summary>A sensitivity evaluation prepares once and scores many settings; each must equal a full evaluation.</summary>
    [Property(MaxTest = 100 / MutationTwin.Divisor)]
    public void PreparedOnce_ScoredManyTimes_EqualsFullEvaluations(int seed)
    {
        var random = new Random(seed);
        var model = RandomModel(random, out var first);
        var prepared = new ModelWorkspace(model);
        model.Prepare(model.Values, first.Treatment, prepared);
        for (var run = 0; run < 3; run++)
        {
            var settings = run == 0 ? first : RandomSettings(random, model, first.Treatment);
            var scores = model.Indicators.Select(_ => new double[model.AuthorityCount]).ToArray();
            model.ScoreIndicators(settings.Normalisations, prepared, scores);
            var ws = new ModelWorkspace(model);
            model.Aggregate(model.Values, settings, scores, ws);
            CompositeModel.RankOverall(settings, ws);
            var expected = Reference(model, model.Values, settings);
            AssertSame(expected.Overall, ws.Overall);
            Assert.Equal(expected.OverallRanks, ws.OverallRanks);
        }
    }

    /// <summary>The gamma draws with worked-out constants are the recursion's draws, bit for bit, below and above shape 1.</summary>
    [Theory]
    [InlineData(0.5)]
    [InlineData(0.9)]
    [InlineData(1)]
    [InlineData(3.5)]
    [InlineData(2500.5)]
    public void GammaShape_DrawsTheSameAsTheRecursion(double shape)
    {
        var fast = new Xoshiro256StarStar(11, 2);
        var reference = new Xoshiro256StarStar(11, 2);
        var constants = new GammaShape(shape);
        for (var i = 0; i < 10_000; i++)
        {
            Assert.Equal(BitConverter.DoubleToInt64Bits(ReferenceGamma(ref reference, shape)), BitConverter.DoubleToInt64Bits(fast.NextGamma(constants)));
        }
    }

    // Marsaglia and Tsang with the boost for a shape below 1, written out as the generator first had it.
    private static double ReferenceGamma(ref Xoshiro256StarStar rng, double shape)
    {
        if (shape < 1)
        {
            var g = ReferenceGamma(ref rng, shape + 1);
            return g * Math.Pow(rng.NextOpenDouble(), 1 / shape);
        }
        var d = shape - (1.0 / 3);
        var c = 1 / Math.Sqrt(9 * d);
        while (true)
        {
            double x, v;
            do
            {
                x = rng.NextNormal();
                v = 1 + (c * x);
            }
            while (v <= 0);
            v = v * v * v;
            var u = rng.NextOpenDouble();
            var x2 = x * x;
            if (u < 1 - (0.0331 * x2 * x2) || Math.Log(u) < (0.5 * x2) + (d * (1 - v + Math.Log(v))))
            {
                return d * v;
            }
        }
    }

    private static void AssertSame(double[] expected, double[] actual)
    {
        Assert.Equal(expected.Length, actual.Length);
        for (var i = 0; i < expected.Length; i++)
        {
            // Bits, not tolerance: NaN equals NaN, and any last-bit difference fails.
            Assert.True(BitConverter.DoubleToInt64Bits(expected[i]) == BitConverter.DoubleToInt64Bits(actual[i]) || (expected[i] == 0 && actual[i] == 0),
                string.Format(CultureInfo.InvariantCulture, "[{0}]: expected {1:R}, got {2:R}", i, expected[i], actual[i]));
        }
    }

    private static CompositeModel RandomModel(Random random, out ModelSettings settings)
    {
        var n = random.Next(1, 180);
        var k = random.Next(1, 9);
        var outcomeIds = new[] { "BH", "SS", "EA", "PC", "EW" };
        var indicators = Enumerable.Range(0, k).Select(_ => Pool[random.Next(Pool.Length)]).ToArray();
        var outcomeOf = Enumerable.Range(0, k).Select(_ => random.Next(-1, outcomeIds.Length)).ToArray();
        var values = new double[k][];
        for (var i = 0; i < k; i++)
        {
            values[i] = new double[n];
            // Few distinct values make ties; some columns are empty or nearly so.
            var missing = random.NextDouble() < 0.1 ? 1.0 : random.NextDouble() * 0.4;
            var distinct = random.Next(1, 2 * n + 2);
            for (var la = 0; la < n; la++)
            {
                values[i][la] = random.NextDouble() < missing ? double.NaN
                    : random.NextDouble() < 0.5 ? random.Next(distinct) - (distinct / 3)
                    : (random.NextDouble() * 200) - 50;
            }
        }
        var nan = Enumerable.Range(0, k).Select(_ => Enumerable.Repeat(double.NaN, n).ToArray()).ToArray();
        var drawable = Enumerable.Range(0, k).Select(_ => new bool[n]).ToArray();
        var targets = Enumerable.Range(0, k).Select(_ => random.NextDouble() < 0.5 ? (LocalTarget?)new LocalTarget(random.Next(0, 100)) : null).ToArray();
        var weights = Enumerable.Range(0, k).Select(_ => random.NextDouble() < 0.1 ? 0 : random.Next(1, 4)).Select(w => (double)w).ToArray();
        var carried = Enumerable.Range(0, k).Select(_ => (double[]?)Enumerable.Range(0, n).Select(_ => random.NextDouble() < 0.5 ? double.NaN : random.Next(0, 100)).ToArray()).ToArray();
        var groupCount = random.Next(1, 5);
        var groups = Enumerable.Range(0, n).Select(_ => random.Next(-1, groupCount)).ToArray();
        var areas = Enumerable.Range(0, n).Select(la => new Area("E0" + (6000001 + la).ToString(CultureInfo.InvariantCulture), "Authority " + la, AreaLevel.LocalAuthority,
            (100 + la).ToString(CultureInfo.InvariantCulture), "E12000001")).ToImmutableArray();
        var treatment = random.Next(4) switch
        {
            0 => DataTreatment.None,
            1 => DataTreatment.Coinr,
            2 => DataTreatment.Coinr.WithImputation((ImputationMethod)random.Next(0, 4)),
            _ => DataTreatment.None.WithImputation((ImputationMethod)random.Next(0, 4)),
        };
        var model = new CompositeModel(areas, ScoringPolicy.Default, outcomeIds, indicators, outcomeOf, values, nan, nan, drawable,
            Enumerable.Repeat(Normalisation.PercentileRank, k).ToArray(), targets, weights, carried, groups, groupCount);
        settings = RandomSettings(random, model, treatment);
        return model;
    }

    private static ModelSettings RandomSettings(Random random, CompositeModel model, DataTreatment treatment)
    {
        var normalisations = model.Indicators.Select(_ => random.Next(6) switch
        {
            0 => Normalisation.ZScore(),
            1 => Normalisation.MinMax,
            2 => Normalisation.DistanceToTarget(),
            3 => Normalisation.DistanceToTarget(random.Next(0, 100)),
            4 => Normalisation.Goalposts(-10, 90),
            _ => Normalisation.PercentileRank,
        }).ToArray();
        var methods = (AggregationMethod[])Enum.GetValues(typeof(AggregationMethod));
        var rule = random.Next(3) switch
        {
            0 => RankingCoverage.Default,
            1 => RankingCoverage.Minimum(random.NextDouble()),
            _ => RankingCoverage.Shrink(random.NextDouble()),
        };
        var outcomeWeights = model.OutcomeIds.Select(_ => (double)random.Next(0, 3)).ToArray();
        var power = random.NextDouble() < 0.5 ? 2 : (random.NextDouble() * 4) - 2 + 0.01;
        return new ModelSettings(normalisations, model.Nominal.Weights, methods[random.Next(methods.Length)], methods[random.Next(methods.Length)], power,
            random.NextDouble(), random.NextDouble(), outcomeWeights, treatment, rule);
    }

    /// <summary>The model's numbers computed the obvious way, one authority at a time.</summary>
    private static Expected Reference(CompositeModel model, double[][] values, ModelSettings settings)
    {
        var n = model.AuthorityCount;
        var k = model.Indicators.Length;
        var o = model.OutcomeIds.Length;
        var e = new Expected(k, o, n);
        for (var i = 0; i < k; i++)
        {
            var treated = (double[])values[i].Clone();
            TreatedColumn.Fill(settings.Treatment, treated, model.Groups, model.GroupCount, model.Carried[i], new int[n], new bool[n], new sbyte[n]);
            var distribution = new Distribution(treated.Where(v => !double.IsNaN(v)).OrderBy(v => v).ToArray());
            for (var la = 0; la < n; la++)
            {
                e.IndicatorScores[i][la] = double.IsNaN(treated[la]) ? double.NaN
                    : Normaliser.Normalise(settings.Normalisations[i], treated[la], model.Indicators[i].Polarity, distribution, model.Targets[i])?.Value ?? double.NaN;
            }
            var polarity = model.Indicators[i].Polarity;
            var keys = values[i].Select(v => polarity == Polarity.HigherIsBetter ? v : polarity == Polarity.LowerIsBetter ? -v : double.NaN).ToArray();
            e.IndicatorRanks[i] = Ranks(keys, round: false);
        }
        for (var la = 0; la < n; la++)
        {
            var parts = new double[k];
            var observed = new double[k];
            var weights = new double[k];
            for (var q = 0; q < o; q++)
            {
                var m = 0;
                var imputed = false;
                for (var i = 0; i < k; i++)
                {
                    if (model.OutcomeOf[i] == q)
                    {
                        parts[m] = e.IndicatorScores[i][la];
                        observed[m] = double.IsNaN(values[i][la]) ? double.NaN : parts[m];
                        imputed |= double.IsNaN(values[i][la]) && !double.IsNaN(parts[m]);
                        weights[m++] = settings.Weights[i];
                    }
                }
                var coverage = Aggregator.Coverage(observed, weights, m);
                e.OutcomeCoverage[q][la] = coverage;
                e.OutcomeScores[q][la] = coverage == 0 || coverage < settings.OutcomeThreshold ? double.NaN
                    : Clamp(Aggregator.Aggregate(settings.OutcomeAggregation, imputed ? parts : observed, weights, m, settings.Power));
            }
            var outcomes = Enumerable.Range(0, o).Select(q => e.OutcomeScores[q][la]).ToArray();
            var overallCoverage = Aggregator.Coverage(outcomes, settings.OutcomeWeights, o);
            e.OverallCoverage[la] = overallCoverage;
            e.Overall[la] = overallCoverage > 0 && overallCoverage >= settings.OverallThreshold
                ? Clamp(Aggregator.Aggregate(settings.OverallAggregation, outcomes, settings.OutcomeWeights, o, settings.Power))
                : double.NaN;
        }
        for (var q = 0; q < o; q++)
        {
            e.OutcomeRanks[q] = Ranks(ScoringEngine.RankingScores(settings.RankingCoverage, e.OutcomeScores[q], e.OutcomeCoverage[q]), round: true);
        }
        e.OverallRanks = Ranks(ScoringEngine.RankingScores(settings.RankingCoverage, e.Overall, e.OverallCoverage), round: true);
        return e;
    }

    // 1 + the number of strictly higher keys (rounded to 2 decimals first when the league rounds); NaN is not ranked (0).
    private static int[] Ranks(double[] keys, bool round)
    {
        var k = keys.Select(x => double.IsNaN(x) || !round ? x : Numbers.Round(x, 2)).ToArray();
        return k.Select(x => double.IsNaN(x) ? 0 : 1 + k.Count(y => !double.IsNaN(y) && y > x)).ToArray();
    }

    private static double Clamp(double s) => double.IsNaN(s) ? double.NaN : s < 0 ? 0 : s > 100 ? 100 : s;

    private sealed class Expected
    {
        public Expected(int k, int o, int n)
        {
            IndicatorScores = Enumerable.Range(0, k).Select(_ => new double[n]).ToArray();
            IndicatorRanks = new int[k][];
            OutcomeScores = Enumerable.Range(0, o).Select(_ => new double[n]).ToArray();
            OutcomeCoverage = Enumerable.Range(0, o).Select(_ => new double[n]).ToArray();
            OutcomeRanks = new int[o][];
            Overall = new double[n];
            OverallCoverage = new double[n];
            OverallRanks = Array.Empty<int>();
        }

        public double[][] IndicatorScores { get; }

        public int[][] IndicatorRanks { get; }

        public double[][] OutcomeScores { get; }

        public double[][] OutcomeCoverage { get; }

        public int[][] OutcomeRanks { get; }

        public double[] Overall { get; }

        public double[] OverallCoverage { get; }

        public int[] OverallRanks { get; set; }
    }
}
