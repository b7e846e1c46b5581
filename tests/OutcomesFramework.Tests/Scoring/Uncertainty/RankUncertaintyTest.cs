using System;
using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Xunit;
using OutcomesFramework.Evidence;
using OutcomesFramework.Scoring;
using OutcomesFramework.Scoring.Treatment;
using OutcomesFramework.Scoring.Uncertainty;
using OutcomesFramework.Tests.Scoring;
using Xunit;

namespace OutcomesFramework.Tests.Scoring.Uncertainty;

public class RankUncertaintyTest
{
    private static readonly string[] Scored = { "bh-health", "ss-rereferrals", "ss-repeat-plans", "ea-attainment", "ew-eet" };

    public static IEnumerable<object[]> Policies()
    {
        yield return new object[] { ScoringPolicy.Default };
        yield return new object[] { ScoringPolicy.Default.WithDefaultNormalisation(Normalisation.ZScore()).WithAggregation(AggregationMethod.Geometric, AggregationMethod.Harmonic) };
        yield return new object[] { ScoringPolicy.Default.WithDefaultNormalisation(Normalisation.MinMax).WithAggregation(AggregationMethod.Generalised, AggregationMethod.Minimum, 0.5) };
        yield return new object[] { ScoringPolicy.Default.WithTreatment(DataTreatment.Coinr.WithImputation(ImputationMethod.GroupMedian)).WithRankingCoverage(RankingCoverage.Shrink(0.9)) };
        yield return new object[] { ScoringPolicy.Default.WithTreatment(DataTreatment.None.WithImputation(ImputationMethod.LastValueCarriedForward)).WithRankingCoverage(RankingCoverage.Minimum(0.9)) };
        yield return new object[] { ScoringPolicy.Default.WithCoverageThresholds(0.9, 0.9).WithTreatment(DataTreatment.None.WithImputation(ImputationMethod.GroupMean)) };
    }

    /// <summary>The model the Monte Carlo runs on, evaluated at the observed values, is the engine: the same scores to the bit and the same ranks.</summary>
    [Theory]
    [MemberData(nameof(Policies))]
    public void Model_AtTheObservedValues_IsTheEngine(ScoringPolicy policy)
    {
        var engine = new SyntheticWorld(3).Engine(policy);
        var league = engine.ScoreAll(2025);
        var model = engine.Model(2025, out _);
        var ws = new ModelWorkspace(model);
        model.Evaluate(model.Values, model.Nominal, ws);
        model.Rank(model.Values, model.Nominal, ws);
        for (var la = 0; la < model.AuthorityCount; la++)
        {
            var card = league.Scorecards[la];
            for (var o = 0; o < model.OutcomeIds.Length; o++)
            {
                Assert.Equal(card.Outcomes[o].Score ?? double.NaN, ws.OutcomeScores[o][la]);
                Assert.Equal(card.Outcomes[o].Rank ?? 0, ws.OutcomeRanks[o][la]);
            }
            Assert.Equal(card.Overall.Score ?? double.NaN, ws.Overall[la]);
            Assert.Equal(card.Overall.Rank ?? 0, ws.OverallRanks[la]);
        }
    }

    [Fact]
    public void SameSeed_GivesTheSameResult_WhateverTheThreadCount()
    {
        var engine = new SyntheticWorld(5).Engine();
        var options = UncertaintyOptions.Default.WithRuns(200).WithSeed(9);
        var one = RankUncertaintyAnalysis.Run(engine, 2025, options, 1);
        var three = RankUncertaintyAnalysis.Run(engine, 2025, options, 3);
        Assert.Equal(Flatten(one), Flatten(three));
        var other = RankUncertaintyAnalysis.Run(engine, 2025, options.WithSeed(10), 2);
        Assert.NotEqual(Flatten(one), Flatten(other));
    }

    [Fact]
    public void Intervals_ContainTheMedian_AndCountEveryRun()
    {
        var engine = new SyntheticWorld(6).Engine();
        var result = RankUncertaintyAnalysis.Run(engine, 2025, UncertaintyOptions.Default.WithRuns(300));
        Assert.Equal(2025, result.Year);
        foreach (var c in result.Councils)
        {
            foreach (var r in Intervals(c))
            {
                Assert.InRange(r.Median, r.Lower, r.Upper);
                Assert.InRange(r.RankedRuns, 1, 300);
                Assert.Equal(300, r.Runs);
            }
        }
        // Attainment is a score without a numerator and denominator: held fixed for every authority with a value.
        Assert.Equal(8, result.HeldFixed["ea-attainment"]);
        Assert.False(result.Drawn.ContainsKey("ea-attainment"));
        Assert.Equal(8, result.Drawn["bh-health"]);
    }

