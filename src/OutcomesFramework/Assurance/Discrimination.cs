using System;
using System.Collections.Generic;
using OutcomesFramework.Utility;

namespace OutcomesFramework.Assurance;

/// <summary>How well a score separates two groups: the area under the ROC curve.</summary>
public static class Discrimination
{
    /// <summary>
    /// The area under the ROC curve of a score for positives against negatives, exactly: the Mann–Whitney U of the
    /// positives divided by (positives × negatives), counting a tie as half. It is the probability that a random
    /// positive scores higher than a random negative (ties counting half): 0.5 is no better than chance, 1 perfect.
    /// </summary>
    /// <remarks>Computed from mid-ranks of the pooled scores, U = R₊ − n₊(n₊ + 1)/2, in O(n log n).</remarks>
    /// <param name="positives">The scores of the positives (at least one).</param>
    /// <param name="negatives">The scores of the negatives (at least one).</param>
    /// <returns>The area, 0 to 1.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">A group is empty or a score is not finite.</exception>
    public static double AreaUnderCurve(IReadOnlyList<double> positives, IReadOnlyList<double> negatives)
    {
        Preconditions.CheckNotNull(positives, nameof(positives));
        Preconditions.CheckNotNull(negatives, nameof(negatives));
        Preconditions.CheckArgument(positives.Count > 0, nameof(positives), "There must be at least one positive.");
        Preconditions.CheckArgument(negatives.Count > 0, nameof(negatives), "There must be at least one negative.");
        var n = positives.Count + negatives.Count;
        var scores = new double[n];
        var isPositive = new bool[n];
        for (var i = 0; i < n; i++)
        {
            var s = i < positives.Count ? positives[i] : negatives[i - positives.Count];
            Preconditions.CheckArgument(!double.IsNaN(s) && !double.IsInfinity(s), i < positives.Count ? nameof(positives) : nameof(negatives), "Score {0} is not a finite number.", s);
            scores[i] = s;
            isPositive[i] = i < positives.Count;
        }
        var order = new int[n];
        for (var i = 0; i < n; i++)
        {
            order[i] = i;
        }
        Array.Sort(order, (a, b) => scores[a].CompareTo(scores[b]));
        // Sum the positives' mid-ranks (1-based): a run of ties from i to j − 1 shares the rank (i + 1 + j) / 2.
        var positiveRanks = 0.0;
        for (var i = 0; i < n;)
        {
            var j = i + 1;
            while (j < n && scores[order[j]] == scores[order[i]])
            {
                j++;
            }
            var midRank = (i + 1 + j) / 2.0;
            for (var k = i; k < j; k++)
            {
                if (isPositive[order[k]])
                {
                    positiveRanks += midRank;
                }
            }
            i = j;
        }
        double p = positives.Count;
        var u = positiveRanks - p * (p + 1) / 2;
        return u / (p * negatives.Count);
    }
}
