using OutcomesFramework.Periods;
using OutcomesFramework.Statistics;

namespace OutcomesFramework.Scoring;

/// <summary>The direction of travel since the previous period, read through polarity.</summary>
public enum DirectionOfTravel
{
    /// <summary>The value did not change.</summary>
    NoChange = 0,

    /// <summary>The value moved in the good direction.</summary>
    Improved = 1,

    /// <summary>The value moved in the bad direction.</summary>
    Worsened = 2,

    /// <summary>The value rose (an indicator without polarity).</summary>
    Increased = 3,

    /// <summary>The value fell (an indicator without polarity).</summary>
    Decreased = 4,
}
