using System;
using System.Linq;
using FsCheck.Xunit;
using OutcomesFramework.Evidence;
using OutcomesFramework.Scoring;
using OutcomesFramework.Statistics;
using Xunit;

namespace OutcomesFramework.Tests.Scoring;

/// <summary>
/// The scorecard's recent trend takes a short cut (no points built when the kind of measure has no trend or a point
/// lacks value, count or denominator, and the "cannot be calculated" answers shared): on random data with values,
/// counts and whole periods missing, it must equal RecentTrend given every point, field by field, for every
/// authority, indicator and year.
/// </summary>
public class RecentTrendFastPathTest
{
    [Property(MaxTest = 60 / MutationTwin.Divisor)]
    public void TrendOf_EqualsRecentTrendOnEveryPoint(int seed)
    {
        var random = new Random(seed);
        var world = new SyntheticWorld(seed: Math.Abs(seed % 1000) + 1, firstYear: 2016);
        // Knock holes in the data: a value missing, counts dropped, or the observation gone.
        var observations = world.Observations.Select(o =>
        {
            var roll = random.NextDouble();
            return roll < 0.06 ? Observation.Missing(o.IndicatorId, o.AreaCode, o.Period, ObservationStatus.Suppressed)
                : roll < 0.10 && o.Value is { } v ? new Observation(o.IndicatorId, o.AreaCode, o.Period, v)
                : roll < 0.13 ? (Observation?)null
                : o;
        }).Where(o => o is not null).Select(o => o!.Value).ToList();
        var engine = new ScoringEngine(world.Framework, ObservationSet.Create(observations), world.Areas, world.Neighbours);

        var compared = 0;
        foreach (var d in engine.IndicatorDataForTests)
        {
            for (var p = 0; p < d.Periods.Length; p++)
            {
                var sections = ScoringEngine.TrendSections(d, p);
                for (var la = 0; la < SyntheticWorld.LaCodes.Length; la++)
                {
                    var fast = ScoringEngine.TrendOf(d, sections, la);
                    var slow = ScoringEngine.TrendFromEveryPoint(d, sections, la);
                    Assert.Equal(slow.Marker, fast.Marker);
                    Assert.Equal(slow.Direction, fast.Direction);
                    Assert.Equal(slow.IsSignificant, fast.IsSignificant);
                    Assert.Equal(slow.ChiSquared, fast.ChiSquared);
                    Assert.Equal(slow.Slope, fast.Slope);
                    Assert.Equal(slow.PointsUsed, fast.PointsUsed);
                    Assert.Equal(slow.Method, fast.Method);
                    Assert.Equal(slow.Message, fast.Message);
                    compared++;
                }
            }
        }
        Assert.True(compared > 0);
    }

    [Fact]
    public void TrendOf_OnCompleteData_CalculatesSomeTrends()
    {
        // The comparison above must also cover trends that are calculated, not only the short cut.
        var world = new SyntheticWorld(seed: 3, firstYear: 2016);
        var engine = world.Engine();
        var calculated = engine.IndicatorDataForTests.SelectMany(d => Enumerable.Range(0, d.Periods.Length)
            .SelectMany(p => Enumerable.Range(0, SyntheticWorld.LaCodes.Length).Select(la => ScoringEngine.TrendOf(d, ScoringEngine.TrendSections(d, p), la))))
            .Count(t => t.Marker != TrendMarker.CannotBeCalculated);
        Assert.True(calculated > 0);
    }
}
