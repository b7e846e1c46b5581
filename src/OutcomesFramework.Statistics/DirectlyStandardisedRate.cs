using System;
using System.Globalization;

namespace OutcomesFramework.Statistics;

/// <summary>
/// Directly standardised rates with Dobson et al. (1991) limits (PHEindicatormethods <c>calculate_dsr</c>):
/// DSR = Σ(xᵢwᵢ/nᵢ)/Σwᵢ × multiplier, var = Σxᵢ(wᵢ/nᵢ)²/(Σwᵢ)², limits
/// DSR + √(var/O)·(Byar's limit(O) − O) × multiplier. Suppressed when the total count O is below 10.
/// </summary>
public static class DirectlyStandardisedRate
{
    /// <summary>The total count below which a DSR is not published.</summary>
    public const double MinimumTotalCount = 10;

    /// <summary>The DSR for one area over its age bands.</summary>
    /// <param name="counts">Events per band; NaN (missing) counts as 0.</param>
    /// <param name="populations">Population per band, &gt; 0.</param>
    /// <param name="standardPopulations">Standard population per band (e.g. ESP 2013), ≥ 0.</param>
    /// <param name="level">The confidence level.</param>
    /// <param name="multiplier">Per 100,000 by default.</param>
    /// <returns>The result; its estimate is null when the total count is below 10.</returns>
    /// <exception cref="ArgumentException">Lengths differ or there are no bands.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A negative count, a population ≤ 0 or missing, a negative or missing standard population, or a multiplier that is not positive (the message names the band).</exception>
    public static StandardisedRateResult Calculate(
        ReadOnlySpan<double> counts,
        ReadOnlySpan<double> populations,
        ReadOnlySpan<double> standardPopulations,
        ConfidenceLevel level,
        double multiplier = 100000)
    {
        ConfidenceLevel.CheckNotNull(level, nameof(level));
        StatisticsChecks.Multiplier(multiplier, nameof(multiplier));
        CheckBands(counts.Length, populations, standardPopulations);
        double observed = 0, totalPopulation = 0, weighted = 0, variance = 0, totalWeight = 0;
        for (var i = 0; i < counts.Length; i++)
        {
            var x = double.IsNaN(counts[i]) ? 0 : counts[i];
            StatisticsChecks.Numerator(x, nameof(counts), i);
            var n = populations[i];
            var w = standardPopulations[i];
            var ratio = w / n;
            observed += x;
            totalPopulation += n;
            weighted += x * ratio;
            variance += x * ratio * ratio;
            totalWeight += w;
        }
        return Finish(observed, totalPopulation, weighted, variance, totalWeight, level, multiplier, IntervalMethod.Dobson);
    }

