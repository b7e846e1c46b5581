using System.Collections.Immutable;
using System.Globalization;

namespace OutcomesFramework.Statistics.Spc;

/// <summary>
/// An XmR chart as Making Data Count draws it: every point with its segment's lines and its variation, the segments,
/// the variation and assurance icons, the warnings, and the options (profile) that produced it, so an explanation can
/// cite them. Immutable; made by <see cref="Xmr.Compute"/>.
/// </summary>
public sealed class XmrChart
{
    internal XmrChart(
        SpcOptions options,
        ImprovementDirection direction,
        double? target,
        ImmutableArray<int> recalculateAt,
        int? baselinePoints,
        bool limitsShown,
        ImmutableArray<XmrPoint> points,
        ImmutableArray<XmrSegment> segments,
        int? variationIconPoint,
        Variation? variationIcon,
        AssuranceIcon? assuranceIcon,
        ImmutableArray<SpcWarning> warnings,
        XmrSummary summary)
    {
        Options = options;
        Direction = direction;
        Target = target;
        RecalculateAt = recalculateAt;
        BaselinePoints = baselinePoints;
        LimitsShown = limitsShown;
        Points = points;
        Segments = segments;
        VariationIconPoint = variationIconPoint;
        VariationIcon = variationIcon;
        AssuranceIcon = assuranceIcon;
        Warnings = warnings;
        Summary = summary;
    }

    /// <summary>The options that produced the chart; <see cref="SpcOptions.Name"/> names the profile.</summary>
    public SpcOptions Options { get; }

    /// <summary>The improvement direction the chart was drawn with.</summary>
    public ImprovementDirection Direction { get; }

    /// <summary>The target the assurance icon compares with, or null.</summary>
    public double? Target { get; }

    /// <summary>
    /// The 0-based first points of new segments as given (empty for none). They are ignored when a baseline is set
    /// and <see cref="SpcOptions.BaselineOverridesRecalculation"/> holds; <see cref="Segments"/> shows what was used.
    /// </summary>
    public ImmutableArray<int> RecalculateAt { get; }

    /// <summary>The number of points the limits were fixed from (per segment, or for the chart), or null.</summary>
    public int? BaselinePoints { get; }

    /// <summary>
    /// Whether process limits, special causes and icons are shown: false when the chart has fewer non-missing points
    /// than <see cref="SpcOptions.MinimumPoints"/> (a run chart with its mean).
    /// </summary>
    public bool LimitsShown { get; }

    /// <summary>The points, in series order.</summary>
    public ImmutableArray<XmrPoint> Points { get; }

    /// <summary>The segments, in series order; empty only for an empty series.</summary>
    public ImmutableArray<XmrSegment> Segments { get; }

    /// <summary>The 0-based index of the point the variation icon was read from, or null when there is no icon.</summary>
    public int? VariationIconPoint { get; }

    /// <summary>The variation icon: the variation of the last (non-missing, under NHS England) point; null when not shown.</summary>
    public Variation? VariationIcon { get; }

    /// <summary>
    /// The assurance icon: the target against the latest segment's limits; null with no target, no improvement
    /// direction, limits not shown or undefined (a <see cref="SpcWarningKinds.NoAssurance"/> warning says why).
    /// </summary>
    public AssuranceIcon? AssuranceIcon { get; }

    /// <summary>The warnings, in a fixed order: chart-wide first, then by point.</summary>
    public ImmutableArray<SpcWarning> Warnings { get; }

    /// <summary>The chart without its points: latest limits, icons, counts and warning kinds.</summary>
    public XmrSummary Summary { get; }

    /// <summary>The latest segment, whose limits the assurance icon uses; null for an empty series.</summary>
    public XmrSegment? LatestSegment => Segments.IsEmpty ? null : Segments[Segments.Length - 1];

    /// <summary>A one-line description citing the profile, e.g. <c>XmR chart of 24 points (NHS England 2024): variation Improvement (High), assurance Pass</c>.</summary>
    /// <returns>The description.</returns>
    public override string ToString() => string.Format(
        CultureInfo.InvariantCulture,
        "XmR chart of {0} points ({1}): variation {2}, assurance {3}",
        Points.Length,
        Options.Name,
        VariationIcon?.ToMdcName() ?? "none",
        AssuranceIcon?.ToMdcName() ?? "none");
}
