using System.Collections.Generic;
using OutcomesFramework.Indicators;
using OutcomesFramework.Scoring.Treatment;

namespace OutcomesFramework.Scoring;

public sealed partial class ScoringEngine
{
    /// <summary>The league of <paramref name="year"/> as a <see cref="CompositeModel"/> (the year checked as <see cref="ScoreAll"/> checks it).</summary>
    /// <exception cref="PeriodNotCoveredException">No indicator has data for a period ending in the year.</exception>
    internal CompositeModel Model(int? year, out int yearUsed)
    {
        yearUsed = CheckYear(year);
        var n = data.LocalAuthorities.Length;
        var kept = new List<int>();
        for (var k = 0; k < indicators.Length; k++)
        {
            if (indicators[k].Indicator.Role == IndicatorRole.Outcome)
            {
                kept.Add(k);
            }
        }
        var count = kept.Count;
        var scored = new Indicator[count];
        var outcomeOf = new int[count];
        var values = new double[count][];
        var numerators = new double[count][];
        var denominators = new double[count][];
        var drawable = new bool[count][];
        var normalisations = new Normalisation[count];
        var targets = new LocalTarget?[count];
        var weights = new double[count];
        var carried = new double[]?[count];
        var outcomeIds = new string[Framework.Outcomes.Length];
        var outcomeIndex = new Dictionary<string, int>(System.StringComparer.Ordinal);
        for (var o = 0; o < outcomeIds.Length; o++)
        {
            outcomeIds[o] = Framework.Outcomes[o].Id;
            outcomeIndex[outcomeIds[o]] = o;
        }
        for (var j = 0; j < count; j++)
        {
            var k = kept[j];
            var d = indicators[k];
            scored[j] = d.Indicator;
            outcomeOf[j] = outcomeIndex.TryGetValue(d.Indicator.OutcomeId, out var oi) ? oi : -1;
            normalisations[j] = normalisationOf[k];
            targets[j] = settingsOf[k].Target;
            weights[j] = weightOf[k];
            var p = d.PeriodIndexFor(yearUsed);
            values[j] = new double[n];
            numerators[j] = new double[n];
            denominators[j] = new double[n];
            drawable[j] = new bool[n];
            if (p < 0)
            {
                for (var la = 0; la < n; la++)
                {
                    values[j][la] = numerators[j][la] = denominators[j][la] = double.NaN;
                }
                continue;
            }
            var cs = d.Section(p);
            var kind = d.Indicator.MeasureKind;
            for (var la = 0; la < n; la++)
            {
                values[j][la] = cs.Values[la];
                numerators[j][la] = cs.Numerators[la];
                denominators[j][la] = cs.Denominators[la];
                drawable[j][la] = cs.HasValue(la) && kind is (MeasureKind.Proportion or MeasureKind.Rate) && cs.IntervalNote(kind, la) is null;
            }
            if (Policy.Treatment.Imputation == ImputationMethod.LastValueCarriedForward)
            {
                CarriedValues(d, p, out var c, out _);
                carried[j] = c;
            }
        }
        var groups = Groups(out var groupCount);
        return new CompositeModel(data.LocalAuthorities, Policy, outcomeIds, scored, outcomeOf, values, numerators, denominators, drawable,
            normalisations, targets, weights, carried, groups, groupCount);
    }
}
