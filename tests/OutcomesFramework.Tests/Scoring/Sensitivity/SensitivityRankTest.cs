using System;
using System.Linq;
using OutcomesFramework.Scoring;
using OutcomesFramework.Scoring.Sensitivity;
using Xunit;

namespace OutcomesFramework.Tests.Scoring.Sensitivity;

/// <summary>
/// A design with one factor of two alternatives, checked against the engine scored once under each: every council's
/// rank interval spans its two ranks, and the analysed output (COINr's mean absolute rank change from the nominal
/// ranking) takes only the values 0 and D, so its variance is about D²/4 and the factor explains all of it.
/// </summary>
public sealed class SensitivityRankTest
{
    [Fact]
    public void OneFactorOfTwoChoices_SpansTheTwoRankings()
    {
        var world = new SyntheticWorld(4);
        var design = SensitivityDesign.Default.WithWeightNoise(0).WithNormalisations(new[] { Normalisation.PercentileRank })
            .WithAggregations(new[] { AggregationMethod.Arithmetic, AggregationMethod.Minimum }).WithCoverageThresholds(new[] { 0.5 }).WithBaseSamples(200);
        var result = SensitivityAnalysis.Run(world.Engine(), 2025, design);

        // The two rankings, each from a full scoring by the engine (nominal: arithmetic means, the default policy).
        var nominal = Ranks(world, ScoringPolicy.Default);
        var minimum = Ranks(world, ScoringPolicy.Default.WithAggregation(AggregationMethod.Minimum, AggregationMethod.Minimum));
        var both = nominal.Keys.Where(k => nominal[k] is not null && minimum[k] is not null).ToList();
        var d = both.Average(k => (double)Math.Abs(nominal[k]!.Value - minimum[k]!.Value));
        Assert.True(d > 0, "the two aggregations rank the councils differently");

        Assert.Equal(new[] { SensitivityFactor.Aggregation }, result.Indices.Select(i => i.Factor));
        Assert.Equal(200 * 3, result.Evaluations);
        // Two values 0 and D, each drawn about half the time: a variance of p(1 − p)·D², p within 0.5 ± 0.1.
        Assert.InRange(result.Variance, 0.24 * d * d * 0.99, 0.25 * d * d * 1.01);
        var index = result.Indices[0];
        Assert.InRange(index.FirstOrder, 0.8, 1.2);
        Assert.InRange(index.TotalOrder, 0.8, 1.2);

        var rankedOf = nominal.Values.Count(r => r is not null);
        Assert.Equal(nominal.Count, result.Councils.Length);
        foreach (var council in result.Councils)
        {
            var code = council.Area.Code;
            var interval = council.Overall!;
            Assert.Equal(nominal[code], interval.PointRank);
            Assert.Equal(rankedOf, interval.RankedOf);
            Assert.Equal(400, interval.Runs);
            if (nominal[code] is { } a && minimum[code] is { } m)
            {
                Assert.Equal(400, interval.RankedRuns);
                Assert.Equal(Math.Min(a, m), interval.Lower);
                Assert.Equal(Math.Max(a, m), interval.Upper);
                Assert.Contains(interval.Median, new[] { a, m });
            }
            Assert.Same(interval, council.Of(null));
            Assert.Empty(council.Outcomes);
        }
    }