    /// <summary>
    /// The DSR when people can have more than one event: rows give, for an age band and an event frequency f,
    /// the number of people with exactly f events. Events per band are Σf·persons; the variance is
    /// Σ_f f²·Σᵢ persons_{i,f}(wᵢ/nᵢ)²/(Σw)² and O is the total number of events.
    /// </summary>
    /// <param name="bands">Age-band index (0-based, into <paramref name="populations"/>) of each row.</param>
    /// <param name="frequencies">Event frequency f ≥ 1 of each row.</param>
    /// <param name="persons">People with exactly f events in that band; NaN counts as 0.</param>
    /// <param name="populations">Population per band, &gt; 0.</param>
    /// <param name="standardPopulations">Standard population per band, ≥ 0.</param>
    /// <param name="level">The confidence level.</param>
    /// <param name="multiplier">Per 100,000 by default.</param>
    /// <returns>The result (method <see cref="IntervalMethod.DobsonNonIndependentEvents"/>); estimate null when events &lt; 10.</returns>
    /// <exception cref="ArgumentException">Lengths differ, or a band index is out of range.</exception>
    /// <exception cref="ArgumentOutOfRangeException">Negative persons, a frequency below 1, or invalid populations.</exception>
    public static StandardisedRateResult CalculateForNonIndependentEvents(
        ReadOnlySpan<int> bands,
        ReadOnlySpan<int> frequencies,
        ReadOnlySpan<double> persons,
        ReadOnlySpan<double> populations,
        ReadOnlySpan<double> standardPopulations,
        ConfidenceLevel level,
        double multiplier = 100000)
    {
        ConfidenceLevel.CheckNotNull(level, nameof(level));
        StatisticsChecks.Multiplier(multiplier, nameof(multiplier));
        StatisticsChecks.SameLength(bands.Length, frequencies.Length, nameof(frequencies));
        StatisticsChecks.SameLength(bands.Length, persons.Length, nameof(persons));
        CheckBands(populations.Length, populations, standardPopulations);
        double observed = 0, weighted = 0, variance = 0, totalWeight = 0, totalPopulation = 0;
        for (var i = 0; i < populations.Length; i++)
        {
            totalWeight += standardPopulations[i];
            totalPopulation += populations[i];
        }
        for (var row = 0; row < bands.Length; row++)
        {
            var band = bands[row];
            if (band < 0 || band >= populations.Length)
            {
                throw new ArgumentException(
                    string.Format(CultureInfo.InvariantCulture, "Row {0}: band index {1} is outside 0..{2}.", row, band, populations.Length - 1),
                    nameof(bands));
            }
            var f = frequencies[row];
            if (f < 1)
            {
                throw new ArgumentOutOfRangeException(nameof(frequencies), f, string.Format(CultureInfo.InvariantCulture, "Row {0}: event frequencies must be at least 1.", row));
            }
            var people = double.IsNaN(persons[row]) ? 0 : persons[row];
            StatisticsChecks.Numerator(people, nameof(persons), row);
            var ratio = standardPopulations[band] / populations[band];
            observed += f * people;
            weighted += f * people * ratio;
            variance += (double)f * f * people * ratio * ratio;
        }
        return Finish(observed, totalPopulation, weighted, variance, totalWeight, level, multiplier, IntervalMethod.DobsonNonIndependentEvents);
    }

    /// <summary>"dsr per {multiplier}".</summary>
    /// <param name="multiplier">The multiplier.</param>
    /// <returns>The label.</returns>
    public static string Label(double multiplier) => "dsr per " + StatisticsChecks.FormatMultiplier(multiplier);

    private static void CheckBands(int length, ReadOnlySpan<double> populations, ReadOnlySpan<double> standardPopulations)
    {
        if (length == 0)
        {
            throw new ArgumentException("At least one age band is needed.", nameof(populations));
        }
        StatisticsChecks.SameLength(length, populations.Length, nameof(populations));
        StatisticsChecks.SameLength(length, standardPopulations.Length, nameof(standardPopulations));
        for (var i = 0; i < length; i++)
        {
            if (double.IsNaN(populations[i]))
            {
                throw new ArgumentOutOfRangeException(nameof(populations), populations[i], string.Format(CultureInfo.InvariantCulture, "Row {0}: populations cannot be missing.", i));
            }
            StatisticsChecks.Denominator(populations[i], nameof(populations), i);
            var w = standardPopulations[i];
            if (!(w >= 0 && w <= double.MaxValue))
            {
                throw new ArgumentOutOfRangeException(nameof(standardPopulations), w, string.Format(CultureInfo.InvariantCulture, "Row {0}: standard populations must be finite and greater than or equal to zero.", i));
            }
        }
    }

    private static StandardisedRateResult Finish(
        double observed, double population, double weighted, double variance, double totalWeight, ConfidenceLevel level, double multiplier, IntervalMethod method)
    {
        if (observed < MinimumTotalCount)
        {
            return new StandardisedRateResult(observed, population, null, null, null, "dsr NA for total count < 10", method);
        }
        var dsr = weighted / totalWeight * multiplier;
        var v = variance / (totalWeight * totalWeight);
        var spread = Math.Sqrt(v / observed);
        var lower = dsr + (spread * (Byars.LowerUnchecked(observed, level.Z) - observed) * multiplier);
        var upper = dsr + (spread * (Byars.UpperUnchecked(observed, level.Z) - observed) * multiplier);
        var label = Label(multiplier);
        var estimate = new Estimate(dsr, new ConfidenceInterval(lower, upper, level, method), label);
        return new StandardisedRateResult(observed, population, null, null, estimate, label, method);
    }
}
