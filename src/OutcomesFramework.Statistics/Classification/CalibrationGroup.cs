using System.Globalization;

namespace OutcomesFramework.Statistics.Classification;

/// <summary>One group of a <see cref="CalibrationTable"/>: cases of similar forecast, their mean forecast and how many were positive.</summary>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed class CalibrationGroup
{
    internal CalibrationGroup(int cases, int positives, double lowest, double highest, double meanForecast)
    {
        Cases = cases;
        Positives = positives;
        Lowest = lowest;
        Highest = highest;
        MeanForecast = meanForecast;
        ObservedInterval = Wilson.Interval(positives, cases, ConfidenceLevel.NinetyFivePercent);
    }

    /// <summary>Gets the number of cases.</summary>
    public int Cases { get; }

    /// <summary>Gets the number of positive cases.</summary>
    public int Positives { get; }

    /// <summary>Gets the lowest forecast in the group.</summary>
    public double Lowest { get; }

    /// <summary>Gets the highest forecast in the group.</summary>
    public double Highest { get; }

    /// <summary>Gets the mean forecast probability.</summary>
    public double MeanForecast { get; }

    /// <summary>Gets the observed share of positives.</summary>
    public double Observed => (double)Positives / Cases;

    /// <summary>Gets the 95% Wilson interval of the observed share.</summary>
    public ConfidenceInterval ObservedInterval { get; }

    /// <inheritdoc />
    public override string ToString() => string.Format(CultureInfo.InvariantCulture, "{0} cases, forecast {1:0.000}, observed {2}/{0}", Cases, MeanForecast, Positives);
}
