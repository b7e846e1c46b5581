using System;
using System.Collections;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using OutcomesFramework.Periods;
using OutcomesFramework.Utility;

namespace OutcomesFramework.Evidence;

/// <summary>
/// An immutable set of observations indexed by (indicator, area, period), stored in columns so that millions
/// of observations stay compact (about 45 bytes each) and lookups do not allocate.
/// </summary>
/// <remarks>
/// <para>Rows are kept sorted by indicator id, area code (both ordinal) and period, so enumeration order is the
/// same whatever order the observations were added in. A (indicator, area, period) key appears at most once.</para>
/// <para>Build one with <see cref="Create(IEnumerable{Observation})"/> or a <see cref="Builder"/>.</para>
/// </remarks>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed partial class ObservationSet : IReadOnlyCollection<Observation>
{
    private readonly string[] indicatorIds;   // sorted, distinct
    private readonly string[] areaCodes;      // sorted, distinct
    private readonly int[] indicatorOfRow;
    private readonly int[] areaOfRow;
    private readonly ReportingPeriod[] periodOfRow;
    private readonly double[] values;         // NaN where there is no value
    private readonly double[] numerators;     // NaN where unknown; a row's entry is at row + countsOffset[its indicator]
    private readonly double[] denominators;   // NaN where unknown; likewise
    private readonly int[] countsOffset;      // per indicator; NoCounts when none of its rows has a numerator or denominator
    private readonly byte[] statuses;
    private readonly int[] seriesStart;       // row where each (indicator, area) series starts; one extra entry = row count
    private readonly int[] indicatorSeriesStart; // series where each indicator starts; one extra entry = series count
    private readonly int[] seriesArea;        // area of each series: within an indicator's series, ascending

    /// <summary>Gets an empty set.</summary>
    public static ObservationSet Empty { get; } = Create(Array.Empty<Observation>());

    private ObservationSet(string[] indicatorIds, string[] areaCodes, int[] indicatorOfRow, int[] areaOfRow, ReportingPeriod[] periodOfRow,
        double[] values, double[] numerators, double[] denominators, byte[] statuses)
        : this(indicatorIds, areaCodes, indicatorOfRow, areaOfRow, periodOfRow, values, numerators, denominators, new int[indicatorIds.Length], statuses,
            SeriesIndex.Of(indicatorOfRow, areaOfRow, indicatorIds.Length))
    {
    }

    private ObservationSet(string[] indicatorIds, string[] areaCodes, int[] indicatorOfRow, int[] areaOfRow, ReportingPeriod[] periodOfRow,
        double[] values, double[] numerators, double[] denominators, int[] countsOffset, byte[] statuses, SeriesIndex index)
    {
        this.indicatorIds = indicatorIds;
        this.areaCodes = areaCodes;
        this.indicatorOfRow = indicatorOfRow;
        this.areaOfRow = areaOfRow;
        this.periodOfRow = periodOfRow;
        this.values = values;
        this.numerators = numerators;
        this.denominators = denominators;
        this.countsOffset = countsOffset;
        this.statuses = statuses;
        seriesStart = index.SeriesStart;
        seriesArea = index.SeriesArea;
        indicatorSeriesStart = index.IndicatorSeriesStart;
        IndicatorIds = indicatorIds.ToImmutableArray();
        AreaCodes = areaCodes.ToImmutableArray();
    }

    /// <summary>Gets the number of observations.</summary>
    public int Count => indicatorOfRow.Length;

    /// <summary>Gets the distinct indicator ids, in ordinal order.</summary>
    public ImmutableArray<string> IndicatorIds { get; }

    /// <summary>Gets the distinct area codes, in ordinal order.</summary>
    public ImmutableArray<string> AreaCodes { get; }

    /// <summary>Creates a set from observations in any order.</summary>
    /// <param name="observations">The observations.</param>
    /// <returns>The set.</returns>
    /// <exception cref="DuplicateObservationException">Two observations share an (indicator, area, period) key.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="observations"/> is null.</exception>
    public static ObservationSet Create(IEnumerable<Observation> observations)
    {
        var builder = new Builder();
        builder.AddRange(Preconditions.CheckNotNull(observations, nameof(observations)));
        return builder.ToObservationSet();
    }

    /// <summary>Finds the observation for a key.</summary>
    /// <param name="indicatorId">The indicator id.</param>
    /// <param name="areaCode">The area code.</param>
    /// <param name="period">The period.</param>
    /// <param name="observation">The observation, when found.</param>
    /// <returns>True when the set holds an observation (with a value or a status) for the key.</returns>
    public bool TryGet(string indicatorId, string areaCode, ReportingPeriod period, out Observation observation)
    {
        var row = FindRow(indicatorId, areaCode, period);
        observation = row < 0 ? default : RowAt(row);
        return row >= 0;
    }

    /// <summary>Finds the observation for a key.</summary>
    /// <param name="indicatorId">The indicator id.</param>
    /// <param name="areaCode">The area code.</param>
    /// <param name="period">The period.</param>
    /// <returns>The observation, or null when the set holds none for the key.</returns>
    public Observation? Find(string indicatorId, string areaCode, ReportingPeriod period) =>
        TryGet(indicatorId, areaCode, period, out var o) ? o : null;

    /// <summary>Gets an indicator's observations for an area, oldest period first.</summary>
    /// <param name="indicatorId">The indicator id.</param>
    /// <param name="areaCode">The area code.</param>
    /// <returns>The series (empty when there is none).</returns>
    public ImmutableArray<Observation> Series(string indicatorId, string areaCode)
    {
        var series = FindSeries(indicatorId, areaCode);
        if (series < 0)
        {
            return ImmutableArray<Observation>.Empty;
        }
        var builder = ImmutableArray.CreateBuilder<Observation>(seriesStart[series + 1] - seriesStart[series]);
        for (var row = seriesStart[series]; row < seriesStart[series + 1]; row++)
        {
            builder.Add(RowAt(row));
        }
        return builder.MoveToImmutable();
    }

    /// <summary>Gets an indicator's observations for one period across every area that has one, in area-code order.</summary>
    /// <param name="indicatorId">The indicator id.</param>
    /// <param name="period">The period.</param>
    /// <returns>The cross-section (empty when there is none).</returns>
    public ImmutableArray<Observation> CrossSection(string indicatorId, ReportingPeriod period)
    {
        var indicator = Array.BinarySearch(indicatorIds, Preconditions.CheckNotNull(indicatorId, nameof(indicatorId)), StringComparer.Ordinal);
        if (indicator < 0)
        {
            return ImmutableArray<Observation>.Empty;
        }
        var builder = ImmutableArray.CreateBuilder<Observation>();
        for (var s = indicatorSeriesStart[indicator]; s < indicatorSeriesStart[indicator + 1]; s++)
        {
            var row = FindPeriod(s, period);
            if (row >= 0)
            {
                builder.Add(RowAt(row));
            }
        }
        return builder.ToImmutable();
    }

    /// <summary>Gets the distinct periods for which an indicator has any observation, oldest first.</summary>
    /// <param name="indicatorId">The indicator id.</param>
    /// <returns>The periods.</returns>
    public ImmutableArray<ReportingPeriod> Periods(string indicatorId)
    {
        var indicator = Array.BinarySearch(indicatorIds, Preconditions.CheckNotNull(indicatorId, nameof(indicatorId)), StringComparer.Ordinal);
        if (indicator < 0)
        {
            return ImmutableArray<ReportingPeriod>.Empty;
        }
        var set = new SortedSet<ReportingPeriod>();
        for (var row = seriesStart[indicatorSeriesStart[indicator]]; row < seriesStart[indicatorSeriesStart[indicator + 1]]; row++)
        {
            set.Add(periodOfRow[row]);
        }
        return set.ToImmutableArray();
    }

    /// <summary>Gets the latest period for which an indicator has any observation with a value.</summary>
    /// <param name="indicatorId">The indicator id.</param>
    /// <returns>The period, or null when the indicator has no value at all.</returns>
    public ReportingPeriod? LatestPeriod(string indicatorId)
    {
        var indicator = Array.BinarySearch(indicatorIds, Preconditions.CheckNotNull(indicatorId, nameof(indicatorId)), StringComparer.Ordinal);
        if (indicator < 0)
        {
            return null;
        }
        ReportingPeriod? latest = null;
        for (var row = seriesStart[indicatorSeriesStart[indicator]]; row < seriesStart[indicatorSeriesStart[indicator + 1]]; row++)
        {
            if (statuses[row] == (byte)ObservationStatus.Value && (latest is null || periodOfRow[row] > latest.Value))
            {
                latest = periodOfRow[row];
            }
        }
        return latest;
    }

    /// <summary>Returns a set holding this set's observations and <paramref name="other"/>'s; where both hold a key, <paramref name="other"/> wins.</summary>
    /// <param name="other">The observations that take precedence (for example a council's own, more recent figures).</param>
    /// <returns>The merged set.</returns>
    public ObservationSet OverriddenBy(ObservationSet other)
    {
        Preconditions.CheckNotNull(other, nameof(other));
        var builder = new Builder();
        foreach (var o in this)
        {
            if (!other.TryGet(o.IndicatorId, o.AreaCode, o.Period, out _))
            {
                builder.Add(o);
            }
        }
        builder.AddRange(other);
        return builder.ToObservationSet();
    }

    /// <summary>Returns a set with only the observations that satisfy <paramref name="predicate"/>.</summary>
    /// <param name="predicate">The filter.</param>
    /// <returns>The filtered set.</returns>
    public ObservationSet Where(Func<Observation, bool> predicate)
    {
        Preconditions.CheckNotNull(predicate, nameof(predicate));
        return Create(this.AsEnumerable().Where(predicate));
    }

    /// <inheritdoc />
    public IEnumerator<Observation> GetEnumerator()
    {
        for (var row = 0; row < indicatorOfRow.Length; row++)
        {
            yield return RowAt(row);
        }
    }

    /// <inheritdoc />
    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private int FindSeries(string indicatorId, string areaCode)
    {
        var indicator = Array.BinarySearch(indicatorIds, Preconditions.CheckNotNull(indicatorId, nameof(indicatorId)), StringComparer.Ordinal);
        var area = Array.BinarySearch(areaCodes, Preconditions.CheckNotNull(areaCode, nameof(areaCode)), StringComparer.Ordinal);
        if (indicator < 0 || area < 0)
        {
            return -1;
        }
        var s = Array.BinarySearch(seriesArea, indicatorSeriesStart[indicator], indicatorSeriesStart[indicator + 1] - indicatorSeriesStart[indicator], area);
        return s < 0 ? -1 : s;
    }

    private int FindRow(string indicatorId, string areaCode, ReportingPeriod period)
    {
        var series = FindSeries(indicatorId, areaCode);
        return series < 0 ? -1 : FindPeriod(series, period);
    }

    private int FindPeriod(int series, ReportingPeriod period)
    {
        var lo = seriesStart[series];
        var hi = seriesStart[series + 1] - 1;
        while (lo <= hi)
        {
            var mid = lo + ((hi - lo) >> 1);
            var c = periodOfRow[mid].CompareTo(period);
            if (c == 0)
            {
                return mid;
            }
            if (c < 0)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }
        return -1;
    }

    // Every row was checked on the way in (Builder and FromCheckedColumns apply Observation's rules), so it is not checked again.
    private Observation RowAt(int row)
    {
        var status = (ObservationStatus)statuses[row];
        return new Observation(
            indicatorIds[indicatorOfRow[row]],
            areaCodes[areaOfRow[row]],
            periodOfRow[row],
            status == ObservationStatus.Value ? values[row] : null,
            NullIfNaN(NumeratorOfRow(row)),
            NullIfNaN(DenominatorOfRow(row)),
            status,
            alreadyChecked: true);
    }

    private static double? NullIfNaN(double value) => double.IsNaN(value) ? null : value;

    private static string Describe(string indicatorId, string areaCode, ReportingPeriod period) =>
        string.Format(CultureInfo.InvariantCulture, "({0}, {1}, {2})", indicatorId, areaCode, period);
}
