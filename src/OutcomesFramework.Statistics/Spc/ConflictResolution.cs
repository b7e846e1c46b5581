namespace OutcomesFramework.Statistics.Spc;

/// <summary>
/// What a point shows when it triggers rules on both sides at once, for example a rising trend that is
/// also part of a shift below the mean (only the trend rule can cross the mean).
/// </summary>
public enum ConflictResolution
{
    /// <summary>
    /// As NHSRplotthedots: each point gets one label, chosen by precedence (outside the limits, then trend, then
    /// two in three, then shift); the label's side alone decides improvement or concern. A trend point's side
    /// is NHSRplotthedots' local slope (see <see cref="SpecialCauseType"/>).
    /// </summary>
    Precedence = 0,

    /// <summary>
    /// As the MDC Excel tool (and NHS England SQL with <c>MetricConflictRule = 'Improvement'</c>): any improvement
    /// rule makes the point an improvement. With no improvement direction, a high-side rule wins (as the SQL's
    /// variation icon).
    /// </summary>
    ImprovementWins = 1,

    /// <summary>
    /// As NHS England SQL with <c>MetricConflictRule = 'Concern'</c>: any concern rule makes the point a concern.
    /// With no improvement direction, a high-side rule wins.
    /// </summary>
    ConcernWins = 2,
}
