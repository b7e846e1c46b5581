using System;
using System.Collections.Generic;
using OutcomesFramework.Utility;

namespace OutcomesFramework.Statistics.Classification;

/// <summary>
/// A seeded, deterministic bootstrap: cases are resampled with replacement, within the positives and within the
/// negatives separately (stratified, as <c>pROC</c> does for an AUC, so every replicate keeps both classes), the
/// statistic is computed on each replicate, and the interval is the percentiles of the replicates (R's type 7).
/// </summary>
public static class Bootstrap
{
    /// <summary>Computes a stratified percentile bootstrap interval.</summary>
    /// <param name="outcomes">The class of each case: resampling stays within each class.</param>
    /// <param name="statistic">The statistic of a replicate, given the indices of its cases (positives first, then negatives; an index may repeat). It must not keep the array.</param>
    /// <param name="replicates">The number of replicates, 10 to 1,000,000.</param>
    /// <param name="seed">The seed: the same seed and input give the same interval on any machine.</param>
    /// <param name="level">The confidence level, or null for 95%.</param>
    /// <returns>The interval, method <see cref="IntervalMethod.BootstrapPercentile"/>.</returns>
    /// <exception cref="ArgumentNullException">A required argument is null.</exception>
    /// <exception cref="ArgumentException">There is no case of a class, or the statistic returned a value that is not finite.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="replicates"/> is out of range.</exception>
    public static ConfidenceInterval StratifiedPercentile(IReadOnlyList<bool> outcomes, Func<int[], double> statistic, int replicates, ulong seed, ConfidenceLevel? level = null)
    {
        Preconditions.CheckNotNull(outcomes, nameof(outcomes));
        Preconditions.CheckNotNull(statistic, nameof(statistic));
        Preconditions.CheckArgumentRange(nameof(replicates), replicates, 10, 1_000_000);
        var l = level ?? ConfidenceLevel.NinetyFivePercent;
        var (m, n) = ClassificationChecks.BothClasses(outcomes, nameof(outcomes));
        var positives = new int[m];
        var negatives = new int[n];
        for (int i = 0, p = 0, q = 0; i < outcomes.Count; i++)
        {
            if (outcomes[i])
            {
                positives[p++] = i;
            }
            else
            {
                negatives[q++] = i;
            }
        }
        var random = new SplitMix64(seed);
        var sample = new int[m + n];
        var values = new double[replicates];
        for (var r = 0; r < replicates; r++)
        {
            for (var k = 0; k < m; k++)
            {
                sample[k] = positives[random.NextInt(m)];
            }
            for (var k = 0; k < n; k++)
            {
                sample[m + k] = negatives[random.NextInt(n)];
            }
            var v = statistic(sample);
            Preconditions.CheckArgument(!double.IsNaN(v) && !double.IsInfinity(v), nameof(statistic), "The statistic returned {0}, which is not a finite number.", v);
            values[r] = v;
        }
        Array.Sort(values);
        var lower = Percentiles.Type7(values, l.Alpha / 2);
        var upper = Percentiles.Type7(values, 1 - (l.Alpha / 2));
        return ConfidenceInterval.FromLimits(lower, upper, l, IntervalMethod.BootstrapPercentile);
    }
}
