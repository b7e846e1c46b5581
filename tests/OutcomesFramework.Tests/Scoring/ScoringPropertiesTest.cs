using System;
using System.Linq;
using FsCheck;
using FsCheck.Xunit;
using OutcomesFramework.Evidence;
using OutcomesFramework.Indicators;
using OutcomesFramework.Scoring;
using OutcomesFramework.Scoring.Output;

namespace OutcomesFramework.Tests.Scoring;

/// <summary>Properties the scoring engine must have whatever the data (FsCheck draws the seeds of the synthetic world).</summary>
public class ScoringPropertiesTest
{
    private static readonly string[] Scored = { "bh-health", "ss-rereferrals", "ss-repeat-plans", "ea-attainment", "ew-eet" };

    private static ScoringPolicy Policy(int methodPick, int aggregationPick)
    {
        var normalisation = (methodPick % 5) switch
        {
            1 => Normalisation.ZScore(),
            2 => Normalisation.MinMax,
            3 => Normalisation.DistanceToTarget(50),
            4 => Normalisation.Goalposts(10, 90),
            _ => Normalisation.PercentileRank,
        };
        var aggregation = (AggregationMethod)(aggregationPick % 3);
        return ScoringPolicy.Default.WithDefaultNormalisation(normalisation).WithAggregation(aggregation, aggregation);
    }

    private static bool NotLower(double? before, double? after) =>
        before is null || (after is not null && after.Value >= before.Value - 1e-9);

    [Property(MaxTest = 60 / MutationTwin.Divisor)]
    public bool Improving_AnIndicator_NeverLowersItsScoreItsOutcomeOrOverall(int seed, NonNegativeInt laPick, NonNegativeInt indicatorPick, PositiveInt tenths, NonNegativeInt methodPick, NonNegativeInt aggregationPick)
    {
        var world = new SyntheticWorld(seed);
        var la = SyntheticWorld.LaCodes[laPick.Get % SyntheticWorld.LaCodes.Length];
        var indicator = world.Framework.FindIndicator(Scored[indicatorPick.Get % Scored.Length])!;
        var period = indicator.PeriodEnding(2025);
        var current = world.Observations.Single(o => o.IndicatorId == indicator.Id && o.AreaCode == la && o.Period == period);
        if (!current.HasValue)
        {
            return true; // a suppressed value cannot be improved
        }
        var delta = tenths.Get / 10.0;
        var improved = indicator.Polarity == Polarity.HigherIsBetter ? current.Value!.Value + delta : current.Value!.Value - delta;
        if (indicator.MeasureKind == MeasureKind.Proportion)
        {
            improved = Math.Max(0, Math.Min(100, improved));
        }
        var policy = Policy(methodPick.Get, aggregationPick.Get);
        var before = world.Engine(policy).Score(la, 2025);
        var after = new ScoringEngine(world.Framework, ObservationSet.Create(SyntheticWorld.WithValue(world.Observations, indicator.Id, la, period, improved)), world.Areas, world.Neighbours, policy).Score(la, 2025);
        return NotLower(before.FindIndicator(indicator.Id)!.Score?.Value, after.FindIndicator(indicator.Id)!.Score?.Value)
            && NotLower(before.FindOutcome(indicator.OutcomeId)!.Score, after.FindOutcome(indicator.OutcomeId)!.Score)
            && NotLower(before.Overall.Score, after.Overall.Score);
    }

    [Property(MaxTest = 25 / MutationTwin.Divisor)]
    public bool InputRowOrder_DoesNotChangeAnyOutput(int seed, int shuffleSeed)
    {
        var world = new SyntheticWorld(seed);
        var random = new Random(shuffleSeed);
        var shuffled = world.Observations.OrderBy(_ => random.Next()).ToList();
        var a = world.Engine().ScoreAll(2025);
        var b = new ScoringEngine(world.Framework, ObservationSet.Create(shuffled), world.Areas, world.Neighbours).ScoreAll(2025);
        return ScorecardJson.ToJson(a.Scorecards) == ScorecardJson.ToJson(b.Scorecards)
            && ScorecardCsv.IndicatorsToCsv(a.Scorecards) == ScorecardCsv.IndicatorsToCsv(b.Scorecards)
            && ScorecardJson.ToJson(a) == ScorecardJson.ToJson(b);
    }

