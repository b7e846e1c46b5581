using System;

namespace OutcomesFramework.Statistics;

/// <summary>The type-7 quartile cut points of all local authorities' values.</summary>
public readonly struct QuartileCutPoints : IEquatable<QuartileCutPoints>
{
    /// <summary>Creates cut points (normally from <see cref="LaitBanding.CutPoints"/>).</summary>
    /// <param name="minimum">0%.</param>
    /// <param name="lowerQuartile">25%.</param>
    /// <param name="median">50%.</param>
    /// <param name="upperQuartile">75%.</param>
    /// <param name="maximum">100%.</param>
    /// <exception cref="ArgumentException">The points are not in order or not finite.</exception>
    public QuartileCutPoints(double minimum, double lowerQuartile, double median, double upperQuartile, double maximum)
    {
        if (!(minimum <= lowerQuartile && lowerQuartile <= median && median <= upperQuartile && upperQuartile <= maximum)
            || double.IsInfinity(minimum) || double.IsInfinity(maximum))
        {
            throw new ArgumentException("Quartile cut points must be finite and in ascending order.", nameof(minimum));
        }
        Minimum = minimum;
        LowerQuartile = lowerQuartile;
        Median = median;
        UpperQuartile = upperQuartile;
        Maximum = maximum;
    }

    /// <summary>0%.</summary>
    public double Minimum { get; }

    /// <summary>25%.</summary>
    public double LowerQuartile { get; }

    /// <summary>50%.</summary>
    public double Median { get; }

    /// <summary>75%.</summary>
    public double UpperQuartile { get; }

    /// <summary>100%.</summary>
    public double Maximum { get; }

    /// <inheritdoc />
    public bool Equals(QuartileCutPoints other) =>
        Minimum.Equals(other.Minimum) && LowerQuartile.Equals(other.LowerQuartile) && Median.Equals(other.Median)
        && UpperQuartile.Equals(other.UpperQuartile) && Maximum.Equals(other.Maximum);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is QuartileCutPoints other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Minimum, LowerQuartile, Median, UpperQuartile, Maximum);

    /// <summary>Equality.</summary>
    /// <param name="left">Left.</param>
    /// <param name="right">Right.</param>
    /// <returns>True when equal.</returns>
    public static bool operator ==(QuartileCutPoints left, QuartileCutPoints right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    /// <param name="left">Left.</param>
    /// <param name="right">Right.</param>
    /// <returns>True when different.</returns>
    public static bool operator !=(QuartileCutPoints left, QuartileCutPoints right) => !left.Equals(right);
}
