namespace OutcomesFramework.Statistics.Spc;

/// <summary>
/// Whether large moving ranges are left out of the process limits, and how. The screening limit is
/// 3.267 times the average moving range (the upper range limit of an mR chart); one pass, not iterated.
/// </summary>
public enum MovingRangeScreening
{
    /// <summary>
    /// Every moving range counts (the MDC Excel tool, and the NHS England SQL default).
    /// </summary>
    Off = 0,

    /// <summary>
    /// As NHSRplotthedots (<c>screen_outliers = TRUE</c>, its default): a moving range is kept only when it is
    /// strictly below 3.267 times the average moving range; the average is taken again over the kept ranges.
    /// The mean is not changed.
    /// </summary>
    KeepBelowLimit = 1,

    /// <summary>
    /// As the NHS England SQL query with <c>@ExcludeMovingRangeOutliers = 1</c>: a moving range is kept when it is
    /// at most 3.267 times the average moving range, and the mean is also taken again, leaving out the points
    /// whose moving range was screened out.
    /// </summary>
    KeepAtOrBelowLimitAndRecomputeMean = 2,
}
