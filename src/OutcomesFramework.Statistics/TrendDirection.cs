namespace OutcomesFramework.Statistics;

/// <summary>The trend read through polarity (FingertipsNext's names).</summary>
public enum TrendDirection
{
    /// <summary>Not eligible or not enough valid points.</summary>
    CannotBeCalculated = 0,

    /// <summary>No significant change.</summary>
    NoSignificantChange = 1,

    /// <summary>Increasing, for an indicator with no polarity.</summary>
    Increasing = 2,

    /// <summary>Decreasing, for an indicator with no polarity.</summary>
    Decreasing = 3,

    /// <summary>Increasing where higher is better.</summary>
    IncreasingAndGettingBetter = 4,

    /// <summary>Increasing where lower is better.</summary>
    IncreasingAndGettingWorse = 5,

    /// <summary>Decreasing where lower is better.</summary>
    DecreasingAndGettingBetter = 6,

    /// <summary>Decreasing where higher is better.</summary>
    DecreasingAndGettingWorse = 7,
}
