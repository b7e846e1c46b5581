using System;

namespace OutcomesFramework.Statistics.Spc;

/// <summary>
/// The multi-point rules as NHSRplotthedots' helpers define them, on plain spans so they can be tested against the
/// package's own vectors. Each works on one stretch of points (a segment, or the whole chart when the rule crosses
/// recalculations); nothing looks outside the span it is given.
/// </summary>
internal static class SpecialCauseRules
{
    /// <summary>
    /// <c>ptd_seven_point_one_side_mean</c> for any length: <paramref name="ends"/>[i] is the side (+1 above, −1 below)
    /// when point i and the <paramref name="length"/> − 1 points before it are all strictly on that side, else 0.
    /// A point on the mean (side 0) breaks a run. Returns whether any run ends.
    /// </summary>
    public static bool ShiftEnds(ReadOnlySpan<sbyte> sideOfMean, int length, Span<sbyte> ends)
    {
        var run = 0;
        var any = 0;
        sbyte previous = 0;
        ends = ends.Slice(0, sideOfMean.Length);
        // unchecked: a run is at most the span's length, and the cast is of −1…1.
        unchecked
        {
            for (var i = 0; i < sideOfMean.Length; i++)
            {
                var side = sideOfMean[i];
                // Branch-free (the side of the mean is a coin toss for the branch predictor): the same side extends
                // the run, another restarts it at 1, side 0 zeroes it. The JIT turns `c ? 1 : 0` into a setcc.
                var same = side == previous ? 1 : 0;
                var onASide = side != 0 ? 1 : 0;
                run = ((run & -same) + 1) & -onASide;
                previous = side;
                var end = side & -(run >= length ? 1 : 0);
                ends[i] = (sbyte)end;
                any |= end;
            }
        }
        return any != 0;
    }

    /// <summary>
    /// <c>ptd_seven_point_trend</c> for any length: <paramref name="ends"/>[i] is +1 when point i ends
    /// <paramref name="points"/> points each strictly above the one before (so <paramref name="points"/> − 1 rises),
    /// −1 for strict falls, else 0. An equal pair or a missing value (NaN) breaks a trend. Returns whether any
    /// trend ends.
    /// </summary>
    public static bool TrendEnds(ReadOnlySpan<double> values, int points, Span<sbyte> ends)
    {
        if (values.Length == 0)
        {
            return false;
        }
        var moves = points - 1;
        var rises = 0;
        var falls = 0;
        var any = 0;
        ends = ends.Slice(0, values.Length);
        ends[0] = 0;
        var previous = values[0];
        // unchecked: counts are at most the span's length, and the cast is of −1…1.
        unchecked
        {
            for (var i = 1; i < values.Length; i++)
            {
                var value = values[i];
                var step = value - previous;
                previous = value;
                // NaN fails both comparisons, so a gap resets both counts: a trend is never bridged. Branch-free, as
                // the direction of each step is unpredictable (the JIT turns `c ? 1 : 0` into a setcc).
                var up = step > 0 ? 1 : 0;
                var down = step < 0 ? 1 : 0;
                rises = (rises + 1) & -up;
                falls = (falls + 1) & -down;
                var end = (rises >= moves ? 1 : 0) - (falls >= moves ? 1 : 0);
                ends[i] = (sbyte)end;
                any |= end;
            }
        }
        return any != 0;
    }

    /// <summary>
    /// <c>ptd_part_of_seven_trend</c> for any length: ORs <paramref name="upFlag"/> into each point that is a +1 end
    /// or one of the <paramref name="length"/> − 1 points before one, and <paramref name="downFlag"/> likewise for −1
    /// ends. A point can get both (a peak shared by a rising and a falling trend).
    /// </summary>
    public static void MarkPartOf(ReadOnlySpan<sbyte> ends, int length, Span<byte> flags, byte upFlag, byte downFlag)
    {
        var up = 0;
        var down = 0;
        for (var i = ends.Length - 1; i >= 0; i--)
        {
            if (ends[i] > 0)
            {
                up = length;
            }
            else if (ends[i] < 0)
            {
                down = length;
            }
            if (up > 0)
            {
                flags[i] |= upFlag;
                up--;
            }
            if (down > 0)
            {
                flags[i] |= downFlag;
                down--;
            }
        }
    }

    /// <summary>
    /// <c>ptd_two_in_three</c>: <paramref name="inWindow"/>[i] is true when some window of three consecutive points
    /// containing point i has at least two points beyond a 2-sigma line and all three strictly on the same side of the
    /// mean. The points flagged by the rule are those in such a window that are themselves beyond the line
    /// (<c>ptd_part_of_two_in_three</c>); the third point is not.
    /// </summary>
    public static void TwoInThreeWindows(ReadOnlySpan<bool> beyondTwoSigma, ReadOnlySpan<sbyte> sideOfMean, Span<bool> inWindow)
    {
        inWindow.Clear();
        for (var j = 0; j + 2 < beyondTwoSigma.Length; j++)
        {
            var beyond = (beyondTwoSigma[j] ? 1 : 0) + (beyondTwoSigma[j + 1] ? 1 : 0) + (beyondTwoSigma[j + 2] ? 1 : 0);
            var side = sideOfMean[j] + sideOfMean[j + 1] + sideOfMean[j + 2];
            if (beyond >= 2 && (side == 3 || side == -3))
            {
                inWindow[j] = true;
                inWindow[j + 1] = true;
                inWindow[j + 2] = true;
            }
        }
    }

    /// <summary>
    /// NHSRplotthedots' special-cause label for one point from its rule results, by precedence: outside the limits,
    /// then trend, then two in three, then shift. Sides come from <paramref name="sideOfMean"/> except for trends,
    /// whose direction is the local slope: the step to the next point when the next point is also part of a trend
    /// (and within <paramref name="end"/>), otherwise the step from the previous point; increasing only when it rises.
    /// </summary>
    public static SpecialCauseType Label(
        int i, int start, int end, ReadOnlySpan<double> values, sbyte sideOfMean, bool outside,
        ReadOnlySpan<bool> partOfTrend, bool partOfTwoInThree, bool partOfShift)
    {
        if (outside)
        {
            return sideOfMean == 1 ? SpecialCauseType.AboveUpperLimit : SpecialCauseType.BelowLowerLimit;
        }
        if (partOfTrend[i])
        {
            double step;
            if (i + 1 < end && partOfTrend[i + 1])
            {
                step = values[i + 1] - values[i];
            }
            else
            {
                step = i > start ? values[i] - values[i - 1] : double.NaN;
            }
            return step > 0 ? SpecialCauseType.TrendIncreasing : SpecialCauseType.TrendDecreasing;
        }
        if (partOfTwoInThree)
        {
            return sideOfMean == 1 ? SpecialCauseType.TwoInThreeAbove : SpecialCauseType.TwoInThreeBelow;
        }
        if (partOfShift)
        {
            return sideOfMean == 1 ? SpecialCauseType.ShiftAbove : SpecialCauseType.ShiftBelow;
        }
        return SpecialCauseType.CommonCause;
    }
}
