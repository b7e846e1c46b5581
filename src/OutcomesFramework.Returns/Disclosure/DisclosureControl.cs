using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using OutcomesFramework.Utility;

namespace OutcomesFramework.Returns.Disclosure;

/// <summary>
/// Disclosure control for publishing derived counts, following the DfE's practice for its children's social care
/// statistics: a count above zero and below the threshold is suppressed as "c" (primary suppression); then, so no
/// suppressed cell can be worked out from a published total, every row and column (its cells with its total) that
/// has exactly one suppressed entry has its smallest other cell suppressed too (secondary suppression), until none has.
/// </summary>
public static class DisclosureControl
{
    /// <summary>The DfE's marker for a suppressed figure.</summary>
    public const string Suppressed = "c";

    /// <summary>Suppresses a table of counts with its row and column totals.</summary>
    /// <param name="counts">The counts, rows of equal length, none negative.</param>
    /// <param name="threshold">Counts from 1 to threshold − 1 are suppressed (default 6: 1 to 5).</param>
    /// <returns>The published table: cells, then each row's total as the last column, then a last row of column totals.</returns>
    /// <exception cref="ArgumentException">The rows differ in length or a count is negative.</exception>
    public static ImmutableArray<ImmutableArray<string>> Suppress(IReadOnlyList<IReadOnlyList<long>> counts, int threshold = 6)
    {
        Preconditions.CheckNotNull(counts, nameof(counts));
        Preconditions.CheckArgumentRange(nameof(threshold), threshold, 1, 1000);
        var rows = counts.Count;
        var cols = rows == 0 ? 0 : counts[0].Count;
        Preconditions.CheckArgument(counts.All(r => r.Count == cols), nameof(counts), "Every row must have the same number of cells.");
        Preconditions.CheckArgument(counts.All(r => r.All(v => v >= 0)), nameof(counts), "Counts must not be negative.");
        // The grid with totals: value[r, c] for r < rows, c < cols; row totals in column cols; column totals in row rows.
        var value = new long[rows + 1, cols + 1];
        var hidden = new bool[rows + 1, cols + 1];
        for (var r = 0; r < rows; r++)
        {
            for (var c = 0; c < cols; c++)
            {
                value[r, c] = counts[r][c];
                value[r, cols] += counts[r][c];
                value[rows, c] += counts[r][c];
                hidden[r, c] = counts[r][c] > 0 && counts[r][c] < threshold;
            }
        }
        for (var r = 0; r <= rows; r++)
        {
            for (var c = 0; c <= cols; c++)
            {
                if ((r == rows) != (c == cols) && value[r, c] > 0 && value[r, c] < threshold)
                {
                    hidden[r, c] = true;
                }
            }
        }
        var changed = true;
        while (changed)
        {
            changed = false;
            for (var r = 0; r < rows; r++)
            {
                changed |= Protect(Enumerable.Range(0, cols + 1).Select(c => (r, c)).ToList(), value, hidden);
            }
            for (var c = 0; c < cols; c++)
            {
                changed |= Protect(Enumerable.Range(0, rows + 1).Select(r => (r, c)).ToList(), value, hidden);
            }
        }
        var result = ImmutableArray.CreateBuilder<ImmutableArray<string>>();
        for (var r = 0; r <= rows; r++)
        {
            var line = ImmutableArray.CreateBuilder<string>();
            for (var c = 0; c <= cols; c++)
            {
                if (r == rows && c == cols)
                {
                    continue;
                }
                line.Add(hidden[r, c] ? Suppressed : value[r, c].ToString(CultureInfo.InvariantCulture));
            }
            result.Add(line.ToImmutable());
        }
        return result.ToImmutable();
    }

    /// <summary>In one line (cells then total), a single hidden entry gets a partner: the smallest other cell, or the total.</summary>
    private static bool Protect(List<(int R, int C)> line, long[,] value, bool[,] hidden)
    {
        if (line.Count(p => hidden[p.R, p.C]) != 1)
        {
            return false;
        }
        var cells = line.Take(line.Count - 1).Where(p => !hidden[p.R, p.C]).OrderBy(p => value[p.R, p.C]).ThenBy(p => p.R).ThenBy(p => p.C).ToList();
        var pick = cells.Count > 0 ? cells[0] : line[line.Count - 1];
        hidden[pick.R, pick.C] = true;
        return true;
    }
}
