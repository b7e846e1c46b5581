using System;

namespace OutcomesFramework.Evidence;

/// <summary>
/// Where each (indicator, area) series and each indicator's series start in an <see cref="ObservationSet"/>'s rows,
/// which are in key order. Series are found by a binary search over their areas: no dictionary to build, so loading
/// England's ~620,000 rows builds this index in one pass (or the snapshot decoder builds it as it goes).
/// </summary>
internal readonly struct SeriesIndex
{
    /// <summary>Creates an index from its arrays (already checked by whoever built them).</summary>
    /// <param name="seriesStart">The row where each series starts, with one extra entry: the row count.</param>
    /// <param name="seriesArea">The area index of each series; ascending within an indicator's series.</param>
    /// <param name="indicatorSeriesStart">The series where each indicator starts, with one extra entry: the series count.</param>
    public SeriesIndex(int[] seriesStart, int[] seriesArea, int[] indicatorSeriesStart)
    {
        SeriesStart = seriesStart;
        SeriesArea = seriesArea;
        IndicatorSeriesStart = indicatorSeriesStart;
    }

    /// <summary>Gets the row where each series starts, with one extra entry: the row count.</summary>
    public int[] SeriesStart { get; }

    /// <summary>Gets the area index of each series.</summary>
    public int[] SeriesArea { get; }

    /// <summary>Gets the series where each indicator starts, with one extra entry: the series count.</summary>
    public int[] IndicatorSeriesStart { get; }

    /// <summary>Builds the index of rows in key order: one pass to count the series, one to fill them in.</summary>
    /// <param name="indicatorOfRow">Each row's indicator index, ascending.</param>
    /// <param name="areaOfRow">Each row's area index, ascending within an indicator.</param>
    /// <param name="indicatorCount">The number of indicators.</param>
    /// <returns>The index.</returns>
    public static SeriesIndex Of(int[] indicatorOfRow, int[] areaOfRow, int indicatorCount)
    {
        var n = indicatorOfRow.Length;
        var seriesCount = 0;
        for (var row = 0; row < n; row++)
        {
            if (row == 0 || indicatorOfRow[row] != indicatorOfRow[row - 1] || areaOfRow[row] != areaOfRow[row - 1])
            {
                seriesCount++;
            }
        }
        var starts = new int[seriesCount + 1];
        var areas = new int[seriesCount];
        var indicatorStarts = new int[indicatorCount + 1];
        var series = 0;
        var lastIndicator = -1;
        for (var row = 0; row < n; row++)
        {
            if (row == 0 || indicatorOfRow[row] != indicatorOfRow[row - 1] || areaOfRow[row] != areaOfRow[row - 1])
            {
                while (lastIndicator < indicatorOfRow[row])
                {
                    lastIndicator++;
                    indicatorStarts[lastIndicator] = series;
                }
                areas[series] = areaOfRow[row];
                starts[series++] = row;
            }
        }
        while (lastIndicator < indicatorCount)
        {
            lastIndicator++;
            indicatorStarts[lastIndicator] = series;
        }
        starts[series] = n;
        return new SeriesIndex(starts, areas, indicatorStarts);
    }
}
