using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using OutcomesFramework.Utility;

namespace OutcomesFramework.Assurance;

/// <summary>
/// The probability a <see cref="LogisticScoreRule"/> gives an authority, with its 95% interval and each feature's
/// contribution, largest in size first. Carried by the rule's <see cref="Finding"/> (<see cref="Finding.Risk"/>).
/// </summary>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed class RiskEstimate : IEquatable<RiskEstimate>
{
    /// <summary>Creates an estimate.</summary>
    /// <param name="target">What the probability is of, in words.</param>
    /// <param name="probability">The (calibrated) probability, in [0, 1].</param>
    /// <param name="lower">The lower end of its 95% interval, in [0, <paramref name="probability"/>].</param>
    /// <param name="upper">The upper end, in [<paramref name="probability"/>, 1].</param>
    /// <param name="contributions">Each feature's contribution (the order is kept).</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The target is blank, the numbers are out of order or range, or a contribution is null.</exception>
    public RiskEstimate(string target, double probability, double lower, double upper, IEnumerable<FeatureContribution> contributions)
    {
        Target = Preconditions.CheckNotBlank(target, nameof(target));
        Preconditions.CheckArgument(probability >= 0 && probability <= 1, nameof(probability), "The probability {0} is not in [0, 1].", probability);
        Preconditions.CheckArgument(lower >= 0 && lower <= probability, nameof(lower), "The lower end {0} is not in [0, probability].", lower);
        Preconditions.CheckArgument(upper >= probability && upper <= 1, nameof(upper), "The upper end {0} is not in [probability, 1].", upper);
        Probability = probability;
        Lower = lower;
        Upper = upper;
        Contributions = Preconditions.CheckNotNull(contributions, nameof(contributions)).ToImmutableArray();
        Preconditions.CheckNoNullElements(Contributions, nameof(contributions));
    }

    /// <summary>Gets what the probability is of, in words ("requires improvement or inadequate at the next inspection").</summary>
    public string Target { get; }

    /// <summary>Gets the probability.</summary>
    public double Probability { get; }

    /// <summary>Gets the lower end of the 95% interval.</summary>
    public double Lower { get; }

    /// <summary>Gets the upper end of the 95% interval.</summary>
    public double Upper { get; }

    /// <summary>Gets each feature's contribution, largest in size first.</summary>
    public ImmutableArray<FeatureContribution> Contributions { get; }

    /// <summary>"0.46 (95% interval 0.31–0.62)".</summary>
    /// <returns>The text.</returns>
    public string Describe() => Format(Probability) + " (95% interval " + Format(Lower) + "\u2013" + Format(Upper) + ")";

    /// <inheritdoc />
    public bool Equals(RiskEstimate? other) =>
        other is not null
        && string.Equals(Target, other.Target, StringComparison.Ordinal)
        && Probability.Equals(other.Probability)
        && Lower.Equals(other.Lower)
        && Upper.Equals(other.Upper)
        && Contributions.SequenceEqual(other.Contributions);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as RiskEstimate);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Probability, Lower, Upper);

    /// <inheritdoc />
    public override string ToString() => Describe();

    internal static string Format(double p) => p.ToString("0.00", CultureInfo.InvariantCulture);
}
