using System;
using System.Globalization;

namespace OutcomesFramework.Statistics.Classification;

/// <summary>DeLong's paired test of two AUCs on the same cases (<see cref="DeLong.ComparePaired"/>).</summary>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed class AucComparison
{
    internal AucComparison(AucEstimate first, AucEstimate second, double differenceVariance)
    {
        First = first;
        Second = second;
        DifferenceVariance = Math.Max(0, differenceVariance);
    }

    /// <summary>Gets the first score's AUC.</summary>
    public AucEstimate First { get; }

    /// <summary>Gets the second score's AUC.</summary>
    public AucEstimate Second { get; }

    /// <summary>Gets the difference, first minus second.</summary>
    public double Difference => First.Auc - Second.Auc;

    /// <summary>Gets the variance of the difference, Var(A) + Var(B) − 2 Cov(A, B).</summary>
    public double DifferenceVariance { get; }

    /// <summary>Gets the z statistic, the difference over its standard error; NaN when the variance is zero (identical rankings).</summary>
    public double Z => DifferenceVariance > 0 ? Difference / Math.Sqrt(DifferenceVariance) : double.NaN;

    /// <summary>Gets the two-sided p-value, 2 Φ(−|z|); 1 when the two scores rank the cases identically.</summary>
    public double PValue => DifferenceVariance > 0 ? 2 * Normal.Cdf(-Math.Abs(Z)) : 1;

    /// <inheritdoc />
    public override string ToString() => string.Format(CultureInfo.InvariantCulture, "AUC {0:0.000} vs {1:0.000}: difference {2:0.000}, z {3:0.00}, p {4:0.0000}", First.Auc, Second.Auc, Difference, Z, PValue);
}
