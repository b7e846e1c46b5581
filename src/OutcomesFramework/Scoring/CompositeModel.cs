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

    /// <summary>Scores every authority on every indicator, outcome and overall, and ranks them, into <paramref name="ws"/>.</summary>
    public void Evaluate(double[][] values, ModelSettings settings, ModelWorkspace ws)
    {
        var n = AuthorityCount;
        var k = Indicators.Length;
        for (var i = 0; i < k; i++)
        {
            var treated = ws.Treated[i];
            Array.Copy(values[i], treated, n);
            if (!settings.Treatment.IsNone)
            {
                TreatedColumn.Fill(settings.Treatment, treated, Groups, GroupCount, Carried[i], ws.Donors, ws.CarriedFlags, ws.Moved);
            }
            var count = 0;
            var sorted = ws.Sorted;
            for (var la = 0; la < n; la++)
            {
                if (!double.IsNaN(treated[la]))
                {
                    sorted[count++] = treated[la];
                }
            }
            var scores = ws.IndicatorScores[i];
            if (count == 0)
            {
                Fill(scores, double.NaN);
                continue;
            }
            var exact = new double[count];
            Array.Copy(sorted, exact, count);
            Array.Sort(exact);
            var distribution = new Distribution(exact);
            var polarity = Indicators[i].Polarity;
            var normalisation = settings.Normalisations[i];
            for (var la = 0; la < n; la++)
            {
                var x = treated[la];
                scores[la] = double.IsNaN(x) ? double.NaN : Normaliser.Score(normalisation, x, polarity, distribution, Targets[i]);
            }
        }

        var o = OutcomeIds.Length;
        var parts = ws.Parts;
        var observed = ws.ObservedParts;
        var weights = ws.PartWeights;
        for (var la = 0; la < n; la++)
        {
            for (var q = 0; q < o; q++)
            {
                var m = 0;
                var imputed = false;
                for (var i = 0; i < k; i++)
                {
                    if (OutcomeOf[i] != q)
                    {
                        continue;
                    }
                    var s = ws.IndicatorScores[i][la];
                    parts[m] = s;
                    // Coverage counts observed evidence only (see DataTreatment).
                    observed[m] = double.IsNaN(values[i][la]) ? double.NaN : s;
                    imputed |= double.IsNaN(values[i][la]) && !double.IsNaN(s);
                    weights[m] = settings.Weights[i];
                    m++;
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

    /// <summary>Ranks the last evaluation: each indicator by value through polarity, each outcome and overall as the league does.</summary>
    public void Rank(double[][] values, ModelSettings settings, ModelWorkspace ws)
    {
        for (var i = 0; i < Indicators.Length; i++)
        {
            var polarity = Indicators[i].Polarity;
            var keys = ws.Keys;
            var v = values[i];
            for (var la = 0; la < keys.Length; la++)
            {
                // Higher key = better; an unscored indicator (no polarity) has no rank.
                keys[la] = polarity == Polarity.HigherIsBetter ? v[la] : polarity == Polarity.LowerIsBetter ? -v[la] : double.NaN;
            }
            RankDescending(keys, ws.IndicatorRanks[i], ws.RankScratch, round: false);
        }
        for (var q = 0; q < OutcomeIds.Length; q++)
        {
            Shrink(settings.RankingCoverage, ws.OutcomeScores[q], ws.OutcomeCoverage[q], ws.Keys);
            RankDescending(ws.Keys, ws.OutcomeRanks[q], ws.RankScratch, round: true);
        }
        Shrink(settings.RankingCoverage, ws.Overall, ws.OverallCoverage, ws.Keys);
        RankDescending(ws.Keys, ws.OverallRanks, ws.RankScratch, round: true);
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

    /// <summary>Ranks <paramref name="keys"/> highest first (1 + the number strictly higher); NaN gets 0, not ranked. Rounded to 2 decimals first when <paramref name="round"/> (as the league publishes scores).</summary>
    internal static void RankDescending(double[] keys, int[] ranks, double[] scratch, bool round)
    {
        var count = 0;
        for (var la = 0; la < keys.Length; la++)
        {
            var key = keys[la];
            if (!double.IsNaN(key))
            {
                if (round)
                {
                    key = Numbers.Round(key, 2);
                    keys[la] = key;
                }
                scratch[count++] = -key;
            }
        }
        Array.Sort(scratch, 0, count);
        for (var la = 0; la < keys.Length; la++)
        {
            var key = keys[la];
            if (double.IsNaN(key))
            {
                ranks[la] = 0;
                continue;
            }
            // Count of −scores strictly below −key = count of scores strictly above key.
            int lo = 0, hi = count;
            var target = -key;
            while (lo < hi)
            {
                var mid = (lo + hi) >> 1;
                if (scratch[mid] < target)
                {
                    lo = mid + 1;
                }
                else
                {
                    hi = mid;
                }
            }
            ranks[la] = lo + 1;
        }
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
