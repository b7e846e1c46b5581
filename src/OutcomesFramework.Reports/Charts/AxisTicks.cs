using System;
using System.Collections.Generic;

namespace OutcomesFramework.Reports.Charts;

/// <summary>
/// "Nice" axis ticks (steps of 1, 2 or 5 times a power of ten, Heckbert 1990) covering a data interval, so that axes
/// read 0, 5, 10 rather than 0.37, 4.91, 9.45.
/// </summary>
internal static class AxisTicks
{
    /// <summary>The ticks: at most about <paramref name="target"/> of them, the first at or below <paramref name="min"/>, the last at or above <paramref name="max"/>.</summary>
    public static IReadOnlyList<double> Nice(double min, double max, int target = 5)
    {
        if (!double.IsFinite(min) || !double.IsFinite(max) || min > max)
        {
            throw new ArgumentOutOfRangeException(nameof(min), "The interval must be finite and ordered.");
        }
        if (target < 2)
        {
            throw new ArgumentOutOfRangeException(nameof(target), "At least two ticks.");
        }
        if (min == max)
        {
            var pad = min == 0 ? 1 : Math.Abs(min) * 0.1;
            min -= pad;
            max += pad;
        }
        var step = NiceNumber((max - min) / (target - 1));
        var first = Math.Floor(min / step) * step;
        var last = Math.Ceiling(max / step) * step;
        var ticks = new List<double>();
        // Count steps as integers so that floating-point drift never adds or drops a tick.
        var count = (int)Math.Round((last - first) / step);
        for (var i = 0; i <= count; i++)
        {
            var t = first + (i * step);
            // Snap to the step's precision: 0.30000000000000004 prints as 0.3.
            ticks.Add(Math.Round(t, Decimals(step)));
        }
        return ticks;
    }

    /// <summary>The decimal places a tick step needs (0 for steps of 1 or more).</summary>
    public static int Decimals(double step) => step >= 1 ? 0 : Math.Min(15, (int)Math.Ceiling(-Math.Log10(step) - 1e-9));

    private static double NiceNumber(double rough)
    {
        var exponent = Math.Floor(Math.Log10(rough));
        var power = Math.Pow(10, exponent);
        var fraction = rough / power;
        var nice = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10;
        return nice * power;
    }
}
