using System.Collections.Immutable;
using System.Globalization;

namespace OutcomesFramework.Statistics.Spc;

/// <summary>Turns the engine's state after a run into an immutable <see cref="XmrChart"/> with worded warnings.</summary>
internal static class XmrChartBuilder
{
    internal static XmrChart Build(XmrEngine engine, ImmutableArray<int> recalculateAt, int? baselinePoints)
    {
        var n = engine.Count;
        var segments = ImmutableArray.CreateBuilder<XmrSegment>(engine.SegmentCount);
        for (var s = 0; s < engine.SegmentCount; s++)
        {
            segments.Add(new XmrSegment(
                s,
                engine.SegmentStart(s),
                engine.SegmentPointCount(s),
                engine.SegmentLimitPointCount(s),
                XmrEngine.Nullable(engine.SegmentMean(s)),
                XmrEngine.Nullable(engine.SegmentAverageMovingRange(s)),
                engine.LimitsShown,
                engine.SegmentMovingRangesUsed(s),
                engine.SegmentMovingRangesScreened(s)));
        }

        var points = ImmutableArray.CreateBuilder<XmrPoint>(n);
        var values = engine.Values;
        for (var i = 0; i < n; i++)
        {
            var segment = segments[engine.SegmentOf(i)];
            points.Add(new XmrPoint(
                i,
                XmrEngine.Nullable(values[i]),
                segment.Index,
                i < segment.Start + segment.LimitPointCount,
                segment.Mean,
                segment.LowerProcessLimit,
                segment.UpperProcessLimit,
                segment.LowerTwoSigma,
                segment.UpperTwoSigma,
                XmrEngine.Nullable(engine.MovingRange(i)),
                engine.MovingRangeUsed(i),
                engine.SideOfMean(i),
                engine.Signals(i),
                engine.Label(i),
                engine.VariationOf(i)));
        }

        var builtSegments = segments.MoveToImmutable();
        return new XmrChart(
            engine.Options,
            engine.Direction,
            XmrEngine.Nullable(engine.Target),
            recalculateAt,
            baselinePoints,
            engine.LimitsShown,
            points.MoveToImmutable(),
            builtSegments,
            engine.IconPoint >= 0 ? engine.IconPoint : null,
            engine.VariationIcon,
            engine.AssuranceIcon,
            Warnings(engine, builtSegments),
            engine.Summarise(default));
    }

    private static ImmutableArray<SpcWarning> Warnings(XmrEngine engine, ImmutableArray<XmrSegment> segments)
    {
        var options = engine.Options;
        var kinds = engine.Warnings;
        var warnings = ImmutableArray.CreateBuilder<SpcWarning>();
        if ((kinds & SpcWarningKinds.TooFewPoints) != 0)
        {
            warnings.Add(new SpcWarning(SpcWarningKinds.TooFewPoints, null, Format(
                "{0} non-missing points, fewer than the {1} {2} needs for process limits: shown as a run chart with its mean, without special causes or icons.",
                engine.Count - engine.MissingCount, options.MinimumPoints, options.Name)));
        }
        if ((kinds & SpcWarningKinds.MissingValues) != 0)
        {
            var first = FirstMissing(engine);
            warnings.Add(new SpcWarning(SpcWarningKinds.MissingValues, first, Format(
                "{0} missing values (the first at index {1}): they have no variation, they break shifts, trends and two-in-three windows, and the moving ranges next to them are lost (gaps are not bridged).",
                engine.MissingCount, first)));
        }
        if ((kinds & SpcWarningKinds.NoAssurance) != 0)
        {
            var reason = engine.Direction == ImprovementDirection.Neither ? "the measure has no improvement direction"
                : !engine.LimitsShown ? "the chart has too few points for process limits"
                : "the latest segment's process limits are undefined";
            warnings.Add(new SpcWarning(SpcWarningKinds.NoAssurance, null, "No assurance icon for the target: " + reason + "."));
        }
        foreach (var segment in segments)
        {
            if (segment.Count < options.ShortSegmentPoints)
            {
                warnings.Add(new SpcWarning(SpcWarningKinds.ShortSegment, segment.Start, Format(
                    "Segment {0} (from index {1}) has {2} points, fewer than {3}: its limits are trial limits that will move as points are added.",
                    segment.Index, segment.Start, segment.Count, options.ShortSegmentPoints)));
            }
            if (segment.LimitPointCount < segment.Count && segment.LimitPointCount < options.ShortSegmentPoints)
            {
                warnings.Add(new SpcWarning(SpcWarningKinds.ShortBaseline, segment.Start, Format(
                    "Segment {0} has its limits fixed from {1} points, fewer than {2}.",
                    segment.Index, segment.LimitPointCount, options.ShortSegmentPoints)));
            }
            if (engine.LimitsShown && segment.AverageMovingRange is null)
            {
                warnings.Add(new SpcWarning(SpcWarningKinds.LimitsUndefined, segment.Start, Format(
                    "Segment {0} has no moving range to average ({1} screened out): it has a mean but no process limits, so no limit or two-in-three signals.",
                    segment.Index, segment.MovingRangesScreenedOut)));
            }
        }
        if ((kinds & SpcWarningKinds.MissingValueInTrendWindow) != 0)
        {
            warnings.Add(new SpcWarning(SpcWarningKinds.MissingValueInTrendWindow, engine.FirstMissingInTrendWindow, Format(
                "The missing value at index {0} sits in a {1}-point window whose other steps all rise or all fall: the gap breaks the trend there. NHSRplotthedots 0.2.2 stops with an error on this series.",
                engine.FirstMissingInTrendWindow, options.TrendPoints)));
        }
        if ((kinds & SpcWarningKinds.VariationIconConflict) != 0)
        {
            warnings.Add(new SpcWarning(SpcWarningKinds.VariationIconConflict, engine.IconPoint, Format(
                "The point at index {0}, which decides the variation icon, triggers both improvement and concern rules; the icon follows the conflict policy {1}.",
                engine.IconPoint, options.ConflictResolution)));
        }
        return warnings.ToImmutable();
    }

    private static int FirstMissing(XmrEngine engine)
    {
        var values = engine.Values;
        for (var i = 0; i < values.Length; i++)
        {
            if (double.IsNaN(values[i]))
            {
                return i;
            }
        }
        return 0;
    }

    private static string Format(string format, params object[] args) =>
        string.Format(CultureInfo.InvariantCulture, format, args);
}
