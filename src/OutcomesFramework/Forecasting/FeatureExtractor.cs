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
/// publication date. Series are indexed once, so a back-test reads thousands of dates cheaply.
/// </summary>
internal sealed class FeatureExtractor
{
    private readonly Dictionary<(string Area, string Indicator), Point[]> series = new();
    private readonly InspectionHistory inspections;

    public FeatureExtractor(IReadOnlyList<EarlyWarningFeature> features, ObservationSet observations, InspectionHistory inspections, PublicationCalendar calendar)
    {
        Features = features;
        this.inspections = inspections;
        var wanted = new HashSet<string>(features.Where(f => f.IndicatorId is not null).Select(f => f.IndicatorId!), StringComparer.Ordinal);
        foreach (var group in observations.Where(o => o.HasValue && wanted.Contains(o.IndicatorId)).GroupBy(o => (o.AreaCode, o.IndicatorId)))
        {
            series[group.Key] = group.OrderBy(o => o.Period).Select(o => new Point(o.Period, calendar.PublishedOn(o.Period), o.Value!.Value)).ToArray();
        }
    }

    public IReadOnlyList<EarlyWarningFeature> Features { get; }

    /// <summary>The feature values on a date (NaN where missing).</summary>
    public double[] Values(string areaCode, LocalDate asOf)
    {
        var values = new double[Features.Count];
        for (var f = 0; f < Features.Count; f++)
        {
            values[f] = Value(Features[f], areaCode, asOf);
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
            if (series.TryGetValue((areaCode, id), out var s))
            {
                foreach (var p in s.Where(p => p.PublishedOn <= asOf))
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

    private double Value(EarlyWarningFeature feature, string areaCode, LocalDate asOf)
    {
        if (feature.Kind == EarlyWarningFeatureKind.PreviousJudgement)
        {
            return PreviousInspection(areaCode, asOf)?.OverallEffectiveness is { } g ? (int)g : double.NaN;
        }
        if (!series.TryGetValue((areaCode, feature.IndicatorId!), out var s))
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
        if (feature.Kind == EarlyWarningFeatureKind.LatestValue)
        {
            return s[last].Value;
        }
        return last > 0 && s[last - 1].Period.IsFollowedBy(s[last].Period) ? s[last].Value - s[last - 1].Value : double.NaN;
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
