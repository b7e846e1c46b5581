using System;

namespace OutcomesFramework.Statistics;

/// <summary>
/// OHID quantile assignment ("Assigning Deprivation Categories"; PHEindicatormethods <c>phe_quantile</c>):
/// rank with ties taking the lowest rank, then quantile = ⌊(q + 1) − ⌈((N + 1) − rank)/(N/q)⌉⌋ (0 becomes 1).
/// Ties always share a quantile. Groups with fewer values than quantiles get none.
/// </summary>
public static class PheQuantiles
{
    /// <summary>
    /// Assigns quantiles to one group. With <paramref name="invert"/> (the default, as for IMD), quantile 1
    /// holds the highest values; otherwise the lowest. NaN values get quantile 0 (none).
    /// </summary>
    /// <param name="values">The group's values; NaN is missing.</param>
    /// <param name="quantileCount">How many quantiles (10 for deciles), ≥ 1.</param>
    /// <param name="invert">True: quantile 1 = highest values.</param>
    /// <param name="quantiles">Receives 1..q per value, or 0 for none.</param>
    /// <returns>True when assigned; false when the group has fewer non-missing values than quantiles (all 0).</returns>
    /// <exception cref="ArgumentException">Lengths differ.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="quantileCount"/> is below 1.</exception>
    public static bool Assign(ReadOnlySpan<double> values, int quantileCount, bool invert, Span<int> quantiles)
    {
        if (quantileCount < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(quantileCount), quantileCount, "At least one quantile is needed.");
        }
        StatisticsChecks.SameLength(values.Length, quantiles.Length, nameof(quantiles));
        Ranking.MinRanks(values, descending: invert, quantiles);
        var n = 0;
        foreach (var value in values)
        {
            if (!double.IsNaN(value))
            {
                n++;
            }
        }
        if (n < quantileCount)
        {
            quantiles.Clear();
            return false;
        }
        // Same floating operations as R, so that e.g. N = 28, q = 20, rank 8 lands where R puts it.
        var width = (double)n / quantileCount;
        for (var i = 0; i < quantiles.Length; i++)
        {
            var rank = quantiles[i];
            if (rank == 0)
            {
                continue;
            }
            var quantile = (int)Math.Floor(quantileCount + 1 - Math.Ceiling((n + 1 - rank) / width));
            quantiles[i] = quantile == 0 ? 1 : quantile;
        }
        return true;
    }

    /// <summary>Assigns quantiles so that quantile 1 is always the worst: inverted when lower is better.</summary>
    /// <param name="values">The group's values; NaN is missing.</param>
    /// <param name="quantileCount">How many quantiles.</param>
    /// <param name="polarity">Which direction is good; <see cref="Polarity.NoPolarity"/> uses the default inversion (1 = highest).</param>
    /// <param name="quantiles">Receives 1..q, or 0 for none.</param>
    /// <returns>True when assigned; false when the group is too small.</returns>
    /// <exception cref="ArgumentException">Lengths differ.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="quantileCount"/> is below 1.</exception>
    public static bool Assign(ReadOnlySpan<double> values, int quantileCount, Polarity polarity, Span<int> quantiles) =>
        Assign(values, quantileCount, polarity != Polarity.HigherIsBetter, quantiles);

    /// <summary>The package's warning for a group that is too small, for an explanation.</summary>
    public const string TooFewValuesMessage = "One or more groups had too few small areas with values to allow quantiles to be assigned";

    /// <summary>"lowest quantile represents highest values" or "… lowest values".</summary>
    /// <param name="invert">Whether quantile 1 holds the highest values.</param>
    /// <returns>The description.</returns>
    public static string Describe(bool invert) =>
        invert ? "lowest quantile represents highest values" : "lowest quantile represents lowest values";
}
