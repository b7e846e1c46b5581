using System;

namespace OutcomesFramework.Reports.Charts;

/// <summary>Maps a data interval onto a pixel interval (either way round), the one mapping every chart uses.</summary>
internal readonly struct LinearScale
{
    /// <summary>Creates the scale; a degenerate data interval is widened so that a single value sits in the middle.</summary>
    public LinearScale(double domainMin, double domainMax, double rangeStart, double rangeEnd)
    {
        if (!double.IsFinite(domainMin) || !double.IsFinite(domainMax) || domainMin > domainMax)
        {
            throw new ArgumentOutOfRangeException(nameof(domainMin), "The domain must be finite and ordered.");
        }
        if (domainMin == domainMax)
        {
            // One value (or all equal): pad by one unit (or 1% of the magnitude) so the point is centred, not on an edge.
            var pad = domainMin == 0 ? 1 : Math.Abs(domainMin) * 0.01;
            domainMin -= pad;
            domainMax += pad;
        }
        DomainMin = domainMin;
        DomainMax = domainMax;
        RangeStart = rangeStart;
        RangeEnd = rangeEnd;
    }

    public double DomainMin { get; }

    public double DomainMax { get; }

    public double RangeStart { get; }

    public double RangeEnd { get; }

    /// <summary>The pixel position of <paramref name="value"/>.</summary>
    public double Map(double value) => RangeStart + ((value - DomainMin) / (DomainMax - DomainMin) * (RangeEnd - RangeStart));
}
