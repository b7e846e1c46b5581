namespace OutcomesFramework.Statistics;

/// <summary>
/// The result of comparing an area with a benchmark, after polarity: Fingertips' Better/Similar/Worse
/// (and Best/Worst at two levels) for indicators with a polarity, Lower/Similar/Higher (and Lowest/Highest)
/// for indicators without one.
/// </summary>
public enum BenchmarkOutcome
{
    /// <summary>No comparison: a value, interval or benchmark is missing, or the method cannot be applied.</summary>
    NotCompared = 0,

    /// <summary>Worse than the benchmark at 99.8% (two-level comparison).</summary>
    Worst = 1,

    /// <summary>Worse than the benchmark (at 95% in a two-level comparison).</summary>
    Worse = 2,

    /// <summary>Not significantly different from the benchmark.</summary>
    Similar = 3,

    /// <summary>Better than the benchmark (at 95% in a two-level comparison).</summary>
    Better = 4,

    /// <summary>Better than the benchmark at 99.8% (two-level comparison).</summary>
    Best = 5,

    /// <summary>Lower than the benchmark at 99.8%, for an indicator with no polarity.</summary>
    Lowest = 6,

    /// <summary>Lower than the benchmark, for an indicator with no polarity.</summary>
    Lower = 7,

    /// <summary>Higher than the benchmark, for an indicator with no polarity.</summary>
    Higher = 8,

    /// <summary>Higher than the benchmark at 99.8%, for an indicator with no polarity.</summary>
    Highest = 9,
}
