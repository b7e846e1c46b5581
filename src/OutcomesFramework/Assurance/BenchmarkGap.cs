namespace OutcomesFramework.Assurance;

/// <summary>The benchmark a <see cref="BenchmarkGapRule"/> measures the gap to.</summary>
public enum BenchmarkGap
{
    /// <summary>England's value lies outside the authority's confidence interval on the good side (Fingertips: significantly worse).</summary>
    SignificantlyWorseThanEngland = 0,

    /// <summary>The authority is in LAIT quartile band D, the worst quarter of authorities.</summary>
    BottomQuartile = 1,

    /// <summary>The authority is worse than its statistical neighbours' average by more than a margin.</summary>
    WorseThanNeighbours = 2,
}
