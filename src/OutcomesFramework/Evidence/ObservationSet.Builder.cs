using System;
using System.Collections.Generic;
using System.Linq;
using OutcomesFramework.Periods;
using OutcomesFramework.Utility;

namespace OutcomesFramework.Evidence;

public sealed partial class ObservationSet
{
    /// <summary>
    /// Collects observations in any order and builds an <see cref="ObservationSet"/>. Not thread-safe; the set it
    /// builds is.
    /// </summary>
    public sealed class Builder
    {
        private readonly List<Observation> items = new();

        /// <summary>Gets the number of observations added so far.</summary>
        public int Count => items.Count;

        /// <summary>Adds an observation.</summary>
        /// <param name="observation">The observation; a default (uninitialised) value is refused.</param>
        /// <exception cref="ArgumentException">The observation is a default value.</exception>
        public void Add(Observation observation)
        {
            Preconditions.CheckArgument(observation.IndicatorId is not null, nameof(observation), "A default Observation has no indicator or area.");
            items.Add(observation);
        }

        /// <summary>Adds observations.</summary>
        /// <param name="observations">The observations.</param>
        /// <exception cref="ArgumentNullException"><paramref name="observations"/> is null.</exception>
        public void AddRange(IEnumerable<Observation> observations)
        {
            foreach (var o in Preconditions.CheckNotNull(observations, nameof(observations)))
            {
                Add(o);
            }
        }

        /// <summary>Builds the set.</summary>
        /// <returns>The set.</returns>
        /// <exception cref="DuplicateObservationException">Two observations share an (indicator, area, period) key; every duplicated key is listed.</exception>
        public ObservationSet ToObservationSet()
        {
            var indicators = items.Select(o => o.IndicatorId).Distinct(StringComparer.Ordinal).OrderBy(s => s, StringComparer.Ordinal).ToArray();
            var areas = items.Select(o => o.AreaCode).Distinct(StringComparer.Ordinal).OrderBy(s => s, StringComparer.Ordinal).ToArray();
            var indicatorIndex = new Dictionary<string, int>(StringComparer.Ordinal);
            for (var i = 0; i < indicators.Length; i++)
            {
                indicatorIndex[indicators[i]] = i;
            }
            var areaIndex = new Dictionary<string, int>(StringComparer.Ordinal);
            for (var i = 0; i < areas.Length; i++)
            {
                areaIndex[areas[i]] = i;
            }
            var n = items.Count;
            var order = new int[n];
            var ind = new int[n];
            var area = new int[n];
            for (var i = 0; i < n; i++)
            {
                order[i] = i;
                ind[i] = indicatorIndex[items[i].IndicatorId];
                area[i] = areaIndex[items[i].AreaCode];
            }
            int Compare(int a, int b)
            {
                var c = ind[a].CompareTo(ind[b]);
                if (c != 0)
                {
                    return c;
                }
                c = area[a].CompareTo(area[b]);
                return c != 0 ? c : items[a].Period.CompareTo(items[b].Period);
            }

            // Producers that already emit rows in key order (the EES reader, stored snapshots) skip the sort.
            var sorted = true;
            for (var i = 1; i < n && sorted; i++)
            {
                sorted = Compare(i - 1, i) <= 0;
            }
            if (!sorted)
            {
                Array.Sort(order, Compare);
            }

            var duplicates = new List<string>();
            var rowIndicator = new int[n];
            var rowArea = new int[n];
            var rowPeriod = new ReportingPeriod[n];
            var rowValue = new double[n];
            var rowNumerator = new double[n];
            var rowDenominator = new double[n];
            var rowStatus = new byte[n];
            for (var r = 0; r < n; r++)
            {
                var o = items[order[r]];
                rowIndicator[r] = ind[order[r]];
                rowArea[r] = area[order[r]];
                rowPeriod[r] = o.Period;
                rowValue[r] = o.Value ?? double.NaN;
                rowNumerator[r] = o.Numerator ?? double.NaN;
                rowDenominator[r] = o.Denominator ?? double.NaN;
                rowStatus[r] = (byte)o.Status;
                if (r > 0 && rowIndicator[r] == rowIndicator[r - 1] && rowArea[r] == rowArea[r - 1] && rowPeriod[r] == rowPeriod[r - 1])
                {
                    duplicates.Add(Describe(o.IndicatorId, o.AreaCode, o.Period));
                }
            }
            if (duplicates.Count > 0)
            {
                throw new DuplicateObservationException(duplicates);
            }
            return new ObservationSet(indicators, areas, rowIndicator, rowArea, rowPeriod, rowValue, rowNumerator, rowDenominator, rowStatus);
        }
    }
}
