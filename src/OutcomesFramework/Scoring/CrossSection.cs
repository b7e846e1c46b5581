using System;
using System.Collections.Generic;
using System.Threading;
using OutcomesFramework.Evidence;
using OutcomesFramework.Indicators;
using OutcomesFramework.Periods;
using OutcomesFramework.Statistics;

namespace OutcomesFramework.Scoring;

/// <summary>
/// One indicator's figures for one period across every local authority, computed once and shared by every
/// authority's scorecard: values by authority, the England and regional values, and — on first use, because the
/// earlier periods behind a change or a trend need only values and intervals — the sorted distribution, LAIT ranks,
/// quartile bands and the intervals.
/// </summary>
internal sealed class CrossSection
{
    /// <summary>Marks an authority with no observation at all in <see cref="Statuses"/>.</summary>
    public const byte NoObservation = 255;

    private readonly ObservationSet observations;
    private readonly Indicator indicator;
    private readonly int[] rows;
    private Ranking? ranking;
    private Observation[]? observationsByLa;
    private Limits? limits;
    private Limits? limits95;

    public CrossSection(EngineData data, Indicator indicator, ReportingPeriod period, int[] rowOfLa, int englandRow, List<KeyValuePair<int, int>> regionRows, ConfidenceLevel level)
    {
        observations = data.Observations;
        this.indicator = indicator;
        rows = rowOfLa;
        Period = period;
        Level = level;
        var n = rowOfLa.Length;
        Values = new double[n];
        Numerators = new double[n];
        Denominators = new double[n];
        Statuses = new byte[n];
        for (var la = 0; la < n; la++)
        {
            var row = rowOfLa[la];
            if (row < 0)
            {
                Values[la] = Numerators[la] = Denominators[la] = double.NaN;
                Statuses[la] = NoObservation;
                continue;
            }
            Values[la] = observations.ValueOfRow(row);
            Numerators[la] = observations.NumeratorOfRow(row);
            Denominators[la] = observations.DenominatorOfRow(row);
            Statuses[la] = (byte)observations.StatusOfRow(row);
            if (!double.IsNaN(Values[la]))
            {
                ValueCount++;
            }
        }
        if (englandRow >= 0)
        {
            England = Comparator(data, englandRow);
        }
        Regions = new Dictionary<string, ComparatorValue>(StringComparer.Ordinal);
        foreach (var pair in regionRows)
        {
            Regions[observations.AreaCodes[pair.Key]] = Comparator(data, pair.Value);
        }
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

    /// <summary>How many authorities have a value.</summary>
    public int ValueCount { get; }

    public ComparatorValue? England { get; }

    /// <summary>Regional values by the code the data uses (E12… regions; E13… Inner and Outer London where given).</summary>
    public Dictionary<string, ComparatorValue> Regions { get; }

    /// <summary>The sorted values of the authorities with a value.</summary>
    public Distribution Distribution => Ranked.Distribution;

    /// <summary>LAIT ranks by authority index; 0 = not ranked.</summary>
    public int[] Ranks => Ranked.Ranks;

    public QuartileBand[] Bands => Ranked.Bands;

    public QuartileCutPoints? CutPoints => Ranked.CutPoints;

    /// <summary>Interval limits at the policy's level; NaN where there is no interval; null for measures without intervals.</summary>
    public double[]? Lower => (limits ??= ComputeLimits(Level)).Lower;

    public double[]? Upper => (limits ??= ComputeLimits(Level)).Upper;

    /// <summary>Interval limits at 95%, for the recent trend.</summary>
    public double[]? Lower95 => Limits95.Lower;

    public double[]? Upper95 => Limits95.Upper;

    private Limits Limits95 => Level.Equals(ConfidenceLevel.NinetyFivePercent)
        ? (limits ??= ComputeLimits(Level))
        : (limits95 ??= ComputeLimits(ConfidenceLevel.NinetyFivePercent));

    private Ranking Ranked
    {
        get
        {
            var r = Volatile.Read(ref ranking);
            if (r is null)
            {
                r = new Ranking(Values, indicator);
                r = Interlocked.CompareExchange(ref ranking, r, null) ?? r;
            }
            return r;
        }
    }

    public bool HasValue(int la) => !double.IsNaN(Values[la]);

    /// <summary>The authority's observation as the data holds it (under an earlier code for a re-coded authority), or null.</summary>
    public Observation? ObservationOf(int la) => rows[la] < 0 ? null : ObservationsByLa[la];

    // Read from the observation set once per section and kept: a league reads every authority's, and the set's columns
    // (hundreds of thousands of rows) are far from the cache by then.
    private Observation[] ObservationsByLa
    {
        get
        {
            var o = Volatile.Read(ref observationsByLa);
            if (o is null)
            {
                o = new Observation[rows.Length];
                for (var la = 0; la < rows.Length; la++)
                {
                    if (rows[la] >= 0)
                    {
                        o[la] = observations.ObservationAt(rows[la]);
                    }
                }
                o = Interlocked.CompareExchange(ref observationsByLa, o, null) ?? o;
            }
            return o;
        }
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

    private ComparatorValue Comparator(EngineData data, int row)
    {
        var area = observations.AreaIndexOfRow(row);
        var value = observations.ValueOfRow(row);
        return new ComparatorValue(observations.AreaCodes[area], data.OtherName[area]!, double.IsNaN(value) ? null : value, observations.StatusOfRow(row));
    }

    /// <summary>Intervals by measure kind: Wilson for proportions, exact Poisson or Byar's for rates, none otherwise.
    /// Rows whose numerator and denominator cannot make an interval (missing, zero denominator, a proportion above 1) get NaN.
    /// Computed for all authorities at once with the vectorised statistics; a race computes the same limits twice.</summary>
    private Limits ComputeLimits(ConfidenceLevel level)
    {
        if (indicator.MeasureKind is not (MeasureKind.Proportion or MeasureKind.Rate))
        {
            return Limits.None;
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
            return Limits.None;
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
        return new Limits(lower, upper);
    }

    private sealed class Limits
    {
        public static readonly Limits None = new(null, null);

        public Limits(double[]? lower, double[]? upper)
        {
            Lower = lower;
            Upper = upper;
        }

        public double[]? Lower { get; }

        public double[]? Upper { get; }
    }

    /// <summary>The distribution, LAIT ranks and quartile bands of the authorities' values.</summary>
    internal sealed class Ranking
    {
        public Ranking(double[] values, Indicator indicator)
        {
            var sorted = new double[values.Length];
            var count = 0;
            foreach (var v in values)
            {
                if (!double.IsNaN(v))
                {
                    sorted[count++] = v;
                }
            }
            Array.Resize(ref sorted, count);
            Array.Sort(sorted);
            Distribution = new Distribution(sorted);
            Ranks = new int[values.Length];
            Bands = new QuartileBand[values.Length];
            LaitBanding.RankAndBand(values, indicator.Polarity, indicator.QuartileBanding, Ranks, Bands);
            CutPoints = indicator.QuartileBanding && indicator.Polarity != Polarity.NoPolarity ? LaitBanding.CutPoints(values) : null;
        }

        public Distribution Distribution { get; }

        public int[] Ranks { get; }

        public QuartileBand[] Bands { get; }

        public QuartileCutPoints? CutPoints { get; }
    }
}
