using System;

namespace OutcomesFramework.Statistics.Spc;

/// <summary>The special-cause rules that look at more than one point, as a set.</summary>
[Flags]
public enum SpcRules
{
    /// <summary>No rule.</summary>
    None = 0,

    /// <summary>The shift (run) rule: consecutive points all above or all below the mean.</summary>
    Shift = 1,

    /// <summary>The trend rule: consecutive points each strictly above (or below) the one before.</summary>
    Trend = 2,

    /// <summary>The two-in-three rule: two or three of three consecutive points beyond a 2-sigma line.</summary>
    TwoInThree = 4,

    /// <summary>All three multi-point rules.</summary>
    All = Shift | Trend | TwoInThree,
}