    /// <summary>An observation held fixed (no numerator and denominator: a zero-width interval) never moves, so an
    /// indicator whose every value is held fixed has every rank interval collapsed on the point rank.</summary>
    [Property(MaxTest = 15)]
    public bool HeldFixedObservations_NeverMove(int seed, NonNegativeInt pick)
    {
        var world = new SyntheticWorld(seed);
        var id = Scored[pick.Get % Scored.Length];
        var observations = world.Observations.Select(o => o.IndicatorId == id && o.HasValue ? new Observation(o.IndicatorId, o.AreaCode, o.Period, o.Value!.Value) : o).ToList();
        var engine = new Engine(world, observations).Build();
        var result = RankUncertaintyAnalysis.Run(engine, 2025, UncertaintyOptions.Default.WithRuns(40).WithSeed(unchecked((ulong)seed)));
        var bad = result.Councils.Where(c => c.Indicators.TryGetValue(id, out var r) && !(r.Lower == r.Upper && r.Median == r.PointRank && r.RankedRuns == 40)).Select(c => c.Area.Code + " " + c.Indicators[id] + " " + c.Indicators[id].RankedRuns).ToList();
        Assert.True(bad.Count == 0, id + ": " + string.Join("; ", bad));
        return true;
    }

    /// <summary>With every interval tiny (numerators and denominators × 10⁶: a thousandth of the spread) the median rank
    /// is the point rank for every authority whose point rank no other authority shares. Values are set to x/n unrounded,
    /// so that no two authorities tie on a drawn indicator (a tie the draws would break).</summary>
    [Property(MaxTest = 15)]
    public bool TinyIntervals_MedianRankIsThePointRank(int seed)
    {
        var world = new SyntheticWorld(seed);
        var observations = world.Observations.Select(o => Scale(Unrounded(o), 1e6)).ToList();
        var engine = new Engine(world, observations).Build();
        var result = RankUncertaintyAnalysis.Run(engine, 2025, UncertaintyOptions.Default.WithRuns(40));
        foreach (var series in SeriesOf(result))
        {
            foreach (var r in series)
            {
                if (r.PointRank is { } p && series.Count(s => s.PointRank == p) == 1 && r.Median != p)
                {
                    return false;
                }
            }
        }
        return true;
    }

    /// <summary>Widening every interval (numerators and denominators ÷ 4: the same values, twice the spread) never narrows the rank intervals on average.</summary>
    [Property(MaxTest = 10)]
    public bool WideningEveryInterval_NeverNarrowsRankIntervalsOnAverage(int seed)
    {
        var world = new SyntheticWorld(seed);
        var narrow = world.Observations.Select(o => Scale(o, 4)).ToList();
        var options = UncertaintyOptions.Default.WithRuns(200);
        var before = MeanWidth(RankUncertaintyAnalysis.Run(new Engine(world, narrow).Build(), 2025, options));
        var after = MeanWidth(RankUncertaintyAnalysis.Run(world.Engine(), 2025, options));
        return after >= before;
    }

    private static Observation Unrounded(Observation o) =>
        o.HasValue && o.Numerator is { } x && o.Denominator is { } n ? new Observation(o.IndicatorId, o.AreaCode, o.Period, x / n * 100, x, n) : o;

    private static double MeanWidth(RankUncertainty result) => result.Councils.SelectMany(Intervals).Average(r => (double)r.Width);

    private static Observation Scale(Observation o, double factor) =>
        o.HasValue && o.Numerator is { } x && o.Denominator is { } n ? new Observation(o.IndicatorId, o.AreaCode, o.Period, o.Value!.Value, x * factor, n * factor) : o;

    private static IEnumerable<RankInterval> Intervals(CouncilRankUncertainty c) =>
        c.Indicators.Values.Concat(c.Outcomes.Values).Concat(c.Overall is null ? Array.Empty<RankInterval>() : new[] { c.Overall });

    private static IEnumerable<List<RankInterval>> SeriesOf(RankUncertainty result)
    {
        var keys = result.Councils.SelectMany(c => c.Indicators.Keys.Select(k => "i:" + k).Concat(c.Outcomes.Keys.Select(k => "o:" + k))).Distinct().ToList();
        foreach (var key in keys)
        {
            yield return result.Councils.Select(c => key.StartsWith("i:", StringComparison.Ordinal)
                ? c.Indicators.GetValueOrDefault(key.Substring(2)) : c.Outcomes.GetValueOrDefault(key.Substring(2))).Where(r => r is not null).Select(r => r!).ToList();
        }
        yield return result.Councils.Where(c => c.Overall is not null).Select(c => c.Overall!).ToList();
    }

    private static List<string> Flatten(RankUncertainty result) =>
        result.Councils.SelectMany(c => Intervals(c).Select(r => c.Area.Code + " " + r + " " + r.Median + " " + r.RankedRuns)).ToList();

    private sealed class Engine
    {
        private readonly SyntheticWorld world;
        private readonly List<Observation> observations;

        public Engine(SyntheticWorld world, List<Observation> observations)
        {
            this.world = world;
            this.observations = observations;
        }

        public ScoringEngine Build() => new(world.Framework, ObservationSet.Create(observations), world.Areas, world.Neighbours);
    }
}
