using System;
using OutcomesFramework.Utility;

namespace OutcomesFramework.Forecasting;

/// <summary>One named input of the early-warning model: a kind and, for the indicator kinds, the indicator.</summary>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed class EarlyWarningFeature : IEquatable<EarlyWarningFeature>
{
    private EarlyWarningFeature(EarlyWarningFeatureKind kind, string? indicatorId)
    {
        Kind = kind;
        IndicatorId = indicatorId;
    }

    /// <summary>Gets the previous-judgement feature.</summary>
    public static EarlyWarningFeature PreviousJudgement { get; } = new(EarlyWarningFeatureKind.PreviousJudgement, null);

    /// <summary>Gets the kind.</summary>
    public EarlyWarningFeatureKind Kind { get; }

    /// <summary>Gets the indicator, or null for <see cref="EarlyWarningFeatureKind.PreviousJudgement"/>.</summary>
    public string? IndicatorId { get; }

    /// <summary>Gets the feature's name as written in a rule set: the indicator id, the indicator id with <c>:change</c>, or <c>previous-judgement</c>.</summary>
    public string Name => Kind switch
    {
        EarlyWarningFeatureKind.LatestValue => IndicatorId!,
        EarlyWarningFeatureKind.ChangeOnPreviousPeriod => IndicatorId + ":change",
        _ => "previous-judgement",
    };

    /// <summary>Creates the latest-value feature of an indicator.</summary>
    /// <param name="indicatorId">The indicator.</param>
    /// <returns>The feature.</returns>
    /// <exception cref="ArgumentException"><paramref name="indicatorId"/> is null or blank.</exception>
    public static EarlyWarningFeature LatestValue(string indicatorId) => new(EarlyWarningFeatureKind.LatestValue, Preconditions.CheckNotBlank(indicatorId, nameof(indicatorId)));

    /// <summary>Creates the change-on-previous-period feature of an indicator.</summary>
    /// <param name="indicatorId">The indicator.</param>
    /// <returns>The feature.</returns>
    /// <exception cref="ArgumentException"><paramref name="indicatorId"/> is null or blank.</exception>
    public static EarlyWarningFeature Change(string indicatorId) => new(EarlyWarningFeatureKind.ChangeOnPreviousPeriod, Preconditions.CheckNotBlank(indicatorId, nameof(indicatorId)));

    /// <summary>Parses a name written by <see cref="Name"/>.</summary>
    /// <param name="name">The name.</param>
    /// <returns>The feature.</returns>
    /// <exception cref="ArgumentException">The name is blank or ends in <c>:</c> with something other than <c>change</c>.</exception>
    public static EarlyWarningFeature Parse(string name)
    {
        Preconditions.CheckNotBlank(name, nameof(name));
        if (string.Equals(name, "previous-judgement", StringComparison.Ordinal))
        {
            return PreviousJudgement;
        }
        var colon = name.IndexOf(':');
        if (colon < 0)
        {
            return LatestValue(name);
        }
        Preconditions.CheckArgument(colon > 0 && string.Equals(name.Substring(colon), ":change", StringComparison.Ordinal), nameof(name),
            "Feature '{0}' is not an indicator id, an indicator id followed by ':change', or 'previous-judgement'.", name);
        return Change(name.Substring(0, colon));
    }

    /// <inheritdoc />
    public bool Equals(EarlyWarningFeature? other) => other is not null && Kind == other.Kind && string.Equals(IndicatorId, other.IndicatorId, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as EarlyWarningFeature);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Kind, IndicatorId is null ? 0 : StringComparer.Ordinal.GetHashCode(IndicatorId));

    /// <inheritdoc />
    public override string ToString() => Name;
}
