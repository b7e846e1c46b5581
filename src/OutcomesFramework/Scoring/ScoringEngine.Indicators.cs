using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using OutcomesFramework.Areas;
using OutcomesFramework.Evidence;
using OutcomesFramework.Indicators;
using OutcomesFramework.Periods;
using OutcomesFramework.Statistics;

namespace OutcomesFramework.Scoring;

public sealed partial class ScoringEngine
{
    /// <summary>The fewest councils with a value for which quartile bands are given (one per quarter).</summary>
    internal const int MinimumCouncilsForBand = 4;

    /// <summary>Builds one indicator's result for authority <paramref name="la"/> from the shared cross-sections.</summary>
    private IndicatorScore BuildIndicator(int k, in IndicatorYear y, Area area, int la)
    {
        var d = indicators[k];
        var indicator = d.Indicator;
        var polarity = indicator.Polarity;
        var settings = settingsOf[k];
        var weight = weightOf[k];
        // Notes are collected without a closure: a captured local function passed as a delegate would cost two or three
        // allocations for every indicator of every scorecard.
        List<string>? notes = null;

        if (y.PeriodIndex < 0)
        {
            AddNote(ref notes, y.StaleNote!);
            return new IndicatorScore(indicator, y.Requested, null, null, null, null, null, null, null, null, null, null, null, null, weight, Freeze(notes));
        }

        var periodIndex = y.PeriodIndex;
        var cs = d.Section(periodIndex);
        var period = cs.Period;
        if (y.StaleNote is not null)
        {
            AddNote(ref notes, y.StaleNote);
        }
        var observation = cs.ObservationOf(la);
        var has = cs.HasValue(la);
        double? value = has ? cs.Values[la] : null;
        if (!has)
        {
            AddNote(ref notes, observation is { } o ? "no value: " + o.Status.Describe() : "no observation for this authority in the " + period);
        }

        var interval = Interval(cs, indicator, la, has, ref notes);
        // Comparators from the latest published period (ScoringPolicy.LatestPublishedComparators): the authority's own
        // value for a year England has not published yet, set among that period's published figures in place of its own.
        var ccs = cs;
        ReportingPeriod? comparatorPeriod = null;
        CrossSection.Ranking? ranked = null;
        double[]? substituted = null;
        if (y.ComparatorIndex >= 0)
        {
            ccs = d.Section(y.ComparatorIndex);
            comparatorPeriod = ccs.Period;
            AddNote(ref notes, "compared with the " + ccs.Period + ", the latest period with a published England value: England, region, neighbours, rank, band and score use its figures, with this authority's " + period + " value in place of its own");
            if (has)
            {
                substituted = (double[])ccs.Values.Clone();
                substituted[la] = value!.Value;
                ranked = new CrossSection.Ranking(substituted, indicator);
            }
        }
        var england = ccs.England;
        if (england is null)
        {
            AddNote(ref notes, "no England value in the " + period);
        }
        var region = RegionOf(ccs, area);
        var neighbours = NeighboursOf(ccs, la);
        if (neighbours is null)
        {
            AddNote(ref notes, "the statistical-neighbour model lists no neighbours for " + area.Name);
        }

        IndicatorRanking? ranking = null;
        var ranks = ranked?.Ranks ?? ccs.Ranks;
        var distribution = ranked?.Distribution ?? ccs.Distribution;
        if (has && polarity != Polarity.NoPolarity && ranks[la] > 0)
        {
            var band = (ranked?.Bands ?? ccs.Bands)[la];
            // Quartiles of fewer than four councils are not quarters: a council ranked 1 of 1 (a local indicator) would
            // otherwise be "D", a judgement the data cannot carry.
            var tooFew = distribution.Count < MinimumCouncilsForBand;
            if (tooFew)
            {
                band = QuartileBand.None;
            }
            ranking = new IndicatorRanking(ranks[la], distribution.Count, band == QuartileBand.None ? null : band, band == QuartileBand.None ? null : ranked is null ? ccs.CutPoints : ranked.CutPoints);
            if (!indicator.QuartileBanding)
            {
                AddNote(ref notes, "no quartile band: the indicator opts out of banding (data range is too small)");
            }
            else if (tooFew)
            {
                AddNote(ref notes, string.Format(CultureInfo.InvariantCulture, "no quartile band: only {0} {1} a value, and quartiles need at least {2}",
                    distribution.Count, distribution.Count == 1 ? "council has" : "councils have", MinimumCouncilsForBand));
            }
        }

        ComparatorComparison? comparison = null;
        if (has)
        {
            var comparatorValue = Policy.Comparator switch
            {
                Comparator.Region => region?.Value,
                Comparator.StatisticalNeighbours => neighbours?.Value,
                _ => england?.Value,
            };
            var outcome = BenchmarkComparison.Compare(value, interval, comparatorValue, polarity);
            var reason = interval is null ? "no confidence interval"
                : comparatorValue is null ? "the comparator has no value"
                : null;
            comparison = new ComparatorComparison(Policy.Comparator, comparatorValue, outcome, Policy.ConfidenceLevel, reason);
        }

        var change = has ? ChangeOf(d, periodIndex, la, value!.Value, y.NoPreviousNote, ref notes) : null;
        var trend = has ? TrendOf(d, y.TrendSections!, la) : null;
        var target = has && settings.Target is { } t ? new TargetResult(t, value!.Value, polarity) : null;

        NormalisedScore? score = null;
        var treated = substituted is null ? y.Treated : Treat(k, y.ComparatorIndex, substituted);
        var scoredValue = treated is null ? value : double.IsNaN(treated.Values[la]) ? null : treated.Values[la];
        if (scoredValue is { } sv && indicator.Role == IndicatorRole.Outcome)
        {
            var normalisation = normalisationOf[k];
            score = Normaliser.Normalise(normalisation, sv, polarity, treated?.Distribution ?? distribution, settings.Target);
            if (score is null)
            {
                AddNote(ref notes, "no score: " + normalisation + " needs a target, and none is set");
            }
            else if (treated?.NoteOf(la) is { } treatedNote)
            {
                AddNote(ref notes, treatedNote);
            }
        }
        else if (indicator.Role != IndicatorRole.Outcome)
        {
            AddNote(ref notes, indicator.Role == IndicatorRole.Context ? "context measure: compared, never scored" : "enabler: ranked and compared, never scored into an outcome");
        }

        return new IndicatorScore(indicator, y.Requested, period, observation, interval, england, region, neighbours, ranking, comparison, change, trend, target, score, weight, Freeze(notes), comparatorPeriod);
    }

