using System;
using System.Collections.Generic;
using OutcomesFramework.Utility;

namespace OutcomesFramework.Statistics;

/// <summary>
/// The Fingertips recent-trend test (fingertips-open <c>TrendMarkerCalculator</c>, MIT, Crown copyright (PHE)
/// 2016, reused by FingertipsNext): the five most recent valid annual points, a χ² test at 99.8%
/// (χ²₁ = 9.54953570608324) and an outlier guard under which the slope must keep its sign when each point in turn is left out.
/// </summary>
public static class RecentTrend
{
    /// <summary>Points the test uses.</summary>
    public const int PointsToUse = 5;

    /// <summary>qchisq(0.998, 1): the 99.8% critical value of χ² with one degree of freedom.</summary>
    public const double ChiSquaredCritical = 9.54953570608324;

    /// <summary>Calculates the recent trend.</summary>
    /// <param name="pointsOldestFirst">The indicator's periods in time order, oldest first, one per year.</param>
    /// <param name="valueType">The kind of value (proportions, crude rates and DSRs are eligible).</param>
    /// <param name="polarity">Which direction is good; decides better/worse.</param>
    /// <param name="method">The significance method (confidence intervals by default).</param>
    /// <param name="yearRange">Years each period spans; the test needs annual, non-overlapping periods (1).</param>
    /// <returns>The result; <see cref="TrendMarker.CannotBeCalculated"/> with a message when not eligible.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="pointsOldestFirst"/> is null.</exception>
    public static TrendResult Calculate(
        IReadOnlyList<TrendPoint> pointsOldestFirst,
        TrendValueType valueType,
        Polarity polarity,
        TrendSignificanceMethod method = TrendSignificanceMethod.ConfidenceIntervals,
        int yearRange = 1)
    {
        Preconditions.CheckNotNull(pointsOldestFirst, nameof(pointsOldestFirst));
        if (valueType == TrendValueType.Other)
        {
            return CannotBeCalculated(method, "The recent trend cannot be calculated for this value type");
        }
        if (yearRange != 1)
        {
            return CannotBeCalculated(method, "The recent trend cannot be calculated for this year range");
        }
        if (pointsOldestFirst.Count < PointsToUse)
        {
            return CannotBeCalculated(method, "Not enough data points to calculate recent trend");
        }

        // The unbroken run of valid points counting back from the most recent.
        Span<int> recent = stackalloc int[PointsToUse];
        var found = 0;
        for (var i = pointsOldestFirst.Count - 1; i >= 0 && found < PointsToUse; i--)
        {
            if (!pointsOldestFirst[i].IsValid)
            {
                break;
            }
            recent[PointsToUse - 1 - found] = i;
            found++;
        }
        if (found < PointsToUse)
        {
            return CannotBeCalculated(method, "Not enough data points with valid values to calculate recent trend");
        }
        for (var j = 0; j < PointsToUse; j++)
        {
            var p = pointsOldestFirst[recent[j]];
            if (p.Count!.Value == p.Denominator!.Value)
            {
                return CannotBeCalculated(method, "The recent trend cannot be calculated");
            }
        }

        Span<double> slopes = stackalloc double[PointsToUse + 1];
        double chiSquared;
        if (method == TrendSignificanceMethod.ChiSquaredForProportions)
        {
            chiSquared = ChiSquaredForProportions(pointsOldestFirst, recent, slopes);
        }
        else
        {
            for (var j = 0; j < PointsToUse; j++)
            {
                if (!pointsOldestFirst[recent[j]].HasInterval)
                {
                    // Fingertips skips points without limits and finds nothing to fit: no significant change.
                    return new TrendResult(
                        TrendMarker.NoSignificantChange, TrendDirection.NoSignificantChange, false, null, null, PointsToUse, method,
                        "Some of the five most recent points have no 95% confidence limits, so no significant change can be shown (as Fingertips)");
                }
            }
            chiSquared = WeightedRegression(pointsOldestFirst, recent, slopes);
        }

        var sameSign = true;
        for (var k = 1; k < slopes.Length; k++)
        {
            // Fingertips counts a zero slope as positive.
            sameSign &= slopes[k] < 0 == slopes[0] < 0;
        }
        var significant = sameSign && chiSquared > ChiSquaredCritical;
        var marker = !significant ? TrendMarker.NoSignificantChange
            : slopes[0] > 0 ? TrendMarker.Increasing
            : slopes[0] < 0 ? TrendMarker.Decreasing
            : TrendMarker.NoSignificantChange;
        return new TrendResult(marker, Direction(marker, polarity), significant, chiSquared, slopes[0], PointsToUse, method, string.Empty);
    }

