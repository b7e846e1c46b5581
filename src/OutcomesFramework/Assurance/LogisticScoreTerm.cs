using System;
using System.Globalization;
using OutcomesFramework.Utility;

namespace OutcomesFramework.Assurance;

/// <summary>
/// One term of a <see cref="LogisticScoreRule"/>: a named feature, how it was standardised when the model was fitted
/// (training mean and standard deviation) and its coefficient on the standardised scale (log-odds per standard
/// deviation).
/// </summary>
/// <remarks>
/// <para>A feature is named as in rule-set files: an indicator id (its latest published value), an indicator id
/// followed by <c>:change</c> (the latest value minus the value of the period before, both published), or
/// <c>previous-judgement</c> (the overall effectiveness of the latest graded inspection whose report was published,
/// 1 outstanding to 4 inadequate).</para>
/// <para>Missing values are explicit: a feature with no value for the authority counts as the training mean (it
/// adds nothing); a term with <see cref="MissingIndicator"/> set reads 1 when its feature is missing and 0 otherwise
/// (for the previous judgement: "no graded inspection yet").</para>
/// </remarks>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed class LogisticScoreTerm : IEquatable<LogisticScoreTerm>
{
    /// <summary>The name of the previous-judgement feature.</summary>
    public const string PreviousJudgementFeature = "previous-judgement";

    /// <summary>The suffix of a change feature.</summary>
    public const string ChangeSuffix = ":change";

    /// <summary>Creates a term.</summary>
    /// <param name="feature">The feature's name: an indicator id, an indicator id followed by <c>:change</c>, or <c>previous-judgement</c>.</param>
    /// <param name="coefficient">The coefficient on the standardised scale (finite).</param>
    /// <param name="mean">The training mean of the feature (or, for a missing-value indicator, of the indicator).</param>
    /// <param name="standardDeviation">The training standard deviation (finite, above 0).</param>
    /// <param name="missingIndicator">Whether the term is the feature's "missing" indicator rather than its value.</param>
    /// <exception cref="ArgumentNullException"><paramref name="feature"/> is null.</exception>
    /// <exception cref="ArgumentException">The feature is not a valid name, or a number is not finite, or the standard deviation is not above 0.</exception>
    public LogisticScoreTerm(string feature, double coefficient, double mean, double standardDeviation, bool missingIndicator = false)
    {
        Preconditions.CheckNotNull(feature, nameof(feature));
        if (string.Equals(feature, PreviousJudgementFeature, StringComparison.Ordinal))
        {
            IsPreviousJudgement = true;
        }
        else if (feature.EndsWith(ChangeSuffix, StringComparison.Ordinal))
        {
            IndicatorId = Identifiers.CheckId(feature.Substring(0, feature.Length - ChangeSuffix.Length), nameof(feature));
            Preconditions.CheckArgument(!string.Equals(IndicatorId, PreviousJudgementFeature, StringComparison.Ordinal), nameof(feature),
                "Feature '{0}': the previous judgement has no change feature.", feature);
            IsChange = true;
        }
        else
        {
            IndicatorId = Identifiers.CheckId(feature, nameof(feature));
        }
        CheckFinite(coefficient, nameof(coefficient));
        CheckFinite(mean, nameof(mean));
        Preconditions.CheckArgument(standardDeviation > 0 && !double.IsInfinity(standardDeviation), nameof(standardDeviation),
            "The standard deviation of feature '{0}' must be a finite number above 0.", feature);
        Feature = feature;
        Coefficient = coefficient;
        Mean = mean;
        StandardDeviation = standardDeviation;
        MissingIndicator = missingIndicator;
    }

    /// <summary>Gets the feature's name.</summary>
    public string Feature { get; }

    /// <summary>Gets the coefficient on the standardised scale (log-odds per standard deviation).</summary>
    public double Coefficient { get; }

    /// <summary>Gets the training mean.</summary>
    public double Mean { get; }

    /// <summary>Gets the training standard deviation.</summary>
    public double StandardDeviation { get; }

    /// <summary>Gets whether the term is the feature's "missing" indicator (1 when missing, 0 when present) rather than its value.</summary>
    public bool MissingIndicator { get; }

    /// <summary>Gets the indicator the feature reads, or null for the previous judgement.</summary>
    internal string? IndicatorId { get; }

    /// <summary>Gets whether the feature is the change on the period before.</summary>
    internal bool IsChange { get; }

    /// <summary>Gets whether the feature is the previous judgement.</summary>
    internal bool IsPreviousJudgement { get; }

    /// <inheritdoc />
    public bool Equals(LogisticScoreTerm? other) =>
        other is not null
        && string.Equals(Feature, other.Feature, StringComparison.Ordinal)
        && Coefficient.Equals(other.Coefficient)
        && Mean.Equals(other.Mean)
        && StandardDeviation.Equals(other.StandardDeviation)
        && MissingIndicator == other.MissingIndicator;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as LogisticScoreTerm);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(StringComparer.Ordinal.GetHashCode(Feature), Coefficient, MissingIndicator);

    /// <inheritdoc />
    public override string ToString() =>
        Feature + (MissingIndicator ? " (missing)" : string.Empty) + " " + Coefficient.ToString("R", CultureInfo.InvariantCulture);

    private static void CheckFinite(double value, string paramName) =>
        Preconditions.CheckArgument(!double.IsNaN(value) && !double.IsInfinity(value), paramName, "The value {0} is not a finite number.", value);
}
