using System;
using System.Collections.Generic;
using OutcomesFramework.Utility;

namespace OutcomesFramework.Statistics.Classification;

/// <summary>
/// The area under the ROC curve with DeLong, DeLong and Clarke-Pearson's (1988) nonparametric variance, and their
/// test of two correlated AUCs measured on the same cases — the methods of R's <c>pROC</c> (<c>ci.auc</c>,
/// <c>roc.test(method = "delong", paired = TRUE)</c>).
/// </summary>
/// <remarks>
/// With positives X₁…Xₘ and negatives Y₁…Yₙ, ψ(X, Y) = 1 if X &gt; Y, ½ if equal, 0 otherwise; the AUC is the mean of
/// ψ over all pairs; the structural components are V₁₀(Xᵢ) = mean over j of ψ(Xᵢ, Yⱼ) and V₀₁(Yⱼ) = mean over i; and
/// Var(AUC) = S₁₀/m + S₀₁/n with S the sample (co)variances of the components. Computed in O((m + n) log(m + n)) from
/// mid-ranks (Sun and Xu 2014), so a back-test with thousands of replicates stays fast.
/// </remarks>
public static class DeLong
{
    /// <summary>Estimates the AUC of a score and its DeLong variance.</summary>
    /// <param name="scores">The scores, higher meaning more likely positive (finite).</param>
    /// <param name="outcomes">Whether each case is positive (same length; at least one of each class, and two of each for a variance).</param>
    /// <returns>The estimate.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The lengths differ, a score is not finite, or a class has fewer than two cases.</exception>
    public static AucEstimate Estimate(IReadOnlyList<double> scores, IReadOnlyList<bool> outcomes)
    {
        ClassificationChecks.Scores(scores, outcomes, nameof(scores), nameof(outcomes));
        var (m, n) = ClassificationChecks.BothClasses(outcomes, nameof(outcomes));
        Preconditions.CheckArgument(m >= 2 && n >= 2, nameof(outcomes), "The DeLong variance needs at least two positive and two negative cases.");
        var c = Components(scores, outcomes, m, n);
        var s10 = Covariance(c.V10, c.V10);
        var s01 = Covariance(c.V01, c.V01);
        return new AucEstimate(c.Auc, (s10 / m) + (s01 / n), m, n);
    }

    /// <summary>
    /// Compares the AUCs of two scores on the same cases (paired), with DeLong's covariance: z = (A − B) / SE(A − B),
    /// two-sided p from the normal distribution.
    /// </summary>
    /// <param name="scoresA">The first score of each case.</param>
    /// <param name="scoresB">The second score of each case.</param>
    /// <param name="outcomes">Whether each case is positive.</param>
    /// <returns>The comparison.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The lengths differ, a score is not finite, or a class has fewer than two cases.</exception>
    public static AucComparison ComparePaired(IReadOnlyList<double> scoresA, IReadOnlyList<double> scoresB, IReadOnlyList<bool> outcomes)
    {
        ClassificationChecks.Scores(scoresA, outcomes, nameof(scoresA), nameof(outcomes));
        ClassificationChecks.Scores(scoresB, outcomes, nameof(scoresB), nameof(outcomes));
        var (m, n) = ClassificationChecks.BothClasses(outcomes, nameof(outcomes));
        Preconditions.CheckArgument(m >= 2 && n >= 2, nameof(outcomes), "The DeLong test needs at least two positive and two negative cases.");
        var a = Components(scoresA, outcomes, m, n);
        var b = Components(scoresB, outcomes, m, n);
        var varA = (Covariance(a.V10, a.V10) / m) + (Covariance(a.V01, a.V01) / n);
        var varB = (Covariance(b.V10, b.V10) / m) + (Covariance(b.V01, b.V01) / n);
        var cov = (Covariance(a.V10, b.V10) / m) + (Covariance(a.V01, b.V01) / n);
        return new AucComparison(new AucEstimate(a.Auc, varA, m, n), new AucEstimate(b.Auc, varB, m, n), varA + varB - (2 * cov));
    }

    /// <summary>The AUC (<see cref="Discrimination.AreaUnderCurve"/>) and the structural components V₁₀ (per positive) and V₀₁ (per negative), from mid-ranks.</summary>
    internal static (double Auc, double[] V10, double[] V01) Components(IReadOnlyList<double> scores, IReadOnlyList<bool> outcomes, int m, int n)
    {
        var x = new double[m];
        var y = new double[n];
        for (int i = 0, p = 0, q = 0; i < scores.Count; i++)
        {
            if (outcomes[i])
            {
                x[p++] = scores[i];
            }
            else
            {
                y[q++] = scores[i];
            }
        }
        var all = new double[m + n];
        Array.Copy(x, all, m);
        Array.Copy(y, 0, all, m, n);
        var rankAll = MidRanks(all);
        var rankX = MidRanks(x);
        var rankY = MidRanks(y);
        // V10(Xi) = (number of negatives below Xi, ties half) / n = (rank of Xi among all − rank among positives) / n.
        var v10 = new double[m];
        var positiveRanks = 0.0;
        for (var i = 0; i < m; i++)
        {
            v10[i] = (rankAll[i] - rankX[i]) / n;
            positiveRanks += rankAll[i];
        }
        // V01(Yj) = (number of positives above Yj, ties half) / m = 1 − (rank of Yj among all − rank among negatives) / m.
        var v01 = new double[n];
        for (var j = 0; j < n; j++)
        {
            v01[j] = 1 - ((rankAll[m + j] - rankY[j]) / m);
        }
        // The area from the exact rank sum, so it is the very number Discrimination.AreaUnderCurve gives.
        return (Discrimination.FromRankSum(positiveRanks, m, n), v10, v01);
    }

    /// <summary>Mid-ranks (1-based, ties sharing the mean of their ranks), in input order.</summary>
    internal static double[] MidRanks(double[] values)
    {
        var k = values.Length;
        var order = new int[k];
        for (var i = 0; i < k; i++)
        {
            order[i] = i;
        }
        var keys = (double[])values.Clone();
        Array.Sort(keys, order);
        var ranks = new double[k];
        for (var i = 0; i < k;)
        {
            var j = i + 1;
            while (j < k && keys[j] == keys[i])
            {
                j++;
            }
            var mid = (i + 1 + j) / 2.0;
            for (var t = i; t < j; t++)
            {
                ranks[order[t]] = mid;
            }
            i = j;
        }
        return ranks;
    }

    private static double Covariance(double[] a, double[] b)
    {
        double ma = 0, mb = 0;
        for (var i = 0; i < a.Length; i++)
        {
            ma += a[i];
            mb += b[i];
        }
        ma /= a.Length;
        mb /= b.Length;
        var s = 0.0;
        for (var i = 0; i < a.Length; i++)
        {
            s += (a[i] - ma) * (b[i] - mb);
        }
        return s / (a.Length - 1);
    }
}
