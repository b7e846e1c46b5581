namespace OutcomesFramework.Statistics;

/// <summary>The outcome of the recent-trend test, with the figures an explanation can cite.</summary>
public sealed class TrendResult
{
    internal TrendResult(TrendMarker marker, TrendDirection direction, bool isSignificant, double? chiSquared, double? slope, int pointsUsed, TrendSignificanceMethod method, string message)
    {
        Marker = marker;
        Direction = direction;
        IsSignificant = isSignificant;
        ChiSquared = chiSquared;
        Slope = slope;
        PointsUsed = pointsUsed;
        Method = method;
        Message = message;
    }

    /// <summary>The marker before polarity.</summary>
    public TrendMarker Marker { get; }

    /// <summary>The marker read through polarity.</summary>
    public TrendDirection Direction { get; }

    /// <summary>χ² above 9.5495 (χ²₁ at 99.8%) and every leave-one-out slope of the same sign.</summary>
    public bool IsSignificant { get; }

    /// <summary>The χ² statistic (1 degree of freedom), or null when not computed.</summary>
    public double? ChiSquared { get; }

    /// <summary>The fitted slope per period on the value scale (on the logit scale for the proportions method), or null.</summary>
    public double? Slope { get; }

    /// <summary>Points used (5 when calculated).</summary>
    public int PointsUsed { get; }

    /// <summary>The significance method used.</summary>
    public TrendSignificanceMethod Method { get; }

    /// <summary>Why no trend could be calculated, or a note on the calculation; empty otherwise.</summary>
    public string Message { get; }
}
