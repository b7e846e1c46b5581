namespace OutcomesFramework.Statistics;

/// <summary>The Fingertips trend marker, before polarity.</summary>
public enum TrendMarker
{
    /// <summary>Not eligible or not enough valid points.</summary>
    CannotBeCalculated = 0,

    /// <summary>Significantly increasing.</summary>
    Increasing = 1,

    /// <summary>Significantly decreasing.</summary>
    Decreasing = 2,

    /// <summary>No significant change.</summary>
    NoSignificantChange = 3,
}
