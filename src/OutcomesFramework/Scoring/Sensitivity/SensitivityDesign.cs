using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using OutcomesFramework.Utility;

namespace OutcomesFramework.Scoring.Sensitivity;

/// <summary>
/// What a sensitivity analysis varies and how hard: noise on the weights, and the alternatives for normalisation,
/// aggregation and the outcome coverage threshold, each chosen with equal probability; a factor with one alternative
/// (or no weight noise) is held at it and not analysed. With N base samples and d varied factors the analysis makes
/// N(d + 2) model evaluations.
/// </summary>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed class SensitivityDesign
{
    private SensitivityDesign(double weightNoise, ImmutableArray<Normalisation> normalisations, ImmutableArray<AggregationMethod> aggregations, ImmutableArray<double> thresholds, int baseSamples, ulong seed)
    {
        WeightNoise = weightNoise;
        Normalisations = normalisations;
        Aggregations = aggregations;
        CoverageThresholds = thresholds;
        BaseSamples = baseSamples;
        Seed = seed;
    }

    /// <summary>Gets the default design: weights ±25%; percentile rank, z-score or min–max; arithmetic, geometric or harmonic means; coverage thresholds 50%, 60% or 75%; N = 500 (3,000 evaluations); seed 42.</summary>
    public static SensitivityDesign Default { get; } = new(0.25,
        ImmutableArray.Create(Normalisation.PercentileRank, Normalisation.ZScore(), Normalisation.MinMax),
        ImmutableArray.Create(AggregationMethod.Arithmetic, AggregationMethod.Geometric, AggregationMethod.Harmonic),
        ImmutableArray.Create(0.5, 0.6, 0.75), 500, 42);

    /// <summary>Gets the weight noise f: each indicator weight is multiplied by 1 + f·U(−1, 1); 0 holds the weights.</summary>
    public double WeightNoise { get; }

    /// <summary>Gets the normalisation alternatives.</summary>
    public ImmutableArray<Normalisation> Normalisations { get; }

    /// <summary>Gets the aggregation alternatives (used for outcomes and overall alike).</summary>
    public ImmutableArray<AggregationMethod> Aggregations { get; }

    /// <summary>Gets the outcome coverage threshold alternatives.</summary>
    public ImmutableArray<double> CoverageThresholds { get; }

    /// <summary>Gets N, the base sample size.</summary>
    public int BaseSamples { get; }

    /// <summary>Gets the seed.</summary>
    public ulong Seed { get; }

    /// <summary>Gets the factors varied, in the order of <see cref="SensitivityFactor"/>.</summary>
    public ImmutableArray<SensitivityFactor> Factors
    {
        get
        {
            var list = new List<SensitivityFactor>();
            if (WeightNoise > 0)
            {
                list.Add(SensitivityFactor.Weights);
            }
            if (Normalisations.Length > 1)
            {
                list.Add(SensitivityFactor.Normalisation);
            }
            if (Aggregations.Length > 1)
            {
                list.Add(SensitivityFactor.Aggregation);
            }
            if (CoverageThresholds.Length > 1)
            {
                list.Add(SensitivityFactor.CoverageThreshold);
            }
            return list.ToImmutableArray();
        }
    }

    /// <summary>Gets the number of model evaluations, N(d + 2).</summary>
    public int Evaluations => BaseSamples * (Factors.Length + 2);

    /// <summary>Returns a copy with another weight noise.</summary>
    /// <param name="noise">0 (weights held) to 1.</param>
    /// <returns>A new design.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The noise is outside 0–1.</exception>
    public SensitivityDesign WithWeightNoise(double noise) =>
        new(Preconditions.CheckArgumentRange(nameof(noise), noise, 0, 1), Normalisations, Aggregations, CoverageThresholds, BaseSamples, Seed);

    /// <summary>Returns a copy with other normalisation alternatives.</summary>
    /// <param name="alternatives">One or more normalisations, no repeats.</param>
    /// <returns>A new design.</returns>
    /// <exception cref="ArgumentException">The list is empty or repeats one.</exception>
    public SensitivityDesign WithNormalisations(IEnumerable<Normalisation> alternatives)
    {
        var list = Preconditions.CheckNotNull(alternatives, nameof(alternatives)).ToImmutableArray();
        Preconditions.CheckArgument(list.Length > 0 && list.All(n => n is not null) && list.Distinct().Count() == list.Length, nameof(alternatives), "Give one or more different normalisations.");
        return new(WeightNoise, list, Aggregations, CoverageThresholds, BaseSamples, Seed);
    }

    /// <summary>Returns a copy with other aggregation alternatives.</summary>
    /// <param name="alternatives">One or more methods, no repeats.</param>
    /// <returns>A new design.</returns>
    /// <exception cref="ArgumentException">The list is empty, repeats one, or holds an undefined value.</exception>
    public SensitivityDesign WithAggregations(IEnumerable<AggregationMethod> alternatives)
    {
        var list = Preconditions.CheckNotNull(alternatives, nameof(alternatives)).ToImmutableArray();
        Preconditions.CheckArgument(list.Length > 0 && list.All(a => Enum.IsDefined(typeof(AggregationMethod), a)) && list.Distinct().Count() == list.Length, nameof(alternatives), "Give one or more different aggregation methods.");
        return new(WeightNoise, Normalisations, list, CoverageThresholds, BaseSamples, Seed);
    }

    /// <summary>Returns a copy with other coverage-threshold alternatives.</summary>
    /// <param name="alternatives">One or more thresholds in 0–1, no repeats.</param>
    /// <returns>A new design.</returns>
    /// <exception cref="ArgumentException">The list is empty, repeats one, or holds a value outside 0–1.</exception>
    public SensitivityDesign WithCoverageThresholds(IEnumerable<double> alternatives)
    {
        var list = Preconditions.CheckNotNull(alternatives, nameof(alternatives)).ToImmutableArray();
        Preconditions.CheckArgument(list.Length > 0 && list.All(t => t >= 0 && t <= 1) && list.Distinct().Count() == list.Length, nameof(alternatives), "Give one or more different thresholds from 0 to 1.");
        return new(WeightNoise, Normalisations, Aggregations, list, BaseSamples, Seed);
    }

    /// <summary>Returns a copy with another base sample size.</summary>
    /// <param name="n">N, 10–100,000.</param>
    /// <returns>A new design.</returns>
    /// <exception cref="ArgumentOutOfRangeException">N is out of range.</exception>
    public SensitivityDesign WithBaseSamples(int n) =>
        new(WeightNoise, Normalisations, Aggregations, CoverageThresholds, Preconditions.CheckArgumentRange(nameof(n), n, 10, 100_000), Seed);

    /// <summary>Returns a copy with another seed.</summary>
    /// <param name="seed">The seed.</param>
    /// <returns>A new design.</returns>
    public SensitivityDesign WithSeed(ulong seed) => new(WeightNoise, Normalisations, Aggregations, CoverageThresholds, BaseSamples, seed);
}
