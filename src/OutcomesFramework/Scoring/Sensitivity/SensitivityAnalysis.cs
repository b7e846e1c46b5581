using System;
using System.Collections.Immutable;
using System.Threading.Tasks;
using OutcomesFramework.Scoring.Uncertainty;
using OutcomesFramework.Utility;

namespace OutcomesFramework.Scoring.Sensitivity;

/// <summary>
/// How much do the composite's choices decide the ranks? COINr's <c>get_sensitivity</c>: each model evaluation picks
/// the weights (one of 100 noisy weight sets drawn from the seed), normalisation, aggregation and coverage threshold
/// from a uniform input as <see cref="VarianceDecomposition"/> samples it, rescores and ranks the whole league, and
/// reports the mean absolute change of the overall ranks from the nominal ranks; the Saltelli and Jansen estimators
/// then give each choice's first-order and total indices.
/// </summary>
public static class SensitivityAnalysis
{
    private const int WeightSets = 100;

    /// <summary>Runs the analysis.</summary>
    /// <param name="engine">The engine; its policy gives the nominal choices.</param>
    /// <param name="year">The year; null for the latest.</param>
    /// <param name="design">The design; null for <see cref="SensitivityDesign.Default"/>.</param>
    /// <param name="maxDegreeOfParallelism">Threads to use; the result is identical whatever the number.</param>
    /// <returns>The indices and rank intervals.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="engine"/> is null.</exception>
    /// <exception cref="ArgumentException">The design varies nothing.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxDegreeOfParallelism"/> is below 1.</exception>
    /// <exception cref="PeriodNotCoveredException">No indicator has data for a period ending in the year.</exception>
    public static SensitivityResult Run(ScoringEngine engine, int? year = null, SensitivityDesign? design = null, int maxDegreeOfParallelism = 1)
    {
        Preconditions.CheckNotNull(engine, nameof(engine));
        Preconditions.CheckArgumentRange(nameof(maxDegreeOfParallelism), maxDegreeOfParallelism, 1, 1024);
        design ??= SensitivityDesign.Default;
        var factors = design.Factors;
        Preconditions.CheckArgument(factors.Length > 0, nameof(design), "The design varies nothing: give weight noise or more than one alternative for a choice.");
        var model = engine.Model(year, out var y);
        var n = model.AuthorityCount;
        var d = factors.Length;
        var nominal = new ModelWorkspace(model);
        model.Evaluate(model.Values, model.Nominal, nominal);
        model.Rank(model.Values, model.Nominal, nominal);
        var nominalRanks = (int[])nominal.OverallRanks.Clone();
        var weightSets = NoisyWeights(model.Nominal.Weights, design.WeightNoise, design.Seed);

        var rows = VarianceDecomposition.Design(d, design.BaseSamples, design.Seed);
        var outputs = new double[rows.Length];
        var abRanks = new int[2 * design.BaseSamples][];
        // The values never change, so every evaluation shares one prepared sort and, per normalisation it can pick,
        // one set of indicator scores: an evaluation only aggregates and ranks (the same numbers as Evaluate).
        var normalisations = NormalisationChoices(model, design);
        var scores = new double[normalisations.Length][][];
        for (var c = 0; c < normalisations.Length; c++)
        {
            scores[c] = Matrix(model.Indicators.Length, n);
            model.ScoreIndicators(normalisations[c], nominal, scores[c]);
        }
        Parallel.For(0, rows.Length, new ParallelOptions { MaxDegreeOfParallelism = maxDegreeOfParallelism },
            () => new ModelWorkspace(model),
            (r, _, ws) =>
            {
                var settings = Settings(model, design, factors, weightSets, rows[r], out var choice);
                model.Aggregate(model.Values, settings, scores[choice], ws);
                CompositeModel.RankOverall(settings, ws);
                outputs[r] = MeanAbsoluteRankChange(ws.OverallRanks, nominalRanks);
                if (r < abRanks.Length)
                {
                    abRanks[r] = (int[])ws.OverallRanks.Clone();
                }
                return ws;
            },
            _ => { });
        var sobol = VarianceDecomposition.Indices(outputs, d, design.BaseSamples);
        var indices = ImmutableArray.CreateBuilder<SensitivityIndex>(d);
        for (var i = 0; i < d; i++)
        {
            indices.Add(new SensitivityIndex(factors[i], sobol.FirstOrder[i], sobol.TotalOrder[i]));
        }

        var counts = new int[n * (n + 1)];
        foreach (var ranks in abRanks)
        {
            for (var la = 0; la < n; la++)
            {
                counts[(la * (n + 1)) + ranks[la]]++;
            }
        }
        var rankedOf = 0;
        foreach (var r in nominalRanks)
        {
            rankedOf += r > 0 ? 1 : 0;
        }
        var councils = ImmutableArray.CreateBuilder<CouncilRankUncertainty>(n);
        var empty = ImmutableSortedDictionary.Create<string, RankInterval>(StringComparer.Ordinal);
        for (var la = 0; la < n; la++)
        {
            councils.Add(new CouncilRankUncertainty(model.Areas[la], RankUncertaintyAnalysis.Interval(counts, la, n, nominalRanks[la], abRanks.Length, rankedOf), empty, empty));
        }
        return new SensitivityResult(y, design, indices.MoveToImmutable(), sobol.Variance, rows.Length, councils.MoveToImmutable());
    }

