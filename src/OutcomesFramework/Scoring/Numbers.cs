using System;
using System.Globalization;

namespace OutcomesFramework.Scoring;

/// <summary>Rounding and invariant formatting shared by explanations and outputs, so that every number prints the same everywhere.</summary>
internal static class Numbers
{
    /// <summary>Rounds half away from zero to <paramref name="decimals"/> places (0–15) and turns −0 into 0.</summary>
    public static double Round(double value, int decimals)
    {
        var r = Math.Round(value, Math.Max(0, Math.Min(15, decimals)), MidpointRounding.AwayFromZero);
        return r == 0 ? 0.0 : r;
    }

    /// <summary>Rounds a nullable value; null stays null.</summary>
    public static double? Round(double? value, int decimals) => value is null ? null : Round(value.Value, decimals);

    /// <summary>Formats a value rounded to <paramref name="decimals"/> places without trailing zeros, invariant; "none" for null.</summary>
    public static string Format(double? value, int decimals) =>
        value is null ? "none" : Round(value.Value, decimals).ToString("0.###############", CultureInfo.InvariantCulture);

    /// <summary>Formats a value rounded to exactly <paramref name="decimals"/> places (trailing zeros kept), invariant: a table's figure.</summary>
    public static string Fixed(double value, int decimals) =>
        Round(value, decimals).ToString("F" + Math.Max(0, Math.Min(15, decimals)).ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);

    /// <summary>Formats a value to its shortest round-trip text, invariant.</summary>
    public static string Exact(double value) => (value == 0 ? 0.0 : value).ToString("R", CultureInfo.InvariantCulture);

    /// <summary>Formats an integer, invariant.</summary>
    public static string Int(int value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>Formats a share 0–1 as a percentage with one decimal, for example "62.5%".</summary>
    public static string Percent(double share) => Format(share * 100, 1) + "%";
}
