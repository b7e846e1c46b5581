using System;

namespace OutcomesFramework.Statistics;

/// <summary>The five numbers a Fingertips spine chart draws for an indicator across all areas.</summary>
public readonly struct SpineChartSummary : IEquatable<SpineChartSummary>
{
    /// <summary>Fingertips needs at least 4 values.</summary>
    public const int MinimumCount = 4;

    internal SpineChartSummary(double minimum, double p25, double median, double p75, double maximum, int count)
    {
        Minimum = minimum;
        Percentile25 = p25;
        Median = median;
        Percentile75 = p75;
        Maximum = maximum;
        Count = count;
    }

    /// <summary>The lowest value.</summary>
    public double Minimum { get; }

    /// <summary>The 25th percentile (PERCENTILE.INC).</summary>
    public double Percentile25 { get; }

    /// <summary>The median.</summary>
    public double Median { get; }

    /// <summary>The 75th percentile.</summary>
    public double Percentile75 { get; }

    /// <summary>The highest value.</summary>
    public double Maximum { get; }

    /// <summary>How many values were summarised.</summary>
    public int Count { get; }

    /// <inheritdoc />
    public bool Equals(SpineChartSummary other) =>
        Minimum.Equals(other.Minimum) && Percentile25.Equals(other.Percentile25) && Median.Equals(other.Median)
        && Percentile75.Equals(other.Percentile75) && Maximum.Equals(other.Maximum) && Count == other.Count;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is SpineChartSummary other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Minimum, Percentile25, Median, Percentile75, Maximum, Count);

    /// <summary>Equality.</summary>
    /// <param name="left">Left.</param>
    /// <param name="right">Right.</param>
    /// <returns>True when equal.</returns>
    public static bool operator ==(SpineChartSummary left, SpineChartSummary right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    /// <param name="left">Left.</param>
    /// <param name="right">Right.</param>
    /// <returns>True when different.</returns>
    public static bool operator !=(SpineChartSummary left, SpineChartSummary right) => !left.Equals(right);
}
