using System;
using System.Collections.Generic;
using OutcomesFramework.Frameworks;
using OutcomesFramework.Utility;

namespace OutcomesFramework.Assurance;

/// <summary>
/// An assurance rule: one of the closed set of <see cref="RuleKind"/>s, with an id, a severity and the parameters
/// of its kind. Rules are data: they are written in a rule-set file (see <see cref="RuleSetJson"/>) or built with
/// the constructors and factories of the sealed rule types, and evaluated by the <see cref="AssuranceEngine"/>.
/// </summary>
/// <remarks>Only this library can derive from this class, so the set of kinds stays closed.</remarks>
/// <threadsafety>Rules are immutable and thread-safe.</threadsafety>
public abstract class AssuranceRule : IEquatable<AssuranceRule>
{
    private protected AssuranceRule(string id, Severity severity, string? title)
    {
        Id = Identifiers.CheckId(id, nameof(id));
        Preconditions.CheckArgument(Enum.IsDefined(typeof(Severity), severity), nameof(severity), "Unknown severity {0}.", severity);
        Severity = severity;
        Title = string.IsNullOrWhiteSpace(title) ? null : title!.Trim();
    }

    /// <summary>Gets the rule's id, unique in its rule set.</summary>
    public string Id { get; }

    /// <summary>Gets the rule's kind.</summary>
    public abstract RuleKind Kind { get; }

    /// <summary>Gets the severity of the findings the rule raises.</summary>
    public Severity Severity { get; }

    /// <summary>Gets a short title for people, or null.</summary>
    public string? Title { get; }

    /// <summary>Returns a copy with another severity.</summary>
    /// <param name="severity">The severity.</param>
    /// <returns>A new rule.</returns>
    /// <exception cref="ArgumentException">The severity is not defined.</exception>
    public AssuranceRule WithSeverity(Severity severity) => Copy(Id, severity, Title);

    /// <summary>Returns a copy with another id.</summary>
    /// <param name="id">The id.</param>
    /// <returns>A new rule.</returns>
    /// <exception cref="ArgumentException">The id is not valid.</exception>
    public AssuranceRule WithId(string id) => Copy(id, Severity, Title);

    /// <summary>Returns a copy with another title.</summary>
    /// <param name="title">The title, or null.</param>
    /// <returns>A new rule.</returns>
    public AssuranceRule WithTitle(string? title) => Copy(Id, Severity, title);

    /// <inheritdoc />
    public bool Equals(AssuranceRule? other) =>
        other is not null
        && other.GetType() == GetType()
        && string.Equals(Id, other.Id, StringComparison.Ordinal)
        && Severity == other.Severity
        && string.Equals(Title, other.Title, StringComparison.Ordinal)
        && EqualsCore(other);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as AssuranceRule);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(StringComparer.Ordinal.GetHashCode(Id), Kind, Severity);

    /// <inheritdoc />
    public override string ToString() => RuleKinds.ToName(Kind) + " " + Id + " (" + Severity.ToName() + ")";

    /// <summary>Copies the rule with other common properties.</summary>
    private protected abstract AssuranceRule Copy(string id, Severity severity, string? title);

    /// <summary>Compares the kind's own parameters (the other rule has the same type).</summary>
    private protected abstract bool EqualsCore(AssuranceRule other);

    /// <summary>Reports every reference to an indicator or outcome the framework lacks, and parameters the framework makes invalid (a threshold on an indicator without polarity…).</summary>
    /// <param name="framework">The framework.</param>
    /// <param name="report">Receives (path relative to the rule, message).</param>
    internal abstract void Validate(Framework framework, Action<string, string> report);

    /// <summary>Evaluates the rule for one authority, adding findings to the context.</summary>
    /// <param name="context">The evaluation context.</param>
    internal abstract void Evaluate(RuleContext context);
}
