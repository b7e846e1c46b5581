using System;

namespace OutcomesFramework.Statistics.Spc;

/// <summary>
/// The kinds of warning an XmR chart can carry. Each <see cref="SpcWarning"/> has exactly one kind; a
/// <see cref="XmrSummary"/> carries the union of its chart's kinds.
/// </summary>
[Flags]
public enum SpcWarningKinds
{
    /// <summary>No warning.</summary>
    None = 0,

    /// <summary>
    /// The chart has fewer non-missing points than <see cref="SpcOptions.MinimumPoints"/>: it is a run chart, with a
    /// mean but no process limits, no special causes and no icons.
    /// </summary>
    TooFewPoints = 1,

    /// <summary>
    /// A segment has fewer points than <see cref="SpcOptions.ShortSegmentPoints"/>: its limits are trial limits that
    /// will move as data is added.
    /// </summary>
    ShortSegment = 2,

    /// <summary>The limits are fixed from fewer points than <see cref="SpcOptions.ShortSegmentPoints"/>.</summary>
    ShortBaseline = 4,

    /// <summary>
    /// Some values are missing. A missing point has no variation; it breaks shifts, trends and two-in-three windows,
    /// and the two moving ranges touching it are lost (the gap is not bridged).
    /// </summary>
    MissingValues = 8,

    /// <summary>
    /// A missing value sits inside a trend-length window whose other steps all rise (or all fall). The gap breaks the
    /// trend there; NHSRplotthedots 0.2.2 stops with the error "missing value where TRUE/FALSE needed" on such a series.
    /// </summary>
    MissingValueInTrendWindow = 16,

    /// <summary>
    /// A segment has no moving range to average (fewer than two consecutive values, or all screened out, as in a
    /// constant series with screening): it has a mean but no process limits, so no limit or two-in-three signals.
    /// </summary>
    LimitsUndefined = 32,

    /// <summary>A target was given but the assurance icon cannot be drawn (no improvement direction, or no limits).</summary>
    NoAssurance = 64,

    /// <summary>
    /// The point deciding the variation icon triggers both an improvement and a concern rule; the icon shows the
    /// side chosen by <see cref="SpcOptions.ConflictResolution"/>.
    /// </summary>
    VariationIconConflict = 128,
}
