using System;
using System.Globalization;
using System.Threading;
using OutcomesFramework.Utility;

namespace OutcomesFramework.Statistics;

/// <summary>
/// A two-sided confidence level such as 95% or 99.8%, with its normal quantile z = Φ⁻¹(level + (1 − level)/2)
/// computed once (in that order of operations, as R does, so that z matches <c>qnorm</c> to the last digit).
/// </summary>
/// <remarks>
/// PHE/OHID indicators are published at 95% and 99.8% (the "2 and 3 standard deviation" levels); any level
/// strictly between 0 and 1 is accepted. Instances are immutable and cache the exact-Poisson table for
/// integer counts 0–9, so reuse the static <see cref="NinetyFivePercent"/> and <see cref="NinetyNinePointEightPercent"/>.
/// </remarks>
public sealed class ConfidenceLevel : IEquatable<ConfidenceLevel>
{
    /// <summary>The exact Poisson table covers integer counts below this (the rate method's switch point).</summary>
    internal const int ExactTableSize = 10;

    private double[]? exactLower;
    private double[]? exactUpper;

    private ConfidenceLevel(double probability)
    {
        Probability = probability;
        Alpha = 1 - probability;
        // R: z = qnorm(conf + (1 - conf)/2). Same operations, same rounding.
        Z = Normal.QuantileUnchecked(probability + ((1 - probability) / 2));
    }

    /// <summary>The 95% level (z = 1.959963984540054).</summary>
    public static ConfidenceLevel NinetyFivePercent { get; } = new(0.95);

    /// <summary>The 99.8% level (z = 3.090232306167813).</summary>
    public static ConfidenceLevel NinetyNinePointEightPercent { get; } = new(0.998);

    /// <summary>The level as a probability, strictly between 0 and 1 (0.95 for 95%).</summary>
    public double Probability { get; }

    /// <summary>1 − <see cref="Probability"/>: the two-sided tail probability α.</summary>
    public double Alpha { get; }

    /// <summary>The two-sided standard normal quantile z for this level.</summary>
    public double Z { get; }

    /// <summary>Creates a level from a probability, e.g. 0.95.</summary>
    /// <param name="probability">Strictly between 0 and 1.</param>
    /// <returns>The level (the shared instance for 0.95 and 0.998).</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="probability"/> is not in (0, 1).</exception>
    public static ConfidenceLevel FromProbability(double probability)
    {
        if (!(probability > 0 && probability < 1))
        {
            throw new ArgumentOutOfRangeException(
                nameof(probability),
                probability,
                "A confidence level must lie strictly between 0 and 1 (e.g. 0.95); use FromPercent for 95.");
        }
        if (probability == 0.95)
        {
            return NinetyFivePercent;
        }
        return probability == 0.998 ? NinetyNinePointEightPercent : new ConfidenceLevel(probability);
    }

    /// <summary>Creates a level from a percentage, e.g. 95 or 99.8.</summary>
    /// <param name="percent">Strictly between 0 and 100.</param>
    /// <returns>The level.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="percent"/> is not in (0, 100).</exception>
    public static ConfidenceLevel FromPercent(double percent)
    {
        if (!(percent > 0 && percent < 100))
        {
            throw new ArgumentOutOfRangeException(
                nameof(percent),
                percent,
                "A confidence level in percent must lie strictly between 0 and 100 (e.g. 95 or 99.8).");
        }
        return FromProbability(percent / 100);
    }

    /// <summary>The level as PHEindicatormethods labels it: "95%", "99.8%".</summary>
    /// <returns>The label.</returns>
    public override string ToString() =>
        Math.Round(Probability * 100, 10).ToString("0.##########", CultureInfo.InvariantCulture) + "%";

    /// <inheritdoc />
    public bool Equals(ConfidenceLevel? other) => other is not null && other.Probability.Equals(Probability);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is ConfidenceLevel other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => Probability.GetHashCode();

    /// <summary>Exact Poisson lower count limits for x = 0..9 at this level, computed on first use.</summary>
    internal double[] ExactLowerTable
    {
        get
        {
            if (Volatile.Read(ref exactLower) is null)
            {
                BuildExactTables();
            }
            return exactLower!;
        }
    }

    /// <summary>Exact Poisson upper count limits for x = 0..9 at this level, computed on first use.</summary>
    internal double[] ExactUpperTable
    {
        get
        {
            if (Volatile.Read(ref exactUpper) is null)
            {
                BuildExactTables();
            }
            return exactUpper!;
        }
    }

    private void BuildExactTables()
    {
        var lower = new double[ExactTableSize];
        var upper = new double[ExactTableSize];
        for (var x = 0; x < ExactTableSize; x++)
        {
            lower[x] = ExactPoisson.LowerUnchecked(x, this);
            upper[x] = ExactPoisson.UpperUnchecked(x, this);
        }
        // Both writes are idempotent (same values), so a race only wastes work.
        Volatile.Write(ref exactUpper, upper);
        Volatile.Write(ref exactLower, lower);
    }

    internal static ConfidenceLevel CheckNotNull(ConfidenceLevel? level, string paramName) =>
        Preconditions.CheckNotNull(level, paramName);
}
