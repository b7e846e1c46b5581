using System;
using OutcomesFramework.Utility;

namespace OutcomesFramework.Scoring;

/// <summary>
/// A limiting rule, in the manner of Ofsted's limiting judgements: when one outcome's band is at or below
/// <see cref="TriggerBand"/>, the overall band can be no better than <see cref="CapBand"/>. Off by default.
/// </summary>
/// <remarks>
/// The rule caps the overall <em>band</em> only; the overall score is left as computed so that it stays a
/// monotone function of the evidence, and the scorecard records that the band was limited and why. An outcome with
/// insufficient evidence does not trigger the rule.
/// </remarks>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed class LimitingRule : IEquatable<LimitingRule>
{
    /// <summary>Creates a rule.</summary>
    /// <param name="outcomeId">The limiting outcome, for example <c>SS</c> (stay safe).</param>
    /// <param name="triggerBand">The band at or below which the rule applies (default D).</param>
    /// <param name="capBand">The best overall band allowed when it applies (default C).</param>
    /// <exception cref="ArgumentException">The outcome id is not a valid id.</exception>
    /// <exception cref="ArgumentNullException">The outcome id is null.</exception>
    public LimitingRule(string outcomeId, ScoreBand triggerBand = ScoreBand.D, ScoreBand capBand = ScoreBand.C)
    {
        OutcomeId = Identifiers.CheckId(outcomeId, nameof(outcomeId));
        Preconditions.CheckArgument(Enum.IsDefined(typeof(ScoreBand), triggerBand), nameof(triggerBand), "Unknown band {0}.", triggerBand);
        Preconditions.CheckArgument(Enum.IsDefined(typeof(ScoreBand), capBand), nameof(capBand), "Unknown band {0}.", capBand);
        TriggerBand = triggerBand;
        CapBand = capBand;
    }

    /// <summary>Gets the limiting outcome's id.</summary>
    public string OutcomeId { get; }

    /// <summary>Gets the band at or below which the rule applies.</summary>
    public ScoreBand TriggerBand { get; }

    /// <summary>Gets the best overall band allowed when the rule applies.</summary>
    public ScoreBand CapBand { get; }

    /// <summary>Returns whether an outcome band triggers the rule.</summary>
    /// <param name="outcomeBand">The limiting outcome's band.</param>
    /// <returns>True when the band is at or below <see cref="TriggerBand"/>.</returns>
    public bool IsTriggeredBy(ScoreBand outcomeBand) => outcomeBand >= TriggerBand;

    /// <inheritdoc />
    public bool Equals(LimitingRule? other) =>
        other is not null && string.Equals(OutcomeId, other.OutcomeId, StringComparison.Ordinal) && TriggerBand == other.TriggerBand && CapBand == other.CapBand;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as LimitingRule);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(StringComparer.Ordinal.GetHashCode(OutcomeId), TriggerBand, CapBand);

    /// <inheritdoc />
    public override string ToString() => OutcomeId + " in band " + TriggerBand + " or below caps the overall band at " + CapBand;
}
