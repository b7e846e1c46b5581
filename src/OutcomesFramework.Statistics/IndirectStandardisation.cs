using System;
using System.Globalization;

namespace OutcomesFramework.Statistics;

/// <summary>
/// Indirectly standardised ratios (SMR) and rates (PHEindicatormethods <c>calculate_ISRatio</c>,
/// <c>calculate_ISRate</c>): expected E = Σ(x_refᵢ/n_refᵢ)·nᵢ; ratio = O/E × reference value;
/// rate = O/E × Σx_ref/Σn_ref × multiplier; limits are the count limits of O (exact below 10, Byar's from 10) over E.
/// </summary>
public static class IndirectStandardisation
{
    /// <summary>The standardised ratio O/E × <paramref name="referenceValue"/>, O summed from <paramref name="counts"/>.</summary>
    /// <param name="counts">Observed events per band; NaN is left out of O.</param>
    /// <param name="populations">Population per band, ≥ 0 (0 is allowed); NaN counts as 0.</param>
    /// <param name="referenceCounts">Reference events per band; NaN counts as 0.</param>
    /// <param name="referencePopulations">Reference population per band, &gt; 0.</param>
    /// <param name="level">The confidence level.</param>
    /// <param name="referenceValue">1 for an SMR, 100 for "x 100".</param>
    /// <returns>The result; its estimate is null when E = 0.</returns>
    /// <exception cref="ArgumentException">Lengths differ.</exception>
    /// <exception cref="ArgumentOutOfRangeException">Negative counts or populations, or a reference population ≤ 0.</exception>
    public static StandardisedRateResult Ratio(
        ReadOnlySpan<double> counts,
        ReadOnlySpan<double> populations,
        ReadOnlySpan<double> referenceCounts,
        ReadOnlySpan<double> referencePopulations,
        ConfidenceLevel level,
        double referenceValue = 1) =>
        RatioFromTotal(SumObserved(counts, populations.Length), populations, referenceCounts, referencePopulations, level, referenceValue);

    /// <summary>The standardised ratio with the observed total O given (PHEindicatormethods <c>observed_totals</c>).</summary>
    /// <param name="observed">O ≥ 0.</param>
    /// <param name="populations">Population per band, ≥ 0.</param>
    /// <param name="referenceCounts">Reference events per band.</param>
    /// <param name="referencePopulations">Reference population per band, &gt; 0.</param>
    /// <param name="level">The confidence level.</param>
    /// <param name="referenceValue">1 for an SMR, 100 for "x 100".</param>
    /// <returns>The result.</returns>
    /// <exception cref="ArgumentException">Lengths differ.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A negative input, or a reference population ≤ 0.</exception>
    public static StandardisedRateResult RatioFromTotal(
        double observed,
        ReadOnlySpan<double> populations,
        ReadOnlySpan<double> referenceCounts,
        ReadOnlySpan<double> referencePopulations,
        ConfidenceLevel level,
        double referenceValue = 1)
    {
        StatisticsChecks.Multiplier(referenceValue, nameof(referenceValue));
        var label = "indirectly standardised ratio x " + StatisticsChecks.FormatMultiplier(referenceValue);
        return Build(observed, populations, referenceCounts, referencePopulations, level, referenceValue, null, label);
    }

    /// <summary>The indirectly standardised rate O/E × reference rate, O summed from <paramref name="counts"/>.</summary>
    /// <param name="counts">Observed events per band; NaN is left out of O.</param>
    /// <param name="populations">Population per band, ≥ 0.</param>
    /// <param name="referenceCounts">Reference events per band.</param>
    /// <param name="referencePopulations">Reference population per band, &gt; 0.</param>
    /// <param name="level">The confidence level.</param>
    /// <param name="multiplier">Per 100,000 by default.</param>
    /// <returns>The result.</returns>
    /// <exception cref="ArgumentException">Lengths differ.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A negative input, or a reference population ≤ 0.</exception>
    public static StandardisedRateResult Rate(
        ReadOnlySpan<double> counts,
        ReadOnlySpan<double> populations,
        ReadOnlySpan<double> referenceCounts,
        ReadOnlySpan<double> referencePopulations,
        ConfidenceLevel level,
        double multiplier = 100000) =>
        RateFromTotal(SumObserved(counts, populations.Length), populations, referenceCounts, referencePopulations, level, multiplier);

