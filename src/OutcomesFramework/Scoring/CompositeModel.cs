using System;
using System.Collections.Immutable;
using OutcomesFramework.Areas;
using OutcomesFramework.Indicators;
using OutcomesFramework.Scoring.Treatment;

namespace OutcomesFramework.Scoring;

/// <summary>
/// The league reduced to numbers for one year: every scored indicator's values across authorities, with what the
/// engine needs to turn them into indicator, outcome and overall scores and ranks. Evaluating it with the nominal
/// settings gives exactly the engine's scores; the Monte Carlo and sensitivity analyses evaluate it thousands of
/// times with drawn values or other settings, without building scorecards.
/// </summary>
internal sealed class CompositeModel
{
    public CompositeModel(ImmutableArray<Area> areas, ScoringPolicy policy, string[] outcomeIds, Indicator[] indicators, int[] outcomeOf,
        double[][] values, double[][] numerators, double[][] denominators, bool[][] drawable, Normalisation[] normalisations,
        LocalTarget?[] targets, double[] weights, double[]?[] carried, int[] groups, int groupCount)
    {
        Areas = areas;
        Policy = policy;
        OutcomeIds = outcomeIds;
        Indicators = indicators;
        OutcomeOf = outcomeOf;
        Values = values;
        Numerators = numerators;
        Denominators = denominators;
        Drawable = drawable;
        Targets = targets;
        Carried = carried;
        Groups = groups;
        GroupCount = groupCount;
        var outcomeWeights = new double[outcomeIds.Length];
        for (var o = 0; o < outcomeIds.Length; o++)
        {
            outcomeWeights[o] = policy.OutcomeWeight(outcomeIds[o]);
        }
        Members = new int[outcomeIds.Length][];
        for (var o = 0; o < outcomeIds.Length; o++)
        {
            var count = 0;
            foreach (var q in outcomeOf)
            {
                count += q == o ? 1 : 0;
            }
            Members[o] = new int[count];
            count = 0;
            for (var i = 0; i < outcomeOf.Length; i++)
            {
                if (outcomeOf[i] == o)
                {
                    Members[o][count++] = i;
                }
            }
        }
        Nominal = new ModelSettings(normalisations, weights, policy.OutcomeAggregation, policy.OverallAggregation, policy.AggregationPower,
            policy.OutcomeCoverageThreshold, policy.OverallCoverageThreshold, outcomeWeights, policy.Treatment, policy.RankingCoverage);
    }

    public ImmutableArray<Area> Areas { get; }

    public int AuthorityCount => Areas.Length;

    public ScoringPolicy Policy { get; }

    public string[] OutcomeIds { get; }

    /// <summary>The indicators that count towards an outcome (role Outcome), in framework order.</summary>
    public Indicator[] Indicators { get; }

    /// <summary>By indicator: the index of its outcome in <see cref="OutcomeIds"/>.</summary>
    public int[] OutcomeOf { get; }

    /// <summary>By indicator, by authority: the observed value in the period used (NaN = none).</summary>
    public double[][] Values { get; }

    public double[][] Numerators { get; }

    public double[][] Denominators { get; }

    /// <summary>By indicator, by authority: whether the value has the numerator and denominator a sampling distribution needs.</summary>
    public bool[][] Drawable { get; }

    public LocalTarget?[] Targets { get; }

    /// <summary>By indicator: each authority's latest earlier value for carrying forward (null unless that imputation is used).</summary>
    public double[]?[] Carried { get; }

    public int[] Groups { get; }

    public int GroupCount { get; }

    /// <summary>The policy's settings.</summary>
    public ModelSettings Nominal { get; }

    /// <summary>By outcome: its indicators' indices, in framework order (the order their parts are aggregated in).</summary>
    public int[][] Members { get; }

    /// <summary>Scores every authority on every indicator, outcome and overall into <paramref name="ws"/> (<see cref="Rank(double[][], ModelSettings, ModelWorkspace)"/> then ranks them).</summary>
    public void Evaluate(double[][] values, ModelSettings settings, ModelWorkspace ws) => Evaluate(values, settings, ws, null);

    /// <summary>
    /// Evaluates again after only the indicators marked in <paramref name="changed"/> (null = all) have new values:
    /// the others keep their prepared columns and scores from the last evaluation in <paramref name="ws"/> with the
    /// same settings (a Monte Carlo replicate redraws only the indicators with a sampling model).
    /// </summary>
    public void Evaluate(double[][] values, ModelSettings settings, ModelWorkspace ws, bool[]? changed)
    {
        Prepare(values, settings.Treatment, ws, changed);
        ScoreIndicators(settings.Normalisations, ws, ws.IndicatorScores, changed);
        Aggregate(values, settings, ws.IndicatorScores, ws);
    }

