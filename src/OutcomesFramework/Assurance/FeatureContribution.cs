using System;
using System.Globalization;
using OutcomesFramework.Utility;

namespace OutcomesFramework.Assurance;

/// <summary>
/// What one term of a logistic score added to an authority's log-odds: the feature, its value (null when missing),
/// the contribution, and the same in words ("Social work turnover 23% (England 16%): +0.41").
/// </summary>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed class FeatureContribution : IEquatable<FeatureContribution>
{
    /// <summary>Creates a contribution.</summary>
    /// <param name="feature">The feature's name (as in <see cref="LogisticScoreTerm.Feature"/>).</param>
    /// <param name="value">The authority's value of the feature, or null when missing.</param>
    /// <param name="contribution">The contribution to the log-odds (finite).</param>
    /// <param name="description">The contribution in words.</param>
    /// <exception cref="ArgumentNullException">A text is null.</exception>
    /// <exception cref="ArgumentException">A text is blank or a number is not finite.</exception>
    public FeatureContribution(string feature, double? value, double contribution, string description)
    {
        Feature = Preconditions.CheckNotBlank(feature, nameof(feature));
        Preconditions.CheckArgument(value is null || (!double.IsNaN(value.Value) && !double.IsInfinity(value.Value)), nameof(value), "The value of feature '{0}' is not a finite number.", feature);
        Preconditions.CheckArgument(!double.IsNaN(contribution) && !double.IsInfinity(contribution), nameof(contribution), "The contribution of feature '{0}' is not a finite number.", feature);
        Value = value;
        Contribution = contribution == 0 ? 0.0 : contribution;
        this.description = Preconditions.CheckNotBlank(description, nameof(description));
    }

    /// <summary>
    /// Creates a contribution whose words are written only when first read: a league scores every council's every
    /// term, and most of those descriptions are never shown (the arguments are already valid).
    /// </summary>
    internal FeatureContribution(string feature, double? value, double contribution, Func<string> describe)
    {
        Feature = feature;
        Value = value;
        Contribution = contribution == 0 ? 0.0 : contribution;
        this.describe = describe;
    }

    private readonly Func<string>? describe;
    private string? description;

    /// <summary>Gets the feature's name.</summary>
    public string Feature { get; }

    /// <summary>Gets the authority's value of the feature, or null when missing.</summary>
    public double? Value { get; }

    /// <summary>Gets the contribution to the log-odds (positive raises the probability).</summary>
    public double Contribution { get; }

    /// <summary>Gets the contribution in words.</summary>
    public string Description => description ??= describe!();

    /// <inheritdoc />
    public bool Equals(FeatureContribution? other) =>
        other is not null
        && string.Equals(Feature, other.Feature, StringComparison.Ordinal)
        && Nullable.Equals(Value, other.Value)
        && Contribution.Equals(other.Contribution)
        && string.Equals(Description, other.Description, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as FeatureContribution);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(StringComparer.Ordinal.GetHashCode(Feature), Contribution);

    /// <inheritdoc />
    public override string ToString() => Description;

    /// <summary>"+0.41", "−0.07": a signed contribution with two decimals.</summary>
    internal static string Signed(double contribution)
    {
        var rounded = Math.Round(contribution, 2, MidpointRounding.AwayFromZero);
        var text = Math.Abs(rounded).ToString("0.00", CultureInfo.InvariantCulture);
        return rounded > 0 ? "+" + text : rounded < 0 ? "\u2212" + text : "0.00";
    }
}
