using System;

namespace OutcomesFramework.Statistics.Spc;

/// <summary>
/// What a dashboard or an assurance rule needs from an XmR chart, without its points: the latest limits, the two
/// icons, counts of each category and the kinds of warning. <see cref="XmrChart.Summary"/> for one chart;
/// <see cref="Xmr.ComputeMany"/> fills one per series.
/// </summary>
public readonly struct XmrSummary : IEquatable<XmrSummary>
{
    internal XmrSummary(
        int pointCount,
        int missingCount,
        int segmentCount,
        double? mean,
        double? lowerProcessLimit,
        double? upperProcessLimit,
        Variation? variationIcon,
        AssuranceIcon? assuranceIcon,
        int commonCauseCount,
        int improvementCount,
        int concernCount,
        int neitherCount,
        SpcWarningKinds warnings)
    {
        PointCount = pointCount;
        MissingCount = missingCount;
        SegmentCount = segmentCount;
        Mean = mean;
        LowerProcessLimit = lowerProcessLimit;
        UpperProcessLimit = upperProcessLimit;
        VariationIcon = variationIcon;
        AssuranceIcon = assuranceIcon;
        CommonCauseCount = commonCauseCount;
        ImprovementCount = improvementCount;
        ConcernCount = concernCount;
        NeitherCount = neitherCount;
        Warnings = warnings;
    }

    /// <summary>The number of points, missing ones included.</summary>
    public int PointCount { get; }

    /// <summary>The number of missing values.</summary>
    public int MissingCount { get; }

    /// <summary>The number of segments.</summary>
    public int SegmentCount { get; }

    /// <summary>The latest segment's mean, or null.</summary>
    public double? Mean { get; }

    /// <summary>The latest segment's lower process limit, or null when not shown or undefined.</summary>
    public double? LowerProcessLimit { get; }

    /// <summary>The latest segment's upper process limit, or null when not shown or undefined.</summary>
    public double? UpperProcessLimit { get; }

    /// <summary>The variation icon, or null when the chart has too few points for icons.</summary>
    public Variation? VariationIcon { get; }

    /// <summary>The assurance icon, or null when there is no target, no direction or no limits.</summary>
    public AssuranceIcon? AssuranceIcon { get; }

    /// <summary>Points with common cause variation (missing points included).</summary>
    public int CommonCauseCount { get; }

    /// <summary>Points with special cause improvement.</summary>
    public int ImprovementCount { get; }

    /// <summary>Points with special cause concern.</summary>
    public int ConcernCount { get; }

    /// <summary>Points with special cause variation and no improvement direction.</summary>
    public int NeitherCount { get; }

    /// <summary>Every kind of warning the chart carries.</summary>
    public SpcWarningKinds Warnings { get; }

    /// <summary>Whether two summaries are equal in every field.</summary>
    public static bool operator ==(XmrSummary left, XmrSummary right) => left.Equals(right);

    /// <summary>Whether two summaries differ in some field.</summary>
    public static bool operator !=(XmrSummary left, XmrSummary right) => !left.Equals(right);

    /// <inheritdoc/>
    public bool Equals(XmrSummary other) =>
        PointCount == other.PointCount && MissingCount == other.MissingCount && SegmentCount == other.SegmentCount &&
        Nullable.Equals(Mean, other.Mean) && Nullable.Equals(LowerProcessLimit, other.LowerProcessLimit) &&
        Nullable.Equals(UpperProcessLimit, other.UpperProcessLimit) && VariationIcon == other.VariationIcon &&
        AssuranceIcon == other.AssuranceIcon && CommonCauseCount == other.CommonCauseCount &&
        ImprovementCount == other.ImprovementCount && ConcernCount == other.ConcernCount &&
        NeitherCount == other.NeitherCount && Warnings == other.Warnings;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is XmrSummary other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        var hash = default(HashCode);
        hash.Add(PointCount);
        hash.Add(MissingCount);
        hash.Add(SegmentCount);
        hash.Add(Mean);
        hash.Add(LowerProcessLimit);
        hash.Add(UpperProcessLimit);
        hash.Add(VariationIcon);
        hash.Add(AssuranceIcon);
        hash.Add(CommonCauseCount);
        hash.Add(ImprovementCount);
        hash.Add(ConcernCount);
        hash.Add(NeitherCount);
        hash.Add(Warnings);
        return hash.ToHashCode();
    }
}
