using System;
using OutcomesFramework.Statistics;
using OutcomesFramework.Utility;

namespace OutcomesFramework.Scoring.Overlays;

/// <summary>The policy settings a local overlay may change; a null property keeps the base policy's setting.</summary>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed class OverlaySettings
{
    /// <summary>Creates settings.</summary>
    /// <param name="comparator">The comparator, or null.</param>
    /// <param name="neighbourAverage">Mean or median, or null.</param>
    /// <param name="confidenceLevel">The confidence level, or null.</param>
    /// <param name="outcomeCoverageThreshold">The outcome coverage threshold 0–1, or null.</param>
    /// <param name="overallCoverageThreshold">The overall coverage threshold 0–1, or null.</param>
    /// <param name="outcomeAggregation">The outcome aggregation, or null.</param>
    /// <param name="overallAggregation">The overall aggregation, or null.</param>
    /// <param name="defaultNormalisation">The default normalisation, or null.</param>
    /// <param name="setsLimitingRule">Whether the overlay sets the limiting rule (to <paramref name="limitingRule"/>, which may be null to switch it off).</param>
    /// <param name="limitingRule">The limiting rule when <paramref name="setsLimitingRule"/> is true.</param>
    /// <param name="aggregationPower">The power p of the generalised mean (finite, not 0, −100 to 100), or null.</param>
    /// <param name="treatment">The data treatment (imputation and winsorisation), replacing the base policy's whole, or null.</param>
    /// <param name="rankingCoverage">The rule for ranking thin coverage, or null.</param>
    /// <exception cref="ArgumentOutOfRangeException">A threshold is outside 0–1, or the power outside −100 to 100.</exception>
    /// <exception cref="ArgumentException">The power is 0.</exception>
    public OverlaySettings(
        Comparator? comparator = null,
        NeighbourAverage? neighbourAverage = null,
        ConfidenceLevel? confidenceLevel = null,
        double? outcomeCoverageThreshold = null,
        double? overallCoverageThreshold = null,
        AggregationMethod? outcomeAggregation = null,
        AggregationMethod? overallAggregation = null,
        Normalisation? defaultNormalisation = null,
        bool setsLimitingRule = false,
        LimitingRule? limitingRule = null,
        double? aggregationPower = null,
        Treatment.DataTreatment? treatment = null,
        RankingCoverage? rankingCoverage = null)
    {
        if (aggregationPower is { } power)
        {
            Preconditions.CheckArgumentRange(nameof(aggregationPower), power, -100, 100);
            Preconditions.CheckArgument(power != 0, nameof(aggregationPower), "The generalised mean's power must not be 0; use the geometric mean.");
        }
        AggregationPower = aggregationPower;
        Treatment = treatment;
        RankingCoverage = rankingCoverage;
        Comparator = comparator;
        NeighbourAverage = neighbourAverage;
        ConfidenceLevel = confidenceLevel;
        OutcomeCoverageThreshold = outcomeCoverageThreshold is null ? null : Preconditions.CheckArgumentRange(nameof(outcomeCoverageThreshold), outcomeCoverageThreshold.Value, 0, 1);
        OverallCoverageThreshold = overallCoverageThreshold is null ? null : Preconditions.CheckArgumentRange(nameof(overallCoverageThreshold), overallCoverageThreshold.Value, 0, 1);
        OutcomeAggregation = outcomeAggregation;
        OverallAggregation = overallAggregation;
        DefaultNormalisation = defaultNormalisation;
        SetsLimitingRule = setsLimitingRule;
        LimitingRule = setsLimitingRule ? limitingRule : null;
    }

    /// <summary>Gets settings that change nothing.</summary>
    public static OverlaySettings None { get; } = new();

    /// <summary>Gets the comparator, or null.</summary>
    public Comparator? Comparator { get; }

    /// <summary>Gets the neighbour average, or null.</summary>
    public NeighbourAverage? NeighbourAverage { get; }

    /// <summary>Gets the confidence level, or null.</summary>
    public ConfidenceLevel? ConfidenceLevel { get; }

    /// <summary>Gets the outcome coverage threshold, or null.</summary>
    public double? OutcomeCoverageThreshold { get; }

    /// <summary>Gets the overall coverage threshold, or null.</summary>
    public double? OverallCoverageThreshold { get; }

    /// <summary>Gets the outcome aggregation, or null.</summary>
    public AggregationMethod? OutcomeAggregation { get; }

    /// <summary>Gets the overall aggregation, or null.</summary>
    public AggregationMethod? OverallAggregation { get; }

    /// <summary>Gets the default normalisation, or null.</summary>
    public Normalisation? DefaultNormalisation { get; }

    /// <summary>Gets whether the overlay sets the limiting rule.</summary>
    public bool SetsLimitingRule { get; }

    /// <summary>Gets the limiting rule set (null switches limiting off), when <see cref="SetsLimitingRule"/>.</summary>
    public LimitingRule? LimitingRule { get; }

    /// <summary>Gets the power of the generalised mean, or null.</summary>
    public double? AggregationPower { get; }

    /// <summary>Gets the data treatment (imputation and winsorisation), or null; it replaces the base policy's treatment whole.</summary>
    public Treatment.DataTreatment? Treatment { get; }

    /// <summary>Gets the rule for ranking thin coverage, or null.</summary>
    public RankingCoverage? RankingCoverage { get; }

    /// <summary>Returns <paramref name="policy"/> with these settings applied.</summary>
    /// <param name="policy">The base policy.</param>
    /// <returns>The adjusted policy.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="policy"/> is null.</exception>
    public ScoringPolicy ApplyTo(ScoringPolicy policy)
    {
        Preconditions.CheckNotNull(policy, nameof(policy));
        var p = policy;
        if (Comparator is { } c)
        {
            p = p.WithComparator(c);
        }
        if (NeighbourAverage is { } n)
        {
            p = p.WithNeighbourAverage(n);
        }
        if (ConfidenceLevel is { } level)
        {
            p = p.WithConfidenceLevel(level);
        }
        p = p.WithCoverageThresholds(OutcomeCoverageThreshold ?? p.OutcomeCoverageThreshold, OverallCoverageThreshold ?? p.OverallCoverageThreshold);
        p = p.WithAggregation(OutcomeAggregation ?? p.OutcomeAggregation, OverallAggregation ?? p.OverallAggregation, AggregationPower ?? p.AggregationPower);
        if (Treatment is { } t)
        {
            p = p.WithTreatment(t);
        }
        if (RankingCoverage is { } r)
        {
            p = p.WithRankingCoverage(r);
        }
        if (DefaultNormalisation is { } d)
        {
            p = p.WithDefaultNormalisation(d);
        }
        if (SetsLimitingRule)
        {
            p = p.WithLimitingRule(LimitingRule);
        }
        return p;
    }
}
