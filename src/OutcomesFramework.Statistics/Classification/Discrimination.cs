using System;
using System.Collections.Generic;

namespace OutcomesFramework.Statistics.Classification;

/// <summary>How well a score separates positives from negatives: the area under the ROC curve, the one AUC of the library.</summary>
/// <remarks>
/// <see cref="DeLong"/> adds a variance and a paired test to the same area; <see cref="CalibrationTable"/> and
/// <see cref="BrierScore"/> measure calibration, the other half of a prediction's quality.
/// </remarks>
public static class Discrimination
{
    /// <summary>
    /// The area under the ROC curve of a score, exactly: the Mann–Whitney U of the positives divided by
    /// (positives × negatives), counting a tie as half. It is the probability that a random positive scores higher
    /// than a random negative (ties counting half): 0.5 is no better than chance, 1 perfect, 0 perfectly reversed.
    /// </summary>
    /// <remarks>
    /// Computed from the mid-ranks of the pooled scores, U = R₊ − m(m + 1)/2 with R₊ the positives' rank sum and m
    /// their count, in O(n log n). Mid-ranks are multiples of ½, so U is exact and the area is one rounding from the
    /// true fraction. Defined with one case of each class; <see cref="DeLong.Estimate"/>'s variance needs two.
    /// </remarks>
    /// <param name="scores">The scores, higher meaning more likely positive (finite).</param>
    /// <param name="outcomes">Whether each case is positive (same length; at least one of each class).</param>
    /// <returns>The area, 0 to 1.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The lengths differ, a score is not finite, or a class is empty.</exception>
    public static double AreaUnderCurve(IReadOnlyList<double> scores, IReadOnlyList<bool> outcomes)
    {
        ClassificationChecks.Scores(scores, outcomes, nameof(scores), nameof(outcomes));
        var (m, n) = ClassificationChecks.BothClasses(outcomes, nameof(outcomes));
        var all = new double[scores.Count];
        for (var i = 0; i < all.Length; i++)
        {
            all[i] = scores[i];
        }
        var ranks = DeLong.MidRanks(all);
        var positiveRanks = 0.0;
        for (var i = 0; i < ranks.Length; i++)
        {
            if (outcomes[i])
            {
                positiveRanks += ranks[i];
            }
        }
        return FromRankSum(positiveRanks, m, n);
    }

    /// <summary>The area from the positives' sum of mid-ranks among all cases: U / (m n), U = R₊ − m(m + 1)/2.</summary>
    internal static double FromRankSum(double positiveRanks, int positives, int negatives)
    {
        double m = positives;
        return (positiveRanks - (m * (m + 1) / 2)) / (m * negatives);
    }
}
