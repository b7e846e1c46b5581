using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using OutcomesFramework.Frameworks;
using OutcomesFramework.Utility;

namespace OutcomesFramework.Assurance;

/// <summary>
/// A versioned set of assurance rules. A year's set is usually the previous year's with rules added, changed and
/// removed (<see cref="Extend"/>; in JSON, <c>extends</c> with <c>add</c>, <c>change</c> and <c>remove</c>), and a caller
/// can run only some of its rules (<see cref="Select"/>, <see cref="Without"/>).
/// </summary>
/// <remarks>
/// Invariants checked at construction: rule ids are unique; every basket signal names a rule of the set that is not
/// a basket. Against a framework (<see cref="Validate"/>), every indicator a rule names must exist.
/// </remarks>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed class RuleSet : IEquatable<RuleSet>
{
    private readonly Dictionary<string, int> index;

    /// <summary>Creates a rule set.</summary>
    /// <param name="id">The rule set's id, for example <c>ecm-england-assurance</c>.</param>
    /// <param name="version">Its version, for example <c>2025.1</c>.</param>
    /// <param name="rules">The rules, in evaluation order (baskets are evaluated after the others).</param>
    /// <param name="name">A name for people, or null.</param>
    /// <param name="description">A description, or null.</param>
    /// <param name="extendsVersion">The version this one was made from, or null for a base set.</param>
    /// <exception cref="RuleSetValidationException">A rule id repeats or a basket names a rule that is missing or a basket; all problems are listed.</exception>
    /// <exception cref="ArgumentException">The id is not valid or the version is blank.</exception>
    /// <exception cref="ArgumentNullException">A required argument is null.</exception>
    public RuleSet(string id, string version, IEnumerable<AssuranceRule> rules, string? name = null, string? description = null, string? extendsVersion = null)
    {
        Id = Identifiers.CheckId(id, nameof(id));
        Version = Preconditions.CheckNotBlank(version, nameof(version)).Trim();
        Rules = Preconditions.CheckNotNull(rules, nameof(rules)).ToImmutableArray();
        Preconditions.CheckNoNullElements(Rules, nameof(rules));
        Name = string.IsNullOrWhiteSpace(name) ? null : name!.Trim();
        Description = string.IsNullOrWhiteSpace(description) ? null : description!.Trim();
        ExtendsVersion = string.IsNullOrWhiteSpace(extendsVersion) ? null : extendsVersion!.Trim();
        var problems = Check(Rules);
        if (problems.Length > 0)
        {
            throw new RuleSetValidationException(problems);
        }
        index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < Rules.Length; i++)
        {
            index.Add(Rules[i].Id, i);
        }
    }

    /// <summary>Gets the id.</summary>
    public string Id { get; }

    /// <summary>Gets the version.</summary>
    public string Version { get; }

    /// <summary>Gets the name, or null.</summary>
    public string? Name { get; }

    /// <summary>Gets the description, or null.</summary>
    public string? Description { get; }

    /// <summary>Gets the version this set was made from, or null for a base set.</summary>
    public string? ExtendsVersion { get; }

    /// <summary>Gets the rules, in order.</summary>
    public ImmutableArray<AssuranceRule> Rules { get; }

    /// <summary>Finds a rule by id.</summary>
    /// <param name="ruleId">The id.</param>
    /// <returns>The rule, or null.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="ruleId"/> is null.</exception>
    public AssuranceRule? Find(string ruleId) => index.TryGetValue(Preconditions.CheckNotNull(ruleId, nameof(ruleId)), out var i) ? Rules[i] : null;

    /// <summary>Gets the position of a rule in the set, or −1.</summary>
    /// <param name="ruleId">The id.</param>
    /// <returns>The 0-based position, or −1.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="ruleId"/> is null.</exception>
    public int IndexOf(string ruleId) => index.TryGetValue(Preconditions.CheckNotNull(ruleId, nameof(ruleId)), out var i) ? i : -1;

    /// <summary>Returns the set with only the named rules (same id and version, so findings still cite it), in the set's order.</summary>
    /// <param name="ruleIds">The ids of the rules to run.</param>
    /// <returns>The selection.</returns>
    /// <exception cref="ArgumentException">An id is not a rule of the set.</exception>
    /// <exception cref="RuleSetValidationException">A selected basket names a rule that is not selected.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="ruleIds"/> is null.</exception>
    public RuleSet Select(IEnumerable<string> ruleIds)
    {
        var wanted = new HashSet<string>(StringComparer.Ordinal);
        foreach (var id in Preconditions.CheckNotNull(ruleIds, nameof(ruleIds)))
        {
            Preconditions.CheckArgument(id is not null && index.ContainsKey(id), nameof(ruleIds), "Rule '{0}' is not in the rule set.", id);
            wanted.Add(id!);
        }
        return new RuleSet(Id, Version, Rules.Where(r => wanted.Contains(r.Id)), Name, Description, ExtendsVersion);
    }

    /// <summary>Returns the set without the named rules.</summary>
    /// <param name="ruleIds">The ids of the rules not to run.</param>
    /// <returns>The selection.</returns>
    /// <exception cref="ArgumentException">An id is not a rule of the set.</exception>
    /// <exception cref="RuleSetValidationException">A remaining basket names a rule that was left out.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="ruleIds"/> is null.</exception>
    public RuleSet Without(IEnumerable<string> ruleIds)
    {
        var unwanted = new HashSet<string>(StringComparer.Ordinal);
        foreach (var id in Preconditions.CheckNotNull(ruleIds, nameof(ruleIds)))
        {
            Preconditions.CheckArgument(id is not null && index.ContainsKey(id), nameof(ruleIds), "Rule '{0}' is not in the rule set.", id);
            unwanted.Add(id!);
        }
        return new RuleSet(Id, Version, Rules.Where(r => !unwanted.Contains(r.Id)), Name, Description, ExtendsVersion);
    }

    /// <summary>Returns the set with only the rules of the given kinds.</summary>
    /// <param name="kinds">The kinds to keep.</param>
    /// <returns>The selection.</returns>
    /// <exception cref="RuleSetValidationException">A remaining basket names a rule that was left out.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="kinds"/> is null.</exception>
    public RuleSet OfKinds(IEnumerable<RuleKind> kinds)
    {
        var keep = new HashSet<RuleKind>(Preconditions.CheckNotNull(kinds, nameof(kinds)));
        return new RuleSet(Id, Version, Rules.Where(r => keep.Contains(r.Kind)), Name, Description, ExtendsVersion);
    }

    /// <summary>Makes the next version of the set: removes, replaces and appends rules.</summary>
    /// <param name="version">The new version (different from this one).</param>
    /// <param name="changes">The changes.</param>
    /// <param name="name">The new name, or null to keep this one's.</param>
    /// <param name="description">The new description, or null to keep this one's.</param>
    /// <returns>The new set, whose <see cref="ExtendsVersion"/> is this set's version.</returns>
    /// <exception cref="RuleSetValidationException">A rule to add already exists, a rule to change or remove does not, or the result is not a valid set; all problems are listed.</exception>
    /// <exception cref="ArgumentException">The version is blank or equals this one's.</exception>
    /// <exception cref="ArgumentNullException">A required argument is null.</exception>
    public RuleSet Extend(string version, RuleSetChanges changes, string? name = null, string? description = null)
    {
        Preconditions.CheckNotBlank(version, nameof(version));
        Preconditions.CheckArgument(!string.Equals(version.Trim(), Version, StringComparison.Ordinal), nameof(version), "The new version must differ from {0}.", Version);
        Preconditions.CheckNotNull(changes, nameof(changes));
        var problems = new List<DocumentProblem>();
        for (var i = 0; i < changes.Add.Length; i++)
        {
            if (index.ContainsKey(changes.Add[i].Id))
            {
                problems.Add(new DocumentProblem(Path("add", i), "Rule '" + changes.Add[i].Id + "' is already in " + Id + " " + Version + "; change it instead."));
            }
        }
        for (var i = 0; i < changes.Change.Length; i++)
        {
            if (!index.ContainsKey(changes.Change[i].Id))
            {
                problems.Add(new DocumentProblem(Path("change", i), "Rule '" + changes.Change[i].Id + "' is not in " + Id + " " + Version + "; add it instead."));
            }
        }
        for (var i = 0; i < changes.Remove.Length; i++)
        {
            if (!index.ContainsKey(changes.Remove[i]))
            {
                problems.Add(new DocumentProblem(Path("remove", i), "Rule '" + changes.Remove[i] + "' is not in " + Id + " " + Version + ", so it cannot be removed."));
            }
        }
        if (problems.Count > 0)
        {
            throw new RuleSetValidationException(problems);
        }
        var removed = new HashSet<string>(changes.Remove, StringComparer.Ordinal);
        var changed = changes.Change.ToDictionary(r => r.Id, StringComparer.Ordinal);
        var rules = Rules.Where(r => !removed.Contains(r.Id)).Select(r => changed.TryGetValue(r.Id, out var c) ? c : r).Concat(changes.Add);
        return new RuleSet(Id, version, rules, name ?? Name, description ?? Description, Version);
    }

    /// <summary>Returns every problem the set has against a framework: indicators it names that the framework lacks, thresholds on indicators without polarity, amber bands on the wrong side.</summary>
    /// <param name="framework">The framework the rules will read.</param>
    /// <returns>The problems, each with a path like <c>$.rules[3].indicator</c>; empty when valid.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="framework"/> is null.</exception>
    public ImmutableArray<DocumentProblem> Validate(Framework framework)
    {
        Preconditions.CheckNotNull(framework, nameof(framework));
        var problems = ImmutableArray.CreateBuilder<DocumentProblem>();
        for (var i = 0; i < Rules.Length; i++)
        {
            var where = Path("rules", i);
            Rules[i].Validate(framework, (path, message) => problems.Add(new DocumentProblem(where + "." + path, message)));
        }
        return problems.ToImmutable();
    }

    /// <inheritdoc />
    public bool Equals(RuleSet? other) =>
        other is not null
        && string.Equals(Id, other.Id, StringComparison.Ordinal)
        && string.Equals(Version, other.Version, StringComparison.Ordinal)
        && string.Equals(Name, other.Name, StringComparison.Ordinal)
        && string.Equals(Description, other.Description, StringComparison.Ordinal)
        && string.Equals(ExtendsVersion, other.ExtendsVersion, StringComparison.Ordinal)
        && Rules.SequenceEqual(other.Rules);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as RuleSet);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(StringComparer.Ordinal.GetHashCode(Id), StringComparer.Ordinal.GetHashCode(Version), Rules.Length);

    /// <inheritdoc />
    public override string ToString() => Id + " " + Version + " (" + Rules.Length.ToString(CultureInfo.InvariantCulture) + " rules)";

    /// <summary>Returns the structural problems of a list of rules: repeated ids, and basket signals naming a missing rule or a basket.</summary>
    internal static ImmutableArray<DocumentProblem> Check(IReadOnlyList<AssuranceRule> rules)
    {
        var problems = ImmutableArray.CreateBuilder<DocumentProblem>();
        var kinds = new Dictionary<string, RuleKind>(StringComparer.Ordinal);
        for (var i = 0; i < rules.Count; i++)
        {
            if (kinds.ContainsKey(rules[i].Id))
            {
                problems.Add(new DocumentProblem(Path("rules", i) + ".id", "Rule id '" + rules[i].Id + "' is used twice."));
            }
            else
            {
                kinds.Add(rules[i].Id, rules[i].Kind);
            }
        }
        for (var i = 0; i < rules.Count; i++)
        {
            if (rules[i] is not BasketRule basket)
            {
                continue;
            }
            for (var s = 0; s < basket.Signals.Length; s++)
            {
                var target = basket.Signals[s].RuleId;
                var where = Path("rules", i) + ".signals[" + s.ToString(CultureInfo.InvariantCulture) + "].rule";
                if (!kinds.TryGetValue(target, out var kind))
                {
                    problems.Add(new DocumentProblem(where, "Basket '" + basket.Id + "' names rule '" + target + "', which is not in the rule set."));
                }
                else if (kind == RuleKind.Basket)
                {
                    problems.Add(new DocumentProblem(where, "Basket '" + basket.Id + "' names rule '" + target + "', which is a basket; baskets count other rules' findings only."));
                }
            }
        }
        return problems.ToImmutable();
    }

    private static string Path(string list, int i) => "$." + list + "[" + i.ToString(CultureInfo.InvariantCulture) + "]";
}
