using System;
using OutcomesFramework.Periods;

namespace OutcomesFramework.Evidence;

/// <summary>
/// Row-level access for bulk readers inside the library (the scoring engine reads every row of an indicator once
/// to build its cross-sections, which the per-key lookups would do hundreds of times over).
/// </summary>
public sealed partial class ObservationSet
{
    /// <summary>Finds the rows of an indicator: [<paramref name="firstRow"/>, <paramref name="endRow"/>), ordered by area index, then period.</summary>
    internal bool TryGetRows(string indicatorId, out int firstRow, out int endRow)
    {
        var indicator = Array.BinarySearch(indicatorIds, indicatorId, StringComparer.Ordinal);
        if (indicator < 0)
        {
            firstRow = endRow = 0;
            return false;
        }
        firstRow = seriesStart[indicatorSeriesStart[indicator]];
        endRow = seriesStart[indicatorSeriesStart[indicator + 1]];
        return true;
    }

    /// <summary>The index into <see cref="AreaCodes"/> of a row's area.</summary>
    internal int AreaIndexOfRow(int row) => areaOfRow[row];

    /// <summary>A row's period.</summary>
    internal ReportingPeriod PeriodOfRow(int row) => periodOfRow[row];

    /// <summary>A row's value, NaN when it has none.</summary>
    internal double ValueOfRow(int row) => values[row];

    /// <summary>A row's numerator, NaN when unknown.</summary>
    internal double NumeratorOfRow(int row)
    {
        var index = CountIndex(row);
        return index < 0 ? double.NaN : numerators[index];
    }

    /// <summary>A row's denominator, NaN when unknown.</summary>
    internal double DenominatorOfRow(int row)
    {
        var index = CountIndex(row);
        return index < 0 ? double.NaN : denominators[index];
    }

    /// <summary>Where a row's numerator and denominator are in the count columns, or -1 when its indicator carries none.</summary>
    private int CountIndex(int row)
    {
        var offset = countsOffset[indicatorOfRow[row]];
        return offset == NoCounts ? -1 : row + offset;
    }

    /// <summary>A row's status.</summary>
    internal ObservationStatus StatusOfRow(int row) => (ObservationStatus)statuses[row];

    /// <summary>A row as an observation.</summary>
    internal Observation ObservationAt(int row) => RowAt(row);
}