    /// <summary>
    /// The part of an evaluation that depends on the values and the treatment only: each indicator's treated values,
    /// sorted once with their authorities, and their mean and standard deviation. A sensitivity run, whose values
    /// never change, prepares once and scores many settings from it.
    /// </summary>
    public void Prepare(double[][] values, DataTreatment treatment, ModelWorkspace ws, bool[]? changed = null)
    {
        var n = AuthorityCount;
        for (var i = 0; i < Indicators.Length; i++)
        {
            if (changed is not null && !changed[i])
            {
                continue;
            }
            var treated = values[i];
            if (!treatment.IsNone)
            {
                treated = ws.Treated[i];
                Array.Copy(values[i], treated, n);
                TreatedColumn.Fill(treatment, treated, Groups, GroupCount, Carried[i], ws.Donors, ws.CarriedFlags, ws.Moved);
            }
            var sorted = ws.SortedValues[i];
            var authorities = ws.SortedAuthorities[i];
            // One sort of (value, authority) pairs gives the distribution, each value's place among the others (the
            // percentile rank) and, untreated, the indicator's rank: no per-authority search.
            var count = SortPresent(treated, sorted, authorities, ws.Counts[i]);
            ws.Counts[i] = count;
            if (count > 0)
            {
                Distribution.Moments(sorted, count, out ws.Means[i], out ws.StandardDeviations[i]);
            }
        }
        ws.PreparedValues = values;
        ws.PreparedUntreated = treatment.IsNone;
    }

    /// <summary>Scores every authority on every indicator with <paramref name="normalisations"/> from the last <see cref="Prepare"/>, into <paramref name="scores"/> (NaN = no score).</summary>
    public void ScoreIndicators(Normalisation[] normalisations, ModelWorkspace ws, double[][] scores, bool[]? changed = null)
    {
        for (var i = 0; i < Indicators.Length; i++)
        {
            if (changed is not null && !changed[i])
            {
                continue;
            }
            var column = scores[i];
            Fill(column, double.NaN);
            var count = ws.Counts[i];
            if (count == 0)
            {
                continue;
            }
            var sorted = ws.SortedValues[i];
            var authorities = ws.SortedAuthorities[i];
            var polarity = Indicators[i].Polarity;
            var normalisation = normalisations[i];
            var target = Targets[i];
            double mean = ws.Means[i], sd = ws.StandardDeviations[i], min = sorted[0], max = sorted[count - 1];
            for (var start = 0; start < count;)
            {
                // A run of equal values: `start` values lie below it and `end` at or below it.
                var end = start + 1;
                while (end < count && sorted[end] == sorted[start])
                {
                    end++;
                }
                for (var j = start; j < end; j++)
                {
                    column[authorities[j]] = Normaliser.Score(normalisation, sorted[j], polarity, count, mean, sd, min, max, start, end, target);
                }
                start = end;
            }
        }
    }

    /// <summary>Aggregates indicator <paramref name="scores"/> into outcome and overall scores and coverages in <paramref name="ws"/>.</summary>
    public void Aggregate(double[][] values, ModelSettings settings, double[][] scores, ModelWorkspace ws)
    {
        var n = AuthorityCount;
        var o = OutcomeIds.Length;
        var parts = ws.Parts;
        var observed = ws.ObservedParts;
        var weights = ws.PartWeights;
        for (var la = 0; la < n; la++)
        {
            for (var q = 0; q < o; q++)
            {
                var members = Members[q];
                var m = members.Length;
                var imputed = false;
                for (var p = 0; p < m; p++)
                {
                    var i = members[p];
                    var s = scores[i][la];
                    parts[p] = s;
                    // Coverage counts observed evidence only (see DataTreatment).
                    var missing = double.IsNaN(values[i][la]);
                    observed[p] = missing ? double.NaN : s;
                    imputed |= missing && !double.IsNaN(s);
                    weights[p] = settings.Weights[i];
                }
                var coverage = Aggregator.Coverage(observed, weights, m);
                ws.OutcomeCoverage[q][la] = coverage;
                if (coverage == 0 || coverage < settings.OutcomeThreshold)
                {
                    ws.OutcomeScores[q][la] = double.NaN;
                    continue;
                }
                var a = Aggregator.Aggregate(settings.OutcomeAggregation, imputed ? parts : observed, weights, m, settings.Power);
                ws.OutcomeScores[q][la] = Clamp(a);
            }
            for (var q = 0; q < o; q++)
            {
                parts[q] = ws.OutcomeScores[q][la];
            }
            var overallCoverage = Aggregator.Coverage(parts, settings.OutcomeWeights, o);
            ws.OverallCoverage[la] = overallCoverage;
            ws.Overall[la] = overallCoverage > 0 && overallCoverage >= settings.OverallThreshold
                ? Clamp(Aggregator.Aggregate(settings.OverallAggregation, parts, settings.OutcomeWeights, o, settings.Power))
                : double.NaN;
        }
    }

