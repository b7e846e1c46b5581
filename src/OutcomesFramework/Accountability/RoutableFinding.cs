using System;
using OutcomesFramework.Outcomes;
using OutcomesFramework.Utility;

namespace OutcomesFramework.Accountability;

/// <summary>
/// The little that routing needs to know about a finding: which rule raised it, how serious it is, for which area,
/// outcome and indicator, and what it says. The assurance engine adapts its findings to this type.
/// </summary>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed class RoutableFinding : IEquatable<RoutableFinding>
{
    /// <summary>Creates a finding to route.</summary>
    /// <param name="ruleId">The id of the assurance rule that raised it.</param>
    /// <param name="severity">How serious it is.</param>
    /// <param name="areaCode">The area it concerns, for example the local authority's code.</param>
    /// <param name="message">What it says.</param>
    /// <param name="outcomeId">The outcome it concerns, or null for one about children's services overall.</param>
    /// <param name="indicatorId">The indicator it concerns, or null; when given, <paramref name="outcomeId"/> must be given too,
    /// so that routing can fall back to the outcome's assignment.</param>
    /// <exception cref="ArgumentException">The rule id or indicator id is not a valid id, the area code or message is blank,
    /// the outcome id is not a statutory outcome id, the severity is not defined, or an indicator is given without its outcome.</exception>
    /// <exception cref="ArgumentNullException">The rule id, area code or message is null.</exception>
    public RoutableFinding(string ruleId, Severity severity, string areaCode, string message, string? outcomeId = null, string? indicatorId = null)
    {
        RuleId = Identifiers.CheckId(ruleId, nameof(ruleId));
        Preconditions.CheckArgument(Enum.IsDefined(typeof(Severity), severity), nameof(severity), "Unknown severity {0}.", severity);
        Severity = severity;
        AreaCode = Preconditions.CheckNotBlank(areaCode, nameof(areaCode)).Trim();
        Message = Preconditions.CheckNotBlank(message, nameof(message)).Trim();
        Preconditions.CheckArgument(outcomeId is null || EveryChildMatters.IsStatutoryOutcomeId(outcomeId), nameof(outcomeId),
            "'{0}' is not one of the five outcomes of Children Act 2004 s.10(2) (BH, SS, EA, PC, EW).", outcomeId);
        OutcomeId = outcomeId;
        IndicatorId = indicatorId is null ? null : Identifiers.CheckId(indicatorId, nameof(indicatorId));
        Preconditions.CheckArgument(indicatorId is null || outcomeId is not null, nameof(outcomeId),
            "A finding about indicator '{0}' names its outcome too.", indicatorId);
    }

    /// <summary>Gets the id of the rule that raised the finding.</summary>
    public string RuleId { get; }

    /// <summary>Gets how serious the finding is.</summary>
    public Severity Severity { get; }

    /// <summary>Gets the area the finding concerns.</summary>
    public string AreaCode { get; }

    /// <summary>Gets the outcome the finding concerns, or null.</summary>
    public string? OutcomeId { get; }

    /// <summary>Gets the indicator the finding concerns, or null.</summary>
    public string? IndicatorId { get; }

    /// <summary>Gets what the finding says.</summary>
    public string Message { get; }

    /// <inheritdoc />
    public bool Equals(RoutableFinding? other) =>
        other is not null
        && string.Equals(RuleId, other.RuleId, StringComparison.Ordinal)
        && Severity == other.Severity
        && string.Equals(AreaCode, other.AreaCode, StringComparison.Ordinal)
        && string.Equals(OutcomeId, other.OutcomeId, StringComparison.Ordinal)
        && string.Equals(IndicatorId, other.IndicatorId, StringComparison.Ordinal)
        && string.Equals(Message, other.Message, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as RoutableFinding);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(StringComparer.Ordinal.GetHashCode(RuleId), Severity, StringComparer.Ordinal.GetHashCode(AreaCode));

    /// <inheritdoc />
    public override string ToString() => Severity + " " + RuleId + " " + AreaCode + (IndicatorId is null ? OutcomeId is null ? string.Empty : " " + OutcomeId : " " + IndicatorId) + ": " + Message;
}
