namespace OutcomesFramework.Statistics.Spc;

/// <summary>
/// The assurance icon: whether the process, as its latest limits describe it, can be relied on to meet a target.
/// NHSRplotthedots' <c>consistent_pass</c>, <c>consistent_fail</c>, <c>inconsistent</c>; NHS England's
/// <c>Pass</c>, <c>Fail</c>, <c>Hit or Miss</c>.
/// </summary>
public enum AssuranceIcon
{
    /// <summary>
    /// Hit or miss: the target lies between the process limits, so the process will sometimes meet it and
    /// sometimes not (NHSRplotthedots <c>inconsistent</c>).
    /// </summary>
    HitOrMiss = 0,

    /// <summary>The target lies beyond the limit on the poor side: the process will consistently meet it.</summary>
    Pass = 1,

    /// <summary>The target lies beyond the limit on the good side: the process will consistently miss it.</summary>
    Fail = 2,
}
