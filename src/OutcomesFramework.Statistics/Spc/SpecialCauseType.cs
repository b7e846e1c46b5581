namespace OutcomesFramework.Statistics.Spc;

/// <summary>
/// The one rule a point is labelled with, NHSRplotthedots' <c>special_cause_type</c>. When several rules fire on a
/// point the label is chosen by precedence: outside the limits, then trend, then two in three, then shift.
/// </summary>
/// <remarks>
/// Under <see cref="ConflictResolution.Precedence"/> the label also decides the point's variation. Under the
/// other policies the variation is decided first and the label is the highest-precedence rule on the winning side.
/// A trend point's direction under <see cref="ConflictResolution.Precedence"/> is NHSRplotthedots' local slope: the
/// step to the next point when that point is also part of a trend, otherwise the step from the previous point;
/// it is <see cref="TrendIncreasing"/> only when that step rises (so a shared peak reads decreasing).
/// </remarks>
public enum SpecialCauseType
{
    /// <summary>No rule fires (NHSRplotthedots <c>Common Cause</c>).</summary>
    CommonCause = 0,

    /// <summary>The point is above the upper process limit (<c>Above UCL</c>).</summary>
    AboveUpperLimit = 1,

    /// <summary>The point is below the lower process limit (<c>Below LCL</c>).</summary>
    BelowLowerLimit = 2,

    /// <summary>The point is part of an increasing trend (<c>7 Point Trend (Increasing)</c>).</summary>
    TrendIncreasing = 3,

    /// <summary>The point is part of a decreasing trend (<c>7 Point Trend (Decreasing)</c>).</summary>
    TrendDecreasing = 4,

    /// <summary>The point is beyond the upper 2-sigma line in a two-in-three window (<c>2 in 3 Above CL</c>).</summary>
    TwoInThreeAbove = 5,

    /// <summary>The point is beyond the lower 2-sigma line in a two-in-three window (<c>2 in 3 Below CL</c>).</summary>
    TwoInThreeBelow = 6,

    /// <summary>The point is part of a shift above the mean (<c>7 Points Above CL</c>).</summary>
    ShiftAbove = 7,

    /// <summary>The point is part of a shift below the mean (<c>7 Points Below CL</c>).</summary>
    ShiftBelow = 8,
}