    /// <summary>Ranks the last evaluation of <paramref name="values"/>: each indicator by value through polarity, each outcome and overall as the league does.</summary>
    public void Rank(double[][] values, ModelSettings settings, ModelWorkspace ws) => Rank(values, settings, ws, null);

    /// <summary>Ranks as <see cref="Rank(double[][], ModelSettings, ModelWorkspace)"/>, keeping the indicator ranks of the last ranking in <paramref name="ws"/> for the indicators not marked in <paramref name="changed"/> (null = all).</summary>
    public void Rank(double[][] values, ModelSettings settings, ModelWorkspace ws, bool[]? changed)
    {
        // Untreated, the evaluation's sort is the values' own: a value's rank is 1 + the number of better values.
        var sortedByEvaluation = ws.PreparedUntreated && ReferenceEquals(ws.PreparedValues, values);
        for (var i = 0; i < Indicators.Length; i++)
        {
            if (changed is not null && !changed[i])
            {
                continue;
            }
            var polarity = Indicators[i].Polarity;
            if (sortedByEvaluation || polarity == Polarity.NoPolarity)
            {
                RankFromSort(polarity, ws.SortedValues[i], ws.SortedAuthorities[i], ws.Counts[i], ws.IndicatorRanks[i]);
                continue;
            }
            var keys = ws.Keys;
            var v = values[i];
            for (var la = 0; la < keys.Length; la++)
            {
                // Higher key = better.
                keys[la] = polarity == Polarity.HigherIsBetter ? v[la] : -v[la];
            }
            RankDescending(keys, ws.IndicatorRanks[i], ws.RankScratch, ws.RankAuthorities, 0, round: false);
        }
        for (var q = 0; q < OutcomeIds.Length; q++)
        {
            Shrink(settings.RankingCoverage, ws.OutcomeScores[q], ws.OutcomeCoverage[q], ws.Keys);
            ws.OutcomeOrderCounts[q] = RankDescending(ws.Keys, ws.OutcomeRanks[q], ws.RankScratch, ws.OutcomeOrders[q], ws.OutcomeOrderCounts[q], round: true);
        }
        RankOverall(settings, ws);
    }

    /// <summary>Ranks the last evaluation's overall scores only (what a sensitivity run compares).</summary>
    public static void RankOverall(ModelSettings settings, ModelWorkspace ws)
    {
        Shrink(settings.RankingCoverage, ws.Overall, ws.OverallCoverage, ws.Keys);
        ws.OverallOrderCount = RankDescending(ws.Keys, ws.OverallRanks, ws.RankScratch, ws.OverallOrder, ws.OverallOrderCount, round: true);
    }

    /// <summary>An indicator's ranks from its ascending sort: higher is better ranks 1 + the values above, lower is better 1 + the values below; an unscored indicator (no polarity) and a missing value have none (0).</summary>
    private static void RankFromSort(Polarity polarity, double[] sorted, int[] authorities, int count, int[] ranks)
    {
        Array.Clear(ranks, 0, ranks.Length);
        if (polarity == Polarity.NoPolarity)
        {
            return;
        }
        for (var start = 0; start < count;)
        {
            var end = start + 1;
            while (end < count && sorted[end] == sorted[start])
            {
                end++;
            }
            var rank = polarity == Polarity.HigherIsBetter ? count - end + 1 : start + 1;
            for (var j = start; j < end; j++)
            {
                ranks[authorities[j]] = rank;
            }
            start = end;
        }
    }

