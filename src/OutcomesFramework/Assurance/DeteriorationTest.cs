namespace OutcomesFramework.Assurance;

/// <summary>The test of a <see cref="DeteriorationRule"/>.</summary>
public enum DeteriorationTest
{
    /// <summary>The value got worse (read through polarity) in each of the last N changes between consecutive periods.</summary>
    ConsecutivePeriods = 0,

    /// <summary>The Fingertips recent trend is significant and getting worse.</summary>
    SignificantTrend = 1,
}
