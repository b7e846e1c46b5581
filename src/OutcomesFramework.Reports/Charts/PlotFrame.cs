using System;
using System.Collections.Generic;
using System.Linq;

namespace OutcomesFramework.Reports.Charts;

/// <summary>
/// The frame of a time-series chart (trend or SPC): equally spaced periods along x, a value axis with nice ticks
/// along y, and the plotting area inside the margins that hold the axis labels.
/// </summary>
internal sealed class PlotFrame
{
    public const double Width = 560;
    public const double Height = 240;
    public const double Left = 64;
    public const double Right = 16;
    public const double Top = 12;
    public const double Bottom = 40;

    private PlotFrame(int count, LinearScale y, IReadOnlyList<double> ticks, int tickDecimals)
    {
        Count = count;
        Y = y;
        Ticks = ticks;
        TickDecimals = tickDecimals;
    }

    /// <summary>Gets the number of periods on the x axis.</summary>
    public int Count { get; }

    /// <summary>Gets the value scale (data to y).</summary>
    public LinearScale Y { get; }

    /// <summary>Gets the value-axis ticks.</summary>
    public IReadOnlyList<double> Ticks { get; }

    /// <summary>Gets the decimal places the ticks need.</summary>
    public int TickDecimals { get; }

    /// <summary>Gets the y of the bottom of the plotting area.</summary>
    public static double PlotBottom => Height - Bottom;

    /// <summary>Gets the x of the right of the plotting area.</summary>
    public static double PlotRight => Width - Right;

    /// <summary>Frames <paramref name="count"/> periods and every value to be drawn (nulls ignored).</summary>
    public static PlotFrame For(int count, IEnumerable<double?> values)
    {
        if (count < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(count), "A chart needs at least one period.");
        }
        var finite = values.Where(v => v is { } d && double.IsFinite(d)).Select(v => v!.Value).ToList();
        var min = finite.Count == 0 ? 0 : finite.Min();
        var max = finite.Count == 0 ? 1 : finite.Max();
        var ticks = AxisTicks.Nice(min, max);
        var step = ticks.Count > 1 ? ticks[1] - ticks[0] : 1;
        var scale = new LinearScale(ticks[0], ticks[ticks.Count - 1], PlotBottom, Top);
        return new PlotFrame(count, scale, ticks, AxisTicks.Decimals(step));
    }

    /// <summary>The x of the period at <paramref name="index"/> (a single period sits in the middle).</summary>
    public double X(int index)
    {
        if (index < 0 || index >= Count)
        {
            throw new ArgumentOutOfRangeException(nameof(index));
        }
        var span = PlotRight - Left;
        return Count == 1 ? Left + (span / 2) : Left + (span * index / (Count - 1));
    }

    /// <summary>The polyline runs of a series: consecutive periods with values are joined, a missing value breaks the line.</summary>
    public IReadOnlyList<IReadOnlyList<(double X, double Y)>> Runs(IReadOnlyList<double?> values)
    {
        var runs = new List<IReadOnlyList<(double X, double Y)>>();
        List<(double X, double Y)>? run = null;
        for (var i = 0; i < values.Count; i++)
        {
            if (values[i] is { } v)
            {
                run ??= new List<(double X, double Y)>();
                run.Add((X(i), Y.Map(v)));
            }
            else if (run is not null)
            {
                runs.Add(run);
                run = null;
            }
        }
        if (run is not null)
        {
            runs.Add(run);
        }
        return runs;
    }
}
