using System;
using System.Linq;
using OutcomesFramework.Scoring;
using OutcomesFramework.Scoring.Sensitivity;
using Xunit;

namespace OutcomesFramework.Tests.Scoring.Sensitivity;

/// <summary>The design's alternatives: each list non-empty, of different, valid values; a factor varies only with two or more.</summary>
public sealed class SensitivityDesignTest
{
    private static readonly SensitivityDesign D = SensitivityDesign.Default;

    [Fact]
    public void Normalisations_AreOneOrMoreDifferentOnes()
    {
        const string message = "Give one or more different normalisations.";
        Tests.Refused.Argument(() => D.WithNormalisations(Array.Empty<Normalisation>()), "alternatives", message);
        Tests.Refused.Argument(() => D.WithNormalisations(new[] { Normalisation.MinMax, null! }), "alternatives", message);
        Tests.Refused.Argument(() => D.WithNormalisations(new[] { Normalisation.MinMax, Normalisation.MinMax }), "alternatives", message);
        Assert.Throws<ArgumentNullException>("alternatives", () => D.WithNormalisations(null!));
        Assert.Equal(new[] { Normalisation.MinMax }, D.WithNormalisations(new[] { Normalisation.MinMax }).Normalisations);
    }

    [Fact]
    public void Aggregations_AreOneOrMoreDifferentKnownOnes()
    {
        const string message = "Give one or more different aggregation methods.";
        Tests.Refused.Argument(() => D.WithAggregations(Array.Empty<AggregationMethod>()), "alternatives", message);
        Tests.Refused.Argument(() => D.WithAggregations(new[] { AggregationMethod.Minimum, (AggregationMethod)99 }), "alternatives", message);
        Tests.Refused.Argument(() => D.WithAggregations(new[] { AggregationMethod.Minimum, AggregationMethod.Minimum }), "alternatives", message);
        Assert.Equal(new[] { AggregationMethod.Minimum }, D.WithAggregations(new[] { AggregationMethod.Minimum }).Aggregations);
    }

    [Fact]
    public void CoverageThresholds_AreOneOrMoreDifferentShares()
    {
        const string message = "Give one or more different thresholds from 0 to 1.";
        Tests.Refused.Argument(() => D.WithCoverageThresholds(Array.Empty<double>()), "alternatives", message);
        Tests.Refused.Argument(() => D.WithCoverageThresholds(new[] { 0.5, -0.01 }), "alternatives", message);
        Tests.Refused.Argument(() => D.WithCoverageThresholds(new[] { 0.5, 1.01 }), "alternatives", message);
        Tests.Refused.Argument(() => D.WithCoverageThresholds(new[] { 0.5, 0.5 }), "alternatives", message);
        Assert.Equal(new[] { 0.0, 1.0 }, D.WithCoverageThresholds(new[] { 0.0, 1.0 }).CoverageThresholds);
    }

    [Fact]
    public void Factors_AreThoseWithSomethingToVary_AndSetTheEvaluations()
    {
        var one = D.WithWeightNoise(0).WithNormalisations(new[] { Normalisation.MinMax }).WithAggregations(new[] { AggregationMethod.Minimum })
            .WithCoverageThresholds(new[] { 0.0, 1.0 }).WithBaseSamples(10);
        Assert.Equal(new[] { SensitivityFactor.CoverageThreshold }, one.Factors);
        Assert.Equal(10 * 3, one.Evaluations);
        Assert.Equal(500 * 6, D.Evaluations);
        Tests.Refused.OutOfRange(() => D.WithBaseSamples(9), "n");
        Tests.Refused.OutOfRange(() => D.WithBaseSamples(100_001), "n");
        Tests.Refused.OutOfRange(() => D.WithWeightNoise(1.01), "noise");
        Assert.Equal(100_000, D.WithBaseSamples(100_000).BaseSamples);
        Assert.Equal(7UL, D.WithSeed(7).Seed);
    }

    [Fact]
    public void Index_Text_NamesTheFactorWithBothIndices()
    {
        var world = new SyntheticWorld(4);
        var design = D.WithWeightNoise(0.2).WithNormalisations(new[] { Normalisation.PercentileRank, Normalisation.MinMax })
            .WithAggregations(new[] { AggregationMethod.Arithmetic, AggregationMethod.Minimum }).WithCoverageThresholds(new[] { 0.5, 0.75 }).WithBaseSamples(10);
        var result = SensitivityAnalysis.Run(world.Engine(), 2025, design);
        Assert.Equal(new[] { "weights", "normalisation", "aggregation", "coverageThreshold" },
            result.Indices.Select(i => i.ToString().Substring(0, i.ToString().IndexOf(':', StringComparison.Ordinal))));
        foreach (var i in result.Indices)
        {
            Assert.Equal(i.ToString().Split(':')[0] + ": first " + i.FirstOrder.ToString("0.000", System.Globalization.CultureInfo.InvariantCulture)
                + ", total " + i.TotalOrder.ToString("0.000", System.Globalization.CultureInfo.InvariantCulture), i.ToString());
        }
    }
}
