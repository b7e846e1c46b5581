using System;

namespace OutcomesFramework.Evidence;

/// <summary>Conversions between <see cref="ObservationStatus"/> and the symbols used in published files.</summary>
public static class ObservationStatuses
{
    /// <summary>Reads a published symbol: <c>c</c>, <c>x</c>, <c>z</c>, <c>u</c>, <c>k</c>, <c>low</c>, and the obsolete <c>:</c> and <c>~</c>.</summary>
    /// <param name="symbol">The cell text, trimmed.</param>
    /// <param name="status">The status when the symbol is known.</param>
    /// <returns>True when <paramref name="symbol"/> is a known symbol.</returns>
    public static bool TryParseSymbol(string? symbol, out ObservationStatus status)
    {
        switch (symbol)
        {
            case "c":
                status = ObservationStatus.Suppressed;
                return true;
            case "x":
            case ":":
                status = ObservationStatus.NotAvailable;
                return true;
            case "z":
                status = ObservationStatus.NotApplicable;
                return true;
            case "u":
                status = ObservationStatus.LowReliability;
                return true;
            case "k":
            case "low":
            case "~":
                status = ObservationStatus.RoundsToZero;
                return true;
            default:
                status = ObservationStatus.Value;
                return false;
        }
    }

    /// <summary>The standard symbol of a status: <c>c</c>, <c>x</c>, <c>z</c>, <c>u</c>, <c>low</c>; empty for <see cref="ObservationStatus.Value"/>.</summary>
    /// <param name="status">The status.</param>
    /// <returns>The symbol.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The status is not defined.</exception>
    public static string ToSymbol(this ObservationStatus status) => status switch
    {
        ObservationStatus.Value => string.Empty,
        ObservationStatus.Suppressed => "c",
        ObservationStatus.NotAvailable => "x",
        ObservationStatus.NotApplicable => "z",
        ObservationStatus.LowReliability => "u",
        ObservationStatus.RoundsToZero => "low",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, "Unknown observation status."),
    };

    /// <summary>A short description of a status for people, for example "suppressed (c)".</summary>
    /// <param name="status">The status.</param>
    /// <returns>The description.</returns>
    public static string Describe(this ObservationStatus status) => status switch
    {
        ObservationStatus.Value => "value",
        ObservationStatus.Suppressed => "suppressed (c)",
        ObservationStatus.NotAvailable => "not available (x)",
        ObservationStatus.NotApplicable => "not applicable (z)",
        ObservationStatus.LowReliability => "low reliability (u)",
        ObservationStatus.RoundsToZero => "rounds to zero (low)",
        _ => "unknown",
    };
}
