using System;

namespace OutcomesFramework.Statistics;

/// <summary>
/// The mean of a sample with a Student's t interval (PHEindicatormethods <c>phe_mean</c>):
/// mean ∓ |qt(α/2, n − 1)| · s/√n, with s the sample standard deviation (n − 1 denominator).
/// </summary>
public static class SampleMean
{
    /// <summary>The mean with its t interval.</summary>
    /// <param name="values">The sample. Any NaN (a missing value) makes the result missing, as in R.</param>
    /// <param name="level">The confidence level.</param>
    /// <returns>The estimate (method <see cref="IntervalMethod.StudentT"/>, statistic "mean"), or null when a value is
    /// missing or there are fewer than two values (no interval can be formed).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="level"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A value is infinite.</exception>
    public static Estimate? Calculate(ReadOnlySpan<double> values, ConfidenceLevel level)
    {
        ConfidenceLevel.CheckNotNull(level, nameof(level));
        var n = values.Length;
        var sum = 0.0;
        foreach (var value in values)
        {
            if (double.IsNaN(value))
            {
                return null;
            }
            StatisticsChecks.Finite(value, nameof(values));
            sum += value;
        }
        if (n < 2)
        {
            return null;
        }
        var mean = sum / n;
        // Two-pass variance: exact enough for values in the thousands with small spread.
        var squares = 0.0;
        foreach (var value in values)
        {
            var d = value - mean;
            squares += d * d;
        }
        var sd = Math.Sqrt(squares / (n - 1));
        var t = Math.Abs(StudentT.Quantile(level.Alpha / 2, n - 1));
        var half = t * sd / Math.Sqrt(n);
        return new Estimate(mean, new ConfidenceInterval(mean - half, mean + half, level, IntervalMethod.StudentT), "mean");
    }

    /// <summary>The mean with its 95% and 99.8% t intervals, or null as for <see cref="Calculate"/>.</summary>
    /// <param name="values">The sample.</param>
    /// <returns>The estimate, or null.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A value is infinite.</exception>
    public static TwoLevelEstimate? CalculateBothLevels(ReadOnlySpan<double> values) =>
        TwoLevelEstimate.Combine(
            Calculate(values, ConfidenceLevel.NinetyFivePercent),
            Calculate(values, ConfidenceLevel.NinetyNinePointEightPercent));
}
