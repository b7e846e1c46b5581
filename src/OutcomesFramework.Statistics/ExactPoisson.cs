using System;

namespace OutcomesFramework.Statistics;

/// <summary>
/// Exact Poisson confidence limits for an event count (Garwood 1936), through the chi-squared distribution:
/// lower = qchisq(α/2, 2x)/2 (0 when x = 0), upper = qchisq(1 − α/2, 2x + 2)/2.
/// </summary>
/// <remarks>
/// Integer counts 0–9 read a table computed once per <see cref="ConfidenceLevel"/> instance (the count is an
/// integer, so the rate method's exact branch never needs a quantile search at run time).
/// </remarks>
public static class ExactPoisson
{
    /// <summary>The exact lower limit for <paramref name="count"/> events, on the count scale.</summary>
    /// <param name="count">The observed count, ≥ 0 (need not be an integer).</param>
    /// <param name="level">The confidence level.</param>
    /// <returns>The lower limit; 0 when the count is 0.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="count"/> is negative, NaN or infinite.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="level"/> is null.</exception>
    public static double Lower(double count, ConfidenceLevel level)
    {
        ConfidenceLevel.CheckNotNull(level, nameof(level));
        CheckCount(count);
        return TryTable(count, out var index) ? level.ExactLowerTable[index] : LowerUnchecked(count, level);
    }

    /// <summary>The exact upper limit for <paramref name="count"/> events, on the count scale.</summary>
    /// <param name="count">The observed count, ≥ 0.</param>
    /// <param name="level">The confidence level.</param>
    /// <returns>The upper limit.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="count"/> is negative, NaN or infinite.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="level"/> is null.</exception>
    public static double Upper(double count, ConfidenceLevel level)
    {
        ConfidenceLevel.CheckNotNull(level, nameof(level));
        CheckCount(count);
        return TryTable(count, out var index) ? level.ExactUpperTable[index] : UpperUnchecked(count, level);
    }

    internal static bool TryTable(double count, out int index)
    {
        if (count < ConfidenceLevel.ExactTableSize && count == Math.Floor(count))
        {
            index = (int)count;
            return true;
        }
        index = 0;
        return false;
    }

    internal static double LowerUnchecked(double count, ConfidenceLevel level)
    {
        if (count == 0)
        {
            return 0;
        }
        var tail = level.Alpha / 2;
        return GammaDistribution.QuantileUnchecked(tail, 1 - tail, count);
    }

    internal static double UpperUnchecked(double count, ConfidenceLevel level)
    {
        var tail = level.Alpha / 2;
        return GammaDistribution.QuantileUnchecked(1 - tail, tail, count + 1);
    }

    private static void CheckCount(double count)
    {
        if (!(count >= 0 && count <= double.MaxValue))
        {
            StatisticsChecks.Numerator(count < 0 ? count : double.PositiveInfinity, nameof(count));
        }
    }
}
