using System;
using System.Collections.Immutable;
using System.Globalization;

namespace OutcomesFramework.Accountability;

/// <summary>
/// The stable text names of the accountability vocabularies, as written in JSON and on the command line
/// (kebab-case, for example <c>director-of-childrens-services</c>, <c>reports-to</c>, <c>one-accountable-role</c>).
/// </summary>
/// <remarks>Names are a fixed table, not derived from the C# member names by reflection, so renaming a member never changes a file format.</remarks>
public static class AccountabilityNames
{
    /// <summary>Gets the role kind names in declaration order.</summary>
    public static ImmutableArray<string> RoleKindNames { get; } = ImmutableArray.Create("local", "director-of-childrens-services", "lead-member-for-childrens-services", "chief-executive", "leader-or-elected-mayor",
        "full-council", "director-of-public-health", "director-of-adult-social-services", "safeguarding-partner-local-authority",
        "safeguarding-partner-integrated-care-board", "safeguarding-partner-chief-officer-of-police", "independent-scrutineer",
        "local-safeguarding-children-board-chair", "health-and-wellbeing-board", "youth-justice-service", "virtual-school-head",
        "schools-and-academy-trusts", "scrutiny-committee", "corporate-parenting-board");

    /// <summary>Gets the line kind names in declaration order.</summary>
    public static ImmutableArray<string> LineKindNames { get; } = ImmutableArray.Create("reports-to", "holds-to-account", "scrutinises", "co-operates-with", "commissions", "chairs");

    private static readonly string[] LineKindWords = { "reports to", "holds to account", "scrutinises", "co-operates with", "commissions", "chairs" };

    /// <summary>Gets the check names in declaration order.</summary>
    public static ImmutableArray<string> CheckNames { get; } = ImmutableArray.Create("director-of-childrens-services-required", "lead-member-required", "lscb-required", "safeguarding-partners-required",
        "independent-scrutiny-required", "democratic-apex-required", "chief-executive-required", "one-accountable-role",
        "no-reporting-cycles", "line-of-sight-to-democratic-apex", "line-of-sight-to-chief-executive", "no-unused-roles");

    /// <summary>Returns the text name of a role kind.</summary>
    /// <param name="kind">The kind.</param>
    /// <returns>The name, for example <c>director-of-childrens-services</c>.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The kind is not defined.</exception>
    public static string ToName(RoleKind kind) => Lookup(RoleKindNames, (int)kind, nameof(kind));

    /// <summary>Returns the text name of a line kind.</summary>
    /// <param name="kind">The kind.</param>
    /// <returns>The name, for example <c>reports-to</c>.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The kind is not defined.</exception>
    public static string ToName(LineKind kind) => Lookup(LineKindNames, (int)kind, nameof(kind));

    /// <summary>Returns the text name of a check.</summary>
    /// <param name="check">The check.</param>
    /// <returns>The name, for example <c>one-accountable-role</c>.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The check is not defined.</exception>
    public static string ToName(AccountabilityCheck check) => Lookup(CheckNames, (int)check, nameof(check));

    /// <summary>Returns a line kind in words, for example "reports to".</summary>
    /// <param name="kind">The kind.</param>
    /// <returns>The words.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The kind is not defined.</exception>
    public static string Describe(LineKind kind) => Lookup(LineKindWords, (int)kind, nameof(kind));

    /// <summary>Parses a role kind name (ordinal, exact).</summary>
    /// <param name="name">The name.</param>
    /// <param name="kind">The kind found.</param>
    /// <returns>Whether the name is known.</returns>
    public static bool TryParseRoleKind(string? name, out RoleKind kind)
    {
        var index = name is null ? -1 : RoleKindNames.IndexOf(name);
        kind = (RoleKind)Math.Max(index, 0);
        return index >= 0;
    }

    /// <summary>Parses a line kind name (ordinal, exact).</summary>
    /// <param name="name">The name.</param>
    /// <param name="kind">The kind found.</param>
    /// <returns>Whether the name is known.</returns>
    public static bool TryParseLineKind(string? name, out LineKind kind)
    {
        var index = name is null ? -1 : LineKindNames.IndexOf(name);
        kind = (LineKind)Math.Max(index, 0);
        return index >= 0;
    }

    /// <summary>Parses a check name (ordinal, exact).</summary>
    /// <param name="name">The name.</param>
    /// <param name="check">The check found.</param>
    /// <returns>Whether the name is known.</returns>
    public static bool TryParseCheck(string? name, out AccountabilityCheck check)
    {
        var index = name is null ? -1 : CheckNames.IndexOf(name);
        check = (AccountabilityCheck)Math.Max(index, 0);
        return index >= 0;
    }

    private static string Lookup(System.Collections.Generic.IReadOnlyList<string> names, int index, string paramName) =>
        index >= 0 && index < names.Count ? names[index]
            : throw new ArgumentOutOfRangeException(paramName, index, string.Format(CultureInfo.InvariantCulture, "Unknown value {0}.", index));
}
