using System;
using System.Collections.Generic;
using System.Linq;
using NodaTime;
using OutcomesFramework.Assurance;
using OutcomesFramework.Evidence;
using OutcomesFramework.Inspections;
using OutcomesFramework.Periods;

namespace OutcomesFramework.Forecasting;

/// <summary>
/// Reads the features of an authority as they could have been read on a date: each indicator value only from the day
/// its period was published (<see cref="PublicationCalendar"/>), each Ofsted judgement only from its report's
/// publication date. Each authority's series are indexed on first use, so a back-test reads thousands of dates cheaply.
/// Not thread-safe (the index fills as it is read): one evaluation uses it from one thread.
/// </summary>
internal sealed class FeatureExtractor
{
    private readonly ObservationSet observations;
    private readonly PublicationCalendar calendar;
    private readonly InspectionHistory inspections;

    /// <summary>Each authority's series, one slot per feature (null for the previous judgement), read on first use: an evaluation reads a few hundred authorities, not the whole set.</summary>
    private readonly Dictionary<string, Point[]?[]> byArea = new(StringComparer.Ordinal);

    public FeatureExtractor(IReadOnlyList<EarlyWarningFeature> features, ObservationSet observations, InspectionHistory inspections, PublicationCalendar calendar)
    {
        Features = features;
        this.observations = observations;
        this.calendar = calendar;
        this.inspections = inspections;
    }

    public IReadOnlyList<EarlyWarningFeature> Features { get; }

    /// <summary>The feature values on a date (NaN where missing).</summary>
    public double[] Values(string areaCode, LocalDate asOf)
    {
        var series = SeriesOf(areaCode);
        var values = new double[Features.Count];
        for (var f = 0; f < Features.Count; f++)
        {
            values[f] = Features[f].Kind == EarlyWarningFeatureKind.PreviousJudgement
                ? PreviousInspection(areaCode, asOf)?.OverallEffectiveness is { } g ? (int)g : double.NaN
                : Value(Features[f].Kind, series[f], asOf);
        }
        return values;
    }

    /// <summary>The latest graded inspection whose report was published by the date and which took place before it.</summary>
    public Inspection? PreviousInspection(string areaCode, LocalDate asOf)
    {
        Inspection? latest = null;
        foreach (var i in inspections.For(areaCode))
        {
            if (i.IsGraded && i.PublicationDate <= asOf && i.InspectionDate <= asOf && (latest is null || i.InspectionDate > latest.InspectionDate))
            {
                latest = i;
            }
        }
        return latest;
    }

    /// <summary>Every data point the features could read on a date (indicator periods and inspections), for the leakage guard.</summary>
    public SortedSet<string> DataPoints(string areaCode, LocalDate asOf)
    {
        var points = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var id in Features.Where(f => f.IndicatorId is not null).Select(f => f.IndicatorId!).Distinct(StringComparer.Ordinal))
        {
            foreach (var p in Load(id, areaCode) ?? Array.Empty<Point>())
            {
                if (p.PublishedOn <= asOf)
                {
                    points.Add(id + " " + p.Period.Label);
                }
            }
        }
        if (Features.Contains(EarlyWarningFeature.PreviousJudgement))
        {
            foreach (var i in inspections.For(areaCode).Where(i => i.IsGraded && i.PublicationDate <= asOf && i.InspectionDate <= asOf))
            {
                points.Add("inspection " + i.InspectionDate.ToString("uuuu-MM-dd", null));
            }
        }
        return points;
    }

    private static double Value(EarlyWarningFeatureKind kind, Point[]? s, LocalDate asOf)
    {
        if (s is null)
        {
            return double.NaN;
        }
        var last = -1;
        for (var k = 0; k < s.Length; k++)
        {
            if (s[k].PublishedOn <= asOf)
            {
                last = k;
            }
        }
        if (last < 0)
        {
            return double.NaN;
        }
        if (kind == EarlyWarningFeatureKind.LatestValue)
        {
            return s[last].Value;
        }
        return last > 0 && s[last - 1].Period.IsFollowedBy(s[last].Period) ? s[last].Value - s[last - 1].Value : double.NaN;
    }

    private Point[]?[] SeriesOf(string areaCode)
    {
        if (!byArea.TryGetValue(areaCode, out var series))
        {
            series = new Point[]?[Features.Count];
            var loaded = new Dictionary<string, Point[]?>(StringComparer.Ordinal);
            for (var f = 0; f < Features.Count; f++)
            {
                if (Features[f].IndicatorId is { } id)
                {
                    if (!loaded.TryGetValue(id, out var points))
                    {
                        points = Load(id, areaCode);
                        loaded[id] = points;
                    }
                    series[f] = points;
                }
            }
            byArea[areaCode] = series;
        }
        return series;
    }

    /// <summary>The series' published values, oldest period first, each with the day it was published; null when there is none.</summary>
    private Point[]? Load(string indicatorId, string areaCode)
    {
        var points = new List<Point>();
        foreach (var o in observations.Series(indicatorId, areaCode))
        {
            if (o.Value is { } v)
            {
                points.Add(new Point(o.Period, calendar.PublishedOn(o.Period), v));
            }
        }
        return points.Count == 0 ? null : points.ToArray();
    }

    private readonly struct Point
    {
        public Point(ReportingPeriod period, LocalDate publishedOn, double value)
        {
            Period = period;
            PublishedOn = publishedOn;
            Value = value;
        }

        public ReportingPeriod Period { get; }

        public LocalDate PublishedOn { get; }

        public double Value { get; }
    }
}
