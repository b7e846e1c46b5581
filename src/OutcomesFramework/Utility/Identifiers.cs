using System.Globalization;

namespace OutcomesFramework.Utility;

/// <summary>
/// Rules for the stable ids used across definitions (outcomes, aims, indicators, rules, roles): ASCII letters,
/// digits, '-', '_' and '.', starting with a letter or digit, at most 64 characters. Ids are compared ordinally.
/// </summary>
internal static class Identifiers
{
    internal const int MaxLength = 64;

    /// <summary>Returns whether <paramref name="id"/> is a well-formed id.</summary>
    public static bool IsValid(string? id)
    {
        if (string.IsNullOrEmpty(id) || id!.Length > MaxLength || !char.IsLetterOrDigit(id[0]) || id[0] > 127)
        {
            return false;
        }
        foreach (var c in id)
        {
            var ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_' || c == '.';
            if (!ok)
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>Returns <paramref name="id"/> or throws an argument exception naming the parameter.</summary>
    public static string CheckId(string? id, string paramName)
    {
        Preconditions.CheckNotNull(id, paramName);
        Preconditions.CheckArgument(IsValid(id), paramName,
            string.Format(CultureInfo.InvariantCulture,
                "'{0}' is not a valid id: use 1 to {1} ASCII letters, digits, '-', '_' or '.', starting with a letter or digit.", id, MaxLength));
        return id;
    }
}
