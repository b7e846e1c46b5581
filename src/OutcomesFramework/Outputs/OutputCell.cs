using System;
using System.Globalization;

namespace OutcomesFramework.Outputs;

/// <summary>
/// One cell of an <see cref="OutputTable"/>: a text, a whole number or a measured number. A measured number keeps its
/// full precision for JSON and CSV and is shown rounded to its decimal places (the indicator's precision) in a table
/// for reading, so that people read "83.5" while programs get 83.54258705457916.
/// </summary>
/// <threadsafety>This type is an immutable value type and thread-safe.</threadsafety>
public readonly struct OutputCell : IEquatable<OutputCell>
{
    private OutputCell(string? text, double? number, int decimals, bool whole)
    {
        Text = text;
        Number = number;
        Decimals = decimals;
        IsWhole = whole;
    }

    /// <summary>Gets the text, or null for a number or an empty cell.</summary>
    public string? Text { get; }

    /// <summary>Gets the number, or null for a text or an empty cell.</summary>
    public double? Number { get; }

    /// <summary>Gets the decimal places a reader is shown (a number only).</summary>
    public int Decimals { get; }

    /// <summary>Gets whether the number is a whole number (a count or a rank).</summary>
    public bool IsWhole { get; }

    /// <summary>Gets whether the cell is empty (no text, no number).</summary>
    public bool IsEmpty => Text is null && Number is null;

    /// <summary>A text cell (null for an empty cell).</summary>
    /// <param name="text">The text.</param>
    /// <returns>The cell.</returns>
    public static OutputCell OfText(string? text) => new(text, null, 0, false);

    /// <summary>A whole-number cell (null for an empty cell).</summary>
    /// <param name="value">The number.</param>
    /// <returns>The cell.</returns>
    public static OutputCell OfWhole(int? value) => new(null, value, 0, true);

    /// <summary>A measured number shown to <paramref name="decimals"/> places (null or NaN for an empty cell).</summary>
    /// <param name="value">The number, at full precision.</param>
    /// <param name="decimals">The places a reader is shown (0–15).</param>
    /// <returns>The cell.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="decimals"/> is outside 0–15.</exception>
    public static OutputCell OfNumber(double? value, int decimals) =>
        new(null, value is { } v && !double.IsNaN(v) ? v : null, Utility.Preconditions.CheckArgumentRange(nameof(decimals), decimals, 0, 15), false);

    /// <summary>The cell as a reader sees it: the text, the number rounded half away from zero to its places, or "-" when empty.</summary>
    /// <returns>The text.</returns>
    public string ToDisplay()
    {
        if (Text is not null)
        {
            return Text;
        }
        if (Number is not { } v)
        {
            return "-";
        }
        var rounded = Math.Round(v, Decimals, MidpointRounding.AwayFromZero);
        var s = rounded.ToString("F" + Decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
        return s.Length > 0 && s[0] == '-' && s.Trim('-', '0', '.').Length == 0 ? s.Substring(1) : s;
    }

    /// <summary>The cell for programs: the text, the number at full precision (shortest round-trip form), or null.</summary>
    /// <returns>The text, or null when empty.</returns>
    public string? ToInvariant() => Text ?? Number?.ToString("R", CultureInfo.InvariantCulture);

    /// <inheritdoc/>
    public bool Equals(OutputCell other) => string.Equals(Text, other.Text, StringComparison.Ordinal) && Nullable.Equals(Number, other.Number) && Decimals == other.Decimals && IsWhole == other.IsWhole;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is OutputCell other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Text is null ? 0 : StringComparer.Ordinal.GetHashCode(Text), Number, Decimals, IsWhole);

    /// <summary>Compares two cells for equality.</summary>
    /// <param name="left">The first cell.</param>
    /// <param name="right">The second cell.</param>
    /// <returns>True when equal.</returns>
    public static bool operator ==(OutputCell left, OutputCell right) => left.Equals(right);

    /// <summary>Compares two cells for inequality.</summary>
    /// <param name="left">The first cell.</param>
    /// <param name="right">The second cell.</param>
    /// <returns>True when not equal.</returns>
    public static bool operator !=(OutputCell left, OutputCell right) => !left.Equals(right);

    /// <summary>Returns <see cref="ToDisplay"/>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => ToDisplay();
}
