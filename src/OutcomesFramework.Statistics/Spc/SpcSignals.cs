using System;

namespace OutcomesFramework.Statistics.Spc;

/// <summary>
/// Every rule that fires on a point, with its side; several can fire at once. The NHS England SQL query's
/// <c>SpecialCauseRule…Flag</c> columns. A point at a peak shared by a rising and a falling trend has both trend flags.
/// </summary>
[Flags]
public enum SpcSignals
{
    /// <summary>No rule fires.</summary>
    None = 0,

    /// <summary>Above the upper process limit.</summary>
    AboveUpperLimit = 1,

    /// <summary>Below the lower process limit.</summary>
    BelowLowerLimit = 2,

    /// <summary>Part of a shift above the mean.</summary>
    ShiftAbove = 4,

    /// <summary>Part of a shift below the mean.</summary>
    ShiftBelow = 8,

    /// <summary>Part of an increasing trend.</summary>
    TrendIncreasing = 16,

    /// <summary>Part of a decreasing trend.</summary>
    TrendDecreasing = 32,

    /// <summary>Beyond the upper 2-sigma line in a two-in-three window above the mean.</summary>
    TwoInThreeAbove = 64,

    /// <summary>Beyond the lower 2-sigma line in a two-in-three window below the mean.</summary>
    TwoInThreeBelow = 128,

    /// <summary>All the high-side signals.</summary>
    High = AboveUpperLimit | ShiftAbove | TrendIncreasing | TwoInThreeAbove,

    /// <summary>All the low-side signals.</summary>
    Low = BelowLowerLimit | ShiftBelow | TrendDecreasing | TwoInThreeBelow,
}
