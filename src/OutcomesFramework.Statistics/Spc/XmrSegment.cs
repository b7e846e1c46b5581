namespace OutcomesFramework.Statistics.Spc;

/// <summary>
/// One segment of an XmR chart: the points between recalculations (NHSRplotthedots' rebase group, NHS England's
/// partition), with the mean, average moving range and lines they were given.
/// </summary>
public sealed class XmrSegment
{
    internal XmrSegment(
        int index,
        int start,
        int count,
        int limitPointCount,
        double? mean,
        double? averageMovingRange,
        bool limitsShown,
        int movingRangesUsed,
        int movingRangesScreenedOut)
    {
        Index = index;
        Start = start;
        Count = count;
        LimitPointCount = limitPointCount;
        Mean = mean;
        MovingRangesUsed = movingRangesUsed;
        MovingRangesScreenedOut = movingRangesScreenedOut;
        if (limitsShown && mean is { } m && averageMovingRange is { } amr)
        {
            AverageMovingRange = amr;
            LowerProcessLimit = XmrEngine.Lower(m, amr);
            UpperProcessLimit = XmrEngine.Upper(m, amr);
            LowerTwoSigma = XmrEngine.LowerTwoSigma(m, amr);
            UpperTwoSigma = XmrEngine.UpperTwoSigma(m, amr);
        }
    }

    /// <summary>The 0-based position of the segment in the chart.</summary>
    public int Index { get; }

    /// <summary>The 0-based index of the segment's first point.</summary>
    public int Start { get; }

    /// <summary>The number of points in the segment, missing ones included.</summary>
    public int Count { get; }

    /// <summary>
    /// The number of points (missing included) the mean and limits were calculated from: the baseline length, or
    /// <see cref="Count"/> when the limits are not fixed.
    /// </summary>
    public int LimitPointCount { get; }

    /// <summary>The mean of the non-missing values in the baseline, or null when there are none.</summary>
    public double? Mean { get; }

    /// <summary>The average of the moving ranges kept for the limits; null when none (or limits not shown).</summary>
    public double? AverageMovingRange { get; }

    /// <summary>The lower process limit; null when not shown or undefined.</summary>
    public double? LowerProcessLimit { get; }

    /// <summary>The upper process limit; null when not shown or undefined.</summary>
    public double? UpperProcessLimit { get; }

    /// <summary>The lower 2-sigma line; null when not shown or undefined.</summary>
    public double? LowerTwoSigma { get; }

    /// <summary>The upper 2-sigma line; null when not shown or undefined.</summary>
    public double? UpperTwoSigma { get; }

    /// <summary>The number of moving ranges averaged into the limits.</summary>
    public int MovingRangesUsed { get; }

    /// <summary>The number of moving ranges screened out as too large.</summary>
    public int MovingRangesScreenedOut { get; }
}
