namespace OutcomesFramework.Statistics.Spc;

/// <summary>
/// Which way a measure improves, as Making Data Count asks for every chart: NHSRplotthedots'
/// <c>improvement_direction</c> (<c>"increase"</c>, <c>"decrease"</c>, <c>"neutral"</c>) and NHS England's
/// <c>MetricImprovement</c> (<c>Up</c>, <c>Down</c>, <c>Neither</c>).
/// </summary>
/// <remarks>
/// The direction turns a special cause into an improvement (blue) or a concern (orange); with
/// <see cref="Neither"/> every special cause is "neither" (purple) and there is no assurance icon.
/// </remarks>
public enum ImprovementDirection
{
    /// <summary>Higher is better (NHSRplotthedots <c>increase</c>, NHS England <c>Up</c>).</summary>
    Increase = 0,

    /// <summary>Lower is better (NHSRplotthedots <c>decrease</c>, NHS England <c>Down</c>).</summary>
    Decrease = 1,

    /// <summary>No direction is better (NHSRplotthedots <c>neutral</c>, NHS England <c>Neither</c>).</summary>
    Neither = 2,
}
