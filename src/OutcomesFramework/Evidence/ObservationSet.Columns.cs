using System;
using System.IO;
using OutcomesFramework.Periods;

namespace OutcomesFramework.Evidence;

public sealed partial class ObservationSet
{
    /// <summary>The <c>countsOffset</c> of an indicator none of whose rows has a numerator or denominator.</summary>
    internal const int NoCounts = int.MinValue;

    /// <summary>
    /// Builds a set straight from its columns and series index, for a stored snapshot whose decoder checked every row as
    /// it read it (key order, no duplicate key, a value exactly when the status is <see cref="ObservationStatus.Value"/>,
    /// finite numbers, counts not negative) and built the index as it went: no <see cref="Observation"/> per row, no
    /// dictionary, no sort, no second pass over the rows. What is checked here costs nothing per row: the lengths, the
    /// order of the ids and codes, and the shape of the index and the count columns.
    /// </summary>
    /// <param name="indicatorIds">The indicator ids, sorted ordinally and distinct.</param>
    /// <param name="areaCodes">The area codes, sorted ordinally and distinct.</param>
    /// <param name="indicatorOfRow">Each row's indicator index.</param>
    /// <param name="areaOfRow">Each row's area index.</param>
    /// <param name="periodOfRow">Each row's period.</param>
    /// <param name="values">Each row's value, NaN when it has none.</param>
    /// <param name="numerators">The numerators of the indicators that carry counts (NaN where unknown): a row's is at
    /// <c>row + countsOffset[indicator]</c>.</param>
    /// <param name="denominators">The denominators, laid out as <paramref name="numerators"/>.</param>
    /// <param name="countsOffset">Per indicator, the offset from a row to its counts, or <see cref="NoCounts"/>.</param>
    /// <param name="statuses">Each row's status.</param>
    /// <param name="index">The series index of the rows.</param>
    /// <exception cref="InvalidDataException">The columns do not fit together.</exception>
    internal static ObservationSet FromCheckedColumns(string[] indicatorIds, string[] areaCodes, int[] indicatorOfRow, int[] areaOfRow,
        ReportingPeriod[] periodOfRow, double[] values, double[] numerators, double[] denominators, int[] countsOffset, byte[] statuses,
        SeriesIndex index)
    {
        var n = indicatorOfRow.Length;
        if (areaOfRow.Length != n || periodOfRow.Length != n || values.Length != n || statuses.Length != n
            || numerators.Length != denominators.Length || countsOffset.Length != indicatorIds.Length
            || index.IndicatorSeriesStart.Length != indicatorIds.Length + 1 || index.SeriesStart.Length != index.SeriesArea.Length + 1
            || index.SeriesStart[index.SeriesArea.Length] != n || index.IndicatorSeriesStart[indicatorIds.Length] != index.SeriesArea.Length)
        {
            throw new InvalidDataException("The observation columns and their index have different lengths.");
        }
        for (var i = 1; i < indicatorIds.Length; i++)
        {
            if (string.CompareOrdinal(indicatorIds[i - 1], indicatorIds[i]) >= 0)
            {
                throw new InvalidDataException("The indicator ids are not sorted and distinct.");
            }
        }
        for (var i = 1; i < areaCodes.Length; i++)
        {
            if (string.CompareOrdinal(areaCodes[i - 1], areaCodes[i]) >= 0)
            {
                throw new InvalidDataException("The area codes are not sorted and distinct.");
            }
        }
        for (var i = 0; i < indicatorIds.Length; i++)
        {
            var first = index.SeriesStart[index.IndicatorSeriesStart[i]];
            var end = index.SeriesStart[index.IndicatorSeriesStart[i + 1]];
            var offset = countsOffset[i];
            if (offset != NoCounts && end > first && (first + offset < 0 || end + offset > numerators.Length))
            {
                throw new InvalidDataException("The count columns do not cover the rows of indicator '" + indicatorIds[i] + "'.");
            }
        }
        return new ObservationSet(indicatorIds, areaCodes, indicatorOfRow, areaOfRow, periodOfRow, values, numerators, denominators, countsOffset, statuses, index);
    }
}
