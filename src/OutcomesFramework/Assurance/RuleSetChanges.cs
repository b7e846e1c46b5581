using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using OutcomesFramework.Utility;

namespace OutcomesFramework.Assurance;

/// <summary>
/// How one version of a rule set differs from the one it extends: rules added, rules changed (replaced by id) and
/// rules removed (by id) — the way the DfE's validation rules change from one collection year to the next.
/// </summary>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed class RuleSetChanges : IEquatable<RuleSetChanges>
{
    /// <summary>Creates changes.</summary>
    /// <param name="add">Rules to add, or null.</param>
    /// <param name="change">Rules to replace (matched by id), or null.</param>
    /// <param name="remove">Ids of rules to remove, or null.</param>
    /// <exception cref="ArgumentException">An element is null, an id is not valid, or an id appears twice across the three lists.</exception>
    public RuleSetChanges(IEnumerable<AssuranceRule>? add = null, IEnumerable<AssuranceRule>? change = null, IEnumerable<string>? remove = null)
    {
        Add = add is null ? ImmutableArray<AssuranceRule>.Empty : add.ToImmutableArray();
        Change = change is null ? ImmutableArray<AssuranceRule>.Empty : change.ToImmutableArray();
        Preconditions.CheckNoNullElements(Add, nameof(add));
        Preconditions.CheckNoNullElements(Change, nameof(change));
        Remove = (remove ?? Array.Empty<string>()).Select(r => Identifiers.CheckId(r, nameof(remove))).ToImmutableArray();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var id in Add.Select(r => r.Id).Concat(Change.Select(r => r.Id)).Concat(Remove))
        {
            Preconditions.CheckArgument(seen.Add(id), nameof(add), "Rule '{0}' appears twice in the changes.", id);
        }
    }

    /// <summary>Gets the rules added, appended in this order.</summary>
    public ImmutableArray<AssuranceRule> Add { get; }

    /// <summary>Gets the rules changed; each replaces the rule with its id, in place.</summary>
    public ImmutableArray<AssuranceRule> Change { get; }

    /// <summary>Gets the ids of the rules removed.</summary>
    public ImmutableArray<string> Remove { get; }

    /// <summary>Gets whether there is no change at all.</summary>
    public bool IsEmpty => Add.IsEmpty && Change.IsEmpty && Remove.IsEmpty;

    /// <summary>Works out the changes that turn <paramref name="from"/> into <paramref name="to"/>: added and changed rules in <paramref name="to"/>'s order, removed ids in <paramref name="from"/>'s order.</summary>
    /// <param name="from">The earlier rule set.</param>
    /// <param name="to">The later rule set.</param>
    /// <returns>The changes. Applying them to <paramref name="from"/> gives <paramref name="to"/>'s rules, though added rules land at the end.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static RuleSetChanges Between(RuleSet from, RuleSet to)
    {
        Preconditions.CheckNotNull(from, nameof(from));
        Preconditions.CheckNotNull(to, nameof(to));
        var add = new List<AssuranceRule>();
        var change = new List<AssuranceRule>();
        foreach (var rule in to.Rules)
        {
            var before = from.Find(rule.Id);
            if (before is null)
            {
                add.Add(rule);
            }
            else if (!before.Equals(rule))
            {
                change.Add(rule);
            }
        }
        var remove = from.Rules.Where(r => to.Find(r.Id) is null).Select(r => r.Id);
        return new RuleSetChanges(add, change, remove);
    }

    /// <inheritdoc />
    public bool Equals(RuleSetChanges? other) =>
        other is not null && Add.SequenceEqual(other.Add) && Change.SequenceEqual(other.Change) && Remove.SequenceEqual(other.Remove, StringComparer.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as RuleSetChanges);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Add.Length, Change.Length, Remove.Length);
}
