using System;
using OutcomesFramework.Periods;

namespace OutcomesFramework.Scoring;

/// <summary>What one indicator uses in a scorecard's year: the period asked for, the index of the period used (−1 for
/// none) and the notes every authority's result shares.</summary>
internal readonly struct IndicatorYear
{
    public IndicatorYear(ReportingPeriod requested, int periodIndex, string? staleNote, string? noPreviousNote, Treatment.TreatedColumn? treated, int[]? trendSections, int comparatorIndex = -1)
    {
        ComparatorIndex = comparatorIndex;
        TrendSections = trendSections;
        Treated = treated;
        Requested = requested;
        PeriodIndex = periodIndex;
        StaleNote = staleNote;
        NoPreviousNote = noPreviousNote;
    }

    public ReportingPeriod Requested { get; }

    public int PeriodIndex { get; }

    /// <summary>The section England, region, neighbours, rank and score come from when it is not <see cref="PeriodIndex"/>
    /// (the latest published period, under <see cref="ScoringPolicy.LatestPublishedComparators"/>); −1 when it is.</summary>
    public int ComparatorIndex { get; }

    /// <summary>The stale note, or (when there is no period at all) the no-data note; null when neither applies.</summary>
    public string? StaleNote { get; }

    public string? NoPreviousNote { get; }

    /// <summary>The values scores come from after the policy's data treatment; null when the policy treats nothing.</summary>
    public Treatment.TreatedColumn? Treated { get; }

    /// <summary>The section index of each point of the recent trend, oldest first (−1 for a period without data); null when there is no period.</summary>
    public int[]? TrendSections { get; }
}
