using System;

namespace OutcomesFramework.Reports.Charts;

/// <summary>
/// The geometry of a Fingertips-style spine chart: England's value in the middle, the councils' range drawn from the
/// worst (left) to the best (right) — or lowest to highest when the indicator has no polarity — with the 25th to 75th
/// percentile band darker, and markers for the council and its statistical neighbours.
/// </summary>
/// <remarks>
/// As in Fingertips, the scale is symmetrical about England: the end further from England sets the scale, so the
/// distance of a marker from the centre line reads the same on every row.
/// </remarks>
internal sealed class SpineChart
{
    /// <summary>The drawing width in SVG units.</summary>
    public const double Width = 480;

    /// <summary>The drawing height in SVG units.</summary>
    public const double Height = 28;

    /// <summary>Blank space at each end, so markers at the ends are drawn whole.</summary>
    public const double Margin = 8;

    private SpineChart(double worst, double lowerQuartile, double upperQuartile, double best, double centre, double? council, double? neighbours)
    {
        WorstX = worst;
        LowerBandX = lowerQuartile;
        UpperBandX = upperQuartile;
        BestX = best;
        CentreX = centre;
        CouncilX = council;
        NeighboursX = neighbours;
    }

    /// <summary>Gets the x of the worst (or lowest) council's value: the bar's left end.</summary>
    public double WorstX { get; }

    /// <summary>Gets the x of the left edge of the inner (25th to 75th percentile) band.</summary>
    public double LowerBandX { get; }

    /// <summary>Gets the x of the right edge of the inner band.</summary>
    public double UpperBandX { get; }

    /// <summary>Gets the x of the best (or highest) council's value: the bar's right end.</summary>
    public double BestX { get; }

    /// <summary>Gets the x of England's value (the centre line), or of the median when England has no value.</summary>
    public double CentreX { get; }

    /// <summary>Gets the x of the council's value, or null when it has none.</summary>
    public double? CouncilX { get; }

    /// <summary>Gets the x of the statistical neighbours' average, or null.</summary>
    public double? NeighboursX { get; }

    /// <summary>Lays out a spine.</summary>
    /// <param name="minimum">The lowest council value.</param>
    /// <param name="lowerQuartile">The 25th percentile.</param>
    /// <param name="median">The median (the centre when England has no value).</param>
    /// <param name="upperQuartile">The 75th percentile.</param>
    /// <param name="maximum">The highest council value.</param>
    /// <param name="lowerIsBetter">True when lower values are better: the axis is then reversed, so the best is on the right.</param>
    /// <param name="england">England's value, or null.</param>
    /// <param name="council">The council's value, or null.</param>
    /// <param name="neighbours">The neighbours' average, or null.</param>
    public static SpineChart Layout(double minimum, double lowerQuartile, double median, double upperQuartile, double maximum, bool lowerIsBetter, double? england, double? council, double? neighbours)
    {
        if (!(minimum <= lowerQuartile && lowerQuartile <= median && median <= upperQuartile && upperQuartile <= maximum))
        {
            throw new ArgumentException("The cut points must be ordered: minimum <= 25th <= median <= 75th <= maximum.", nameof(minimum));
        }
        var centreValue = england ?? median;
        // The scale reaches the furthest of the range's ends and of the markers, so nothing is drawn off the bar's canvas.
        var half = Math.Max(Math.Abs(centreValue - minimum), Math.Abs(maximum - centreValue));
        half = Math.Max(half, Math.Abs((council ?? centreValue) - centreValue));
        half = Math.Max(half, Math.Abs((neighbours ?? centreValue) - centreValue));
        var mid = Width / 2;
        var reach = mid - Margin;
        var sign = lowerIsBetter ? -1.0 : 1.0;
        double X(double v) => half == 0 ? mid : mid + (sign * (v - centreValue) / half * reach);
        var left = lowerIsBetter ? maximum : minimum;
        var right = lowerIsBetter ? minimum : maximum;
        var bandLeft = lowerIsBetter ? upperQuartile : lowerQuartile;
        var bandRight = lowerIsBetter ? lowerQuartile : upperQuartile;
        return new SpineChart(X(left), X(bandLeft), X(bandRight), X(right), mid,
            council is { } c ? X(c) : null, neighbours is { } n ? X(n) : null);
    }
}
