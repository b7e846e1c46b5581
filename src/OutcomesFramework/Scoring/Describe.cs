using System.Globalization;
using OutcomesFramework.Statistics;

namespace OutcomesFramework.Scoring;

/// <summary>Stable wording for methods and results, shared by explanations and the outputs.</summary>
internal static class Describe
{
    public static string Method(AggregationMethod method) => method switch
    {
        AggregationMethod.Geometric => "weighted geometric mean exp(Σ w·ln s / Σ w) over the parts with a score (0 when any of them scores 0)",
        AggregationMethod.Minimum => "minimum of the scores of the parts with a positive weight",
        AggregationMethod.Harmonic => "weighted harmonic mean Σ w / Σ (w / s) over the parts with a score (0 when any of them scores 0)",
        AggregationMethod.Generalised => "weighted generalised mean (Σ w·s^p / Σ w)^(1/p) over the parts with a score (for p < 0, 0 when any of them scores 0)",
        _ => "weighted arithmetic mean Σ w·s / Σ w over the parts with a score (their weights rescaled to sum to 1)",
    };

    public static string Method(Normalisation normalisation) => normalisation.Method switch
    {
        NormalisationMethod.ZScore => normalisation + ": mean + sd × z, where z = (value − authorities' mean) / authorities' sample sd, negated when lower is better",
        NormalisationMethod.MinMax => "min-max: 100 × (value − min) / (max − min), or 100 × (max − value) / (max − min) when lower is better; 50 when all authorities are equal",
        NormalisationMethod.DistanceToTarget => normalisation + ": 100 × (value − worst) / (target − worst), worst being the lowest authority (the highest when lower is better); 100 at or beyond the target",
        NormalisationMethod.Goalposts => normalisation + ": 100 × (value − lower) / (upper − lower), or 100 × (upper − value) / (upper − lower) when lower is better",
        _ => "percentile rank among the authorities with a value, read through polarity: 100 × (worse + (tied − 1) / 2) / (n − 1); 50 when n = 1",
    };

    public static string Code(AggregationMethod method) => method switch
    {
        AggregationMethod.Geometric => "geometric",
        AggregationMethod.Minimum => "minimum",
        AggregationMethod.Harmonic => "harmonic",
        AggregationMethod.Generalised => "generalised",
        _ => "arithmetic",
    };

    public static string Code(NormalisationMethod method) => method switch
    {
        NormalisationMethod.ZScore => "zScore",
        NormalisationMethod.MinMax => "minMax",
        NormalisationMethod.DistanceToTarget => "distanceToTarget",
        NormalisationMethod.Goalposts => "goalposts",
        _ => "percentileRank",
    };

    public static string Code(Comparator comparator) => comparator switch
    {
        Comparator.Region => "region",
        Comparator.StatisticalNeighbours => "neighbours",
        _ => "england",
    };

    public static string Code(NeighbourAverage average) => average == NeighbourAverage.Median ? "median" : "mean";

    public static string Code(Polarity polarity) => polarity switch
    {
        Polarity.HigherIsBetter => "higherIsBetter",
        Polarity.LowerIsBetter => "lowerIsBetter",
        _ => "none",
    };

    public static string Code(BenchmarkOutcome outcome) => outcome switch
    {
        BenchmarkOutcome.Worst => "worst",
        BenchmarkOutcome.Worse => "worse",
        BenchmarkOutcome.Similar => "similar",
        BenchmarkOutcome.Better => "better",
        BenchmarkOutcome.Best => "best",
        BenchmarkOutcome.Lowest => "lowest",
        BenchmarkOutcome.Lower => "lower",
        BenchmarkOutcome.Higher => "higher",
        BenchmarkOutcome.Highest => "highest",
        _ => "notCompared",
    };

    public static string Code(DirectionOfTravel direction) => direction switch
    {
        DirectionOfTravel.Improved => "improved",
        DirectionOfTravel.Worsened => "worsened",
        DirectionOfTravel.Increased => "increased",
        DirectionOfTravel.Decreased => "decreased",
        _ => "noChange",
    };

    public static string Code(TrendDirection direction) => direction switch
    {
        TrendDirection.NoSignificantChange => "noSignificantChange",
        TrendDirection.Increasing => "increasing",
        TrendDirection.Decreasing => "decreasing",
        TrendDirection.IncreasingAndGettingBetter => "increasingGettingBetter",
        TrendDirection.IncreasingAndGettingWorse => "increasingGettingWorse",
        TrendDirection.DecreasingAndGettingBetter => "decreasingGettingBetter",
        TrendDirection.DecreasingAndGettingWorse => "decreasingGettingWorse",
        _ => "cannotBeCalculated",
    };

    public static string Code(TargetStatus status) => status switch
    {
        TargetStatus.Near => "near",
        TargetStatus.Missed => "missed",
        _ => "met",
    };

    public static string Code(Indicators.IndicatorRole role) => role switch
    {
        Indicators.IndicatorRole.Context => "context",
        Indicators.IndicatorRole.Enabler => "enabler",
        _ => "outcome",
    };

    public static string Band(QuartileBand? band) => band is null or QuartileBand.None ? string.Empty : band.Value.ToString();

    public static string Level(ConfidenceLevel level) => Numbers.Format(level.Probability * 100, 4) + "%";

    public static string Comparison(Comparator comparator, NeighbourAverage average) => comparator switch
    {
        Comparator.Region => "the region (Inner or Outer London for London boroughs)",
        Comparator.StatisticalNeighbours => "the statistical neighbours' " + Code(average),
        _ => "England",
    };

    public static string Int(int i) => i.ToString(CultureInfo.InvariantCulture);
}
