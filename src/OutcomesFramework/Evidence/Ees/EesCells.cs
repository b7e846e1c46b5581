using System;
using System.Globalization;

namespace OutcomesFramework.Evidence.Ees;

/// <summary>Reads indicator cells: a number, a status symbol, or a fault. Allocation-free on the good paths.</summary>
internal static class EesCells
{
    private const NumberStyles Styles = NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent;

    /// <summary>Reads a cell (trimmed first).</summary>
    public static CellKind Parse(ReadOnlySpan<char> raw, out double number, out ObservationStatus status)
    {
        var s = raw.Trim();
        number = 0;
        status = ObservationStatus.Value;
        if (s.IsEmpty)
        {
            return CellKind.Blank;
        }
        var symbol = Symbol(s);
        if (symbol is not null && ObservationStatuses.TryParseSymbol(symbol, out status))
        {
            return CellKind.Symbol;
        }
        if (TryParseNumber(s, out number))
        {
            return CellKind.Number;
        }
        number = 0;
        return IsDisallowed(s) ? CellKind.Disallowed : CellKind.NotANumber;
    }

    /// <summary>Describes a faulty cell for a rejection.</summary>
    public static (EesRejectionKind Kind, string Reason) Describe(CellKind kind, ReadOnlySpan<char> raw)
    {
        var text = raw.Trim().ToString();
        return kind switch
        {
            CellKind.Blank => (EesRejectionKind.BlankCell, "the cell is blank; the EES standard wants a number or a symbol (c, x, z, u, k, low)."),
            CellKind.Disallowed => (EesRejectionKind.DisallowedValue, "'" + text + "' is not allowed in an indicator cell (the EES screener fails it); use a symbol such as x (not available) or z (not applicable)."),
            _ => (EesRejectionKind.NotANumber, "'" + text + "' is neither a number nor a symbol of the standard (c, x, z, u, k, low)."),
        };
    }

    /// <summary>Parses an invariant-culture decimal number; false for text, thousands separators and non-finite values.</summary>
    public static bool TryParseNumber(ReadOnlySpan<char> s, out double number)
    {
#if NET
        var ok = double.TryParse(s, Styles, CultureInfo.InvariantCulture, out number);
#else
        var ok = double.TryParse(s.ToString(), Styles, CultureInfo.InvariantCulture, out number);
#endif
        // "NaN" and "Infinity" parse; they are not published figures.
        return ok && !double.IsNaN(number) && !double.IsInfinity(number);
    }

    /// <summary>Parses an EES <c>time_period</c> (4 or 6 digits) into the year it ends in.</summary>
    public static bool TryParseEndYear(ReadOnlySpan<char> raw, out int year)
    {
        var s = raw.Trim();
        year = 0;
        if (s.Length != 4 && s.Length != 6)
        {
            return false;
        }
        foreach (var c in s)
        {
            if (c < '0' || c > '9')
            {
                return false;
            }
        }
        year = ((s[0] - '0') * 1000) + ((s[1] - '0') * 100) + ((s[2] - '0') * 10) + (s[3] - '0');
        if (s.Length == 6)
        {
            var second = ((s[4] - '0') * 10) + (s[5] - '0');
            if ((year % 100 + 1) % 100 != second)
            {
                return false;
            }
            year++;
        }
        return true;
    }

    private static string? Symbol(ReadOnlySpan<char> s)
    {
        if (s.Length == 1)
        {
            return s[0] switch
            {
                'c' => "c",
                'x' => "x",
                'z' => "z",
                'u' => "u",
                'k' => "k",
                ':' => ":",
                '~' => "~",
                _ => null,
            };
        }
        return s.Length == 3 && s[0] == 'l' && s[1] == 'o' && s[2] == 'w' ? "low" : null;
    }

    private static bool IsDisallowed(ReadOnlySpan<char> s) =>
        s.Equals("NA".AsSpan(), StringComparison.OrdinalIgnoreCase)
        || s.Equals("NULL".AsSpan(), StringComparison.OrdinalIgnoreCase)
        || s.Equals("N/A".AsSpan(), StringComparison.OrdinalIgnoreCase)
        || s.SequenceEqual(".".AsSpan())
        || s.SequenceEqual("..".AsSpan())
        || s.SequenceEqual("-".AsSpan());
}
