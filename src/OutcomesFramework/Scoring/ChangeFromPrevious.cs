using OutcomesFramework.Periods;
using OutcomesFramework.Statistics;

namespace OutcomesFramework.Scoring;

/// <summary>The change from the previous period, computed only when the two periods are consecutive (LAIT).</summary>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed class ChangeFromPrevious
{
    /// <summary>Creates a change.</summary>
    /// <param name="previousPeriod">The previous period (one year before the current).</param>
    /// <param name="previousValue">The authority's value then.</param>
    /// <param name="currentValue">Its value now.</param>
    /// <param name="polarity">The indicator's polarity, which reads the direction.</param>
    public ChangeFromPrevious(ReportingPeriod previousPeriod, double previousValue, double currentValue, Polarity polarity)
    {
        PreviousPeriod = previousPeriod;
        PreviousValue = previousValue;
        Change = currentValue - previousValue;
        Direction = Change == 0 ? DirectionOfTravel.NoChange
            : polarity switch
            {
                Polarity.HigherIsBetter => Change > 0 ? DirectionOfTravel.Improved : DirectionOfTravel.Worsened,
                Polarity.LowerIsBetter => Change < 0 ? DirectionOfTravel.Improved : DirectionOfTravel.Worsened,
                _ => Change > 0 ? DirectionOfTravel.Increased : DirectionOfTravel.Decreased,
            };
    }

    /// <summary>Gets the previous period.</summary>
    public ReportingPeriod PreviousPeriod { get; }

    /// <summary>Gets the value in the previous period.</summary>
    public double PreviousValue { get; }

    /// <summary>Gets current − previous.</summary>
    public double Change { get; }

    /// <summary>Gets the direction of travel.</summary>
    public DirectionOfTravel Direction { get; }
}
