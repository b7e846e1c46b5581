using System;
using System.Collections.Immutable;
using System.Globalization;

namespace OutcomesFramework.Accountability;

/// <summary>
/// The stable text names of the accountability vocabularies, as written in JSON and on the command line
/// (camelCase like every other file format of the library, for example <c>directorOfChildrensServices</c>,
/// <c>reportsTo</c>, <c>oneAccountableRole</c>).
/// </summary>
/// <remarks>
/// <para>Names are a fixed table, not derived from the C# member names by reflection, so renaming a member never changes a file format.</para>
/// <para>Version 0.1 wrote these names in kebab-case (<c>director-of-childrens-services</c>); the parse methods still
/// accept that spelling, and the JSON reader accepts it with a deprecation warning.</para>
/// </remarks>
public static class AccountabilityNames
{
    /// <summary>Gets the role kind names in declaration order.</summary>
    public static ImmutableArray<string> RoleKindNames { get; } = ImmutableArray.Create("local", "directorOfChildrensServices", "leadMemberForChildrensServices", "chiefExecutive", "leaderOrElectedMayor",
        "fullCouncil", "directorOfPublicHealth", "directorOfAdultSocialServices", "safeguardingPartnerLocalAuthority",
        "safeguardingPartnerIntegratedCareBoard", "safeguardingPartnerChiefOfficerOfPolice", "independentScrutineer",
        "localSafeguardingChildrenBoardChair", "healthAndWellbeingBoard", "youthJusticeService", "virtualSchoolHead",
        "schoolsAndAcademyTrusts", "scrutinyCommittee", "corporateParentingBoard");

    /// <summary>Gets the line kind names in declaration order.</summary>
    public static ImmutableArray<string> LineKindNames { get; } = ImmutableArray.Create("reportsTo", "holdsToAccount", "scrutinises", "coOperatesWith", "commissions", "chairs");

    private static readonly string[] LineKindWords = { "reports to", "holds to account", "scrutinises", "co-operates with", "commissions", "chairs" };

    /// <summary>Gets the check names in declaration order.</summary>
    public static ImmutableArray<string> CheckNames { get; } = ImmutableArray.Create("directorOfChildrensServicesRequired", "leadMemberRequired", "lscbRequired", "safeguardingPartnersRequired",
        "independentScrutinyRequired", "democraticApexRequired", "chiefExecutiveRequired", "oneAccountableRole",
        "noReportingCycles", "lineOfSightToDemocraticApex", "lineOfSightToChiefExecutive", "noUnusedRoles");

    /// <summary>Returns the text name of a role kind.</summary>
    /// <param name="kind">The kind.</param>
    /// <returns>The name, for example <c>directorOfChildrensServices</c>.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The kind is not defined.</exception>
    public static string ToName(RoleKind kind) => Lookup(RoleKindNames, (int)kind, nameof(kind));

    /// <summary>Returns the text name of a line kind.</summary>
    /// <param name="kind">The kind.</param>
    /// <returns>The name, for example <c>reportsTo</c>.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The kind is not defined.</exception>
    public static string ToName(LineKind kind) => Lookup(LineKindNames, (int)kind, nameof(kind));

    /// <summary>Returns the text name of a check.</summary>
    /// <param name="check">The check.</param>
    /// <returns>The name, for example <c>oneAccountableRole</c>.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The check is not defined.</exception>
    public static string ToName(AccountabilityCheck check) => Lookup(CheckNames, (int)check, nameof(check));

    /// <summary>Returns a line kind in words, for example "reports to".</summary>
    /// <param name="kind">The kind.</param>
    /// <returns>The words.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The kind is not defined.</exception>
    public static string Describe(LineKind kind) => Lookup(LineKindWords, (int)kind, nameof(kind));

    /// <summary>Parses a role kind name (ordinal, exact; the kebab-case of version 0.1 is accepted too).</summary>
    /// <param name="name">The name.</param>
    /// <param name="kind">The kind found.</param>
    /// <returns>Whether the name is known.</returns>
    public static bool TryParseRoleKind(string? name, out RoleKind kind)
    {
        var index = IndexOf(RoleKindNames, name);
        kind = (RoleKind)Math.Max(index, 0);
        return index >= 0;
    }

    /// <summary>Parses a line kind name (ordinal, exact; the kebab-case of version 0.1 is accepted too).</summary>
    /// <param name="name">The name.</param>
    /// <param name="kind">The kind found.</param>
    /// <returns>Whether the name is known.</returns>
    public static bool TryParseLineKind(string? name, out LineKind kind)
    {
        var index = IndexOf(LineKindNames, name);
        kind = (LineKind)Math.Max(index, 0);
        return index >= 0;
    }

    /// <summary>Parses a check name (ordinal, exact; the kebab-case of version 0.1 is accepted too).</summary>
    /// <param name="name">The name.</param>
    /// <param name="check">The check found.</param>
    /// <returns>Whether the name is known.</returns>
    public static bool TryParseCheck(string? name, out AccountabilityCheck check)
    {
        var index = IndexOf(CheckNames, name);
        check = (AccountabilityCheck)Math.Max(index, 0);
        return index >= 0;
    }

    /// <summary>Returns the camelCase name for a name in the kebab-case of version 0.1, or null when it is not one.</summary>
    /// <param name="name">The name, for example <c>reports-to</c>.</param>
    /// <returns>The current name, for example <c>reportsTo</c>, or null.</returns>
    internal static string? FromLegacy(string name)
    {
        if (name.IndexOf('-') < 0)
        {
            return null;
        }
        var parts = name.Split('-');
        var text = new System.Text.StringBuilder(parts[0]);
        for (var i = 1; i < parts.Length; i++)
        {
            if (parts[i].Length == 0 || !char.IsLower(parts[i][0]))
            {
                return null;
            }
            text.Append(char.ToUpperInvariant(parts[i][0])).Append(parts[i], 1, parts[i].Length - 1);
        }
        return text.ToString();
    }

    private static int IndexOf(ImmutableArray<string> names, string? name)
    {
        if (name is null)
        {
            return -1;
        }
        var index = names.IndexOf(name);
        return index >= 0 || FromLegacy(name) is not { } current ? index : names.IndexOf(current);
    }

    private static string Lookup(System.Collections.Generic.IReadOnlyList<string> names, int index, string paramName) =>
        index >= 0 && index < names.Count ? names[index]
            : throw new ArgumentOutOfRangeException(paramName, index, string.Format(CultureInfo.InvariantCulture, "Unknown value {0}.", index));
}
