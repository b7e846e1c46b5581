using System;
using System.Globalization;

namespace OutcomesFramework.Reports.Markup;

/// <summary>How an SVG coordinate is printed: one decimal place at most, the shortest form ("64", not "64.0").</summary>
/// <remarks>
/// A drawing is not data (every chart has a table with the published values), so a tenth of a unit is enough; the
/// trailing ".0" that fixed-point formatting adds would cost two bytes on most coordinates of a report.
/// </remarks>
internal static class Coordinates
{
    /// <summary>The coordinate as text.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not finite (a chart never draws NaN or infinity).</exception>
    public static string Format(double value)
    {
        Span<char> buffer = stackalloc char[MaxLength];
        return TryFormat(value, buffer, out var written) ? new string(buffer.Slice(0, written)) : Round(value).ToString(Pattern, CultureInfo.InvariantCulture);
    }

    /// <summary>The longest coordinate <see cref="TryFormat"/> writes into a stack buffer; longer ones (far off any canvas) fall back to a string.</summary>
    public const int MaxLength = 32;

    /// <summary>Formats the coordinate into <paramref name="destination"/>; false when it does not fit.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not finite.</exception>
    public static bool TryFormat(double value, Span<char> destination, out int written) =>
        Round(value).TryFormat(destination, out written, Pattern, CultureInfo.InvariantCulture);

    /// <summary>The value rounded half away from zero to one decimal place, with -0 made 0.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not finite (a chart never draws NaN or infinity).</exception>
    public static double Round(double value)
    {
        if (!double.IsFinite(value))
        {
            throw new ArgumentOutOfRangeException(nameof(value), value, "A coordinate must be finite.");
        }
        // Round first (half away from zero, as every number in the report), then print the shortest form of the
        // rounded double, which is the decimal itself; adding 0.0 turns -0 into 0.
        return Math.Round(value, 1, MidpointRounding.AwayFromZero) + 0.0;
    }

    private const string Pattern = "0.#";
}
