using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading.Tasks;
using NodaTime;
using OutcomesFramework.Evidence;
using OutcomesFramework.Inspections;
using OutcomesFramework.Scoring;
using OutcomesFramework.Utility;

namespace OutcomesFramework.Assurance;

/// <summary>Builds the evidence the assurance rules read from scorecards, the observations behind them and Ofsted's inspections.</summary>
public static class AssuranceEvidence
{
    /// <summary>Builds one authority's evidence from its scorecard.</summary>
    /// <param name="scorecard">The scorecard.</param>
    /// <param name="observations">The observations the scorecard was made from (for each indicator's series up to the period used).</param>
    /// <param name="asOf">The date of the assessment (inspections published by then are known; time in post runs to it).</param>
    /// <param name="inspections">Ofsted's inspections, or null for none.</param>
    /// <param name="leadership">The council's leadership context, or null.</param>
    /// <returns>The evidence.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="scorecard"/> or <paramref name="observations"/> is null.</exception>
    public static AreaEvidence FromScorecard(Scorecard scorecard, ObservationSet observations, LocalDate asOf, InspectionHistory? inspections = null, LeadershipContext? leadership = null)
    {
        Preconditions.CheckNotNull(scorecard, nameof(scorecard));
        Preconditions.CheckNotNull(observations, nameof(observations));
        var area = scorecard.Area;
        var indicators = new IndicatorEvidence[scorecard.Indicators.Length];
        for (var i = 0; i < indicators.Length; i++)
        {
            indicators[i] = FromIndicatorScore(scorecard.Indicators[i], area.Code, observations);
        }
        var outcomes = new OutcomeEvidence[scorecard.Outcomes.Length];
        for (var i = 0; i < outcomes.Length; i++)
        {
            var o = scorecard.Outcomes[i];
            outcomes[i] = new OutcomeEvidence(o.Outcome, Clamp01(o.Coverage), Clamp01(o.CoverageThreshold), o.Score);
        }
        return new AreaEvidence(area, scorecard.Year, asOf, indicators, outcomes, inspections?.For(area.Code) ?? ImmutableArray<Inspection>.Empty, leadership);
    }

    /// <summary>Builds every authority's evidence from a league.</summary>
    /// <param name="league">The league (every authority's scorecard).</param>
    /// <param name="observations">The observations the league was made from.</param>
    /// <param name="asOf">The date of the assessment.</param>
    /// <param name="inspections">Ofsted's inspections, or null for none.</param>
    /// <param name="leadership">Leadership context by authority code, or null.</param>
    /// <param name="maxDegreeOfParallelism">Threads to use (1 = sequential); the evidence is identical whatever the number.</param>
    /// <returns>The evidence, in the league's order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="league"/> or <paramref name="observations"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxDegreeOfParallelism"/> is below 1.</exception>
    public static ImmutableArray<AreaEvidence> FromLeague(League league, ObservationSet observations, LocalDate asOf, InspectionHistory? inspections = null,
        IReadOnlyDictionary<string, LeadershipContext>? leadership = null, int maxDegreeOfParallelism = 1)
    {
        Preconditions.CheckNotNull(league, nameof(league));
        Preconditions.CheckNotNull(observations, nameof(observations));
        Preconditions.CheckArgumentRange(nameof(maxDegreeOfParallelism), maxDegreeOfParallelism, 1, 1024);
        var cards = league.Scorecards;
        var evidence = new AreaEvidence[cards.Length];
        void Build(int i)
        {
            LeadershipContext? context = null;
            leadership?.TryGetValue(cards[i].Area.Code, out context);
            evidence[i] = FromScorecard(cards[i], observations, asOf, inspections, context);
        }
        if (maxDegreeOfParallelism == 1)
        {
            for (var i = 0; i < evidence.Length; i++)
            {
                Build(i);
            }
        }
        else
        {
            Parallel.For(0, evidence.Length, new ParallelOptions { MaxDegreeOfParallelism = maxDegreeOfParallelism }, Build);
        }
        return evidence.ToImmutableArray();
    }

    private static IndicatorEvidence FromIndicatorScore(IndicatorScore s, string areaCode, ObservationSet observations)
    {
        var upTo = s.Period ?? s.RequestedPeriod;
        var series = observations.Series(s.Indicator.Id, areaCode);
        var history = ImmutableArray.CreateBuilder<SeriesPoint>(series.Length);
        foreach (var o in series)
        {
            if (o.Period.Kind == upTo.Kind && o.Period <= upTo)
            {
                history.Add(new SeriesPoint(o.Period, o.Value, o.Status));
            }
        }
        return new IndicatorEvidence(
            s.Indicator,
            s.RequestedPeriod,
            s.Period,
            s.Observation?.Status,
            s.Value,
            s.Interval,
            s.England?.Value,
            s.Neighbours?.Value,
            s.Ranking?.Band,
            s.Trend?.Direction,
            s.Target?.Target.Value,
            history.Count == history.Capacity ? history.MoveToImmutable() : history.ToImmutable());
    }

    private static double Clamp01(double share) => share < 0 ? 0 : share > 1 ? 1 : share;
}
