using System;
using System.Collections.Generic;
using OutcomesFramework.Areas;
using OutcomesFramework.Evidence;
using OutcomesFramework.Indicators;
using OutcomesFramework.Periods;
using OutcomesFramework.Statistics;

namespace OutcomesFramework.Scoring;

/// <summary>
/// One indicator's figures for one period across every local authority, computed once and shared by every
/// authority's scorecard: values by authority, intervals, the sorted distribution, LAIT ranks and bands, and the
/// England and regional values.
/// </summary>
internal sealed class CrossSection
{
    /// <summary>Marks an authority with no observation at all in <see cref="Statuses"/>.</summary>
    public const byte NoObservation = 255;

    public CrossSection(EngineData data, Indicator indicator, ReportingPeriod period, ConfidenceLevel level)
    {
        Period = period;
        Level = level;
        var n = data.LocalAuthorities.Length;
        Values = Fill(n);
        Numerators = Fill(n);
        Denominators = Fill(n);
        Statuses = new byte[n];
        Statuses.AsSpan().Fill(NoObservation);
        var regions = new Dictionary<string, ComparatorValue>(StringComparer.Ordinal);
        var fromCurrentCode = new bool[n];

        foreach (var o in data.Observations.CrossSection(indicator.Id, period))
        {
            if (data.LocalAuthorityIndex.TryGetValue(o.AreaCode, out var la))
            {
                // A re-coded authority may appear under its old and new codes; the current code wins.
                var isCurrent = string.Equals(o.AreaCode, data.LocalAuthorities[la].Code, StringComparison.Ordinal);
                if (Statuses[la] != NoObservation && (fromCurrentCode[la] || !isCurrent))
                {
                    continue;
                }
                fromCurrentCode[la] = isCurrent;
                Statuses[la] = (byte)o.Status;
                Values[la] = o.Value ?? double.NaN;
                Numerators[la] = o.Numerator ?? double.NaN;
                Denominators[la] = o.Denominator ?? double.NaN;
            }
            else if (data.OtherAreas.TryGetValue(o.AreaCode, out var area))
            {
                var comparator = new ComparatorValue(o.AreaCode, EngineData.DisplayName(o.AreaCode, area), o.Value, o.Status);
                if (area.Level == AreaLevel.Country)
                {
                    if (England is null || string.Equals(o.AreaCode, data.Areas.Country.Code, StringComparison.Ordinal))
                    {
                        England = comparator;
                    }
                }
                else
                {
                    regions[o.AreaCode] = comparator;
                }
            }
        }
        Regions = regions;

        var sorted = new List<double>(n);
        foreach (var v in Values)
        {
            if (!double.IsNaN(v))
            {
                sorted.Add(v);
            }
        }
        var array = sorted.ToArray();
        Array.Sort(array);
        Distribution = new Distribution(array);

        Ranks = new int[n];
        Bands = new QuartileBand[n];
        LaitBanding.RankAndBand(Values, indicator.Polarity, indicator.QuartileBanding, Ranks, Bands);
        CutPoints = indicator.QuartileBanding && indicator.Polarity != Polarity.NoPolarity ? LaitBanding.CutPoints(Values) : null;

        (Lower, Upper) = Intervals(indicator, level);
        (Lower95, Upper95) = ReferenceEquals(level, ConfidenceLevel.NinetyFivePercent) || level.Equals(ConfidenceLevel.NinetyFivePercent)
            ? (Lower, Upper)
            : Intervals(indicator, ConfidenceLevel.NinetyFivePercent);
    }

    public ReportingPeriod Period { get; }

    /// <summary>The confidence level of <see cref="Lower"/> and <see cref="Upper"/>.</summary>
    public ConfidenceLevel Level { get; }

    /// <summary>Values by authority index; NaN where there is none.</summary>
    public double[] Values { get; }

    public double[] Numerators { get; }

    public double[] Denominators { get; }

    /// <summary>Observation status by authority index, or <see cref="NoObservation"/>.</summary>
    public byte[] Statuses { get; }

    /// <summary>Interval limits at the policy's level; NaN where there is no interval.</summary>
    public double[]? Lower { get; }

    public double[]? Upper { get; }

    /// <summary>Interval limits at 95%, for the recent trend (the same arrays when the policy's level is 95%).</summary>
    public double[]? Lower95 { get; }

    public double[]? Upper95 { get; }

    public Distribution Distribution { get; }

    /// <summary>LAIT ranks by authority index; 0 = not ranked.</summary>
    public int[] Ranks { get; }

    public QuartileBand[] Bands { get; }

    public QuartileCutPoints? CutPoints { get; }

    public ComparatorValue? England { get; }

    /// <summary>Regional values by the code the data uses (E12… regions, E13… Inner and Outer London).</summary>
    public Dictionary<string, ComparatorValue> Regions { get; }

    public bool HasValue(int la) => !double.IsNaN(Values[la]);

    public Observation? ObservationOf(Indicator indicator, Area area, int la) => Statuses[la] == NoObservation
        ? null
        : new Observation(indicator.Id, area.Code, Period, HasValue(la) ? Values[la] : null, Nullable(Numerators[la]), Nullable(Denominators[la]), (ObservationStatus)Statuses[la]);

    private static double? Nullable(double d) => double.IsNaN(d) ? null : d;

    private static double[] Fill(int n)
    {
        var a = new double[n];
        a.AsSpan().Fill(double.NaN);
        return a;
    }

    /// <summary>Intervals by measure kind: Wilson for proportions, exact Poisson or Byar's for rates, none otherwise.
    /// Rows whose numerator and denominator cannot make an interval (missing, zero denominator, a proportion above 1) get NaN.</summary>
    private (double[]? Lower, double[]? Upper) Intervals(Indicator indicator, ConfidenceLevel level)
    {
        if (indicator.MeasureKind is not (MeasureKind.Proportion or MeasureKind.Rate))
        {
            return (null, null);
        }
        var n = Values.Length;
        var x = new double[n];
        var d = new double[n];
        var any = false;
        for (var i = 0; i < n; i++)
        {
            var ok = IntervalNote(indicator.MeasureKind, i) is null;
            x[i] = ok ? Numerators[i] : double.NaN;
            d[i] = ok ? Denominators[i] : double.NaN;
            any |= ok;
        }
        if (!any)
        {
            return (null, null);
        }
        var lower = new double[n];
        var upper = new double[n];
        if (indicator.MeasureKind == MeasureKind.Proportion)
        {
            Wilson.Compute(x, d, level, indicator.Multiplier, lower, upper);
        }
        else
        {
            CrudeRate.Compute(x, d, level, indicator.Multiplier, lower, upper);
        }
        return (lower, upper);
    }

    /// <summary>Why authority <paramref name="la"/> has no interval, or null when it can have one.</summary>
    public string? IntervalNote(MeasureKind kind, int la)
    {
        if (kind is not (MeasureKind.Proportion or MeasureKind.Rate))
        {
            return kind == MeasureKind.Mean
                ? "no confidence interval: a mean needs the standard deviation and count, which the observation does not carry"
                : "no confidence interval for this kind of measure";
        }
        if (!HasValue(la))
        {
            return "no value";
        }
        var x = Numerators[la];
        var d = Denominators[la];
        if (double.IsNaN(x) || double.IsNaN(d))
        {
            return "no confidence interval: the numerator and denominator are not both known";
        }
        if (!(d > 0))
        {
            return "no confidence interval: the denominator is zero";
        }
        if (kind == MeasureKind.Proportion && x > d)
        {
            return "no confidence interval: the numerator exceeds the denominator";
        }
        return null;
    }
}
