namespace OutcomesFramework.Statistics.Spc;

/// <summary>
/// The variation of one point, and the chart's variation icon (decided by its last point): common cause, or a
/// special cause that is an improvement, a concern or neither, on the high or low side. The names are NHS England's
/// (<c>Improvement (High)</c>, <c>Concern (Low)</c>, <c>Neither (High)</c> …); NHSRplotthedots calls them
/// <c>improvement_high</c>, <c>concern_low</c>, <c>neutral_high</c> ….
/// </summary>
/// <remarks>
/// With <see cref="ImprovementDirection.Increase"/> an improvement is always high and a concern low; with
/// <see cref="ImprovementDirection.Decrease"/> the reverse; with <see cref="ImprovementDirection.Neither"/> only
/// the two neither values occur.
/// </remarks>
public enum Variation
{
    /// <summary>Common cause variation (grey): no rule fires.</summary>
    CommonCause = 0,

    /// <summary>Special cause improvement on the high side (blue, higher is better).</summary>
    ImprovementHigh = 1,

    /// <summary>Special cause improvement on the low side (blue, lower is better).</summary>
    ImprovementLow = 2,

    /// <summary>Special cause concern on the high side (orange, lower is better).</summary>
    ConcernHigh = 3,

    /// <summary>Special cause concern on the low side (orange, higher is better).</summary>
    ConcernLow = 4,

    /// <summary>Special cause on the high side with no improvement direction (purple).</summary>
    NeitherHigh = 5,

    /// <summary>Special cause on the low side with no improvement direction (purple).</summary>
    NeitherLow = 6,
}
