using System;

namespace OutcomesFramework.Statistics.Spc;

/// <content>The special-cause rules over a chart's points, and each point's label and variation.</content>
internal sealed partial class XmrEngine
{
    private void ApplyRules()
    {
        ApplyRule(SpcRules.Shift);
        ApplyRule(SpcRules.Trend);
        // Two in three needs at least two points beyond a 2-sigma line; most charts have fewer.
        if (beyondTwoSigmaCount >= 2)
        {
            ApplyRule(SpcRules.TwoInThree);
        }
    }

    /// <summary>Applies one rule over the whole chart when it crosses recalculations, else segment by segment.</summary>
    private void ApplyRule(SpcRules rule)
    {
        if ((Options.RulesCrossingRecalculation & rule) != 0)
        {
            ApplyRule(rule, 0, Count);
            return;
        }
        for (var s = 0; s < SegmentCount; s++)
        {
            ApplyRule(rule, segmentStart[s], segmentCount[s]);
        }
    }

    private void ApplyRule(SpcRules rule, int start, int length)
    {
        switch (rule)
        {
            case SpcRules.Shift:
                if (SpecialCauseRules.ShiftEnds(side.AsSpan(start, length), Options.ShiftPoints, ends.AsSpan(start, length)))
                {
                    SpecialCauseRules.MarkPartOf(ends.AsSpan(start, length), Options.ShiftPoints, signals.AsSpan(start, length), ShiftAbove, ShiftBelow);
                    anySignals = true;
                }
                break;
            case SpcRules.Trend:
                if (SpecialCauseRules.TrendEnds(values.AsSpan(start, length), Options.TrendPoints, ends.AsSpan(start, length)))
                {
                    SpecialCauseRules.MarkPartOf(ends.AsSpan(start, length), Options.TrendPoints, signals.AsSpan(start, length), TrendUp, TrendDown);
                    anySignals = true;
                }
                break;
            default:
                var beyond = beyondTwoSigma.AsSpan(start, length);
                var sides = side.AsSpan(start, length);
                var window = inWindow.AsSpan(start, length);
                var flags = signals.AsSpan(start, length);
                SpecialCauseRules.TwoInThreeWindows(beyond, sides, window);
                for (var i = 0; i < window.Length; i++)
                {
                    if (window[i] && beyond[i])
                    {
                        flags[i] |= sides[i] > 0 ? TwoAbove : TwoBelow;
                        anySignals = true;
                    }
                }
                break;
        }
    }

    private void FindMissingInTrendWindows()
    {
        if ((Options.RulesCrossingRecalculation & SpcRules.Trend) != 0)
        {
            FindMissingInTrendWindow(0, Count);
            return;
        }
        for (var s = 0; s < SegmentCount; s++)
        {
            FindMissingInTrendWindow(segmentStart[s], segmentCount[s]);
        }
    }

    /// <summary>
    /// Records the first missing value NHSRplotthedots 0.2.2 would stop on: a trend window (trend length − 1 steps)
    /// holding a missing step while every other step rises, or every other step falls. Its <c>if (all(d == 1))</c>
    /// meets NA there and fails with "missing value where TRUE/FALSE needed".
    /// </summary>
    private void FindMissingInTrendWindow(int start, int length)
    {
        var moves = Options.TrendPoints - 1;
        var risesOrGaps = 0;
        var fallsOrGaps = 0;
        var lastGap = int.MinValue;
        var stretch = values.AsSpan(start, length);
        // One pass: the window of `moves` steps ending at step k has only rises and gaps when the run of such steps
        // ending at k is that long (likewise falls), and holds a gap when the last gap is inside it. unchecked: the
        // counts and indexes are bounded by the stretch's length.
        unchecked
        {
            for (var k = 1; k < stretch.Length; k++)
            {
                var change = stretch[k] - stretch[k - 1];
                var gap = double.IsNaN(change);
                var gapOrUp = (gap ? 1 : 0) | (change > 0 ? 1 : 0);
                var gapOrDown = (gap ? 1 : 0) | (change < 0 ? 1 : 0);
                risesOrGaps = (risesOrGaps + 1) & -gapOrUp;
                fallsOrGaps = (fallsOrGaps + 1) & -gapOrDown;
                lastGap = gap ? k : lastGap;
                var windowStart = k - moves + 1;
                if (windowStart > 0 && lastGap >= windowStart && (risesOrGaps >= moves || fallsOrGaps >= moves))
                {
                    var firstGap = windowStart;
                    while (!double.IsNaN(stretch[firstGap]) && !double.IsNaN(stretch[firstGap - 1]))
                    {
                        firstGap++;
                    }
                    firstGap = start + (double.IsNaN(stretch[firstGap - 1]) ? firstGap - 1 : firstGap);
                    if (FirstMissingInTrendWindow < 0 || firstGap < FirstMissingInTrendWindow)
                    {
                        FirstMissingInTrendWindow = firstGap;
                    }
                    return;
                }
            }
        }
    }

