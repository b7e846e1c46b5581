using System;

namespace OutcomesFramework.Statistics;

/// <summary>
/// Confidence limits for an event count as PHE/OHID choose them: exact Poisson below 10 events,
/// Byar's approximation from 10 (PHEindicatormethods <c>phe_rate</c>, ISR and funnel significance).
/// </summary>
public static class PoissonLimits
{
    /// <summary>The count at and above which Byar's approximation replaces the exact limits.</summary>
    public const double ByarsThreshold = 10;

    /// <summary>The interval for an observed count, on the count scale.</summary>
    /// <param name="count">x ≥ 0.</param>
    /// <param name="level">The confidence level.</param>
    /// <returns>The interval with method <see cref="IntervalMethod.ExactPoisson"/> (x &lt; 10) or <see cref="IntervalMethod.Byars"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="count"/> is negative, NaN or infinite.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="level"/> is null.</exception>
    public static ConfidenceInterval ForCount(double count, ConfidenceLevel level)
    {
        ConfidenceLevel.CheckNotNull(level, nameof(level));
        if (!(count >= 0 && count <= double.MaxValue))
        {
            StatisticsChecks.Numerator(count < 0 ? count : double.PositiveInfinity, nameof(count));
        }
        return count < ByarsThreshold
            ? new ConfidenceInterval(ExactPoisson.Lower(count, level), ExactPoisson.Upper(count, level), level, IntervalMethod.ExactPoisson)
            : new ConfidenceInterval(Byars.LowerUnchecked(count, level.Z), Byars.UpperUnchecked(count, level.Z), level, IntervalMethod.Byars);
    }
}
