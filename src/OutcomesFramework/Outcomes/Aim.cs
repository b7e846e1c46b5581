using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using OutcomesFramework.Utility;

namespace OutcomesFramework.Outcomes;

/// <summary>
/// One aim under an <see cref="Outcome"/>: five per outcome plus a sixth on the contribution of parents,
/// carers and families (DfES 2004, <i>Every Child Matters: Change for Children</i>, p9).
/// </summary>
/// <remarks>
/// Aims are immutable. Two aims are equal when their ids, outcome ids, texts, flags and aliases are equal.
/// </remarks>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed class Aim : IEquatable<Aim>
{
    /// <summary>Creates an aim.</summary>
    /// <param name="id">Stable id, for example <c>SS5</c>.</param>
    /// <param name="outcomeId">Id of the outcome the aim belongs to, for example <c>SS</c>.</param>
    /// <param name="text">The aim's wording.</param>
    /// <param name="isParentsCarersFamilies">Whether this is the outcome's parents, carers and families aim.</param>
    /// <param name="aliases">Other official wordings of the same aim (kept as aliases, never as separate aims).</param>
    /// <exception cref="ArgumentException">An id or the text is blank, or an alias is blank.</exception>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public Aim(string id, string outcomeId, string text, bool isParentsCarersFamilies = false, IEnumerable<string>? aliases = null)
    {
        Id = Identifiers.CheckId(id, nameof(id));
        OutcomeId = Identifiers.CheckId(outcomeId, nameof(outcomeId));
        Text = Preconditions.CheckNotBlank(text, nameof(text)).Trim();
        IsParentsCarersFamilies = isParentsCarersFamilies;
        Aliases = aliases is null ? ImmutableArray<string>.Empty : aliases.Select(a => Preconditions.CheckNotBlank(a, nameof(aliases)).Trim()).ToImmutableArray();
    }

    /// <summary>Gets the stable id, for example <c>SS5</c>.</summary>
    public string Id { get; }

    /// <summary>Gets the id of the outcome this aim belongs to.</summary>
    public string OutcomeId { get; }

    /// <summary>Gets the aim's wording.</summary>
    public string Text { get; }

    /// <summary>Gets a value indicating whether this is the outcome's parents, carers and families aim.</summary>
    public bool IsParentsCarersFamilies { get; }

    /// <summary>Gets other official wordings of the same aim.</summary>
    public ImmutableArray<string> Aliases { get; }

    /// <summary>Returns a copy with different wording; the id and outcome are kept.</summary>
    /// <param name="text">The new wording.</param>
    /// <returns>A new aim.</returns>
    public Aim WithText(string text) => new(Id, OutcomeId, text, IsParentsCarersFamilies, Aliases);

    /// <inheritdoc />
    public bool Equals(Aim? other) =>
        other is not null
        && string.Equals(Id, other.Id, StringComparison.Ordinal)
        && string.Equals(OutcomeId, other.OutcomeId, StringComparison.Ordinal)
        && string.Equals(Text, other.Text, StringComparison.Ordinal)
        && IsParentsCarersFamilies == other.IsParentsCarersFamilies
        && Aliases.SequenceEqual(other.Aliases, StringComparer.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as Aim);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(StringComparer.Ordinal.GetHashCode(Id), StringComparer.Ordinal.GetHashCode(Text));

    /// <inheritdoc />
    public override string ToString() => Id + " " + Text;
}
