using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using OutcomesFramework.Frameworks;
using OutcomesFramework.Indicators;
using OutcomesFramework.Outcomes;
using OutcomesFramework.Utility;

namespace OutcomesFramework.Assurance;

/// <summary>
/// Which indicators a rule reads: named indicators, or every indicator of some outcomes and roles. An indicator is
/// selected when it is in each list that is not empty; empty lists select everything (so the empty selection selects
/// every indicator).
/// </summary>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed class IndicatorSelection : IEquatable<IndicatorSelection>
{
    /// <summary>Creates a selection.</summary>
    /// <param name="indicatorIds">Indicator ids, or null for any.</param>
    /// <param name="outcomeIds">Outcome ids (BH, SS, EA, PC, EW), or null for any.</param>
    /// <param name="roles">Indicator roles, or null for any.</param>
    /// <exception cref="ArgumentException">An id is not valid or repeats, an outcome is not statutory, or a role is undefined or repeats.</exception>
    public IndicatorSelection(IEnumerable<string>? indicatorIds = null, IEnumerable<string>? outcomeIds = null, IEnumerable<IndicatorRole>? roles = null)
    {
        IndicatorIds = (indicatorIds ?? Array.Empty<string>()).Select(i => Identifiers.CheckId(i, nameof(indicatorIds))).ToImmutableArray();
        Preconditions.CheckArgument(IndicatorIds.Distinct(StringComparer.Ordinal).Count() == IndicatorIds.Length, nameof(indicatorIds), "An indicator is listed twice.");
        OutcomeIds = (outcomeIds ?? Array.Empty<string>()).ToImmutableArray();
        foreach (var o in OutcomeIds)
        {
            Preconditions.CheckArgument(o is not null && EveryChildMatters.IsStatutoryOutcomeId(o), nameof(outcomeIds), "'{0}' is not one of the five outcomes (BH, SS, EA, PC, EW).", o);
        }
        Preconditions.CheckArgument(OutcomeIds.Distinct(StringComparer.Ordinal).Count() == OutcomeIds.Length, nameof(outcomeIds), "An outcome is listed twice.");
        Roles = (roles ?? Array.Empty<IndicatorRole>()).ToImmutableArray();
        foreach (var r in Roles)
        {
            Preconditions.CheckArgument(Enum.IsDefined(typeof(IndicatorRole), r), nameof(roles), "Unknown role {0}.", r);
        }
        Preconditions.CheckArgument(Roles.Distinct().Count() == Roles.Length, nameof(roles), "A role is listed twice.");
    }

    /// <summary>Gets the selection of every indicator.</summary>
    public static IndicatorSelection All { get; } = new();

    /// <summary>Gets the selection of every indicator scored into an outcome (role <see cref="IndicatorRole.Outcome"/>).</summary>
    public static IndicatorSelection OutcomeIndicators { get; } = new(roles: new[] { IndicatorRole.Outcome });

    /// <summary>Selects named indicators.</summary>
    /// <param name="indicatorIds">The ids.</param>
    /// <returns>The selection.</returns>
    /// <exception cref="ArgumentException">An id is not valid or repeats.</exception>
    public static IndicatorSelection Of(params string[] indicatorIds) => new(indicatorIds);

    /// <summary>Gets the indicator ids (empty for any).</summary>
    public ImmutableArray<string> IndicatorIds { get; }

    /// <summary>Gets the outcome ids (empty for any).</summary>
    public ImmutableArray<string> OutcomeIds { get; }

    /// <summary>Gets the roles (empty for any).</summary>
    public ImmutableArray<IndicatorRole> Roles { get; }

    /// <summary>Returns whether an indicator is selected.</summary>
    /// <param name="indicator">The indicator.</param>
    /// <returns>True when selected.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="indicator"/> is null.</exception>
    public bool Includes(Indicator indicator)
    {
        Preconditions.CheckNotNull(indicator, nameof(indicator));
        return (IndicatorIds.IsEmpty || Contains(IndicatorIds, indicator.Id))
            && (OutcomeIds.IsEmpty || Contains(OutcomeIds, indicator.OutcomeId))
            && (Roles.IsEmpty || Roles.Contains(indicator.Role));
    }

    /// <inheritdoc />
    public bool Equals(IndicatorSelection? other) =>
        other is not null
        && IndicatorIds.SequenceEqual(other.IndicatorIds, StringComparer.Ordinal)
        && OutcomeIds.SequenceEqual(other.OutcomeIds, StringComparer.Ordinal)
        && Roles.SequenceEqual(other.Roles);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as IndicatorSelection);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(IndicatorIds.Length, OutcomeIds.Length, Roles.Length);

    /// <summary>Reports indicator ids the framework lacks (the outcome ids are statutory, so always exist).</summary>
    internal void Validate(Framework framework, Action<string, string> report)
    {
        for (var i = 0; i < IndicatorIds.Length; i++)
        {
            if (framework.FindIndicator(IndicatorIds[i]) is null)
            {
                report("indicators[" + i.ToString(System.Globalization.CultureInfo.InvariantCulture) + "]",
                    "Unknown indicator '" + IndicatorIds[i] + "': the framework '" + framework.Id + "' has no such indicator.");
            }
        }
    }

    private static bool Contains(ImmutableArray<string> ids, string id)
    {
        foreach (var s in ids)
        {
            if (string.Equals(s, id, StringComparison.Ordinal))
            {
                return true;
            }
        }
        return false;
    }
}
