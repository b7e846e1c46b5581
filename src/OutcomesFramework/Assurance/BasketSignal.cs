using System;
using System.Globalization;
using System.Linq;
using OutcomesFramework.Outcomes;
using OutcomesFramework.Utility;

namespace OutcomesFramework.Assurance;

/// <summary>
/// One signal of a <see cref="BasketRule"/>: another rule's findings, optionally only those about one outcome or
/// indicator. The signal is on when there are at least <see cref="MinimumFindings"/> of them.
/// </summary>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed class BasketSignal : IEquatable<BasketSignal>
{
    /// <summary>Creates a signal.</summary>
    /// <param name="ruleId">The rule whose findings count (not a basket).</param>
    /// <param name="minimumFindings">How many findings turn the signal on (1 to 1000).</param>
    /// <param name="outcomeId">Count only findings about this outcome, or null.</param>
    /// <param name="indicatorId">Count only findings about this indicator, or null.</param>
    /// <exception cref="ArgumentException">An id is not valid or the outcome is not statutory.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="minimumFindings"/> is out of range.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="ruleId"/> is null.</exception>
    public BasketSignal(string ruleId, int minimumFindings = 1, string? outcomeId = null, string? indicatorId = null)
    {
        RuleId = Identifiers.CheckId(ruleId, nameof(ruleId));
        MinimumFindings = Preconditions.CheckArgumentRange(nameof(minimumFindings), minimumFindings, 1, 1000);
        Preconditions.CheckArgument(outcomeId is null || EveryChildMatters.IsStatutoryOutcomeId(outcomeId), nameof(outcomeId), "'{0}' is not one of the five outcomes (BH, SS, EA, PC, EW).", outcomeId);
        OutcomeId = outcomeId;
        IndicatorId = indicatorId is null ? null : Identifiers.CheckId(indicatorId, nameof(indicatorId));
        label = RuleId + (IndicatorId is not null ? " on " + IndicatorId : OutcomeId is not null ? " in " + OutcomeId : string.Empty)
            + (MinimumFindings > 1 ? " (" + MinimumFindings.ToString(CultureInfo.InvariantCulture) + "+ findings)" : string.Empty);
    }

    private readonly string label;

    /// <summary>Gets the rule whose findings count.</summary>
    public string RuleId { get; }

    /// <summary>Gets how many findings turn the signal on.</summary>
    public int MinimumFindings { get; }

    /// <summary>Gets the outcome the findings must be about, or null.</summary>
    public string? OutcomeId { get; }

    /// <summary>Gets the indicator the findings must be about, or null.</summary>
    public string? IndicatorId { get; }

    /// <summary>Returns whether a finding counts towards the signal.</summary>
    /// <param name="finding">The finding.</param>
    /// <returns>True when it counts.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="finding"/> is null.</exception>
    public bool Matches(Finding finding)
    {
        Preconditions.CheckNotNull(finding, nameof(finding));
        return string.Equals(finding.RuleId, RuleId, StringComparison.Ordinal)
            && (OutcomeId is null || string.Equals(finding.OutcomeId, OutcomeId, StringComparison.Ordinal))
            && (IndicatorId is null || string.Equals(finding.IndicatorId, IndicatorId, StringComparison.Ordinal));
    }

    /// <inheritdoc />
    public bool Equals(BasketSignal? other) =>
        other is not null && string.Equals(RuleId, other.RuleId, StringComparison.Ordinal) && MinimumFindings == other.MinimumFindings
        && string.Equals(OutcomeId, other.OutcomeId, StringComparison.Ordinal) && string.Equals(IndicatorId, other.IndicatorId, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as BasketSignal);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(StringComparer.Ordinal.GetHashCode(RuleId), MinimumFindings);

    /// <inheritdoc />
    public override string ToString() => label;
}
