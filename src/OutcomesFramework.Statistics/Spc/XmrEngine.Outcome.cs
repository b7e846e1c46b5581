using System;

namespace OutcomesFramework.Statistics.Spc;

/// <content>What a run concludes: warnings, the icons, and the summary.</content>
internal sealed partial class XmrEngine
{
    private void CollectWarnings()
    {
        var n = Count;
        var warnings = SpcWarningKinds.None;
        if (!LimitsShown)
        {
            warnings |= SpcWarningKinds.TooFewPoints;
        }
        if (MissingCount > 0)
        {
            warnings |= SpcWarningKinds.MissingValues;
        }
        if (FirstMissingInTrendWindow >= 0)
        {
            warnings |= SpcWarningKinds.MissingValueInTrendWindow;
        }
        for (var s = 0; s < SegmentCount; s++)
        {
            if (segmentCount[s] < Options.ShortSegmentPoints)
            {
                warnings |= SpcWarningKinds.ShortSegment;
            }
            if (segmentLimitCount[s] < segmentCount[s] && segmentLimitCount[s] < Options.ShortSegmentPoints)
            {
                warnings |= SpcWarningKinds.ShortBaseline;
            }
            if (LimitsShown && double.IsNaN(segmentAverageMovingRange[s]))
            {
                warnings |= SpcWarningKinds.LimitsUndefined;
            }
        }

        if (LimitsShown && n > 0)
        {
            var iconPoint = n - 1;
            if (Options.VariationIconSkipsMissingLastPoint)
            {
                while (iconPoint >= 0 && double.IsNaN(values[iconPoint]))
                {
                    iconPoint--;
                }
            }
            if (iconPoint >= 0)
            {
                IconPoint = iconPoint;
                VariationIcon = variations[iconPoint];
                var flags = signals[iconPoint];
                if (Direction != ImprovementDirection.Neither && (flags & HighMask) != 0 && (flags & LowMask) != 0)
                {
                    warnings |= SpcWarningKinds.VariationIconConflict;
                }
            }
        }

        if (!double.IsNaN(Target))
        {
            if (LimitsShown && n > 0 && Direction != ImprovementDirection.Neither)
            {
                var s = segmentOf[n - 1];
                AssuranceIcon = Assurance(Target, segmentLower[s], segmentUpper[s], Direction, Options.AssuranceComparison);
            }
            if (AssuranceIcon is null)
            {
                warnings |= SpcWarningKinds.NoAssurance;
            }
        }
        Warnings = warnings;
    }

    /// <summary>The assurance icon for a target against limits; null when either limit is NaN or there is no direction.</summary>
    internal static AssuranceIcon? Assurance(double target, double lower, double upper, ImprovementDirection direction, AssuranceComparison comparison)
    {
        if (double.IsNaN(lower) || double.IsNaN(upper) || double.IsNaN(target) || direction == ImprovementDirection.Neither)
        {
            return null;
        }
        var inclusive = comparison == AssuranceComparison.Inclusive;
        var beyondUpper = inclusive ? target >= upper : target > upper;
        var beyondLower = inclusive ? target <= lower : target < lower;
        if (beyondUpper)
        {
            // A target above the upper limit is out of reach when higher is better, and always met when lower is.
            return direction == ImprovementDirection.Increase ? Spc.AssuranceIcon.Fail : Spc.AssuranceIcon.Pass;
        }
        if (beyondLower)
        {
            return direction == ImprovementDirection.Increase ? Spc.AssuranceIcon.Pass : Spc.AssuranceIcon.Fail;
        }
        return Spc.AssuranceIcon.HitOrMiss;
    }

    /// <summary>Fills a summary of the last run, and, when given room, each point's variation.</summary>
    internal XmrSummary Summarise(Span<Variation> pointVariations)
    {
        if (!pointVariations.IsEmpty)
        {
            variations.AsSpan(0, Count).CopyTo(pointVariations);
        }
        double? mean = null, lower = null, upper = null;
        if (Count > 0)
        {
            var s = segmentOf[Count - 1];
            mean = Nullable(segmentMean[s]);
            if (LimitsShown)
            {
                lower = Nullable(segmentLower[s]);
                upper = Nullable(segmentUpper[s]);
            }
        }
        return new XmrSummary(
            Count, MissingCount, SegmentCount, mean, lower, upper, VariationIcon, AssuranceIcon,
            Count - improvementCount - concernCount - neitherCount, improvementCount, concernCount, neitherCount, Warnings);
    }

    internal static double? Nullable(double value) => double.IsNaN(value) ? null : value;
}
