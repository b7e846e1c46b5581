namespace OutcomesFramework.Statistics.Spc;

/// <summary>How a target lying exactly on a process limit is read by the assurance icon.</summary>
public enum AssuranceComparison
{
    /// <summary>
    /// As NHSRplotthedots: pass or fail only when the target is strictly beyond a limit; a target on a limit is
    /// hit or miss.
    /// </summary>
    Strict = 0,

    /// <summary>
    /// As NHS England SQL (since v2.1): a target on a limit counts as beyond it, so it is pass or fail.
    /// </summary>
    Inclusive = 1,
}
