using System;

namespace OutcomesFramework.Statistics;

/// <summary>
/// Byar's approximation to the exact Poisson limits of a count x (Breslow &amp; Day 1987):
/// lower = x(1 − 1/(9x) − z/(3√x))³, upper = (x + 1)(1 − 1/(9(x + 1)) + z/(3√(x + 1)))³.
/// </summary>
public static class Byars
{
    /// <summary>Byar's lower limit on the count scale.</summary>
    /// <param name="count">x ≥ 0.</param>
    /// <param name="level">The confidence level.</param>
    /// <returns>The limit, or null when the approximation is negative or undefined (x = 0, or e.g. x = 1 at 99.8%), as PHEindicatormethods returns NA.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="count"/> is negative, NaN or infinite.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="level"/> is null.</exception>
    public static double? Lower(double count, ConfidenceLevel level)
    {
        ConfidenceLevel.CheckNotNull(level, nameof(level));
        CheckCount(count);
        var value = LowerUnchecked(count, level.Z);
        return value >= 0 ? value : null;
    }

    /// <summary>Byar's upper limit on the count scale.</summary>
    /// <param name="count">x ≥ 0.</param>
    /// <param name="level">The confidence level.</param>
    /// <returns>The limit.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="count"/> is negative, NaN or infinite.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="level"/> is null.</exception>
    public static double Upper(double count, ConfidenceLevel level)
    {
        ConfidenceLevel.CheckNotNull(level, nameof(level));
        CheckCount(count);
        return UpperUnchecked(count, level.Z);
    }

    // Written as x·c³ with c = 1 − (1/x)/9 − (z/3)·(1/√x); the vector rate path repeats these operations.
    internal static double LowerUnchecked(double x, double z)
    {
        var root = Math.Sqrt(x);
        var c = 1 - (1 / (9 * x)) - (z / (3 * root));
        return x * c * c * c;
    }

    internal static double UpperUnchecked(double x, double z)
    {
        var y = x + 1;
        var root = Math.Sqrt(y);
        var c = 1 - (1 / (9 * y)) + (z / (3 * root));
        return y * c * c * c;
    }

    private static void CheckCount(double count)
    {
        if (!(count >= 0 && count <= double.MaxValue))
        {
            StatisticsChecks.Numerator(count < 0 ? count : double.PositiveInfinity, nameof(count));
        }
    }
}
