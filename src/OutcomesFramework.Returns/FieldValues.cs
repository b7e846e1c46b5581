using System;
using NodaTime;

namespace OutcomesFramework.Returns;

/// <summary>The readers' one normaliser: trims, blanks to null, tolerated messiness flagged, dates parsed.</summary>
internal static class FieldValues
{
    /// <summary>
    /// Normalises <paramref name="raw"/> for a field of <paramref name="kind"/>; sets <paramref name="flag"/> when it
    /// tolerated something. Returns <paramref name="raw"/> itself when it needs no change (the usual case), so a
    /// clean return is not copied value by value.
    /// </summary>
    public static string? Normalise(string raw, FieldKind kind, out ReturnProblemKind? flag)
    {
        var t = raw.AsSpan().Trim();
        if (t.IsEmpty)
        {
            // A blank padded with spaces is still a blank: nothing is read from it, so there is nothing to flag.
            flag = null;
            return null;
        }
        // Padding is flagged unless the value has a more telling problem (lower case, ".0"), which then says what it was read as.
        flag = t.Length == raw.Length ? null : ReturnProblemKind.Whitespace;
        switch (kind)
        {
            case FieldKind.Id:
                if (t.Length > 2 && t[t.Length - 2] == '.' && t[t.Length - 1] == '0' && IsDigits(t.Slice(0, t.Length - 2)))
                {
                    flag = ReturnProblemKind.DecimalIdentifier;
                    return t.Slice(0, t.Length - 2).ToString();
                }
                return Same(raw, t);
            case FieldKind.Code:
                for (var i = 0; i < t.Length; i++)
                {
                    if (t[i] >= 'a' && t[i] <= 'z')
                    {
                        flag = ReturnProblemKind.LowerCaseCode;
                        return t.ToString().ToUpperInvariant();
                    }
                }
                return Same(raw, t);
            case FieldKind.Boolean:
                // Upper-cased, but without two new strings per value for the usual forms: true and false (the XML
                // Schema form, the census's) are answered with their upper-case literals, and text already in upper
                // case ("1", "0", "Y") is kept.
                if (t.SequenceEqual("true".AsSpan()))
                {
                    return "TRUE";
                }
                if (t.SequenceEqual("false".AsSpan()))
                {
                    return "FALSE";
                }
                foreach (var c in t)
                {
                    if (char.ToUpperInvariant(c) != c)
                    {
                        return t.ToString().ToUpperInvariant();
                    }
                }
                return Same(raw, t);
            default:
                return Same(raw, t);
        }
    }

    private static string Same(string raw, ReadOnlySpan<char> trimmed) => trimmed.Length == raw.Length ? raw : trimmed.ToString();

    private static bool IsDigits(ReadOnlySpan<char> s)
    {
        foreach (var c in s)
        {
            if (c < '0' || c > '9')
            {
                return false;
            }
        }
        return s.Length > 0;
    }

    /// <summary>Parses dd/mm/yyyy (d/m/yyyy too) or yyyy-mm-dd, optionally followed by a midnight time; null when not a real date.</summary>
    public static LocalDate? ParseDate(string? text)
    {
        if (text is null)
        {
            return null;
        }
        var s = text.AsSpan();
        var space = s.IndexOfAny(' ', 'T');
        if (space > 0)
        {
            var time = s.Slice(space + 1);
            if (!(time.SequenceEqual("00:00:00".AsSpan()) || time.SequenceEqual("00:00".AsSpan()) || time.SequenceEqual("00:00:00.000".AsSpan())))
            {
                return null;
            }
            s = s.Slice(0, space);
        }
        int day, month, year;
        if (s.Length == 10 && s[4] == '-' && s[7] == '-')
        {
            if (!Number(s.Slice(0, 4), out year) || !Number(s.Slice(5, 2), out month) || !Number(s.Slice(8, 2), out day))
            {
                return null;
            }
        }
        else
        {
            var a = s.IndexOf('/');
            if (a < 1)
            {
                return null;
            }
            var rest = s.Slice(a + 1);
            var b = rest.IndexOf('/');
            if (b < 1 || rest.Length - b - 1 != 4 || a > 2 || b > 2)
            {
                return null;
            }
            if (!Number(s.Slice(0, a), out day) || !Number(rest.Slice(0, b), out month) || !Number(rest.Slice(b + 1), out year))
            {
                return null;
            }
        }
        if (year < 1900 || year > 2200 || month < 1 || month > 12 || day < 1 || day > CalendarSystem.Iso.GetDaysInMonth(year, month))
        {
            return null;
        }
        return new LocalDate(year, month, day);
    }

    private static bool Number(ReadOnlySpan<char> s, out int value)
    {
        value = 0;
        if (s.IsEmpty)
        {
            return false;
        }
        foreach (var c in s)
        {
            if (c < '0' || c > '9')
            {
                return false;
            }
            value = (value * 10) + (c - '0');
        }
        return true;
    }
}