    /// <summary>The ranking scores under the ranking-coverage rule, as <see cref="ScoringEngine"/> ranks them.</summary>
    private static void Shrink(RankingCoverage rule, double[] scores, double[] coverage, double[] keys)
    {
        var mean = 0.0;
        if (rule.Handling == ThinCoverageHandling.Shrink)
        {
            var count = 0;
            foreach (var s in scores)
            {
                if (!double.IsNaN(s))
                {
                    mean += s;
                    count++;
                }
            }
            mean = count > 0 ? mean / count : 0;
        }
        for (var la = 0; la < scores.Length; la++)
        {
            var s = scores[la];
            keys[la] = double.IsNaN(s) || (rule.Handling == ThinCoverageHandling.Exclude && rule.IsThin(coverage[la])) ? double.NaN : rule.RankingScore(s, coverage[la], mean);
        }
    }

    /// <summary>
    /// Ranks <paramref name="keys"/> highest first (1 + the number strictly higher); NaN gets 0, not ranked. Rounded to
    /// 2 decimals first when <paramref name="round"/> (as the league publishes scores). <paramref name="order"/> holds
    /// the first <paramref name="orderCount"/> authorities in the order the last ranking sorted them (a start that is
    /// nearly sorted when the keys moved little); it is left in this ranking's order, and its count is returned.
    /// </summary>
    internal static int RankDescending(double[] keys, int[] ranks, double[] scratch, int[] order, int orderCount, bool round)
    {
        for (var la = 0; la < keys.Length; la++)
        {
            var key = keys[la];
            if (double.IsNaN(key))
            {
                ranks[la] = 0;
            }
            else if (round)
            {
                keys[la] = Numbers.Round(key, 2);
            }
        }
        // One sort, then each run of equal keys takes 1 + the number of keys after it.
        var count = SortPresent(keys, scratch, order, orderCount);
        for (var start = 0; start < count;)
        {
            var end = start + 1;
            while (end < count && scratch[end] == scratch[start])
            {
                end++;
            }
            var rank = count - end + 1;
            for (var j = start; j < end; j++)
            {
                ranks[order[j]] = rank;
            }
            start = end;
        }
        return count;
    }

    /// <summary>
    /// Sorts the values of <paramref name="source"/> that are not NaN ascending into <paramref name="sorted"/>, with
    /// their authorities in <paramref name="authorities"/>, and returns their count. When the first
    /// <paramref name="previousCount"/> places of <paramref name="authorities"/> hold exactly the authorities with a
    /// value (the last sort of a column whose missing values have not changed), the sort starts from that order: an
    /// insertion sort, linear when the values moved little, that gives way to a full sort past a budget of moves.
    /// Equal values may come out in either order; every use treats a run of equal values alike.
    /// </summary>
    internal static int SortPresent(double[] source, double[] sorted, int[] authorities, int previousCount)
    {
        var count = 0;
        foreach (var v in source)
        {
            count += double.IsNaN(v) ? 0 : 1;
        }
        var warm = previousCount == count && count > 0;
        for (var j = 0; warm && j < count; j++)
        {
            var v = source[authorities[j]];
            warm = !double.IsNaN(v);
            sorted[j] = v;
        }
        if (!warm)
        {
            count = 0;
            for (var la = 0; la < source.Length; la++)
            {
                if (!double.IsNaN(source[la]))
                {
                    sorted[count] = source[la];
                    authorities[count++] = la;
                }
            }
            Array.Sort(sorted, authorities, 0, count);
            return count;
        }
        // About the work of the full sort: past it, the start was not nearly sorted.
        var budget = 4 * count;
        for (var j = 1; j < count; j++)
        {
            var x = sorted[j];
            if (!(sorted[j - 1] > x))
            {
                continue;
            }
            var a = authorities[j];
            var i = j - 1;
            while (i >= 0 && sorted[i] > x)
            {
                sorted[i + 1] = sorted[i];
                authorities[i + 1] = authorities[i];
                i--;
            }
            sorted[i + 1] = x;
            authorities[i + 1] = a;
            budget -= j - 1 - i;
            if (budget < 0)
            {
                // Still a permutation of the values with their authorities: sort it outright.
                Array.Sort(sorted, authorities, 0, count);
                return count;
            }
        }
        return count;
    }

    private static void Fill(double[] array, double value)
    {
        for (var i = 0; i < array.Length; i++)
        {
            array[i] = value;
        }
    }

    private static double Clamp(double s) => double.IsNaN(s) ? double.NaN : s < 0 ? 0 : s > 100 ? 100 : s;
}
