using System.Collections.Immutable;
using OutcomesFramework.Evidence;
using OutcomesFramework.Indicators;
using OutcomesFramework.Periods;
using OutcomesFramework.Statistics;

namespace OutcomesFramework.Scoring;

/// <summary>
/// Everything a scorecard says about one indicator for one authority: the period used, the value and its
/// interval, the England, region and statistical-neighbour values, the rank and quartile band, the comparison
/// with the chosen comparator, the change from the previous period, the recent trend, the status against a local
/// target and the normalised score, with notes on what was missing.
/// </summary>
/// <remarks>Built by <see cref="ScoringEngine"/>; every property that could not be computed is null and a note says why.</remarks>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed class IndicatorScore
{
    internal IndicatorScore(
        Indicator indicator,
        ReportingPeriod requestedPeriod,
        ReportingPeriod? period,
        Observation? observation,
        ConfidenceInterval? interval,
        ComparatorValue? england,
        ComparatorValue? region,
        NeighbourComparison? neighbours,
        IndicatorRanking? ranking,
        ComparatorComparison? comparison,
        ChangeFromPrevious? change,
        TrendResult? trend,
        TargetResult? target,
        NormalisedScore? score,
        double weight,
        ImmutableArray<string> notes,
        ReportingPeriod? comparatorPeriod = null)
    {
        ComparatorPeriod = comparatorPeriod;
        Indicator = indicator;
        RequestedPeriod = requestedPeriod;
        Period = period;
        Observation = observation;
        Interval = interval;
        England = england;
        Region = region;
        Neighbours = neighbours;
        Ranking = ranking;
        Comparison = comparison;
        Change = change;
        Trend = trend;
        Target = target;
        Score = score;
        Weight = weight;
        Notes = notes;
    }

    /// <summary>Gets the indicator.</summary>
    public Indicator Indicator { get; }

    /// <summary>Gets the indicator's period ending in the scorecard's year.</summary>
    public ReportingPeriod RequestedPeriod { get; }

    /// <summary>Gets the period the figures are from: the latest on or before the requested one with data for any authority; null when there is none.</summary>
    public ReportingPeriod? Period { get; }

    /// <summary>
    /// Gets the period England's, the region's and the neighbours' values, the rank, band and score come from when it is
    /// not <see cref="Period"/>: the latest published one, when the authority's own figure is for a year not yet
    /// published (see <see cref="ScoringPolicy.LatestPublishedComparators"/>); null when everything is from <see cref="Period"/>.
    /// </summary>
    public ReportingPeriod? ComparatorPeriod { get; }

    /// <summary>Gets whether the figures are from a period before the requested one.</summary>
    public bool IsStale => Period is { } p && p.EndYear < RequestedPeriod.EndYear;

    /// <summary>Gets the authority's observation in <see cref="Period"/> (with its status), or null when the data holds none.</summary>
    public Observation? Observation { get; }

    /// <summary>Gets the authority's value, or null.</summary>
    public double? Value => Observation is { HasValue: true } o ? o.Value : null;

    /// <summary>Gets the confidence interval (Wilson for proportions, exact Poisson or Byar's for rates), or null when the numerator and denominator are not both known or the measure has none.</summary>
    public ConfidenceInterval? Interval { get; }

    /// <summary>Gets England's value, or null when the period has no England observation.</summary>
    public ComparatorValue? England { get; }

    /// <summary>Gets the region's value (Inner or Outer London for London boroughs), or null.</summary>
    public ComparatorValue? Region { get; }

    /// <summary>Gets the statistical-neighbour comparator, or null when the model lists no neighbours.</summary>
    public NeighbourComparison? Neighbours { get; }

    /// <summary>Gets the rank and quartile band, or null for a context measure or a missing value.</summary>
    public IndicatorRanking? Ranking { get; }

    /// <summary>Gets the comparison with the policy's comparator, or null when there is no value.</summary>
    public ComparatorComparison? Comparison { get; }

    /// <summary>Gets the change from the previous, consecutive period, or null.</summary>
    public ChangeFromPrevious? Change { get; }

    /// <summary>Gets the Fingertips recent trend over the last five periods, or null when there is no value.</summary>
    public TrendResult? Trend { get; }

    /// <summary>Gets the status against the local target, or null when no target is set or there is no value.</summary>
    public TargetResult? Target { get; }

    /// <summary>Gets the normalised score, or null (context and enabler measures, missing values, a target-based method without a target).</summary>
    public NormalisedScore? Score { get; }

    /// <summary>Gets the weight the indicator carries in its outcome (0 for context and enabler measures, which never score).</summary>
    public double Weight { get; }

    /// <summary>Gets whether the indicator counts towards its outcome's score and coverage.</summary>
    public bool CountsTowardsOutcome => Indicator.Role == IndicatorRole.Outcome;

    /// <summary>Gets notes on what was missing or unusual, in a fixed order.</summary>
    public ImmutableArray<string> Notes { get; }

    /// <inheritdoc />
    public override string ToString() => Indicator.Id + ": " + (Value is null ? "no value" : Numbers.Exact(Value.Value)) + (Score is null ? string.Empty : ", score " + Score);
}
