using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using OutcomesFramework.Evidence;
using OutcomesFramework.Periods;
using OutcomesFramework.Statistics.Spc;
using OutcomesFramework.Utility;

namespace OutcomesFramework.Assurance;

/// <summary>
/// The XmR charts the SPC rules read: an authority's series for an indicator, one point per period from its first
/// value to the period the scorecard uses (a missing or suppressed year is a missing point), drawn with a Making Data
/// Count profile in the indicator's improvement direction.
/// </summary>
public static class SpcCharts
{
    /// <summary>Gets the options of a profile, with the minimum number of points replaced.</summary>
    /// <param name="profile">The profile.</param>
    /// <param name="minimumPoints">The fewest non-missing points for limits (at least 1).</param>
    /// <returns>The options.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="minimumPoints"/> is below 1.</exception>
    public static SpcOptions Options(SpcProfile profile, int minimumPoints) => SpcWorkspace.Options(profile, minimumPoints);

    /// <summary>Gets the chart's series: one point per period from the first value to the period used, gaps filled with not-available points.</summary>
    /// <param name="evidence">The indicator's evidence.</param>
    /// <returns>The points, oldest first; empty when there is no value or no period.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="evidence"/> is null.</exception>
    public static ImmutableArray<SeriesPoint> Series(IndicatorEvidence evidence)
    {
        Preconditions.CheckNotNull(evidence, nameof(evidence));
        var history = evidence.History;
        if (evidence.Period is not { } period)
        {
            return ImmutableArray<SeriesPoint>.Empty;
        }
        var first = -1;
        for (var i = 0; i < history.Length; i++)
        {
            if (history[i].Value is not null)
            {
                first = i;
                break;
            }
        }
        if (first < 0)
        {
            return ImmutableArray<SeriesPoint>.Empty;
        }
        var points = new List<SeriesPoint>();
        var last = history[first].Period;
        for (var i = first; i < history.Length && history[i].Period <= period; i++)
        {
            if (i > first)
            {
                // Annual periods: the years between two rows are missing points, exactly as the rules' charts have them.
                for (var p = last.Next; p < history[i].Period; p = p.Next)
                {
                    points.Add(new SeriesPoint(p, null, ObservationStatus.NotAvailable));
                }
            }
            points.Add(history[i]);
            last = history[i].Period;
        }
        for (var p = last.Next; p <= period; p = p.Next)
        {
            points.Add(new SeriesPoint(p, null, ObservationStatus.NotAvailable));
        }
        return points.ToImmutableArray();
    }

    /// <summary>Draws the chart an SPC rule with this profile and minimum would read.</summary>
    /// <param name="evidence">The indicator's evidence.</param>
    /// <param name="profile">The profile.</param>
    /// <param name="minimumPoints">The fewest non-missing points for limits (2 to 1000).</param>
    /// <param name="target">A target for the assurance icon, or null.</param>
    /// <returns>The chart, or null when the series is empty.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="evidence"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="minimumPoints"/> is out of range.</exception>
    public static XmrChart? Draw(IndicatorEvidence evidence, SpcProfile profile, int minimumPoints, double? target = null)
    {
        Preconditions.CheckArgumentRange(nameof(minimumPoints), minimumPoints, 2, 1000);
        var series = Series(evidence);
        if (series.IsEmpty)
        {
            return null;
        }
        var values = new double?[series.Length];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = series[i].Value;
        }
        return Xmr.Compute(values, Options(profile, minimumPoints), DirectionOf(evidence.Indicator.Polarity), target);
    }

    /// <summary>Gets the improvement direction of a polarity: increase when higher is better, decrease when lower is better, neither without polarity.</summary>
    /// <param name="polarity">The polarity.</param>
    /// <returns>The direction.</returns>
    public static ImprovementDirection DirectionOf(Polarity polarity) => polarity switch
    {
        Polarity.HigherIsBetter => ImprovementDirection.Increase,
        Polarity.LowerIsBetter => ImprovementDirection.Decrease,
        _ => ImprovementDirection.Neither,
    };
}
