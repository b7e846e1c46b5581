using System;
using System.Globalization;
using System.Linq;

namespace OutcomesFramework.Reports.Model;

/// <summary>
/// Every number the report prints goes through here: invariant culture and rounding half away from zero (as the
/// DfE publishes), so that the file is byte-identical whatever the culture of the machine that made it.
/// </summary>
internal static class Format
{
    /// <summary>A value to <paramref name="decimals"/> places, or "–" for none; never "-0".</summary>
    public static string Number(double? value, int decimals)
    {
        if (value is not { } v || !double.IsFinite(v))
        {
            return Dash;
        }
        var places = Math.Clamp(decimals, 0, 15);
        var text = Math.Round(v, places, MidpointRounding.AwayFromZero).ToString(FixedPoint[places], CultureInfo.InvariantCulture);
        return IsNegativeZero(text) ? text.Substring(1) : text;
    }

    // "F0" to "F15", made once: a report formats thousands of numbers.
    private static readonly string[] FixedPoint = Enumerable.Range(0, 16).Select(i => "F" + i.ToString(CultureInfo.InvariantCulture)).ToArray();

    /// <summary>The mark printed for "no value".</summary>
    public const string Dash = "–";

    /// <summary>A whole number.</summary>
    public static string Int(int value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>A share (0 to 1) as a percentage with one decimal place.</summary>
    public static string Percent(double share) => Number(share * 100, 1) + "%";

    private static bool IsNegativeZero(string s) => s.Length > 1 && s[0] == '-' && s.AsSpan(1).IndexOfAnyExcept("0.") < 0;
}
