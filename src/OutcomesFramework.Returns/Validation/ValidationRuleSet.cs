using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using OutcomesFramework.Utility;

namespace OutcomesFramework.Returns.Validation;

/// <summary>
/// The rules for one return and collection year. Rule sets are year-versioned in the assurance rule sets' manner:
/// each collection year's set extends the year before it, adding, changing (same code, new definition) and removing
/// rules, so a council validating an old return gets the rules of its year.
/// </summary>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed class ValidationRuleSet
{
    internal ValidationRuleSet(string id, ReturnKind kind, CollectionYear year, string? extends, ImmutableArray<ValidationRule> rules)
    {
        Id = id;
        Return = kind;
        Year = year;
        Extends = extends;
        Rules = rules;
    }

    /// <summary>Gets the set's id, for example ssda903-2024/25.</summary>
    public string Id { get; }

    /// <summary>Gets the return the rules check.</summary>
    public ReturnKind Return { get; }

    /// <summary>Gets the collection year the set applies to.</summary>
    public CollectionYear Year { get; }

    /// <summary>Gets the id of the version this one extends, or null for the first version.</summary>
    public string? Extends { get; }

    /// <summary>Gets the rules, in code order.</summary>
    public ImmutableArray<ValidationRule> Rules { get; }

    /// <summary>Finds a rule by code.</summary>
    /// <param name="code">The code.</param>
    /// <returns>The rule, or null.</returns>
    public ValidationRule? Find(string code) => Rules.FirstOrDefault(r => string.Equals(r.Code, code, StringComparison.OrdinalIgnoreCase));

    /// <summary>Returns the set with only the given rules (to run a chosen few).</summary>
    /// <param name="codes">The codes to keep.</param>
    /// <returns>The narrowed set.</returns>
    /// <exception cref="ArgumentException">A code is not in the set.</exception>
    public ValidationRuleSet Only(IEnumerable<string> codes)
    {
        Preconditions.CheckNotNull(codes, nameof(codes));
        var wanted = codes.Select(c => c.Trim()).ToList();
        var unknown = wanted.Where(c => Find(c) is null).ToList();
        if (unknown.Count > 0)
        {
            throw new ArgumentException("The " + Id + " rules have no code " + string.Join(", ", unknown) + ".", nameof(codes));
        }
        return new ValidationRuleSet(Id, Return, Year, Extends, Rules.Where(r => wanted.Contains(r.Code, StringComparer.OrdinalIgnoreCase)).ToImmutableArray());
    }

    /// <summary>Returns the set without the given rules.</summary>
    /// <param name="codes">The codes to leave out.</param>
    /// <returns>The narrowed set.</returns>
    /// <exception cref="ArgumentException">A code is not in the set.</exception>
    public ValidationRuleSet Without(IEnumerable<string> codes)
    {
        Preconditions.CheckNotNull(codes, nameof(codes));
        var skip = codes.Select(c => c.Trim()).ToList();
        var unknown = skip.Where(c => Find(c) is null).ToList();
        if (unknown.Count > 0)
        {
            throw new ArgumentException("The " + Id + " rules have no code " + string.Join(", ", unknown) + ".", nameof(codes));
        }
        return new ValidationRuleSet(Id, Return, Year, Extends, Rules.Where(r => !skip.Contains(r.Code, StringComparer.OrdinalIgnoreCase)).ToImmutableArray());
    }

    /// <summary>Gets the DfE's rules for a return and collection year (the latest version on or before that year).</summary>
    /// <param name="kind">The return.</param>
    /// <param name="year">The collection year.</param>
    /// <returns>The rule set.</returns>
    public static ValidationRuleSet For(ReturnKind kind, CollectionYear year) =>
        Resolve(kind, year, kind == ReturnKind.Ssda903 ? Ssda903Rules.Versions : CinRules.Versions);

    internal static ValidationRuleSet Resolve(ReturnKind kind, CollectionYear year, IReadOnlyList<RuleSetVersion> versions)
    {
        var rules = new SortedDictionary<string, ValidationRule>(StringComparer.Ordinal);
        string? extends = null;
        string? id = null;
        foreach (var v in versions.OrderBy(v => v.Year))
        {
            if (v.Year > year.EndYear && id is not null)
            {
                break;
            }
            foreach (var code in v.Remove)
            {
                if (!rules.Remove(code))
                {
                    throw new InvalidOperationException("Version " + v.Year + " removes " + code + ", which it does not have.");
                }
            }
            foreach (var r in v.Change)
            {
                if (!rules.ContainsKey(r.Code))
                {
                    throw new InvalidOperationException("Version " + v.Year + " changes " + r.Code + ", which it does not have.");
                }
                rules[r.Code] = r;
            }
            foreach (var r in v.Add)
            {
                if (rules.ContainsKey(r.Code))
                {
                    throw new InvalidOperationException("Version " + v.Year + " adds " + r.Code + " twice.");
                }
                rules[r.Code] = r;
            }
            extends = id;
            id = (kind == ReturnKind.Ssda903 ? "ssda903-" : "cin-") + new CollectionYear(v.Year);
        }
        return new ValidationRuleSet(id!, kind, year, extends, rules.Values.OrderBy(r => r, RuleOrder.Instance).ToImmutableArray());
    }

    /// <summary>Numeric codes in numeric order, then the rest ordinally.</summary>
    private sealed class RuleOrder : IComparer<ValidationRule>
    {
        public static readonly RuleOrder Instance = new();

        public int Compare(ValidationRule? x, ValidationRule? y)
        {
            var a = Lead(x!.Code);
            var b = Lead(y!.Code);
            return a != b ? a.CompareTo(b) : string.CompareOrdinal(x.Code, y.Code);
        }

        private static long Lead(string code)
        {
            long n = 0;
            foreach (var c in code)
            {
                if (c < '0' || c > '9')
                {
                    break;
                }
                n = (n * 10) + (c - '0');
            }
            return n;
        }
    }
}
