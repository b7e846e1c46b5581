namespace OutcomesFramework.Statistics.Spc;

/// <summary>
/// One point of an XmR chart: its value, the lines of its segment, its moving range, the rules it triggers, its
/// label and its variation (category and colour).
/// </summary>
public readonly struct XmrPoint
{
    internal XmrPoint(
        int index,
        double? value,
        int segment,
        bool usedForLimits,
        double? mean,
        double? lowerProcessLimit,
        double? upperProcessLimit,
        double? lowerTwoSigma,
        double? upperTwoSigma,
        double? movingRange,
        bool movingRangeInLimits,
        int sideOfMean,
        SpcSignals signals,
        SpecialCauseType specialCauseType,
        Variation variation)
    {
        Index = index;
        Value = value;
        Segment = segment;
        UsedForLimits = usedForLimits;
        Mean = mean;
        LowerProcessLimit = lowerProcessLimit;
        UpperProcessLimit = upperProcessLimit;
        LowerTwoSigma = lowerTwoSigma;
        UpperTwoSigma = upperTwoSigma;
        MovingRange = movingRange;
        MovingRangeInLimits = movingRangeInLimits;
        SideOfMean = sideOfMean;
        Signals = signals;
        SpecialCauseType = specialCauseType;
        Variation = variation;
    }

    /// <summary>The 0-based position of the point in the series.</summary>
    public int Index { get; }

    /// <summary>The value, or null when missing.</summary>
    public double? Value { get; }

    /// <summary>The 0-based segment (recalculation period) the point belongs to.</summary>
    public int Segment { get; }

    /// <summary>Whether the point is in the stretch its segment's mean and limits were calculated from (its baseline).</summary>
    public bool UsedForLimits { get; }

    /// <summary>The segment's mean (centre line), or null when the segment has no value in its baseline.</summary>
    public double? Mean { get; }

    /// <summary>The lower process limit, mean − 2.66 × average moving range; null when not shown or undefined.</summary>
    public double? LowerProcessLimit { get; }

    /// <summary>The upper process limit, mean + 2.66 × average moving range; null when not shown or undefined.</summary>
    public double? UpperProcessLimit { get; }

    /// <summary>The lower 2-sigma line, two thirds of the way from the mean to the lower limit; null like the limits.</summary>
    public double? LowerTwoSigma { get; }

    /// <summary>The upper 2-sigma line, two thirds of the way from the mean to the upper limit; null like the limits.</summary>
    public double? UpperTwoSigma { get; }

    /// <summary>
    /// |value − previous value| within the segment; null for a segment's first point and next to a missing value.
    /// </summary>
    public double? MovingRange { get; }

    /// <summary>Whether the moving range was averaged into the limits (in the baseline and not screened out).</summary>
    public bool MovingRangeInLimits { get; }

    /// <summary>+1 above the segment's mean, −1 below, 0 on it or when the value (or mean) is missing.</summary>
    public int SideOfMean { get; }

    /// <summary>Every rule the point triggers, with its side.</summary>
    public SpcSignals Signals { get; }

    /// <summary>The point's label: the one rule shown for it (see <see cref="Spc.SpecialCauseType"/>).</summary>
    public SpecialCauseType SpecialCauseType { get; }

    /// <summary>The point's variation: common cause, or improvement, concern or neither, high or low.</summary>
    public Variation Variation { get; }

    /// <summary>The Making Data Count category, which is the point's colour.</summary>
    public VariationCategory Category => Variation.Category();

    /// <summary>Whether the point is a special cause.</summary>
    public bool IsSpecialCause => Variation != Variation.CommonCause;
}
