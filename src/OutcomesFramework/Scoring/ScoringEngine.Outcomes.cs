using System;
using System.Collections.Immutable;
using OutcomesFramework.Outcomes;

namespace OutcomesFramework.Scoring;

public sealed partial class ScoringEngine
{
    /// <summary>Builds authority <paramref name="la"/>'s scorecard: every indicator, then the outcomes, then the overall score.</summary>
    private Scorecard Build(int la, int year, IndicatorYear[] periods)
    {
        var area = data.LocalAuthorities[la];
        var results = ImmutableArray.CreateBuilder<IndicatorScore>(indicators.Length);
        for (var k = 0; k < indicators.Length; k++)
        {
            results.Add(BuildIndicator(k, periods[k], area, la));
        }
        var all = results.MoveToImmutable();

        var outcomes = ImmutableArray.CreateBuilder<OutcomeScore>(Framework.Outcomes.Length);
        var outcomeScores = new double[Framework.Outcomes.Length];
        var outcomeWeights = new double[Framework.Outcomes.Length];
        var scores = new double[all.Length];
        var weights = new double[all.Length];
        for (var o = 0; o < Framework.Outcomes.Length; o++)
        {
            var outcome = Framework.Outcomes[o];
            var score = ScoreOutcome(outcome, all, scores, weights, out var members, out var coverage);
            var weight = Policy.OutcomeWeight(outcome.Id);
            outcomes.Add(new OutcomeScore(outcome, members, Policy.OutcomeAggregation, coverage, Policy.OutcomeCoverageThreshold, score, weight, null, null));
            outcomeScores[o] = score ?? double.NaN;
            outcomeWeights[o] = weight;
        }
        var outcomeList = outcomes.MoveToImmutable();

        var overallCoverage = Aggregator.Coverage(outcomeScores, outcomeWeights, outcomeScores.Length);
        double? overall = null;
        if (overallCoverage > 0 && overallCoverage >= Policy.OverallCoverageThreshold)
        {
            var s = Aggregator.Aggregate(Policy.OverallAggregation, outcomeScores, outcomeWeights, outcomeScores.Length, Policy.AggregationPower);
            overall = double.IsNaN(s) ? null : Clamp(s);
        }
        var rule = Policy.LimitingRule;
        var limited = false;
        if (rule is not null)
        {
            foreach (var o in outcomeList)
            {
                if (string.Equals(o.Outcome.Id, rule.OutcomeId, StringComparison.Ordinal) && o.Band is { } band && rule.IsTriggeredBy(band))
                {
                    limited = true;
                }
            }
        }
        var overallScore = new OverallScore(Policy.OverallAggregation, overallCoverage, Policy.OverallCoverageThreshold, overall, rule, limited, null, null);
        return new Scorecard(area, year, Framework, Policy, data.NeighbourModel.Name, all, outcomeList, overallScore, excluded);
    }

    /// <summary>An outcome's score from its scored indicators; null below the coverage threshold.</summary>
    private double? ScoreOutcome(Outcome outcome, ImmutableArray<IndicatorScore> all, double[] scores, double[] weights, out ImmutableArray<IndicatorScore> members, out double coverage)
    {
        var builder = ImmutableArray.CreateBuilder<IndicatorScore>();
        var count = 0;
        var imputed = false;
        foreach (var result in all)
        {
            if (!string.Equals(result.Indicator.OutcomeId, outcome.Id, StringComparison.Ordinal))
            {
                continue;
            }
            builder.Add(result);
            if (result.CountsTowardsOutcome)
            {
                // Coverage counts observed evidence only: an imputed value (a score without a value) is left out here.
                scores[count] = result.Value is null ? double.NaN : result.Score?.Value ?? double.NaN;
                imputed |= result.Value is null && result.Score is not null;
                weights[count] = result.Weight;
                count++;
            }
        }
        members = builder.ToImmutable();
        coverage = Aggregator.Coverage(scores, weights, count);
        if (imputed)
        {
            count = 0;
            foreach (var result in members)
            {
                if (result.CountsTowardsOutcome)
                {
                    scores[count++] = result.Score?.Value ?? double.NaN;
                }
            }
        }
        if (coverage == 0 || coverage < Policy.OutcomeCoverageThreshold)
        {
            return null;
        }
        var s = Aggregator.Aggregate(Policy.OutcomeAggregation, scores, weights, count, Policy.AggregationPower);
        return double.IsNaN(s) ? null : Clamp(s);
    }

    // Means of scores in 0–100 stay in 0–100 but for rounding in the last bit (exp(log(100)) can exceed 100).
    private static double Clamp(double s) => s < 0 ? 0 : s > 100 ? 100 : s;
}
