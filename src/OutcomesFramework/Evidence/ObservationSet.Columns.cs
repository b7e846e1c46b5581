using System;
using System.IO;
using OutcomesFramework.Periods;

namespace OutcomesFramework.Evidence;

public sealed partial class ObservationSet
{
    /// <summary>
    /// Builds a set straight from its columns, for a stored snapshot decoded in key order: no <see cref="Observation"/>
    /// per row, no dictionary lookup per row, no sort. The columns are checked in one pass (key order, no duplicate key,
    /// a value exactly when the status is <see cref="ObservationStatus.Value"/>, finite numbers).
    /// </summary>
    /// <exception cref="InvalidDataException">The columns break one of the rules above.</exception>
    internal static ObservationSet FromSortedColumns(string[] indicatorIds, string[] areaCodes, int[] indicatorOfRow, int[] areaOfRow,
        ReportingPeriod[] periodOfRow, double[] values, double[] numerators, double[] denominators, byte[] statuses)
    {
        var n = indicatorOfRow.Length;
        if (areaOfRow.Length != n || periodOfRow.Length != n || values.Length != n || numerators.Length != n || denominators.Length != n || statuses.Length != n)
        {
            throw new InvalidDataException("The observation columns have different lengths.");
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
        for (var r = 0; r < n; r++)
        {
            var status = statuses[r];
            var v = values[r];
            if (status > (byte)ObservationStatus.RoundsToZero || double.IsNaN(v) == (status == (byte)ObservationStatus.Value)
                || double.IsInfinity(v) || (uint)indicatorOfRow[r] >= (uint)indicatorIds.Length || (uint)areaOfRow[r] >= (uint)areaCodes.Length
                || numerators[r] < 0 || double.IsInfinity(numerators[r]) || denominators[r] < 0 || double.IsInfinity(denominators[r]))
            {
                throw new InvalidDataException("Row " + r.ToString(System.Globalization.CultureInfo.InvariantCulture) + " of the observation columns is not a valid observation.");
            }
            if (r > 0)
            {
                var c = indicatorOfRow[r - 1].CompareTo(indicatorOfRow[r]);
                if (c == 0)
                {
                    c = areaOfRow[r - 1].CompareTo(areaOfRow[r]);
                }
                if (c == 0)
                {
                    c = periodOfRow[r - 1].CompareTo(periodOfRow[r]);
                }
                if (c >= 0)
                {
                    throw new InvalidDataException("Row " + r.ToString(System.Globalization.CultureInfo.InvariantCulture) + " of the observation columns is out of key order or repeats a key.");
                }
            }
        }
        return new ObservationSet(indicatorIds, areaCodes, indicatorOfRow, areaOfRow, periodOfRow, values, numerators, denominators, statuses);
    }
}
