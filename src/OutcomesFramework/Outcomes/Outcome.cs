using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using OutcomesFramework.Utility;

namespace OutcomesFramework.Outcomes;

/// <summary>
/// One of the five outcomes of Children Act 2004 s.10(2), with its aims.
/// </summary>
/// <remarks>
/// The five outcomes are fixed by statute (see <see cref="EveryChildMatters"/>); their aims are data that a
/// framework may reword or extend. An outcome must have at least one aim, aim ids must be unique and every aim
/// must name this outcome.
/// </remarks>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed class Outcome : IEquatable<Outcome>
{
    /// <summary>Creates an outcome.</summary>
    /// <param name="id">One of the statutory ids <c>BH</c>, <c>SS</c>, <c>EA</c>, <c>PC</c>, <c>EW</c>.</param>
    /// <param name="name">The outcome's name, for example "Stay safe".</param>
    /// <param name="statutoryPurpose">The wording of the Children Act 2004 s.10(2) paragraph it reflects.</param>
    /// <param name="aims">The outcome's aims, in order.</param>
    /// <exception cref="ArgumentException">The id is not a statutory outcome id, a text is blank, there are no aims,
    /// an aim belongs to another outcome, or two aims share an id.</exception>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public Outcome(string id, string name, string statutoryPurpose, IEnumerable<Aim> aims)
    {
        Id = Identifiers.CheckId(id, nameof(id));
        Preconditions.CheckArgument(EveryChildMatters.IsStatutoryOutcomeId(Id), nameof(id),
            "'{0}' is not one of the five outcomes of Children Act 2004 s.10(2) (BH, SS, EA, PC, EW).", Id);
        Name = Preconditions.CheckNotBlank(name, nameof(name)).Trim();
        StatutoryPurpose = Preconditions.CheckNotBlank(statutoryPurpose, nameof(statutoryPurpose)).Trim();
        Aims = Preconditions.CheckNotNull(aims, nameof(aims)).ToImmutableArray();
        Preconditions.CheckArgument(Aims.Length > 0, nameof(aims), "An outcome needs at least one aim.");
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var aim in Aims)
        {
            Preconditions.CheckNotNull(aim, nameof(aims));
            Preconditions.CheckArgument(string.Equals(aim.OutcomeId, Id, StringComparison.Ordinal), nameof(aims),
                string.Format(CultureInfo.InvariantCulture, "Aim '{0}' names outcome '{1}', not '{2}'.", aim.Id, aim.OutcomeId, Id));
            Preconditions.CheckArgument(seen.Add(aim.Id), nameof(aims), "Aim id '{0}' appears twice.", aim.Id);
        }
    }

    /// <summary>Gets the statutory id: <c>BH</c>, <c>SS</c>, <c>EA</c>, <c>PC</c> or <c>EW</c>.</summary>
    public string Id { get; }

    /// <summary>Gets the outcome's name, for example "Stay safe".</summary>
    public string Name { get; }

    /// <summary>Gets the wording of the Children Act 2004 s.10(2) paragraph this outcome reflects.</summary>
    public string StatutoryPurpose { get; }

    /// <summary>Gets the aims, in order.</summary>
    public ImmutableArray<Aim> Aims { get; }

    /// <summary>Finds an aim by id.</summary>
    /// <param name="aimId">The aim id.</param>
    /// <returns>The aim, or null when this outcome has no aim with that id.</returns>
    public Aim? FindAim(string aimId)
    {
        foreach (var aim in Aims)
        {
            if (string.Equals(aim.Id, aimId, StringComparison.Ordinal))
            {
                return aim;
            }
        }
        return null;
    }

    /// <summary>Returns a copy with different aims.</summary>
    /// <param name="aims">The new aims.</param>
    /// <returns>A new outcome.</returns>
    public Outcome WithAims(IEnumerable<Aim> aims) => new(Id, Name, StatutoryPurpose, aims);

    /// <inheritdoc />
    public bool Equals(Outcome? other) =>
        other is not null
        && string.Equals(Id, other.Id, StringComparison.Ordinal)
        && string.Equals(Name, other.Name, StringComparison.Ordinal)
        && string.Equals(StatutoryPurpose, other.StatutoryPurpose, StringComparison.Ordinal)
        && Aims.SequenceEqual(other.Aims);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as Outcome);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Id);

    /// <inheritdoc />
    public override string ToString() => Id + " " + Name;
}
