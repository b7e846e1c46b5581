using OutcomesFramework.Scoring.Treatment;

namespace OutcomesFramework.Scoring;

/// <summary>The composite's choices a <see cref="CompositeModel"/> evaluation uses: the policy's, or a sensitivity run's.</summary>
internal sealed class ModelSettings
{
    public ModelSettings(Normalisation[] normalisations, double[] weights, AggregationMethod outcomeAggregation, AggregationMethod overallAggregation, double power,
        double outcomeThreshold, double overallThreshold, double[] outcomeWeights, DataTreatment treatment, RankingCoverage rankingCoverage)
    {
        Normalisations = normalisations;
        Weights = weights;
        OutcomeAggregation = outcomeAggregation;
        OverallAggregation = overallAggregation;
        Power = power;
        OutcomeThreshold = outcomeThreshold;
        OverallThreshold = overallThreshold;
        OutcomeWeights = outcomeWeights;
        Treatment = treatment;
        RankingCoverage = rankingCoverage;
    }

    /// <summary>By indicator.</summary>
    public Normalisation[] Normalisations { get; }

    /// <summary>By indicator: its weight in its outcome.</summary>
    public double[] Weights { get; }

    public AggregationMethod OutcomeAggregation { get; }

    public AggregationMethod OverallAggregation { get; }

    public double Power { get; }

    public double OutcomeThreshold { get; }

    public double OverallThreshold { get; }

    /// <summary>By outcome.</summary>
    public double[] OutcomeWeights { get; }

    public DataTreatment Treatment { get; }

    public RankingCoverage RankingCoverage { get; }

    public ModelSettings With(Normalisation[]? normalisations = null, double[]? weights = null, AggregationMethod? aggregation = null, double? outcomeThreshold = null) =>
        new(normalisations ?? Normalisations, weights ?? Weights, aggregation ?? OutcomeAggregation, aggregation ?? OverallAggregation, Power,
            outcomeThreshold ?? OutcomeThreshold, OverallThreshold, OutcomeWeights, Treatment, RankingCoverage);
}