    internal static string Code(SensitivityFactor factor) => factor switch
    {
        SensitivityFactor.Normalisation => "normalisation",
        SensitivityFactor.Aggregation => "aggregation",
        SensitivityFactor.CoverageThreshold => "coverageThreshold",
        _ => "weights",
    };

    /// <summary>COINr's output: the mean of |rank − nominal rank| over the authorities ranked in both.</summary>
    private static double MeanAbsoluteRankChange(int[] ranks, int[] nominal)
    {
        double sum = 0;
        var count = 0;
        for (var la = 0; la < ranks.Length; la++)
        {
            if (ranks[la] > 0 && nominal[la] > 0)
            {
                sum += Math.Abs(ranks[la] - nominal[la]);
                count++;
            }
        }
        return count == 0 ? 0 : sum / count;
    }

    private static double[][] NoisyWeights(double[] weights, double noise, ulong seed)
    {
        // Stream 1: the design's A and B samples use stream 0.
        var rng = new Xoshiro256StarStar(seed, 1);
        var sets = new double[WeightSets][];
        for (var s = 0; s < WeightSets; s++)
        {
            sets[s] = new double[weights.Length];
            for (var i = 0; i < weights.Length; i++)
            {
                sets[s][i] = weights[i] * (1 + (noise * ((2 * rng.NextDouble()) - 1)));
            }
        }
        return sets;
    }

    private static int Pick(double u, int count) => Math.Min((int)(u * count), count - 1);

    /// <summary>The normalisations an evaluation can use: the policy's (choice 0), then each of the design's for every indicator (choice 1 + its index).</summary>
    private static Normalisation[][] NormalisationChoices(CompositeModel model, SensitivityDesign design)
    {
        var choices = new Normalisation[design.Normalisations.Length + 1][];
        choices[0] = model.Nominal.Normalisations;
        for (var c = 0; c < design.Normalisations.Length; c++)
        {
            var all = new Normalisation[model.Indicators.Length];
            for (var i = 0; i < all.Length; i++)
            {
                all[i] = design.Normalisations[c];
            }
            choices[c + 1] = all;
        }
        return choices;
    }

    private static double[][] Matrix(int rows, int columns)
    {
        var matrix = new double[rows][];
        for (var i = 0; i < rows; i++)
        {
            matrix[i] = new double[columns];
        }
        return matrix;
    }

    /// <summary>The settings of one design row; <paramref name="normalisation"/> is its choice in <see cref="NormalisationChoices"/>.</summary>
    private static ModelSettings Settings(CompositeModel model, SensitivityDesign design, ImmutableArray<SensitivityFactor> factors, double[][] weightSets, double[] u, out int normalisation)
    {
        var settings = model.Nominal;
        normalisation = 0;
        double[]? weights = null;
        AggregationMethod? aggregation = null;
        double? threshold = null;
        for (var i = 0; i < factors.Length; i++)
        {
            switch (factors[i])
            {
                case SensitivityFactor.Weights:
                    weights = weightSets[Pick(u[i], weightSets.Length)];
                    break;
                case SensitivityFactor.Normalisation:
                    normalisation = 1 + Pick(u[i], design.Normalisations.Length);
                    break;
                case SensitivityFactor.Aggregation:
                    aggregation = design.Aggregations[Pick(u[i], design.Aggregations.Length)];
                    break;
                default:
                    threshold = design.CoverageThresholds[Pick(u[i], design.CoverageThresholds.Length)];
                    break;
            }
        }
        // A factor held (one alternative) still applies its one value.
        if (!factors.Contains(SensitivityFactor.Normalisation) && design.Normalisations.Length == 1)
        {
            normalisation = 1;
        }
        if (!factors.Contains(SensitivityFactor.Aggregation) && design.Aggregations.Length == 1)
        {
            aggregation = design.Aggregations[0];
        }
        if (!factors.Contains(SensitivityFactor.CoverageThreshold) && design.CoverageThresholds.Length == 1)
        {
            threshold = design.CoverageThresholds[0];
        }
        return settings.With(weights: weights, aggregation: aggregation, outcomeThreshold: threshold);
    }
}
