using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace OutcomesFramework.Cli;

/// <summary>Writes rows as a plain-text table with aligned columns (numbers right-aligned), for terminals and logs.</summary>
internal static class TextTable
{
    /// <summary>Writes a table.</summary>
    /// <param name="output">Where to write.</param>
    /// <param name="headers">Column headers.</param>
    /// <param name="rows">Rows; each has one cell per header.</param>
    public static void Write(TextWriter output, IReadOnlyList<string> headers, IReadOnlyList<string[]> rows)
    {
        var widths = headers.Select((h, i) => Math.Max(h.Length, rows.Count == 0 ? 0 : rows.Max(r => r[i].Length))).ToArray();
        // A column is right-aligned when every cell is a number or a missing-data symbol and at least one is a number.
        var numeric = headers.Select((_, i) => rows.Count > 0 && rows.All(r => IsNumberOrSymbol(r[i])) && rows.Any(r => IsNumber(r[i]))).ToArray();
        WriteRow(output, headers.ToArray(), widths, new bool[headers.Count]);
        output.WriteLine(string.Join("  ", widths.Select(w => new string('-', w))).TrimEnd());
        foreach (var row in rows)
        {
            WriteRow(output, row, widths, numeric);
        }
    }

    private static void WriteRow(TextWriter output, string[] cells, int[] widths, bool[] rightAlign)
    {
        var parts = cells.Select((c, i) => rightAlign[i] ? c.PadLeft(widths[i]) : c.PadRight(widths[i]));
        output.WriteLine(string.Join("  ", parts).TrimEnd());
    }

    private static readonly string[] Symbols = { "-", "c", "x", "z", "u", "k", "low" };

    private static bool IsNumber(string cell) =>
        cell.Length > 0 && (char.IsDigit(cell[0]) || (cell[0] == '-' && cell.Length > 1 && char.IsDigit(cell[1])));

    private static bool IsNumberOrSymbol(string cell) => IsNumber(cell) || Array.IndexOf(Symbols, cell) >= 0;
}