    private static void AddNote(ref List<string>? notes, string text) => (notes ??= new List<string>()).Add(text);

    // The list's own array copy, kept rather than copied again through IEnumerable.
    private static ImmutableArray<string> Freeze(List<string>? notes) =>
        notes is null ? ImmutableArray<string>.Empty : System.Runtime.InteropServices.ImmutableCollectionsMarshal.AsImmutableArray(notes.ToArray());

    private static ConfidenceInterval? Interval(CrossSection cs, Indicator indicator, int la, bool has, ref List<string>? notes)
    {
        if (!has)
        {
            return null;
        }
        if (cs.Lower is not null && !double.IsNaN(cs.Lower[la]))
        {
            var method = indicator.MeasureKind == MeasureKind.Proportion ? IntervalMethod.Wilson
                : cs.Numerators[la] < PoissonLimits.ByarsThreshold ? IntervalMethod.ExactPoisson : IntervalMethod.Byars;
            return ConfidenceInterval.FromLimits(cs.Lower[la], cs.Upper![la], cs.Level, method);
        }
        if (indicator.MeasureKind is MeasureKind.Proportion or MeasureKind.Rate or MeasureKind.Mean)
        {
            AddNote(ref notes, cs.IntervalNote(indicator.MeasureKind, la) ?? "no confidence interval");
        }
        return null;
    }

    private static ComparatorValue? RegionOf(CrossSection cs, Area area)
    {
        // LAIT compares London boroughs with Inner or Outer London, which the data codes E13…; others with their E12 region.
        if (area.ChildrensServicesRegionCode is { } csr && cs.Regions.TryGetValue(csr, out var v))
        {
            return v;
        }
        return area.RegionCode is { } rc && cs.Regions.TryGetValue(rc, out v) ? v : null;
    }

    private NeighbourComparison? NeighboursOf(CrossSection cs, int la)
    {
        var resolved = data.Neighbours[la];
        if (resolved.Length == 0)
        {
            return null;
        }
        // The values averaged; ten neighbours in the DfE model, so the stack holds them.
        Span<double> used = resolved.Length <= 64 ? stackalloc double[resolved.Length] : new double[resolved.Length];
        var count = 0;
        foreach (var n in resolved)
        {
            if (n.Index >= 0 && cs.HasValue(n.Index))
            {
                used[count++] = cs.Values[n.Index];
            }
        }
        double? average = null;
        if (count > 0)
        {
            var values = used.Slice(0, count);
            if (Policy.NeighbourAverage == NeighbourAverage.Median)
            {
                InsertionSort(values);
                var mid = count / 2;
                average = count % 2 == 1 ? values[mid] : (values[mid - 1] + values[mid]) / 2;
            }
            else
            {
                var sum = 0.0;
                foreach (var x in values)
                {
                    sum += x;
                }
                average = sum / count;
            }
        }
        return new NeighbourComparison(Policy.NeighbourAverage, average, count, cs, resolved);
    }

    private static ChangeFromPrevious? ChangeOf(IndicatorData d, int periodIndex, int la, double value, string? noPreviousNote, ref List<string>? notes)
    {
        if (noPreviousNote is not null)
        {
            AddNote(ref notes, noPreviousNote);
            return null;
        }
        var previous = d.Section(periodIndex - 1);
        if (!previous.HasValue(la))
        {
            AddNote(ref notes, "no change from the previous period: no value for the " + previous.Period);
            return null;
        }
        return new ChangeFromPrevious(previous.Period, previous.Values[la], value, d.Indicator.Polarity);
    }

