using System;
using System.Globalization;

namespace OutcomesFramework.Statistics;

/// <summary>A confidence interval: lower and upper limits at a level, with the method that produced them.</summary>
/// <remarks>The default value is the degenerate interval [0, 0] at 95% with method <see cref="IntervalMethod.Supplied"/>.</remarks>
public readonly struct ConfidenceInterval : IEquatable<ConfidenceInterval>
{
    private readonly ConfidenceLevel? level;

    internal ConfidenceInterval(double lower, double upper, ConfidenceLevel level, IntervalMethod method)
    {
        Lower = lower;
        Upper = upper;
        this.level = level;
        Method = method;
    }

    /// <summary>The lower limit.</summary>
    public double Lower { get; }

    /// <summary>The upper limit.</summary>
    public double Upper { get; }

    /// <summary>The confidence level.</summary>
    public ConfidenceLevel Level => level ?? ConfidenceLevel.NinetyFivePercent;

    /// <summary>How the limits were computed.</summary>
    public IntervalMethod Method { get; }

    /// <summary>Upper − Lower.</summary>
    public double Width => Upper - Lower;

    /// <summary>Creates an interval from limits published with the data (method <see cref="IntervalMethod.Supplied"/>).</summary>
    /// <param name="lower">The lower limit (finite).</param>
    /// <param name="upper">The upper limit (finite, not below <paramref name="lower"/>).</param>
    /// <param name="level">The level the limits were published at.</param>
    /// <returns>The interval.</returns>
    /// <exception cref="ArgumentException">A limit is not finite, or <paramref name="upper"/> &lt; <paramref name="lower"/>.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="level"/> is null.</exception>
    public static ConfidenceInterval FromLimits(double lower, double upper, ConfidenceLevel level)
    {
        ConfidenceLevel.CheckNotNull(level, nameof(level));
        StatisticsChecks.Finite(lower, nameof(lower));
        StatisticsChecks.Finite(upper, nameof(upper));
        if (upper < lower)
        {
            throw new ArgumentException(
                string.Format(CultureInfo.InvariantCulture, "The upper limit {0} is below the lower limit {1}.", upper, lower),
                nameof(upper));
        }
        return new ConfidenceInterval(lower, upper, level, IntervalMethod.Supplied);
    }

    /// <summary>
    /// Creates an interval from limits computed by a known method elsewhere, such as the batch paths
    /// (<see cref="Wilson"/>'s span overloads) that fill whole arrays of limits at once.
    /// </summary>
    /// <param name="lower">The lower limit (finite).</param>
    /// <param name="upper">The upper limit (finite, not below <paramref name="lower"/>).</param>
    /// <param name="level">The level the limits were computed at.</param>
    /// <param name="method">The method that computed them.</param>
    /// <returns>The interval.</returns>
    /// <exception cref="ArgumentException"><paramref name="upper"/> &lt; <paramref name="lower"/>.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="level"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A limit is not finite, or <paramref name="method"/> is undefined.</exception>
    public static ConfidenceInterval FromLimits(double lower, double upper, ConfidenceLevel level, IntervalMethod method)
    {
        var supplied = FromLimits(lower, upper, level);
        if (!Enum.IsDefined(typeof(IntervalMethod), method))
        {
            throw new ArgumentOutOfRangeException(nameof(method), method, "Undefined interval method.");
        }
        return new ConfidenceInterval(supplied.Lower, supplied.Upper, level, method);
    }

    /// <summary>Whether <paramref name="value"/> lies in [Lower, Upper] (limits included, as Fingertips does).</summary>
    /// <param name="value">The value.</param>
    /// <returns>True when inside or on a limit.</returns>
    public bool Contains(double value) => value >= Lower && value <= Upper;

    /// <summary>Both limits multiplied by <paramref name="factor"/> (e.g. 100 for a percentage).</summary>
    /// <param name="factor">A positive finite factor.</param>
    /// <returns>The scaled interval.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="factor"/> is not positive and finite.</exception>
    public ConfidenceInterval Scale(double factor)
    {
        StatisticsChecks.Multiplier(factor, nameof(factor));
        return new ConfidenceInterval(Lower * factor, Upper * factor, Level, Method);
    }

    /// <inheritdoc />
    public bool Equals(ConfidenceInterval other) =>
        Lower.Equals(other.Lower) && Upper.Equals(other.Upper) && Level.Equals(other.Level) && Method == other.Method;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is ConfidenceInterval other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Lower, Upper, Level, Method);

    /// <summary>"[lower, upper] 95% Wilson".</summary>
    /// <returns>The text, round-trip formatted.</returns>
    public override string ToString() => string.Format(
        CultureInfo.InvariantCulture, "[{0:R}, {1:R}] {2} {3}", Lower, Upper, Level, Method.ToLabel());

    /// <summary>Equality.</summary>
    /// <param name="left">Left.</param>
    /// <param name="right">Right.</param>
    /// <returns>True when equal.</returns>
    public static bool operator ==(ConfidenceInterval left, ConfidenceInterval right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    /// <param name="left">Left.</param>
    /// <param name="right">Right.</param>
    /// <returns>True when different.</returns>
    public static bool operator !=(ConfidenceInterval left, ConfidenceInterval right) => !left.Equals(right);
}