    [Property(MaxTest = 40 / MutationTwin.Divisor)]
    public bool ScalingAllWeightsOfAnOutcome_ChangesNothing(int seed, NonNegativeInt outcomePick, PositiveInt factorTenths, NonNegativeInt aggregationPick)
    {
        var world = new SyntheticWorld(seed);
        var outcome = world.Framework.Outcomes[outcomePick.Get % 5].Id;
        var factor = factorTenths.Get / 10.0;
        var policy = Policy(0, aggregationPick.Get);
        var scaled = policy;
        foreach (var indicator in world.Framework.IndicatorsOf(outcome))
        {
            scaled = scaled.WithIndicator(indicator.Id, IndicatorPolicy.None.WithWeight(indicator.Weight * factor));
        }
        var a = world.Engine(policy).ScoreAll(2025);
        var b = world.Engine(scaled).ScoreAll(2025);
        for (var i = 0; i < a.Scorecards.Length; i++)
        {
            var x = a.Scorecards[i];
            var y = b.Scorecards[i];
            if (!Same(x.Overall.Score, y.Overall.Score) || Math.Abs(x.Overall.Coverage - y.Overall.Coverage) > 1e-12)
            {
                return false;
            }
            for (var o = 0; o < x.Outcomes.Length; o++)
            {
                if (!Same(x.Outcomes[o].Score, y.Outcomes[o].Score) || Math.Abs(x.Outcomes[o].Coverage - y.Outcomes[o].Coverage) > 1e-12)
                {
                    return false;
                }
            }
        }
        return true;
    }

    [Property(MaxTest = 40 / MutationTwin.Divisor)]
    public bool RemovingAnIndicatorsValue_LowersItsOutcomesCoverage_AndChangesNoOtherOutcome(int seed, NonNegativeInt laPick, NonNegativeInt indicatorPick)
    {
        var world = new SyntheticWorld(seed);
        var la = SyntheticWorld.LaCodes[laPick.Get % SyntheticWorld.LaCodes.Length];
        var removed = world.Framework.FindIndicator(Scored[indicatorPick.Get % Scored.Length])!;
        var period = removed.PeriodEnding(2025);
        var fewer = world.Observations.Where(o => !(o.IndicatorId == removed.Id && o.AreaCode == la && o.Period == period));
        var before = world.Engine().Score(la, 2025);
        var after = new ScoringEngine(world.Framework, ObservationSet.Create(fewer), world.Areas, world.Neighbours).Score(la, 2025);
        var hadScore = before.FindIndicator(removed.Id)!.Score is not null;
        foreach (var o in before.Outcomes)
        {
            var other = after.FindOutcome(o.Outcome.Id)!;
            if (o.Outcome.Id == removed.OutcomeId)
            {
                if (hadScore ? !(other.Coverage < o.Coverage) : other.Coverage != o.Coverage)
                {
                    return false;
                }
            }
            else if (!Nullable.Equals(o.Score, other.Score) || o.Coverage != other.Coverage)
            {
                return false;
            }
        }
        return true;
    }

    [Property(MaxTest = 30 / MutationTwin.Divisor)]
    public bool RemovingAnIndicatorFromTheFramework_ChangesOnlyItsOutcome(int seed, NonNegativeInt indicatorPick)
    {
        var world = new SyntheticWorld(seed);
        var removed = world.Framework.FindIndicator(Scored[indicatorPick.Get % Scored.Length])!;
        var smaller = world.Framework.WithIndicators(world.Framework.Indicators.Where(i => i.Id != removed.Id));
        var before = world.Engine().ScoreAll(2025);
        var after = world.Engine(framework: smaller).ScoreAll(2025);
        for (var i = 0; i < before.Scorecards.Length; i++)
        {
            foreach (var o in before.Scorecards[i].Outcomes)
            {
                var other = after.Scorecards[i].FindOutcome(o.Outcome.Id)!;
                if (o.Outcome.Id != removed.OutcomeId && (!Nullable.Equals(o.Score, other.Score) || o.Coverage != other.Coverage))
                {
                    return false;
                }
            }
            if (after.Scorecards[i].FindIndicator(removed.Id) is not null)
            {
                return false;
            }
        }
        return true;
    }

    private static bool Same(double? a, double? b) => a is null ? b is null : b is not null && Math.Abs(a.Value - b.Value) <= 1e-9;
}
