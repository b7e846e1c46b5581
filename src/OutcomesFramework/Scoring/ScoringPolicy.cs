using System;
using System.Collections.Immutable;
using System.Linq;
using OutcomesFramework.Indicators;
using OutcomesFramework.Scoring.Treatment;
using OutcomesFramework.Statistics;
using OutcomesFramework.Utility;

namespace OutcomesFramework.Scoring;

/// <summary>
/// Every choice the scoring engine makes that a council may want to make differently: the comparator, how
/// statistical neighbours are averaged, the confidence level, the coverage thresholds, the aggregation methods,
/// the default normalisation, an optional limiting rule, and per-indicator and per-outcome settings.
/// </summary>
/// <remarks>
/// <see cref="Default"/> is the documented default (docs/scoring.md): England comparator, neighbour mean, 95%,
/// coverage thresholds of 50%, arithmetic means, percentile-rank normalisation, no limiting rule, the framework's
/// weights and equal outcome weights. A local overlay (see <c>OutcomesFramework.Scoring.Overlays</c>) produces a policy
/// from JSON.
/// </remarks>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed class ScoringPolicy : IEquatable<ScoringPolicy>
{
    private ScoringPolicy(
        Comparator comparator,
        NeighbourAverage neighbourAverage,
        ConfidenceLevel confidenceLevel,
        double outcomeCoverageThreshold,
        double overallCoverageThreshold,
        AggregationMethod outcomeAggregation,
        AggregationMethod overallAggregation,
        Normalisation defaultNormalisation,
        LimitingRule? limitingRule,
        ImmutableSortedDictionary<string, IndicatorPolicy> indicators,
        ImmutableSortedDictionary<string, double> outcomeWeights)
    {
        Comparator = comparator;
        NeighbourAverage = neighbourAverage;
        ConfidenceLevel = confidenceLevel;
        OutcomeCoverageThreshold = outcomeCoverageThreshold;
        OverallCoverageThreshold = overallCoverageThreshold;
        OutcomeAggregation = outcomeAggregation;
        OverallAggregation = overallAggregation;
        DefaultNormalisation = defaultNormalisation;
        LimitingRule = limitingRule;
        Indicators = indicators;
        OutcomeWeights = outcomeWeights;
    }

    // The settings added after 0.1 are copied by this constructor and set with init, so the long constructor above stays as it was.
    private ScoringPolicy(ScoringPolicy other)
        : this(other.Comparator, other.NeighbourAverage, other.ConfidenceLevel, other.OutcomeCoverageThreshold, other.OverallCoverageThreshold,
            other.OutcomeAggregation, other.OverallAggregation, other.DefaultNormalisation, other.LimitingRule, other.Indicators, other.OutcomeWeights)
    {
        AggregationPower = other.AggregationPower;
        Treatment = other.Treatment;
        RankingCoverage = other.RankingCoverage;
        LatestPublishedComparators = other.LatestPublishedComparators;
    }

    /// <summary>Gets the default policy.</summary>
    public static ScoringPolicy Default { get; } = new(
        Comparator.England,
        NeighbourAverage.Mean,
        ConfidenceLevel.NinetyFivePercent,
        0.5,
        0.5,
        AggregationMethod.Arithmetic,
        AggregationMethod.Arithmetic,
        Normalisation.PercentileRank,
        null,
        ImmutableSortedDictionary.Create<string, IndicatorPolicy>(StringComparer.Ordinal),
        ImmutableSortedDictionary.Create<string, double>(StringComparer.Ordinal));

    /// <summary>Gets the comparator values are judged against (significance and the headline comparison).</summary>
    public Comparator Comparator { get; }

    /// <summary>Gets how statistical neighbours are averaged.</summary>
    public NeighbourAverage NeighbourAverage { get; }

    /// <summary>Gets the confidence level of intervals and significance (95% by default).</summary>
    public ConfidenceLevel ConfidenceLevel { get; }

    /// <summary>Gets the share of an outcome's weight that must have scores for the outcome to be scored (0–1, default 0.5).</summary>
    public double OutcomeCoverageThreshold { get; }

    /// <summary>Gets the share of the outcomes' weight that must have scores for the overall score (0–1, default 0.5).</summary>
    public double OverallCoverageThreshold { get; }

    /// <summary>Gets how indicator scores combine into an outcome score.</summary>
    public AggregationMethod OutcomeAggregation { get; }

    /// <summary>Gets how outcome scores combine into the overall score.</summary>
    public AggregationMethod OverallAggregation { get; }

    /// <summary>Gets the normalisation used where an indicator has none of its own.</summary>
    public Normalisation DefaultNormalisation { get; }

    /// <summary>Gets the limiting rule, or null (the default) for none.</summary>
    public LimitingRule? LimitingRule { get; }

    /// <summary>Gets the power p of <see cref="AggregationMethod.Generalised"/> (≠ 0; default 2, the quadratic mean).</summary>
    public double AggregationPower { get; private init; } = Aggregator.DefaultPower;

    /// <summary>Gets how indicator values are treated (imputed, winsorised) before normalisation; <see cref="DataTreatment.None"/> by default.</summary>
    public DataTreatment Treatment { get; private init; } = DataTreatment.None;

    /// <summary>Gets how a league ranks scores resting on thin coverage (<see cref="Scoring.RankingCoverage.Default"/>: flag them beside the rank).</summary>
    public RankingCoverage RankingCoverage { get; private init; } = RankingCoverage.Default;

    /// <summary>
    /// Gets whether an indicator whose scorecard period has no England value (a year the DfE has not published yet,
    /// such as one derived from the council's own returns) is compared with the latest earlier period that has one:
    /// England, region, neighbours, rank, band and score from that period's published figures, with the authority's
    /// own value in place of its published one there. Off by default: published data is compared within its period.
    /// </summary>
    public bool LatestPublishedComparators { get; private init; }

    /// <summary>Gets the per-indicator settings, by indicator id (ordinal).</summary>
    public ImmutableSortedDictionary<string, IndicatorPolicy> Indicators { get; }

    /// <summary>Gets the outcome weights set, by outcome id; an outcome not listed weighs 1.</summary>
    public ImmutableSortedDictionary<string, double> OutcomeWeights { get; }

    /// <summary>Gets the settings of an indicator (<see cref="IndicatorPolicy.None"/> when none are set).</summary>
    /// <param name="indicatorId">The indicator id.</param>
    /// <returns>The settings.</returns>
    public IndicatorPolicy ForIndicator(string indicatorId) =>
        Indicators.TryGetValue(Preconditions.CheckNotNull(indicatorId, nameof(indicatorId)), out var p) ? p : IndicatorPolicy.None;

    /// <summary>Gets the weight an indicator carries in its outcome: the policy's, else the framework's.</summary>
    /// <param name="indicator">The indicator.</param>
    /// <returns>The weight.</returns>
    public double WeightOf(Indicator indicator) => ForIndicator(Preconditions.CheckNotNull(indicator, nameof(indicator)).Id).Weight ?? indicator.Weight;

    /// <summary>Gets the normalisation of an indicator: its own, else the default.</summary>
    /// <param name="indicatorId">The indicator id.</param>
    /// <returns>The normalisation.</returns>
    public Normalisation NormalisationOf(string indicatorId) => ForIndicator(indicatorId).Normalisation ?? DefaultNormalisation;

    /// <summary>Gets the weight of an outcome in the overall score (1 unless set).</summary>
    /// <param name="outcomeId">The outcome id.</param>
    /// <returns>The weight.</returns>
    public double OutcomeWeight(string outcomeId) =>
        OutcomeWeights.TryGetValue(Preconditions.CheckNotNull(outcomeId, nameof(outcomeId)), out var w) ? w : 1.0;

    /// <summary>Returns a copy with another comparator.</summary>
    /// <param name="comparator">The comparator.</param>
    /// <returns>A new policy.</returns>
    /// <exception cref="ArgumentException">The value is not defined.</exception>
    public ScoringPolicy WithComparator(Comparator comparator)
    {
        Preconditions.CheckArgument(Enum.IsDefined(typeof(Comparator), comparator), nameof(comparator), "Unknown comparator {0}.", comparator);
        return Carry(new ScoringPolicy(comparator, NeighbourAverage, ConfidenceLevel, OutcomeCoverageThreshold, OverallCoverageThreshold, OutcomeAggregation, OverallAggregation, DefaultNormalisation, LimitingRule, Indicators, OutcomeWeights));
    }

    /// <summary>Returns a copy with another neighbour average.</summary>
    /// <param name="average">Mean or median.</param>
    /// <returns>A new policy.</returns>
    /// <exception cref="ArgumentException">The value is not defined.</exception>
    public ScoringPolicy WithNeighbourAverage(NeighbourAverage average)
    {
        Preconditions.CheckArgument(Enum.IsDefined(typeof(NeighbourAverage), average), nameof(average), "Unknown neighbour average {0}.", average);
        return Carry(new ScoringPolicy(Comparator, average, ConfidenceLevel, OutcomeCoverageThreshold, OverallCoverageThreshold, OutcomeAggregation, OverallAggregation, DefaultNormalisation, LimitingRule, Indicators, OutcomeWeights));
    }

    /// <summary>Returns a copy with another confidence level.</summary>
    /// <param name="level">The level.</param>
    /// <returns>A new policy.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="level"/> is null.</exception>
    public ScoringPolicy WithConfidenceLevel(ConfidenceLevel level) =>
        Carry(new ScoringPolicy(Comparator, NeighbourAverage, Preconditions.CheckNotNull(level, nameof(level)), OutcomeCoverageThreshold, OverallCoverageThreshold, OutcomeAggregation, OverallAggregation, DefaultNormalisation, LimitingRule, Indicators, OutcomeWeights));

    /// <summary>Returns a copy with other coverage thresholds.</summary>
    /// <param name="outcome">The outcome threshold, 0–1.</param>
    /// <param name="overall">The overall threshold, 0–1.</param>
    /// <returns>A new policy.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A threshold is outside 0–1.</exception>
    public ScoringPolicy WithCoverageThresholds(double outcome, double overall) =>
        Carry(new ScoringPolicy(Comparator, NeighbourAverage, ConfidenceLevel, Preconditions.CheckArgumentRange(nameof(outcome), outcome, 0, 1), Preconditions.CheckArgumentRange(nameof(overall), overall, 0, 1),
            OutcomeAggregation, OverallAggregation, DefaultNormalisation, LimitingRule, Indicators, OutcomeWeights));

    /// <summary>Returns a copy with other aggregation methods.</summary>
    /// <param name="outcome">How indicator scores combine into an outcome score.</param>
    /// <param name="overall">How outcome scores combine into the overall score.</param>
    /// <returns>A new policy.</returns>
    /// <exception cref="ArgumentException">A value is not defined.</exception>
    public ScoringPolicy WithAggregation(AggregationMethod outcome, AggregationMethod overall)
    {
        Preconditions.CheckArgument(Enum.IsDefined(typeof(AggregationMethod), outcome), nameof(outcome), "Unknown aggregation {0}.", outcome);
        Preconditions.CheckArgument(Enum.IsDefined(typeof(AggregationMethod), overall), nameof(overall), "Unknown aggregation {0}.", overall);
        return Carry(new ScoringPolicy(Comparator, NeighbourAverage, ConfidenceLevel, OutcomeCoverageThreshold, OverallCoverageThreshold, outcome, overall, DefaultNormalisation, LimitingRule, Indicators, OutcomeWeights));
    }

    /// <summary>Returns a copy with other aggregation methods and the power of the generalised mean.</summary>
    /// <param name="outcome">How indicator scores combine into an outcome score.</param>
    /// <param name="overall">How outcome scores combine into the overall score.</param>
    /// <param name="power">The power p of <see cref="AggregationMethod.Generalised"/>: finite, not 0 (p = 0 is the geometric mean), from −100 to 100.</param>
    /// <returns>A new policy.</returns>
    /// <exception cref="ArgumentException">A method is not defined, or the power is 0.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The power is outside −100 to 100.</exception>
    public ScoringPolicy WithAggregation(AggregationMethod outcome, AggregationMethod overall, double power)
    {
        Preconditions.CheckArgumentRange(nameof(power), power, -100, 100);
        Preconditions.CheckArgument(power != 0, nameof(power), "The generalised mean's power must not be 0; use the geometric mean.");
        return new ScoringPolicy(WithAggregation(outcome, overall)) { AggregationPower = power };
    }

    /// <summary>Returns a copy with another data treatment (imputation and winsorisation).</summary>
    /// <param name="treatment">The treatment.</param>
    /// <returns>A new policy.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="treatment"/> is null.</exception>
    public ScoringPolicy WithTreatment(DataTreatment treatment) =>
        new ScoringPolicy(this) { Treatment = Preconditions.CheckNotNull(treatment, nameof(treatment)) };

    /// <summary>Returns a copy with another rule for ranking thin coverage.</summary>
    /// <param name="rule">The rule.</param>
    /// <returns>A new policy.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="rule"/> is null.</exception>
    public ScoringPolicy WithRankingCoverage(RankingCoverage rule) =>
        new ScoringPolicy(this) { RankingCoverage = Preconditions.CheckNotNull(rule, nameof(rule)) };

    /// <summary>Returns a copy that compares an unpublished year with the latest published one, or not (<see cref="LatestPublishedComparators"/>).</summary>
    /// <param name="on">True to compare an unpublished year's figures with the latest published year.</param>
    /// <returns>A new policy.</returns>
    public ScoringPolicy WithLatestPublishedComparators(bool on) =>
        new ScoringPolicy(this) { LatestPublishedComparators = on };

    /// <summary>Returns a copy with another default normalisation.</summary>
    /// <param name="normalisation">The normalisation; a distance-to-target default uses each indicator's local target.</param>
    /// <returns>A new policy.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="normalisation"/> is null.</exception>
    public ScoringPolicy WithDefaultNormalisation(Normalisation normalisation) =>
        Carry(new ScoringPolicy(Comparator, NeighbourAverage, ConfidenceLevel, OutcomeCoverageThreshold, OverallCoverageThreshold, OutcomeAggregation, OverallAggregation, Preconditions.CheckNotNull(normalisation, nameof(normalisation)), LimitingRule, Indicators, OutcomeWeights));

    /// <summary>Returns a copy with a limiting rule, or none.</summary>
    /// <param name="rule">The rule, or null to switch limiting off.</param>
    /// <returns>A new policy.</returns>
    public ScoringPolicy WithLimitingRule(LimitingRule? rule) =>
        Carry(new ScoringPolicy(Comparator, NeighbourAverage, ConfidenceLevel, OutcomeCoverageThreshold, OverallCoverageThreshold, OutcomeAggregation, OverallAggregation, DefaultNormalisation, rule, Indicators, OutcomeWeights));

    /// <summary>Returns a copy with settings for one indicator (replacing any it had).</summary>
    /// <param name="indicatorId">The indicator id.</param>
    /// <param name="settings">The settings; <see cref="IndicatorPolicy.None"/> removes them.</param>
    /// <returns>A new policy.</returns>
    /// <exception cref="ArgumentException">The id is not a valid id.</exception>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public ScoringPolicy WithIndicator(string indicatorId, IndicatorPolicy settings)
    {
        Identifiers.CheckId(indicatorId, nameof(indicatorId));
        Preconditions.CheckNotNull(settings, nameof(settings));
        var map = settings.Equals(IndicatorPolicy.None) ? Indicators.Remove(indicatorId) : Indicators.SetItem(indicatorId, settings);
        return Carry(new ScoringPolicy(Comparator, NeighbourAverage, ConfidenceLevel, OutcomeCoverageThreshold, OverallCoverageThreshold, OutcomeAggregation, OverallAggregation, DefaultNormalisation, LimitingRule, map, OutcomeWeights));
    }

    /// <summary>Returns a copy with a weight for one outcome in the overall score.</summary>
    /// <param name="outcomeId">The outcome id.</param>
    /// <param name="weight">The weight (finite, ≥ 0).</param>
    /// <returns>A new policy.</returns>
    /// <exception cref="ArgumentException">The id is not a valid id.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The weight is negative or not finite.</exception>
    public ScoringPolicy WithOutcomeWeight(string outcomeId, double weight)
    {
        Identifiers.CheckId(outcomeId, nameof(outcomeId));
        Preconditions.CheckArgumentRange(nameof(weight), weight, 0, double.MaxValue);
        return Carry(new ScoringPolicy(Comparator, NeighbourAverage, ConfidenceLevel, OutcomeCoverageThreshold, OverallCoverageThreshold, OutcomeAggregation, OverallAggregation, DefaultNormalisation, LimitingRule, Indicators, OutcomeWeights.SetItem(outcomeId, weight)));
    }

    // A copy of a policy built from the long constructor with this policy's later settings.
    private ScoringPolicy Carry(ScoringPolicy fresh) =>
        new(fresh) { AggregationPower = AggregationPower, Treatment = Treatment, RankingCoverage = RankingCoverage, LatestPublishedComparators = LatestPublishedComparators };

    /// <inheritdoc />
    public bool Equals(ScoringPolicy? other) =>
        other is not null
        && Comparator == other.Comparator && NeighbourAverage == other.NeighbourAverage && ConfidenceLevel.Equals(other.ConfidenceLevel)
        && OutcomeCoverageThreshold.Equals(other.OutcomeCoverageThreshold) && OverallCoverageThreshold.Equals(other.OverallCoverageThreshold)
        && OutcomeAggregation == other.OutcomeAggregation && OverallAggregation == other.OverallAggregation && AggregationPower.Equals(other.AggregationPower)
        && Treatment.Equals(other.Treatment) && RankingCoverage.Equals(other.RankingCoverage) && LatestPublishedComparators == other.LatestPublishedComparators
        && DefaultNormalisation.Equals(other.DefaultNormalisation) && Equals(LimitingRule, other.LimitingRule)
        && Indicators.Count == other.Indicators.Count && Indicators.All(p => other.Indicators.TryGetValue(p.Key, out var q) && p.Value.Equals(q))
        && OutcomeWeights.Count == other.OutcomeWeights.Count && OutcomeWeights.All(p => other.OutcomeWeights.TryGetValue(p.Key, out var q) && p.Value.Equals(q));

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as ScoringPolicy);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Comparator, NeighbourAverage, OutcomeCoverageThreshold, OutcomeAggregation, DefaultNormalisation, Indicators.Count);
}
