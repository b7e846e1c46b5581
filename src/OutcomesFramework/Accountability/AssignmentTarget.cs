using System;
using OutcomesFramework.Outcomes;
using OutcomesFramework.Utility;

namespace OutcomesFramework.Accountability;

/// <summary>
/// What an <see cref="Assignment"/> is for: children's services overall, an outcome or an indicator. Its text form,
/// used in JSON, is <c>overall</c>, <c>outcome:BH</c> or <c>indicator:cla-rate</c>.
/// </summary>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed class AssignmentTarget : IEquatable<AssignmentTarget>
{
    private const string OutcomePrefix = "outcome:";
    private const string IndicatorPrefix = "indicator:";
    private const string OverallText = "overall";

    private AssignmentTarget(AssignmentTargetKind kind, string? id)
    {
        Kind = kind;
        Id = id;
    }

    /// <summary>Gets the target for children's services as a whole.</summary>
    public static AssignmentTarget Overall { get; } = new(AssignmentTargetKind.Overall, null);

    /// <summary>Gets what kind of target this is.</summary>
    public AssignmentTargetKind Kind { get; }

    /// <summary>Gets the outcome or indicator id, or null for <see cref="AssignmentTargetKind.Overall"/>.</summary>
    public string? Id { get; }

    /// <summary>Returns the target for an outcome.</summary>
    /// <param name="outcomeId">One of <c>BH</c>, <c>SS</c>, <c>EA</c>, <c>PC</c>, <c>EW</c>.</param>
    /// <returns>The target.</returns>
    /// <exception cref="ArgumentException">The id is not a statutory outcome id.</exception>
    /// <exception cref="ArgumentNullException">The id is null.</exception>
    public static AssignmentTarget ForOutcome(string outcomeId)
    {
        Preconditions.CheckNotNull(outcomeId, nameof(outcomeId));
        Preconditions.CheckArgument(EveryChildMatters.IsStatutoryOutcomeId(outcomeId), nameof(outcomeId),
            "'{0}' is not one of the five outcomes of Children Act 2004 s.10(2) (BH, SS, EA, PC, EW).", outcomeId);
        return new AssignmentTarget(AssignmentTargetKind.Outcome, outcomeId);
    }

    /// <summary>Returns the target for an indicator.</summary>
    /// <param name="indicatorId">The indicator id.</param>
    /// <returns>The target.</returns>
    /// <exception cref="ArgumentException">The id is not a valid id.</exception>
    /// <exception cref="ArgumentNullException">The id is null.</exception>
    public static AssignmentTarget ForIndicator(string indicatorId) =>
        new(AssignmentTargetKind.Indicator, Identifiers.CheckId(indicatorId, nameof(indicatorId)));

    /// <summary>Parses the text form: <c>overall</c>, <c>outcome:BH</c> or <c>indicator:cla-rate</c>.</summary>
    /// <param name="text">The text.</param>
    /// <param name="target">The target, or null when the text is not well formed.</param>
    /// <returns>Whether the text was well formed.</returns>
    public static bool TryParse(string? text, out AssignmentTarget? target)
    {
        target = null;
        if (text is null)
        {
            return false;
        }
        if (string.Equals(text, OverallText, StringComparison.Ordinal))
        {
            target = Overall;
        }
        else if (text.StartsWith(OutcomePrefix, StringComparison.Ordinal))
        {
            var id = text.Substring(OutcomePrefix.Length);
            target = EveryChildMatters.IsStatutoryOutcomeId(id) ? new AssignmentTarget(AssignmentTargetKind.Outcome, id) : null;
        }
        else if (text.StartsWith(IndicatorPrefix, StringComparison.Ordinal))
        {
            var id = text.Substring(IndicatorPrefix.Length);
            target = Identifiers.IsValid(id) ? new AssignmentTarget(AssignmentTargetKind.Indicator, id) : null;
        }
        return target is not null;
    }

    /// <summary>Parses the text form.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The target.</returns>
    /// <exception cref="FormatException">The text is not <c>overall</c>, <c>outcome:</c> and a statutory outcome id, or <c>indicator:</c> and a valid id.</exception>
    /// <exception cref="ArgumentNullException">The text is null.</exception>
    public static AssignmentTarget Parse(string text)
    {
        Preconditions.CheckNotNull(text, nameof(text));
        return TryParse(text, out var target) ? target! : throw new FormatException(
            "'" + text + "' is not an assignment target: use 'overall', 'outcome:' and one of BH, SS, EA, PC, EW, or 'indicator:' and an indicator id.");
    }

    /// <inheritdoc />
    public bool Equals(AssignmentTarget? other) =>
        other is not null && Kind == other.Kind && string.Equals(Id, other.Id, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as AssignmentTarget);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Kind, Id is null ? 0 : StringComparer.Ordinal.GetHashCode(Id));

    /// <summary>Returns the text form: <c>overall</c>, <c>outcome:BH</c> or <c>indicator:cla-rate</c>.</summary>
    /// <returns>The text form.</returns>
    public override string ToString() => Kind switch
    {
        AssignmentTargetKind.Outcome => OutcomePrefix + Id,
        AssignmentTargetKind.Indicator => IndicatorPrefix + Id,
        _ => OverallText,
    };

    /// <summary>Describes the target in words, for example "outcome SS" or "children's services overall".</summary>
    /// <returns>The description.</returns>
    public string Describe() => Kind switch
    {
        AssignmentTargetKind.Outcome => "outcome " + Id,
        AssignmentTargetKind.Indicator => "indicator " + Id,
        _ => "children's services overall",
    };

    /// <summary>Describes the target in words with a capital, to start a sentence.</summary>
    internal string DescribeAtStart()
    {
        var text = Describe();
        return char.ToUpperInvariant(text[0]) + text.Substring(1);
    }
}
