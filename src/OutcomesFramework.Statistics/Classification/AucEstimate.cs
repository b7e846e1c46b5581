using System;
using System.Globalization;
using OutcomesFramework.Utility;

namespace OutcomesFramework.Statistics.Classification;

/// <summary>An area under the ROC curve with its DeLong variance (<see cref="DeLong.Estimate"/>).</summary>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed class AucEstimate
{
    internal AucEstimate(double auc, double variance, int positives, int negatives)
    {
        Auc = auc;
        Variance = Math.Max(0, variance);
        Positives = positives;
        Negatives = negatives;
    }

    /// <summary>Gets the AUC: the probability that a random positive scores above a random negative, ties counting half.</summary>
    public double Auc { get; }

    /// <summary>Gets the DeLong variance of the AUC.</summary>
    public double Variance { get; }

    /// <summary>Gets the standard error, the square root of <see cref="Variance"/>.</summary>
    public double StandardError => Math.Sqrt(Variance);

    /// <summary>Gets the number of positive cases.</summary>
    public int Positives { get; }

    /// <summary>Gets the number of negative cases.</summary>
    public int Negatives { get; }

    /// <summary>Gets the normal-approximation interval AUC ± z·SE, clipped to [0, 1] (as <c>pROC::ci.auc</c> with <c>method = "delong"</c>).</summary>
    /// <param name="level">The confidence level, or null for 95%.</param>
    /// <returns>The interval.</returns>
    public ConfidenceInterval Interval(ConfidenceLevel? level = null)
    {
        var l = level ?? ConfidenceLevel.NinetyFivePercent;
        var half = l.Z * StandardError;
        return ConfidenceInterval.FromLimits(Math.Max(0, Auc - half), Math.Min(1, Auc + half), l, IntervalMethod.DeLong);
    }

    /// <inheritdoc />
    public override string ToString() => string.Format(CultureInfo.InvariantCulture, "AUC {0:0.000} (SE {1:0.000}; {2} positive, {3} negative)", Auc, StandardError, Positives, Negatives);
}
