using System;
using System.Linq;
using OutcomesFramework.Scoring;
using OutcomesFramework.Scoring.Sensitivity;
using OutcomesFramework.Tests.Scoring;
using Xunit;

namespace OutcomesFramework.Tests.Scoring.Sensitivity;

public class VarianceDecompositionTest
{
    // Ishigami: f = sin x₁ + a sin² x₂ + b x₃⁴ sin x₁, xᵢ ~ U(−π, π), a = 7, b = 0.1. Closed form (Ishigami and Homma
    // 1990; Saltelli et al. 2008 §4.1): V = a²/8 + bπ⁴/5 + b²π⁸/18 + 1/2; V₁ = (1 + bπ⁴/5)²/2; V₂ = a²/8; V₃ = 0;
    // V₁₃ = b²π⁸(1/18 − 1/50); so S₁ = V₁/V, S₂ = V₂/V, S₃ = 0, S_T1 = (V₁ + V₁₃)/V, S_T2 = S₂, S_T3 = V₁₃/V.
    [Fact]
    public void Ishigami_IndicesMatchTheClosedForm()
    {
        const double a = 7, b = 0.1;
        var pi4 = Math.Pow(Math.PI, 4);
        var pi8 = Math.Pow(Math.PI, 8);
        var v = (a * a / 8) + (b * pi4 / 5) + (b * b * pi8 / 18) + 0.5;
        var v1 = Math.Pow(1 + (b * pi4 / 5), 2) / 2;
        var v2 = a * a / 8;
        var v13 = b * b * pi8 * ((1.0 / 18) - (1.0 / 50));
        var result = VarianceDecomposition.Estimate(3, 20_000, 2024, x =>
        {
            var x1 = (2 * Math.PI * x[0]) - Math.PI;
            var x2 = (2 * Math.PI * x[1]) - Math.PI;
            var x3 = (2 * Math.PI * x[2]) - Math.PI;
            return Math.Sin(x1) + (a * Math.Pow(Math.Sin(x2), 2)) + (b * Math.Pow(x3, 4) * Math.Sin(x1));
        }, 2);
        Assert.Equal(100_000, result.Evaluations);
        // Monte Carlo error at N = 20,000 is about 0.01–0.02 for these estimators: 0.04 is a bound a wrong estimator misses.
        Assert.Equal(v1 / v, result.FirstOrder[0], 0.04);
        Assert.Equal(v2 / v, result.FirstOrder[1], 0.04);
        Assert.Equal(0, result.FirstOrder[2], 0.04);
        Assert.Equal((v1 + v13) / v, result.TotalOrder[0], 0.04);
        Assert.Equal(v2 / v, result.TotalOrder[1], 0.04);
        Assert.Equal(v13 / v, result.TotalOrder[2], 0.04);
        Assert.Equal(v, result.Variance, 0.4);
    }

    // A linear model y = Σ cᵢxᵢ with independent U(0,1) inputs is additive: Sᵢ = S_Tᵢ = cᵢ² / Σ c². The output is
    // centred (− 3, its mean): the indices do not change, but the Saltelli first-order estimator's variance grows with the
    // square of the output's mean.
    [Fact]
    public void LinearModel_IndicesAreTheShareOfSquaredCoefficients()
    {
        double[] c = { 1, 2, 3 };
        var result = VarianceDecomposition.Estimate(3, 10_000, 7, x => (c[0] * x[0]) + (c[1] * x[1]) + (c[2] * x[2]) - 3);
        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(c[i] * c[i] / 14, result.FirstOrder[i], 0.03);
            Assert.Equal(c[i] * c[i] / 14, result.TotalOrder[i], 0.03);
        }
    }

    [Fact]
    public void SameSeed_SameIndices_WhateverTheThreadCount()
    {
        Func<double[], double> f = x => Math.Sin(x[0] * 3) + (x[1] * x[1]);
        var one = VarianceDecomposition.Estimate(2, 500, 3, f, 1);
        var two = VarianceDecomposition.Estimate(2, 500, 3, f, 2);
        // Element by element (Equal<double> takes the IEnumerable overload): xunit v2, which the mutation twin runs on,
        // compares two ImmutableArray values by their backing arrays, so the plain call failed there on equal indices.
        Assert.Equal<double>(one.FirstOrder, two.FirstOrder);
        Assert.Equal<double>(one.TotalOrder, two.TotalOrder);
    }

    [Fact]
    public void Composite_ReportsEveryFactor_AndIsReproducible()
    {
        var engine = new SyntheticWorld(4).Engine();
        var design = SensitivityDesign.Default.WithBaseSamples(40);
        var result = SensitivityAnalysis.Run(engine, 2025, design);
        Assert.Equal(new[] { SensitivityFactor.Weights, SensitivityFactor.Normalisation, SensitivityFactor.Aggregation, SensitivityFactor.CoverageThreshold }, result.Indices.Select(i => i.Factor));
        Assert.Equal(40 * 6, result.Evaluations);
        Assert.All(result.Indices, i => Assert.InRange(i.TotalOrder, 0, 2));
        var again = SensitivityAnalysis.Run(engine, 2025, design, 2);
        Assert.Equal(result.Indices.Select(i => i.ToString()), again.Indices.Select(i => i.ToString()));
        Assert.Equal(result.Councils.Select(c => c.Overall?.ToString()), again.Councils.Select(c => c.Overall?.ToString()));
    }

    [Fact]
    public void Composite_AFactorThatCannotChangeRanks_HasZeroIndices()
    {
        // Min–max and z-score are both linear in the value: under an arithmetic mean of one indicator per outcome they
        // can differ, but with one alternative each for the rest, the coverage threshold below every coverage moves nothing.
        var engine = new SyntheticWorld(4).Engine();
        var design = SensitivityDesign.Default.WithWeightNoise(0).WithNormalisations(new[] { Normalisation.PercentileRank })
            .WithAggregations(new[] { AggregationMethod.Arithmetic, AggregationMethod.Minimum }).WithCoverageThresholds(new[] { 0.0, 0.01 }).WithBaseSamples(30);
        var result = SensitivityAnalysis.Run(engine, 2025, design);
        var threshold = result.Indices.Single(i => i.Factor == SensitivityFactor.CoverageThreshold);
        Assert.Equal(0, threshold.TotalOrder, 12);
    }

    [Fact]
    public void Design_ThatVariesNothing_IsRejected()
    {
        var design = SensitivityDesign.Default.WithWeightNoise(0).WithNormalisations(new[] { Normalisation.PercentileRank })
            .WithAggregations(new[] { AggregationMethod.Arithmetic }).WithCoverageThresholds(new[] { 0.5 });
        var e = Assert.Throws<ArgumentException>(() => SensitivityAnalysis.Run(new SyntheticWorld(1).Engine(), 2025, design));
        Assert.Contains("varies nothing", e.Message, StringComparison.Ordinal);
    }
}
