using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Text;

namespace OutcomesFramework.Evidence.Ees;

/// <summary>
/// What happened to every row of one EES file: each data row read is used, filtered out (with a reason) or
/// rejected (with the line, column and reason in <see cref="Rejections"/>), so
/// <see cref="RowsUsed"/> + <see cref="RowsFiltered"/> + <see cref="RowsRejected"/> = <see cref="RowsRead"/>.
/// </summary>
/// <remarks>
/// A row is <em>used</em> when it gave at least one observation or a denominator that an observation took. One row
/// can feed several indicators (the workforce census gives turnover, agency, vacancy and caseload from one row);
/// when some of them fail and others succeed the row is used and the failures are still listed in
/// <see cref="Rejections"/>. A row is <em>rejected</em> when it was selected but gave nothing.
/// </remarks>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed class EesFileReport
{
    /// <summary>Creates a file report (the reader makes these; public so that a stored report can be rebuilt).</summary>
    /// <param name="fileName">The EES file name.</param>
    /// <param name="indicatorIds">The indicators whose values were read from the file, in ordinal order.</param>
    /// <param name="denominatorFor">The indicators whose denominators were read from the file, in ordinal order.</param>
    /// <param name="rowsRead">The data rows read.</param>
    /// <param name="rowsUsed">The rows used.</param>
    /// <param name="rowsRejected">The rows rejected.</param>
    /// <param name="filtered">The rows filtered out, by reason.</param>
    /// <param name="rejections">Every problem found, by line and column.</param>
    /// <param name="excludedAreas">The legacy and combined areas filtered out.</param>
    /// <param name="observationCount">The observations the file gave.</param>
    /// <exception cref="ArgumentException">Used + filtered + rejected is not read, or a count is negative.</exception>
    /// <exception cref="ArgumentNullException">The file name or the filtered counts are null.</exception>
    public EesFileReport(
        string fileName,
        ImmutableArray<string> indicatorIds,
        ImmutableArray<string> denominatorFor,
        int rowsRead,
        int rowsUsed,
        int rowsRejected,
        ImmutableSortedDictionary<EesFilterReason, int> filtered,
        ImmutableArray<EesRejection> rejections,
        ImmutableArray<EesExcludedArea> excludedAreas,
        int observationCount)
    {
        Utility.Preconditions.CheckNotNull(fileName, nameof(fileName));
        Utility.Preconditions.CheckNotNull(filtered, nameof(filtered));
        Utility.Preconditions.CheckArgument(rowsUsed >= 0 && rowsRejected >= 0 && observationCount >= 0 && filtered.Values.All(v => v >= 0)
            && rowsUsed + filtered.Values.Sum() + rowsRejected == rowsRead, nameof(rowsRead), "Rows used + filtered + rejected must equal rows read, none negative.");
        FileName = fileName;
        IndicatorIds = indicatorIds;
        DenominatorFor = denominatorFor;
        RowsRead = rowsRead;
        RowsUsed = rowsUsed;
        RowsRejected = rowsRejected;
        Filtered = filtered;
        RowsFiltered = filtered.Values.Sum();
        Rejections = rejections;
        ExcludedAreas = excludedAreas;
        ObservationCount = observationCount;
    }

    /// <summary>Gets the EES file name.</summary>
    public string FileName { get; }

    /// <summary>Gets the indicators whose values were read from this file, in ordinal order.</summary>
    public ImmutableArray<string> IndicatorIds { get; }

    /// <summary>Gets the indicators whose denominators were read from this file, in ordinal order.</summary>
    public ImmutableArray<string> DenominatorFor { get; }

    /// <summary>Gets the number of data rows read (the header and empty lines are not rows).</summary>
    public int RowsRead { get; }

    /// <summary>Gets the number of rows that gave at least one observation or used denominator.</summary>
    public int RowsUsed { get; }

    /// <summary>Gets the number of rows filtered out for a reason that is not a fault.</summary>
    public int RowsFiltered { get; }

    /// <summary>Gets the number of rows that were selected but gave nothing because of a fault.</summary>
    public int RowsRejected { get; }

    /// <summary>Gets the filtered rows by reason (only reasons that occurred).</summary>
    public ImmutableSortedDictionary<EesFilterReason, int> Filtered { get; }

    /// <summary>Gets every problem found, by line then column, including problems in rows that were used for another indicator.</summary>
    public ImmutableArray<EesRejection> Rejections { get; }

    /// <summary>Gets the legacy and combined local authorities whose selected rows were filtered out, by old code.</summary>
    public ImmutableArray<EesExcludedArea> ExcludedAreas { get; }

    /// <summary>Gets the number of observations that came from this file.</summary>
    public int ObservationCount { get; }

    /// <summary>Returns how many rows were filtered out for <paramref name="reason"/>.</summary>
    /// <param name="reason">The reason.</param>
    /// <returns>The count (0 when none).</returns>
    public int FilteredBy(EesFilterReason reason) => Filtered.TryGetValue(reason, out var n) ? n : 0;

    /// <summary>Returns a summary: the row counts, the filter reasons, the excluded areas and up to 20 problems.</summary>
    /// <returns>Several lines of text.</returns>
    public override string ToString()
    {
        var sb = new StringBuilder();
        AppendTo(sb, 20);
        return sb.ToString();
    }

    internal void AppendTo(StringBuilder sb, int maxRejections)
    {
        var ic = CultureInfo.InvariantCulture;
        sb.Append(FileName);
        var uses = IndicatorIds.Concat(DenominatorFor.Select(d => "denominator of " + d)).ToList();
        if (uses.Count > 0)
        {
            sb.Append(" (").Append(string.Join(", ", uses)).Append(')');
        }
        sb.AppendFormat(ic, ": {0} rows read = {1} used + {2} filtered + {3} rejected; {4} observations",
            RowsRead, RowsUsed, RowsFiltered, RowsRejected, ObservationCount).Append('\n');
        foreach (var pair in Filtered)
        {
            sb.AppendFormat(ic, "  filtered, {0}: {1}", Describe(pair.Key), pair.Value).Append('\n');
        }
        foreach (var area in ExcludedAreas)
        {
            sb.Append("  ").Append(area.Reason == EesFilterReason.CombinedArea ? "combined area " : "legacy area ").Append(area).Append('\n');
        }
        foreach (var r in Rejections.Take(maxRejections))
        {
            sb.Append("  rejected: line ").Append(r.Line.ToString(ic));
            if (r.Column is not null)
            {
                sb.Append(", column '").Append(r.Column).Append('\'');
            }
            if (r.IndicatorId is not null)
            {
                sb.Append(" (").Append(r.IndicatorId).Append(')');
            }
            sb.Append(": ").Append(r.Reason).Append('\n');
        }
        if (Rejections.Length > maxRejections)
        {
            sb.AppendFormat(ic, "  … and {0} more problems", Rejections.Length - maxRejections).Append('\n');
        }
    }

    /// <summary>A short description of a filter reason, for reports.</summary>
    /// <param name="reason">The reason.</param>
    /// <returns>The description.</returns>
    public static string Describe(EesFilterReason reason) => reason switch
    {
        EesFilterReason.GeographicLevel => "geographic level not read",
        EesFilterReason.NotSelected => "not selected by any indicator's filters",
        EesFilterReason.LondonSubRegion => "Inner/Outer London (the file's London row is used)",
        EesFilterReason.LondonSubRegionWithoutLondon => "Inner/Outer London with no London row (cannot be combined into London)",
        EesFilterReason.LegacyArea => "legacy area",
        EesFilterReason.CombinedArea => "combined area",
        EesFilterReason.UnusedDenominator => "denominator not needed",
        _ => reason.ToString(),
    };

    internal static ImmutableArray<string> Sorted(IEnumerable<string> ids) =>
        ids.Distinct(StringComparer.Ordinal).OrderBy(s => s, StringComparer.Ordinal).ToImmutableArray();
}
