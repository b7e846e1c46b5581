using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using OutcomesFramework.Outcomes;
using OutcomesFramework.Periods;
using OutcomesFramework.Scoring;
using OutcomesFramework.Utility;

namespace OutcomesFramework.Assurance;

/// <summary>
/// What an assurance rule found about an authority: the rule (id, kind and rule-set version), the severity, the
/// subject (area, and outcome and indicator where it concerns one), a message written from the evidence, the evidence
/// values themselves, and a link into the scorecard's explanation.
/// </summary>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed class Finding : IEquatable<Finding>
{
    /// <summary>Creates a finding.</summary>
    /// <param name="ruleId">The rule's id.</param>
    /// <param name="kind">The rule's kind.</param>
    /// <param name="ruleSetId">The rule set's id.</param>
    /// <param name="ruleSetVersion">The rule set's version.</param>
    /// <param name="severity">The severity.</param>
    /// <param name="areaCode">The authority's code.</param>
    /// <param name="areaName">The authority's name.</param>
    /// <param name="message">The message (culture-invariant, written from the evidence).</param>
    /// <param name="evidence">The values the finding was raised on.</param>
    /// <param name="outcomeId">The outcome it concerns, or null.</param>
    /// <param name="indicatorId">The indicator it concerns, or null (when given, the outcome is given too).</param>
    /// <param name="period">The period of the figures it was raised on, or null.</param>
    /// <param name="explanationPath">The path of the scorecard explanation node it rests on (see <see cref="ExplanationPath"/>), or null.</param>
    /// <exception cref="ArgumentException">An id is not valid, a text is blank, the severity or kind is undefined, an indicator is given without its outcome, or the outcome is not statutory.</exception>
    /// <exception cref="ArgumentNullException">A required argument is null.</exception>
    public Finding(
        string ruleId,
        RuleKind kind,
        string ruleSetId,
        string ruleSetVersion,
        Severity severity,
        string areaCode,
        string areaName,
        string message,
        IEnumerable<EvidenceValue>? evidence = null,
        string? outcomeId = null,
        string? indicatorId = null,
        ReportingPeriod? period = null,
        string? explanationPath = null)
    {
        RuleId = Identifiers.CheckId(ruleId, nameof(ruleId));
        Preconditions.CheckArgument(Enum.IsDefined(typeof(RuleKind), kind), nameof(kind), "Unknown rule kind {0}.", kind);
        Kind = kind;
        RuleSetId = Identifiers.CheckId(ruleSetId, nameof(ruleSetId));
        RuleSetVersion = Preconditions.CheckNotBlank(ruleSetVersion, nameof(ruleSetVersion));
        Preconditions.CheckArgument(Enum.IsDefined(typeof(Severity), severity), nameof(severity), "Unknown severity {0}.", severity);
        Severity = severity;
        AreaCode = Preconditions.CheckNotBlank(areaCode, nameof(areaCode));
        AreaName = Preconditions.CheckNotBlank(areaName, nameof(areaName));
        this.message = Preconditions.CheckNotBlank(message, nameof(message));
        Evidence = evidence is null ? ImmutableArray<EvidenceValue>.Empty : evidence.ToImmutableArray();
        Preconditions.CheckArgument(outcomeId is null || EveryChildMatters.IsStatutoryOutcomeId(outcomeId), nameof(outcomeId), "'{0}' is not a statutory outcome id.", outcomeId);
        Preconditions.CheckArgument(indicatorId is null || outcomeId is not null, nameof(outcomeId), "A finding about indicator '{0}' names its outcome too.", indicatorId);
        OutcomeId = outcomeId;
        IndicatorId = indicatorId is null ? null : Identifiers.CheckId(indicatorId, nameof(indicatorId));
        Period = period;
        this.explanationPath = string.IsNullOrWhiteSpace(explanationPath) ? null : explanationPath;
    }

    /// <summary>
    /// Creates a finding from a rule's evaluation: the arguments are already valid, the evidence array is taken over,
    /// and the message and explanation path are written only when first asked for (most findings of a league are
    /// counted by baskets and levels, never read).
    /// </summary>
    internal Finding(AssuranceRule rule, string ruleSetId, string ruleSetVersion, Severity severity, Areas.Area area, Func<string> message, EvidenceValue[] evidence,
        string? outcomeId, string? indicatorId, ReportingPeriod? period, string? pathSuffix, RiskEstimate? risk = null)
    {
        Risk = risk;
        RuleId = rule.Id;
        Kind = rule.Kind;
        RuleSetId = ruleSetId;
        RuleSetVersion = ruleSetVersion;
        Severity = severity;
        AreaCode = area.Code;
        AreaName = area.Name;
        messageFactory = message;
        Evidence = System.Runtime.InteropServices.ImmutableCollectionsMarshal.AsImmutableArray(evidence);
        OutcomeId = outcomeId;
        IndicatorId = indicatorId;
        Period = period;
        this.pathSuffix = pathSuffix;
        lazyPath = true;
    }

    private readonly Func<string>? messageFactory;
    private readonly string? pathSuffix;
    private readonly bool lazyPath;
    private string? message;
    private string? explanationPath;

    /// <summary>Gets the id of the rule that raised the finding.</summary>
    public string RuleId { get; }

    /// <summary>Gets the rule's kind.</summary>
    public RuleKind Kind { get; }

    /// <summary>Gets the id of the rule set the rule came from.</summary>
    public string RuleSetId { get; }

    /// <summary>Gets the version of the rule set the rule came from.</summary>
    public string RuleSetVersion { get; }

    /// <summary>Gets the severity.</summary>
    public Severity Severity { get; }

    /// <summary>Gets the authority's code.</summary>
    public string AreaCode { get; }

    /// <summary>Gets the authority's name.</summary>
    public string AreaName { get; }

    /// <summary>Gets the outcome the finding concerns, or null for one about children's services as a whole.</summary>
    public string? OutcomeId { get; }

    /// <summary>Gets the indicator the finding concerns, or null.</summary>
    public string? IndicatorId { get; }

    /// <summary>Gets the period of the figures the finding rests on, or null.</summary>
    public ReportingPeriod? Period { get; }

    /// <summary>Gets the message, written from the evidence values (culture-invariant).</summary>
    public string Message => message ??= messageFactory!();

    /// <summary>Gets the probability, its interval and the features' contributions, for a finding of a <see cref="RuleKind.LogisticScore"/> rule; null otherwise.</summary>
    public RiskEstimate? Risk { get; }

    /// <summary>Gets the values the finding was raised on, in the order the message cites them.</summary>
    public ImmutableArray<EvidenceValue> Evidence { get; }

    /// <summary>
    /// Gets the path of the explanation node the finding rests on, '/'-separated: an outcome id (<c>SS</c>), then an
    /// indicator id (<c>SS/rereferrals</c>), then the start of a child node's label
    /// (<c>SS/rereferrals/Quartile band</c>); null for findings about the authority as a whole. Resolve it with
    /// <see cref="ExplainIn(Scorecard)"/>.
    /// </summary>
    public string? ExplanationPath => explanationPath ??= lazyPath ? BuildPath() : null;

    private string? BuildPath() =>
        IndicatorId is not null ? OutcomeId + "/" + IndicatorId + (pathSuffix is null ? string.Empty : "/" + pathSuffix) : OutcomeId;

    /// <summary>Finds the explanation node this finding rests on in the authority's scorecard.</summary>
    /// <param name="scorecard">The scorecard the evidence was taken from.</param>
    /// <returns>The node, or null when the finding has no path or the scorecard has no such node.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="scorecard"/> is null.</exception>
    public Explanation? ExplainIn(Scorecard scorecard)
    {
        Preconditions.CheckNotNull(scorecard, nameof(scorecard));
        if (ExplanationPath is null)
        {
            return null;
        }
        var parts = ExplanationPath.Split('/');
        if (parts.Length == 1)
        {
            return scorecard.FindOutcome(parts[0]) is null ? null : scorecard.ExplainOutcome(parts[0]);
        }
        if (scorecard.FindIndicator(parts[1]) is null)
        {
            return null;
        }
        var node = scorecard.ExplainIndicator(parts[1]);
        for (var i = 2; i < parts.Length && node is not null; i++)
        {
            node = node.Children.FirstOrDefault(c => c.Label.StartsWith(parts[i], StringComparison.Ordinal));
        }
        return node;
    }

    /// <inheritdoc />
    public bool Equals(Finding? other) =>
        other is not null
        && string.Equals(RuleId, other.RuleId, StringComparison.Ordinal)
        && Kind == other.Kind
        && string.Equals(RuleSetId, other.RuleSetId, StringComparison.Ordinal)
        && string.Equals(RuleSetVersion, other.RuleSetVersion, StringComparison.Ordinal)
        && Severity == other.Severity
        && string.Equals(AreaCode, other.AreaCode, StringComparison.Ordinal)
        && string.Equals(AreaName, other.AreaName, StringComparison.Ordinal)
        && string.Equals(OutcomeId, other.OutcomeId, StringComparison.Ordinal)
        && string.Equals(IndicatorId, other.IndicatorId, StringComparison.Ordinal)
        && Nullable.Equals(Period, other.Period)
        && string.Equals(Message, other.Message, StringComparison.Ordinal)
        && Evidence.SequenceEqual(other.Evidence)
        && Equals(Risk, other.Risk)
        && string.Equals(ExplanationPath, other.ExplanationPath, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as Finding);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(StringComparer.Ordinal.GetHashCode(RuleId), StringComparer.Ordinal.GetHashCode(AreaCode), IndicatorId is null ? 0 : StringComparer.Ordinal.GetHashCode(IndicatorId));

    /// <inheritdoc />
    public override string ToString() => Severity.ToName() + " " + RuleId + " " + AreaCode + ((IndicatorId ?? OutcomeId) is { } subject ? " " + subject : string.Empty) + ": " + Message;
}
