using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using OutcomesFramework.Indicators;
using OutcomesFramework.Outcomes;
using OutcomesFramework.Utility;

namespace OutcomesFramework.Frameworks;

/// <summary>
/// An outcomes framework: the five statutory outcomes with their aims, and the indicators that evidence them.
/// </summary>
/// <remarks>
/// <para>Invariants checked at construction: exactly the five outcomes of Children Act 2004 s.10(2), each once, in
/// statutory order; indicator ids unique; every indicator names an outcome of the framework and aims of that
/// outcome. Use <see cref="FrameworkValidationException"/>'s list of problems to see all faults at once.</para>
/// <para>The JSON loader in <c>OutcomesFramework.Serialization</c> reports the same faults with JSON paths and lines.</para>
/// </remarks>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed class Framework : IEquatable<Framework>
{
    private readonly Dictionary<string, Indicator> indicatorsById;
    private readonly Dictionary<string, Outcome> outcomesById;

    /// <summary>Creates a framework.</summary>
    /// <param name="id">Stable id, for example <c>ecm-england</c>.</param>
    /// <param name="name">Display name.</param>
    /// <param name="version">Version text, for example <c>2025.1</c>.</param>
    /// <param name="outcomes">The five outcomes with their aims.</param>
    /// <param name="indicators">The indicators.</param>
    /// <param name="description">A longer description, or null.</param>
    /// <exception cref="FrameworkValidationException">One or more invariants do not hold; all are listed.</exception>
    /// <exception cref="ArgumentException">The id, name or version is blank.</exception>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public Framework(string id, string name, string version, IEnumerable<Outcome> outcomes, IEnumerable<Indicator> indicators, string? description = null)
    {
        Id = Identifiers.CheckId(id, nameof(id));
        Name = Preconditions.CheckNotBlank(name, nameof(name)).Trim();
        Version = Preconditions.CheckNotBlank(version, nameof(version)).Trim();
        Description = string.IsNullOrWhiteSpace(description) ? null : description!.Trim();
        Outcomes = Preconditions.CheckNotNull(outcomes, nameof(outcomes)).ToImmutableArray();
        Indicators = Preconditions.CheckNotNull(indicators, nameof(indicators)).ToImmutableArray();
        var problems = Validate(Outcomes, Indicators);
        if (problems.Length > 0)
        {
            throw new FrameworkValidationException(problems);
        }
        outcomesById = Outcomes.ToDictionary(o => o.Id, StringComparer.Ordinal);
        indicatorsById = Indicators.ToDictionary(i => i.Id, StringComparer.Ordinal);
    }

    /// <summary>Gets the stable id.</summary>
    public string Id { get; }

    /// <summary>Gets the display name.</summary>
    public string Name { get; }

    /// <summary>Gets the version text.</summary>
    public string Version { get; }

    /// <summary>Gets a longer description, or null.</summary>
    public string? Description { get; }

    /// <summary>Gets the five outcomes in statutory order.</summary>
    public ImmutableArray<Outcome> Outcomes { get; }

    /// <summary>Gets the indicators in definition order.</summary>
    public ImmutableArray<Indicator> Indicators { get; }

    /// <summary>Finds an indicator by id.</summary>
    /// <param name="indicatorId">The id.</param>
    /// <returns>The indicator, or null.</returns>
    public Indicator? FindIndicator(string indicatorId) =>
        indicatorsById.TryGetValue(Preconditions.CheckNotNull(indicatorId, nameof(indicatorId)), out var i) ? i : null;

    /// <summary>Finds an outcome by id.</summary>
    /// <param name="outcomeId">The id.</param>
    /// <returns>The outcome, or null.</returns>
    public Outcome? FindOutcome(string outcomeId) =>
        outcomesById.TryGetValue(Preconditions.CheckNotNull(outcomeId, nameof(outcomeId)), out var o) ? o : null;

    /// <summary>Gets the indicators of an outcome, in definition order.</summary>
    /// <param name="outcomeId">The outcome id.</param>
    /// <returns>The indicators (empty for an unknown outcome).</returns>
    public IEnumerable<Indicator> IndicatorsOf(string outcomeId) =>
        Indicators.Where(i => string.Equals(i.OutcomeId, outcomeId, StringComparison.Ordinal));

    /// <summary>Returns a copy with different indicators.</summary>
    /// <param name="indicators">The new indicators.</param>
    /// <returns>A new framework.</returns>
    /// <exception cref="FrameworkValidationException">The indicators break an invariant.</exception>
    public Framework WithIndicators(IEnumerable<Indicator> indicators) => new(Id, Name, Version, Outcomes, indicators, Description);

    /// <summary>Returns every problem that would stop <paramref name="outcomes"/> and <paramref name="indicators"/> forming a framework.</summary>
    /// <param name="outcomes">The outcomes.</param>
    /// <param name="indicators">The indicators.</param>
    /// <returns>The problems, each with the id of what it concerns; empty when valid.</returns>
    public static ImmutableArray<DocumentProblem> Validate(IReadOnlyList<Outcome> outcomes, IReadOnlyList<Indicator> indicators)
    {
        Preconditions.CheckNotNull(outcomes, nameof(outcomes));
        Preconditions.CheckNotNull(indicators, nameof(indicators));
        var problems = ImmutableArray.CreateBuilder<DocumentProblem>();
        var ids = outcomes.Select(o => o?.Id).ToList();
        if (!ids.SequenceEqual(EveryChildMatters.OutcomeIds, StringComparer.Ordinal))
        {
            problems.Add(new DocumentProblem("outcomes", string.Format(CultureInfo.InvariantCulture,
                "A framework has the five outcomes of Children Act 2004 s.10(2) in order (BH, SS, EA, PC, EW); found [{0}].", string.Join(", ", ids))));
        }
        var aimsByOutcome = outcomes.Where(o => o is not null).GroupBy(o => o.Id, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => new HashSet<string>(g.First().Aims.Select(a => a.Id), StringComparer.Ordinal), StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < indicators.Count; i++)
        {
            var indicator = indicators[i];
            var where = string.Format(CultureInfo.InvariantCulture, "indicators[{0}]", i);
            if (indicator is null)
            {
                problems.Add(new DocumentProblem(where, "Indicator is null."));
                continue;
            }
            if (!seen.Add(indicator.Id))
            {
                problems.Add(new DocumentProblem(where + ".id", "Indicator id '" + indicator.Id + "' is used twice."));
            }
            if (!aimsByOutcome.TryGetValue(indicator.OutcomeId, out var aims))
            {
                problems.Add(new DocumentProblem(where + ".outcome", "Indicator '" + indicator.Id + "' names unknown outcome '" + indicator.OutcomeId + "'."));
                continue;
            }
            for (var a = 0; a < indicator.AimIds.Length; a++)
            {
                if (!aims.Contains(indicator.AimIds[a]))
                {
                    problems.Add(new DocumentProblem(string.Format(CultureInfo.InvariantCulture, "{0}.aims[{1}]", where, a),
                        "Indicator '" + indicator.Id + "' names aim '" + indicator.AimIds[a] + "', which outcome '" + indicator.OutcomeId + "' does not have."));
                }
            }
        }
        return problems.ToImmutable();
    }

    /// <inheritdoc />
    public bool Equals(Framework? other) =>
        other is not null
        && string.Equals(Id, other.Id, StringComparison.Ordinal)
        && string.Equals(Name, other.Name, StringComparison.Ordinal)
        && string.Equals(Version, other.Version, StringComparison.Ordinal)
        && string.Equals(Description, other.Description, StringComparison.Ordinal)
        && Outcomes.SequenceEqual(other.Outcomes)
        && Indicators.SequenceEqual(other.Indicators);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as Framework);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(StringComparer.Ordinal.GetHashCode(Id), StringComparer.Ordinal.GetHashCode(Version));

    /// <inheritdoc />
    public override string ToString() => Name + " " + Version;
}