    /// <summary>Reads a marker through polarity.</summary>
    /// <param name="marker">The marker.</param>
    /// <param name="polarity">Which direction is good.</param>
    /// <returns>The direction.</returns>
    public static TrendDirection Direction(TrendMarker marker, Polarity polarity) => (marker, polarity) switch
    {
        (TrendMarker.Increasing, Polarity.HigherIsBetter) => TrendDirection.IncreasingAndGettingBetter,
        (TrendMarker.Increasing, Polarity.LowerIsBetter) => TrendDirection.IncreasingAndGettingWorse,
        (TrendMarker.Increasing, _) => TrendDirection.Increasing,
        (TrendMarker.Decreasing, Polarity.HigherIsBetter) => TrendDirection.DecreasingAndGettingWorse,
        (TrendMarker.Decreasing, Polarity.LowerIsBetter) => TrendDirection.DecreasingAndGettingBetter,
        (TrendMarker.Decreasing, _) => TrendDirection.Decreasing,
        (TrendMarker.NoSignificantChange, _) => TrendDirection.NoSignificantChange,
        _ => TrendDirection.CannotBeCalculated,
    };

    private static TrendResult CannotBeCalculated(TrendSignificanceMethod method, string message) =>
        new(TrendMarker.CannotBeCalculated, TrendDirection.CannotBeCalculated, false, null, null, 0, method, message);

    // Method A: weights 1/s² with s = (U95 − L95)/3.92; slopes[0] uses all five points, slopes[k] leaves out point k.
    private static double WeightedRegression(IReadOnlyList<TrendPoint> points, ReadOnlySpan<int> recent, Span<double> slopes)
    {
        var chiSquared = 0.0;
        for (var leaveOut = 0; leaveOut <= PointsToUse; leaveOut++)
        {
            double s1 = 0, s2 = 0, s3 = 0, s4 = 0, s5 = 0;
            for (var t = 1; t <= PointsToUse; t++)
            {
                if (t == leaveOut)
                {
                    continue;
                }
                var p = points[recent[t - 1]];
                var limit = (p.Upper95!.Value - p.Lower95!.Value) / 3.92;
                var divisor = limit * limit;
                var v = p.Value!.Value;
                s1 += 1 / divisor;
                s2 += v * t / divisor;
                s3 += t / divisor;
                s4 += v / divisor;
                s5 += (double)t * t / divisor;
            }
            var determinant = (s1 * s5) - (s3 * s3);
            slopes[leaveOut] = ((s1 * s2) - (s3 * s4)) / determinant;
            if (leaveOut == 0)
            {
                var standardError = Math.Sqrt(s1 / determinant);
                var ratio = slopes[0] / standardError;
                chiSquared = ratio * ratio;
            }
        }
        return chiSquared;
    }

    // Method B: χ² test for trend in proportions; slopes are ordinary least squares of logit(c/n) on t.
    private static double ChiSquaredForProportions(IReadOnlyList<TrendPoint> points, ReadOnlySpan<int> recent, Span<double> slopes)
    {
        double d = 0, c = 0, cy = 0, dy = 0, dy2 = 0;
        Span<double> logits = stackalloc double[PointsToUse];
        for (var t = 1; t <= PointsToUse; t++)
        {
            var p = points[recent[t - 1]];
            var count = p.Count!.Value;
            var n = p.Denominator!.Value;
            logits[t - 1] = Math.Log(count / (n - count));
            d += n;
            c += count;
            cy += count * t;
            dy += n * t;
            dy2 += n * t * t;
        }
        var numerator = (d * cy) - (c * dy);
        var chiSquared = d * numerator * numerator / (c * (d - c) * ((d * dy2) - (dy * dy)));
        for (var leaveOut = 0; leaveOut <= PointsToUse; leaveOut++)
        {
            double sy = 0, sty = 0, st = 0, st2 = 0, m = 0;
            for (var t = 1; t <= PointsToUse; t++)
            {
                if (t == leaveOut)
                {
                    continue;
                }
                sy += logits[t - 1];
                sty += logits[t - 1] * t;
                st += t;
                st2 += t * t;
                m++;
            }
            slopes[leaveOut] = ((m * sty) - (sy * st)) / ((m * st2) - (st * st));
        }
        return chiSquared;
    }
}
