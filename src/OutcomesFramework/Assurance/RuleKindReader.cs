using OutcomesFramework.Serialization;

namespace OutcomesFramework.Assurance;

/// <summary>Reads the kind-specific properties of one rule whose common properties are already read.</summary>
/// <param name="rule">The rule's object, opened with <see cref="RuleKindEntry.AllowedProperties"/>.</param>
/// <param name="id">The rule id, or null when unreadable (reported).</param>
/// <param name="severity">The severity, or null when unreadable (reported).</param>
/// <param name="title">The title, or null.</param>
/// <param name="start">The problem count before the rule was read: more now means the rule is not built.</param>
/// <returns>The rule, or null when anything was wrong (reported).</returns>
internal delegate AssuranceRule? RuleKindReader(StrictJsonObject rule, string? id, Severity? severity, string? title, long start);
