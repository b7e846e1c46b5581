using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using OutcomesFramework.Areas;
using OutcomesFramework.Indicators;
using OutcomesFramework.Periods;
using OutcomesFramework.Statistics;

namespace OutcomesFramework.Scoring;

/// <summary>
/// An indicator's periods and its cross-sections. The indicator's rows are read once, in one pass, into a table of
/// row numbers by period and authority; each period's cross-section is built from it on first use and then shared
/// (thread-safe, lock-free: a cross-section is a pure function of its inputs, so a race only builds the same one twice).
/// </summary>
internal sealed class IndicatorData
{
    private readonly EngineData data;
    private readonly ConfidenceLevel level;
    private readonly int[][] rowOfLa;
    private readonly int[] englandRow;
    private readonly List<KeyValuePair<int, int>>[] regionRows;
    private readonly CrossSection?[] sections;

    public IndicatorData(EngineData data, Indicator indicator, ConfidenceLevel level)
    {
        this.data = data;
        this.level = level;
        Indicator = indicator;
        var observations = data.Observations;
        if (!observations.TryGetRows(indicator.Id, out var first, out var end))
        {
            first = end = 0;
        }

        // Pass 1: the distinct periods of the indicator's kind.
        var periods = new List<ReportingPeriod>();
        for (var row = first; row < end; row++)
        {
            var p = observations.PeriodOfRow(row);
            if (p.Kind == indicator.PeriodKind && periods.BinarySearch(p) is var at && at < 0)
            {
                periods.Insert(~at, p);
            }
        }
        Periods = periods.ToImmutableArray();

        // Pass 2: row numbers by period and authority; England's and the regions' rows by period.
        var n = data.LocalAuthorities.Length;
        rowOfLa = new int[periods.Count][];
        englandRow = new int[periods.Count];
        regionRows = new List<KeyValuePair<int, int>>[periods.Count];
        for (var i = 0; i < periods.Count; i++)
        {
            rowOfLa[i] = new int[n];
            rowOfLa[i].AsSpan().Fill(-1);
            englandRow[i] = -1;
            regionRows[i] = new List<KeyValuePair<int, int>>();
        }
        var countryCode = data.Areas.Country.Code;
        for (var row = first; row < end; row++)
        {
            var p = observations.PeriodOfRow(row);
            if (p.Kind != indicator.PeriodKind)
            {
                continue;
            }
            var pi = periods.BinarySearch(p);
            var area = observations.AreaIndexOfRow(row);
            var la = data.LaOfArea[area];
            if (la >= 0)
            {
                // A re-coded authority may appear under its old and new codes in one period; the current code wins.
                if (rowOfLa[pi][la] < 0 || data.IsCurrentCode[area])
                {
                    rowOfLa[pi][la] = row;
                }
            }
            else if (data.OtherOfArea[area] is { } other)
            {
                if (other.Level == AreaLevel.Country)
                {
                    if (englandRow[pi] < 0 || string.Equals(observations.AreaCodes[area], countryCode, StringComparison.Ordinal))
                    {
                        englandRow[pi] = row;
                    }
                }
                else
                {
                    regionRows[pi].Add(new KeyValuePair<int, int>(area, row));
                }
            }
        }
        sections = new CrossSection?[periods.Count];
    }

    public Indicator Indicator { get; }

    /// <summary>The periods of the indicator's kind with any observation, oldest first.</summary>
    public ImmutableArray<ReportingPeriod> Periods { get; }

    public CrossSection Section(int periodIndex)
    {
        var s = Volatile.Read(ref sections[periodIndex]);
        if (s is null)
        {
            s = new CrossSection(data, Indicator, Periods[periodIndex], rowOfLa[periodIndex], englandRow[periodIndex], regionRows[periodIndex], level);
            s = Interlocked.CompareExchange(ref sections[periodIndex], s, null) ?? s;
        }
        return s;
    }

    /// <summary>The latest period ending in or before <paramref name="year"/> with a value for at least one authority; -1 when none.</summary>
    public int PeriodIndexFor(int year)
    {
        for (var i = Periods.Length - 1; i >= 0; i--)
        {
            if (Periods[i].EndYear <= year && Section(i).ValueCount > 0)
            {
                return i;
            }
        }
        return -1;
    }
}