    /// <summary>
    /// A factor with one alternative is held, not dropped: every evaluation uses it. Held at min-max and an outcome
    /// coverage threshold of 0.8 while the aggregation varies, the rank intervals span the engine's two rankings under
    /// those held settings, which differ from the rankings under the policy's own.
    /// </summary>
    [Fact]
    public void HeldFactors_ApplyTheirOneAlternative()
    {
        // Three councils lack one of their SS indicators (a third of SS's weight): SS has no score for them under a threshold of 0.8.
        var world = new SyntheticWorld(4);
        foreach (var code in SyntheticWorld.LaCodes.Take(3))
        {
            var gap = world.Observations.FindIndex(o => o.IndicatorId == "ss-rereferrals" && o.AreaCode == code && o.Period.EndYear == 2025);
            world.Observations[gap] = OutcomesFramework.Evidence.Observation.Missing("ss-rereferrals", code, world.Observations[gap].Period, OutcomesFramework.Evidence.ObservationStatus.Suppressed);
        }
        var design = SensitivityDesign.Default.WithWeightNoise(0).WithNormalisations(new[] { Normalisation.MinMax })
            .WithAggregations(new[] { AggregationMethod.Arithmetic, AggregationMethod.Minimum }).WithCoverageThresholds(new[] { 0.8 }).WithBaseSamples(100);
        var result = SensitivityAnalysis.Run(world.Engine(), 2025, design);
        Assert.Equal(new[] { SensitivityFactor.Aggregation }, result.Indices.Select(i => i.Factor));

        System.Collections.Generic.Dictionary<string, int?> Ranks(ScoringPolicy p) => SensitivityRankTest.Ranks(world, p);
        var held = ScoringPolicy.Default.WithDefaultNormalisation(Normalisation.MinMax).WithCoverageThresholds(0.8, ScoringPolicy.Default.OverallCoverageThreshold);
        var arithmetic = Ranks(held);
        var minimum = Ranks(held.WithAggregation(AggregationMethod.Minimum, AggregationMethod.Minimum));
        // Each held setting changes a ranking on its own, so that a dropped one would show.
        Assert.True(!Equals(arithmetic, minimum) && Differ(minimum, Ranks(ScoringPolicy.Default.WithAggregation(AggregationMethod.Minimum, AggregationMethod.Minimum)))
            || Differ(arithmetic, Ranks(ScoringPolicy.Default)));
        Assert.True(Differ(arithmetic, Ranks(ScoringPolicy.Default.WithCoverageThresholds(0.8, ScoringPolicy.Default.OverallCoverageThreshold)))
            || Differ(minimum, Ranks(ScoringPolicy.Default.WithCoverageThresholds(0.8, ScoringPolicy.Default.OverallCoverageThreshold).WithAggregation(AggregationMethod.Minimum, AggregationMethod.Minimum))),
            "min-max does not change either ranking");
        Assert.True(Differ(arithmetic, Ranks(ScoringPolicy.Default.WithDefaultNormalisation(Normalisation.MinMax)))
            || Differ(minimum, Ranks(ScoringPolicy.Default.WithDefaultNormalisation(Normalisation.MinMax).WithAggregation(AggregationMethod.Minimum, AggregationMethod.Minimum))),
            "the 0.8 threshold does not change either ranking");
        foreach (var council in result.Councils)
        {
            var code = council.Area.Code;
            var ranks = new[] { arithmetic[code], minimum[code] }.Where(r => r is not null).Select(r => r!.Value).ToList();
            if (ranks.Count == 2)
            {
                Assert.Equal(ranks.Min(), council.Overall!.Lower);
                Assert.Equal(ranks.Max(), council.Overall.Upper);
            }
        }
    }

    /// <summary>Each council's overall rank in the engine's league under <paramref name="policy"/>.</summary>
    private static System.Collections.Generic.Dictionary<string, int?> Ranks(SyntheticWorld world, ScoringPolicy policy) =>
        world.Engine(policy).ScoreAll(2025).Scorecards.ToDictionary(c => c.Area.Code, c => c.Overall.Rank);

    private static bool Differ(System.Collections.Generic.Dictionary<string, int?> a, System.Collections.Generic.Dictionary<string, int?> b) =>
        a.Any(p => b[p.Key] != p.Value);

    [Fact]
    public void Run_RefusesNoEngineAndNoThreads()
    {
        var engine = new SyntheticWorld(1).Engine();
        Assert.Throws<ArgumentNullException>("engine", () => SensitivityAnalysis.Run(null!, 2025));
        Tests.Refused.OutOfRange(() => SensitivityAnalysis.Run(engine, 2025, null, 0), "maxDegreeOfParallelism");
        Tests.Refused.OutOfRange(() => SensitivityAnalysis.Run(engine, 2025, null, 1025), "maxDegreeOfParallelism");
    }
}
