using System;
using System.Text;

namespace OutcomesFramework.Areas;

/// <summary>
/// Normalises area names so that the spellings the DfE, Ofsted and ONS use for the same place compare equal:
/// "Hammersmith &amp; Fulham" / "Hammersmith and Fulham", "Bristol, City of" / "Bristol" / "City of Bristol",
/// "Durham" / "County Durham", "St. Helens" / "St Helens".
/// </summary>
public static class AreaNames
{
    private static readonly char[] Space = { ' ' };

    /// <summary>Returns the comparison key of a name: lower case ASCII letters and digits separated by single spaces,
    /// with '&amp;' read as "and", the qualifiers "city of", "county of", "county", "council", "borough of",
    /// "royal borough of", "metropolitan borough of" and a trailing "UA" dropped, and "saint"/"st." read as "st".</summary>
    /// <param name="name">The name to normalise.</param>
    /// <returns>The key; empty for a null or blank name.</returns>
    public static string Normalise(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return string.Empty;
        }
        var sb = new StringBuilder(name!.Length + 8);
        foreach (var raw in name)
        {
            var c = char.ToLowerInvariant(raw);
            if (c == '&')
            {
                sb.Append(" and ");
            }
            else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))
            {
                sb.Append(c);
            }
            else
            {
                sb.Append(' ');
            }
        }
        var words = sb.ToString().Split(Space, StringSplitOptions.RemoveEmptyEntries);
        var kept = new StringBuilder(name.Length);
        for (var i = 0; i < words.Length; i++)
        {
            var w = words[i];
            var next = i + 1 < words.Length ? words[i + 1] : null;
            if ((w == "city" || w == "county" || w == "borough") && next == "of")
            {
                i++;
                continue;
            }
            if ((w == "royal" || w == "metropolitan" || w == "london") && next == "borough" && i + 2 < words.Length && words[i + 2] == "of")
            {
                i += 2;
                continue;
            }
            if (w == "county" || w == "council" || (w == "ua" && i == words.Length - 1))
            {
                continue;
            }
            if (w == "saint")
            {
                w = "st";
            }
            if (kept.Length > 0)
            {
                kept.Append(' ');
            }
            kept.Append(w);
        }
        return kept.ToString();
    }

    /// <summary>The edit distance between two strings (Levenshtein), used to suggest the closest names.</summary>
    /// <param name="a">The first string.</param>
    /// <param name="b">The second string.</param>
    /// <returns>The number of single-character insertions, deletions and substitutions that turn one into the other.</returns>
    public static int Distance(string a, string b)
    {
        Utility.Preconditions.CheckNotNull(a, nameof(a));
        Utility.Preconditions.CheckNotNull(b, nameof(b));
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            (previous, current) = (current, previous);
        }
        return previous[b.Length];
    }
}
