using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using OutcomesFramework.Utility;

namespace OutcomesFramework.Accountability;

/// <summary>
/// A statutory regime (or a council's own) as a set of <see cref="AccountabilityCheck"/>s that an accountability map
/// must pass: the Children Act 2004, the Children and Social Work Act 2017, the Solace 2014 localist model, or custom.
/// </summary>
/// <remarks>
/// Every named regime keeps the structural checks (one accountable role per outcome, no reporting cycles, a line of
/// sight to the democratic apex, no unused roles); they differ in which roles they require. The Solace model
/// requires no statutory director, but adds a line of sight from every accountable officer to the Chief Executive,
/// so that removing the single line through the director loses nothing.
/// </remarks>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed class AccountabilityRegime : IEquatable<AccountabilityRegime>
{
    /// <summary>The id of <see cref="ChildrenAct2004"/>.</summary>
    public const string ChildrenAct2004Id = "children-act-2004";

    /// <summary>The id of <see cref="ChildrenAndSocialWorkAct2017"/>.</summary>
    public const string ChildrenAndSocialWorkAct2017Id = "cswa-2017";

    /// <summary>The id of <see cref="Solace2014"/>.</summary>
    public const string Solace2014Id = "solace-2014";

    /// <summary>The id every custom regime has.</summary>
    public const string CustomId = "custom";

    private static readonly AccountabilityCheck[] StructuralChecks =
    [
        AccountabilityCheck.DemocraticApexRequired,
        AccountabilityCheck.OneAccountableRole,
        AccountabilityCheck.NoReportingCycles,
        AccountabilityCheck.LineOfSightToDemocraticApex,
        AccountabilityCheck.NoUnusedRoles,
    ];

    private AccountabilityRegime(string id, string name, IEnumerable<AccountabilityCheck> checks)
    {
        Id = id;
        Name = name;
        Checks = checks.ToImmutableArray();
    }

    /// <summary>Gets the Children Act 2004 regime: a Director of Children's Services (s.18), a Lead Member (s.19) and an LSCB (s.13).</summary>
    public static AccountabilityRegime ChildrenAct2004 { get; } = new(ChildrenAct2004Id, "Children Act 2004",
        new[]
        {
            AccountabilityCheck.DirectorOfChildrensServicesRequired,
            AccountabilityCheck.LeadMemberRequired,
            AccountabilityCheck.LocalSafeguardingChildrenBoardRequired,
        }.Concat(StructuralChecks));

    /// <summary>Gets the Children and Social Work Act 2017 regime: the Director and Lead Member stay; the three safeguarding partners (s.16E) and independent scrutiny replace the LSCB.</summary>
    public static AccountabilityRegime ChildrenAndSocialWorkAct2017 { get; } = new(ChildrenAndSocialWorkAct2017Id, "Children and Social Work Act 2017",
        new[]
        {
            AccountabilityCheck.DirectorOfChildrensServicesRequired,
            AccountabilityCheck.LeadMemberRequired,
            AccountabilityCheck.SafeguardingPartnersRequired,
            AccountabilityCheck.IndependentScrutinyRequired,
        }.Concat(StructuralChecks));

    /// <summary>Gets the Solace 2014 localist regime: no statutory director, but a Chief Executive, one accountable role per outcome and a line of sight to the Leader and the Chief Executive.</summary>
    public static AccountabilityRegime Solace2014 { get; } = new(Solace2014Id, "Solace 2014 localist model",
        new[] { AccountabilityCheck.ChiefExecutiveRequired }.Concat(StructuralChecks).Concat(new[] { AccountabilityCheck.LineOfSightToChiefExecutive }));

    /// <summary>Gets the three named regimes in date order.</summary>
    public static ImmutableArray<AccountabilityRegime> Named { get; } = ImmutableArray.Create(ChildrenAct2004, Solace2014, ChildrenAndSocialWorkAct2017);

    /// <summary>Gets the id: one of the named ids, or <see cref="CustomId"/>.</summary>
    public string Id { get; }

    /// <summary>Gets the display name.</summary>
    public string Name { get; }

    /// <summary>Gets the checks, in the order they run.</summary>
    public ImmutableArray<AccountabilityCheck> Checks { get; }

    /// <summary>Gets a value indicating whether this is a council's own regime.</summary>
    public bool IsCustom => string.Equals(Id, CustomId, StringComparison.Ordinal);

    /// <summary>Creates a custom regime: a named set of checks chosen from the closed list.</summary>
    /// <param name="name">The display name, for example "Our arrangements 2025".</param>
    /// <param name="checks">The checks, each at most once.</param>
    /// <returns>The regime.</returns>
    /// <exception cref="ArgumentException">The name is blank, a check is not defined, or a check appears twice.</exception>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static AccountabilityRegime Custom(string name, IEnumerable<AccountabilityCheck> checks)
    {
        Preconditions.CheckNotBlank(name, nameof(name));
        var list = Preconditions.CheckNotNull(checks, nameof(checks)).ToImmutableArray();
        var seen = new HashSet<AccountabilityCheck>();
        foreach (var check in list)
        {
            Preconditions.CheckArgument(Enum.IsDefined(typeof(AccountabilityCheck), check), nameof(checks), "Unknown check {0}.", check);
            Preconditions.CheckArgument(seen.Add(check), nameof(checks), "Check '{0}' is listed twice.", AccountabilityNames.ToName(check));
        }
        return new AccountabilityRegime(CustomId, name.Trim(), list);
    }

    /// <summary>Finds a named regime by id.</summary>
    /// <param name="id">The id, for example <c>cswa-2017</c>.</param>
    /// <returns>The regime, or null when no named regime has that id.</returns>
    public static AccountabilityRegime? FindNamed(string? id) =>
        Named.FirstOrDefault(r => string.Equals(r.Id, id, StringComparison.Ordinal));

    /// <summary>Returns whether the regime runs a check.</summary>
    /// <param name="check">The check.</param>
    /// <returns>True when the check is one of <see cref="Checks"/>.</returns>
    public bool Has(AccountabilityCheck check) => Checks.Contains(check);

    /// <inheritdoc />
    public bool Equals(AccountabilityRegime? other) =>
        other is not null
        && string.Equals(Id, other.Id, StringComparison.Ordinal)
        && string.Equals(Name, other.Name, StringComparison.Ordinal)
        && Checks.SequenceEqual(other.Checks);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as AccountabilityRegime);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(StringComparer.Ordinal.GetHashCode(Id), StringComparer.Ordinal.GetHashCode(Name));

    /// <inheritdoc />
    public override string ToString() => Id + " (" + Name + ")";
}