    /// <summary>The indirectly standardised rate with the observed total given.</summary>
    /// <param name="observed">O ≥ 0.</param>
    /// <param name="populations">Population per band, ≥ 0.</param>
    /// <param name="referenceCounts">Reference events per band.</param>
    /// <param name="referencePopulations">Reference population per band, &gt; 0.</param>
    /// <param name="level">The confidence level.</param>
    /// <param name="multiplier">Per 100,000 by default.</param>
    /// <returns>The result.</returns>
    /// <exception cref="ArgumentException">Lengths differ.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A negative input, or a reference population ≤ 0.</exception>
    public static StandardisedRateResult RateFromTotal(
        double observed,
        ReadOnlySpan<double> populations,
        ReadOnlySpan<double> referenceCounts,
        ReadOnlySpan<double> referencePopulations,
        ConfidenceLevel level,
        double multiplier = 100000)
    {
        StatisticsChecks.Multiplier(multiplier, nameof(multiplier));
        double referenceEvents = 0, referencePopulation = 0;
        for (var i = 0; i < referenceCounts.Length; i++)
        {
            referenceEvents += double.IsNaN(referenceCounts[i]) ? 0 : referenceCounts[i];
        }
        for (var i = 0; i < referencePopulations.Length; i++)
        {
            referencePopulation += referencePopulations[i];
        }
        var referenceRate = referenceEvents / referencePopulation * multiplier;
        var label = "indirectly standardised rate per " + StatisticsChecks.FormatMultiplier(multiplier);
        return Build(observed, populations, referenceCounts, referencePopulations, level, referenceRate, referenceRate, label);
    }

    private static double SumObserved(ReadOnlySpan<double> counts, int bands)
    {
        StatisticsChecks.SameLength(bands, counts.Length, nameof(counts));
        var observed = 0.0;
        for (var i = 0; i < counts.Length; i++)
        {
            if (!double.IsNaN(counts[i]))
            {
                StatisticsChecks.Numerator(counts[i], nameof(counts), i);
                observed += counts[i];
            }
        }
        return observed;
    }

    private static StandardisedRateResult Build(
        double observed,
        ReadOnlySpan<double> populations,
        ReadOnlySpan<double> referenceCounts,
        ReadOnlySpan<double> referencePopulations,
        ConfidenceLevel level,
        double scale,
        double? referenceRate,
        string label)
    {
        ConfidenceLevel.CheckNotNull(level, nameof(level));
        StatisticsChecks.Numerator(observed, nameof(observed));
        StatisticsChecks.Finite(observed, nameof(observed));
        StatisticsChecks.SameLength(populations.Length, referenceCounts.Length, nameof(referenceCounts));
        StatisticsChecks.SameLength(populations.Length, referencePopulations.Length, nameof(referencePopulations));
        double expected = 0, population = 0;
        for (var i = 0; i < populations.Length; i++)
        {
            var n = double.IsNaN(populations[i]) ? 0 : populations[i];
            if (n < 0 || double.IsInfinity(n))
            {
                throw new ArgumentOutOfRangeException(nameof(populations), n, string.Format(CultureInfo.InvariantCulture, "Row {0}: denominators must all be greater than or equal to zero.", i));
            }
            var referenceCount = double.IsNaN(referenceCounts[i]) ? 0 : referenceCounts[i];
            StatisticsChecks.Numerator(referenceCount, nameof(referenceCounts), i);
            StatisticsChecks.Denominator(referencePopulations[i], nameof(referencePopulations), i);
            expected += referenceCount / referencePopulations[i] * n;
            population += n;
        }
        var method = observed < PoissonLimits.ByarsThreshold ? IntervalMethod.ExactPoisson : IntervalMethod.Byars;
        if (!(expected > 0))
        {
            return new StandardisedRateResult(observed, population, expected, referenceRate, null, label, method);
        }
        var limits = PoissonLimits.ForCount(observed, level);
        var interval = new ConfidenceInterval(limits.Lower / expected * scale, limits.Upper / expected * scale, level, limits.Method);
        var estimate = new Estimate(observed / expected * scale, interval, label);
        return new StandardisedRateResult(observed, population, expected, referenceRate, estimate, label, method);
    }
}