    private void Decide()
    {
        var n = Count;
        // Most points are common cause (0 in both arrays): clear, then decide only the flagged points.
        labels.AsSpan(0, n).Clear();
        variations.AsSpan(0, n).Clear();
        improvementCount = 0;
        concernCount = 0;
        neitherCount = 0;
        if (!anySignals)
        {
            return;
        }
        var precedence = Options.ConflictResolution == ConflictResolution.Precedence;
        var trendCrosses = (Options.RulesCrossingRecalculation & SpcRules.Trend) != 0;
        var flagged = signals.AsSpan(0, n);
        if (precedence)
        {
            var trendPart = partOfTrend.AsSpan(0, n);
            for (var i = 0; i < flagged.Length; i++)
            {
                trendPart[i] = (flagged[i] & TrendMask) != 0;
            }
        }
        for (var i = 0; i < flagged.Length; i++)
        {
            var flags = flagged[i];
            if (flags == 0)
            {
                continue;
            }
            bool high;
            if (precedence)
            {
                var s = segmentOf[i];
                var start = trendCrosses ? 0 : segmentStart[s];
                var end = trendCrosses ? n : segmentStart[s] + segmentCount[s];
                var label = SpecialCauseRules.Label(
                    i, start, end, values, side[i], (flags & LimitMask) != 0, partOfTrend,
                    (flags & TwoMask) != 0, (flags & ShiftMask) != 0);
                labels[i] = label;
                high = IsHighLabel(label);
            }
            else
            {
                high = HighWins(flags);
                labels[i] = LabelOnSide(flags, high);
            }
            var variation = FromSide(high, Direction);
            variations[i] = variation;
            switch (variation)
            {
                case Variation.ImprovementHigh or Variation.ImprovementLow: improvementCount++; break;
                case Variation.ConcernHigh or Variation.ConcernLow: concernCount++; break;
                default: neitherCount++; break;
            }
        }
    }

    private bool HighWins(byte flags)
    {
        var high = (flags & HighMask) != 0;
        var low = (flags & LowMask) != 0;
        if (!(high && low))
        {
            return high;
        }
        return Direction switch
        {
            ImprovementDirection.Increase => Options.ConflictResolution == ConflictResolution.ImprovementWins,
            ImprovementDirection.Decrease => Options.ConflictResolution == ConflictResolution.ConcernWins,
            // With no direction NHS England's variation icon tests the high side first.
            _ => true,
        };
    }

    private static SpecialCauseType LabelOnSide(byte flags, bool high)
    {
        if (high)
        {
            return (flags & AboveUpper) != 0 ? SpecialCauseType.AboveUpperLimit
                : (flags & TrendUp) != 0 ? SpecialCauseType.TrendIncreasing
                : (flags & TwoAbove) != 0 ? SpecialCauseType.TwoInThreeAbove
                : SpecialCauseType.ShiftAbove;
        }
        return (flags & BelowLower) != 0 ? SpecialCauseType.BelowLowerLimit
            : (flags & TrendDown) != 0 ? SpecialCauseType.TrendDecreasing
            : (flags & TwoBelow) != 0 ? SpecialCauseType.TwoInThreeBelow
            : SpecialCauseType.ShiftBelow;
    }

    private static bool IsHighLabel(SpecialCauseType label) => label is SpecialCauseType.AboveUpperLimit
        or SpecialCauseType.TrendIncreasing or SpecialCauseType.TwoInThreeAbove or SpecialCauseType.ShiftAbove;

    internal static Variation FromSide(bool high, ImprovementDirection direction) => direction switch
    {
        ImprovementDirection.Increase => high ? Variation.ImprovementHigh : Variation.ConcernLow,
        ImprovementDirection.Decrease => high ? Variation.ConcernHigh : Variation.ImprovementLow,
        _ => high ? Variation.NeitherHigh : Variation.NeitherLow,
    };
}