    // A handful of values: insertion sort, and the same on netstandard2.0, which has no Span sort.
    private static void InsertionSort(Span<double> values)
    {
        for (var i = 1; i < values.Length; i++)
        {
            var x = values[i];
            var j = i - 1;
            while (j >= 0 && values[j] > x)
            {
                values[j + 1] = values[j];
                j--;
            }
            values[j + 1] = x;
        }
    }

    [ThreadStatic]
    private static TrendPoint[]? trendBuffer;

    /// <summary>
    /// The sections of the recent trend's points for the period at <paramref name="periodIndex"/>, oldest first (−1
    /// where the indicator has no data for that period): the same for every authority, so found once per indicator
    /// and year rather than by period arithmetic in every scorecard.
    /// </summary>
    internal static int[] TrendSections(IndicatorData d, int periodIndex)
    {
        var sections = new int[RecentTrend.PointsToUse];
        var period = d.Periods[periodIndex];
        var j = periodIndex;
        for (var k = 0; k < sections.Length; k++) // k periods back from the current; points are oldest first
        {
            var slot = RecentTrend.PointsToUse - 1 - k;
            sections[slot] = -1;
            if (period.EndYear - k < 1901)
            {
                continue;
            }
            var wanted = period.Shift(-k);
            while (j >= 0 && d.Periods[j] > wanted)
            {
                j--;
            }
            if (j >= 0 && d.Periods[j] == wanted)
            {
                sections[slot] = j;
            }
        }
        return sections;
    }

    internal static TrendResult TrendOf(IndicatorData d, int[] sections, int la)
    {
        var type = TrendTypeOf(d.Indicator);
        if (type == TrendValueType.Other || !AllPointsValid(d, sections, la))
        {
            // RecentTrend answers "cannot be calculated" for these whatever the points hold (a kind of measure without a
            // trend; a point without value, count and denominator breaks the five-point run), so they are not built.
            return type == TrendValueType.Other ? NoTrendForKind : NoTrendWithoutFivePoints;
        }
        // One buffer per thread: RecentTrend reads the points and keeps none of them.
        var points = trendBuffer ??= new TrendPoint[RecentTrend.PointsToUse];
        FillPoints(d, sections, la, points);
        return RecentTrend.Calculate(points, type, d.Indicator.Polarity);
    }

    /// <summary>The recent trend the long way, every point built from the columns and handed to RecentTrend: what
    /// <see cref="TrendOf"/> must equal (the tests compare them on random data).</summary>
    internal static TrendResult TrendFromEveryPoint(IndicatorData d, int[] sections, int la)
    {
        var points = new TrendPoint[RecentTrend.PointsToUse];
        FillPoints(d, sections, la, points);
        return RecentTrend.Calculate(points, TrendTypeOf(d.Indicator), d.Indicator.Polarity);
    }

    private static TrendValueType TrendTypeOf(Indicator indicator) => indicator.MeasureKind switch
    {
        MeasureKind.Proportion => TrendValueType.Proportion,
        MeasureKind.Rate => TrendValueType.CrudeRate,
        _ => TrendValueType.Other,
    };

    // The council's point in each trend slot, read from the columns; a slot without a period is the default point.
    private static void FillPoints(IndicatorData d, int[] sections, int la, TrendPoint[] points)
    {
        for (var slot = 0; slot < points.Length; slot++)
        {
            if (sections[slot] < 0)
            {
                points[slot] = default;
                continue;
            }
            var s = d.Section(sections[slot]);
            points[slot] = new TrendPoint(
                s.HasValue(la) ? s.Values[la] : null,
                Nullable(s.Numerators[la]),
                Nullable(s.Denominators[la]),
                s.Lower95 is null ? null : Nullable(s.Lower95[la]),
                s.Upper95 is null ? null : Nullable(s.Upper95[la]));
        }
    }

    // RecentTrend's answers when it cannot calculate a trend depend on neither the points nor the polarity: computed by it
    // once and shared (the results are immutable).
    private static readonly TrendResult NoTrendForKind =
        RecentTrend.Calculate(new TrendPoint[RecentTrend.PointsToUse], TrendValueType.Other, Polarity.NoPolarity);

    private static readonly TrendResult NoTrendWithoutFivePoints =
        RecentTrend.Calculate(new TrendPoint[RecentTrend.PointsToUse], TrendValueType.Proportion, Polarity.NoPolarity);

    // TrendPoint.IsValid for every point, read from the columns.
    private static bool AllPointsValid(IndicatorData d, int[] sections, int la)
    {
        foreach (var section in sections)
        {
            if (section < 0)
            {
                return false;
            }
            var s = d.Section(section);
            if (double.IsNaN(s.Values[la]) || double.IsNaN(s.Numerators[la]) || double.IsNaN(s.Denominators[la]))
            {
                return false;
            }
        }
        return true;
    }

    private static double? Nullable(double d) => double.IsNaN(d) ? null : d;
}
