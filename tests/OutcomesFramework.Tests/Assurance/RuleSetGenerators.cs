using System;
using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using OutcomesFramework.Assurance;
using OutcomesFramework.Indicators;
using OutcomesFramework.Inspections;
using OutcomesFramework.Outcomes;
using OutcomesFramework.Tests.Serialization;

namespace OutcomesFramework.Tests.Assurance;

/// <summary>FsCheck generators of valid rule sets: every kind and check, with optional properties present or not, and awkward text and numbers.</summary>
public static class RuleSetGenerators
{
    private static Gen<T> Enum<T>()
        where T : struct, System.Enum => Gen.Elements((T[])System.Enum.GetValues(typeof(T)));

    /// <summary>Gets finite numbers of either sign, edge values included.</summary>
    public static Gen<double> Number { get; } =
        from d in FrameworkGenerators.NonNegative
        from negative in Gen.Elements(true, false)
        select negative ? -d : d;

    private static Gen<string?> Title { get; } = FrameworkGenerators.OptionalText;

    private static Gen<IndicatorSelection> Selection { get; } =
        from ni in Gen.Choose(0, 3)
        from ids in FrameworkGenerators.Id.ListOf(ni)
        from outcomes in Gen.Shuffle(EveryChildMatters.OutcomeIds.ToArray())
        from no in Gen.Choose(0, 3)
        from roles in Gen.Shuffle(new[] { IndicatorRole.Outcome, IndicatorRole.Context, IndicatorRole.Enabler })
        from nr in Gen.Choose(0, 2)
        select new IndicatorSelection(ids.Distinct(StringComparer.Ordinal), outcomes.Take(no), roles.Take(nr));

    private static Gen<AssuranceRule> Threshold(string id, Severity severity) =>
        from indicator in FrameworkGenerators.Id
        from red in Number
        from hasAmber in Gen.Elements(true, false)
        from amberOffset in FrameworkGenerators.NonNegative.Where(d => d < 1e300)
        from direction in Enum<ThresholdDirection>()
        from basis in Enum<ThresholdBasis>()
        from target in Gen.Frequency((1, Gen.Constant<double?>(null)), (1, Number.Where(d => d != 0).Select(d => (double?)d)))
        from title in Title
        let amber = !hasAmber || severity == Severity.Information ? (double?)null
            : direction == ThresholdDirection.Above ? red - amberOffset
            : direction == ThresholdDirection.Below ? red + amberOffset
            : red + amberOffset
        where amber is null || !double.IsInfinity(amber.Value)
        select (AssuranceRule)new ThresholdRule(id, severity, indicator, red, amber, amber is null ? null : Severity.Information, basis,
            basis == ThresholdBasis.PercentOfTarget ? target : null, direction, title);

    private static Gen<AssuranceRule> Gap(string id, Severity severity) =>
        from selection in Selection
        from benchmark in Enum<BenchmarkGap>()
        from margin in FrameworkGenerators.NonNegative
        from unit in Enum<MarginUnit>()
        from title in Title
        select benchmark switch
        {
            BenchmarkGap.BottomQuartile => (AssuranceRule)BenchmarkGapRule.BottomQuartile(id, severity, selection, title),
            BenchmarkGap.SignificantlyWorseThanEngland => BenchmarkGapRule.SignificantlyWorseThanEngland(id, severity, selection, title),
            _ => BenchmarkGapRule.WorseThanNeighbours(id, severity, selection, margin, unit, title),
        };

    private static Gen<AssuranceRule> Deterioration(string id, Severity severity) =>
        from selection in Selection
        from trend in Gen.Elements(true, false)
        from periods in Gen.Choose(1, DeteriorationRule.MaxPeriods)
        from title in Title
        select trend ? (AssuranceRule)DeteriorationRule.SignificantTrend(id, severity, selection, title) : DeteriorationRule.ConsecutivePeriods(id, severity, selection, periods, title);

    private static Gen<AssuranceRule> Spc(string id, Severity severity) =>
        from selection in Selection
        from profile in Enum<SpcProfile>()
        from minimum in Gen.Choose(2, 1000)
        from last in Gen.Choose(1, 20)
        from assurance in Gen.Elements(true, false)
        from source in Enum<SpcTargetSource>()
        from indicator in FrameworkGenerators.Id
        from target in Number
        from title in Title
        select !assurance ? (AssuranceRule)new SpcConcernRule(id, severity, selection, profile, minimum, last, title)
            : source == SpcTargetSource.Value ? new SpcAssuranceRule(id, severity, IndicatorSelection.Of(indicator), source, target, profile, minimum, title)
            : new SpcAssuranceRule(id, severity, selection, source, null, profile, minimum, title);

    private static Gen<AssuranceRule> DataQuality(string id, Severity severity) =>
        from selection in Selection
        from check in Enum<DataQualityCheck>()
        from age in Gen.Choose(0, DataQualityRule.MaxStaleYears)
        from title in Title
        select check switch
        {
            DataQualityCheck.Suppressed => (AssuranceRule)DataQualityRule.Suppressed(id, severity, selection, title),
            DataQualityCheck.Missing => DataQualityRule.Missing(id, severity, selection, title),
            DataQualityCheck.LowReliability => DataQualityRule.LowReliability(id, severity, selection, title),
            DataQualityCheck.Stale => DataQualityRule.Stale(id, severity, selection, age, title),
            _ => DataQualityRule.InsufficientEvidence(id, severity, selection.OutcomeIds, title),
        };

    private static Gen<AssuranceRule> Workforce(string id, Severity severity) =>
        from n in Gen.Choose(1, 5)
        from ids in FrameworkGenerators.Id.ListOf(n)
        from thresholds in Number.ListOf(n)
        let measures = ids.Zip(thresholds, (i, t) => new WorkforceMeasure(i, t)).GroupBy(m => m.IndicatorId, StringComparer.Ordinal).Select(g => g.First()).ToList()
        from minimum in Gen.Choose(1, measures.Count)
        from title in Title
        select (AssuranceRule)new WorkforcePressureRule(id, severity, measures, minimum, title);

    private static Gen<AssuranceRule> Inspection(string id, Severity severity) =>
        from check in Enum<InspectionCheck>()
        from judgement in Enum<OfstedJudgement>()
        from grade in Enum<OfstedGrade>()
        from activity in Enum<InspectionActivity>()
        from within in Gen.Choose(1, 600)
        from lo in Gen.Choose(0, 1000)
        from hi in Gen.Choose(0, 1000)
        from bounds in Gen.Choose(0, 2)
        from months in Gen.Choose(1, 600)
        from title in Title
        select check switch
        {
            InspectionCheck.LatestJudgement => (AssuranceRule)InspectionRule.LatestJudgement(id, severity, judgement, grade, title),
            InspectionCheck.InspectionCount => InspectionRule.InspectionCount(id, severity, activity, within,
                bounds == 1 ? null : Math.Min(lo, hi), bounds == 2 ? null : Math.Max(lo, hi), title),
            _ => InspectionRule.DirectorTimeInPost(id, severity, months, title),
        };

    private static Gen<LogisticScoreTerm> Term { get; } =
        from kind in Gen.Choose(0, 2)
        from indicator in FrameworkGenerators.Id
        from missing in Gen.Elements(true, false)
        from coefficient in Number
        from mean in Number
        from sd in FrameworkGenerators.Positive
        let feature = kind == 0 ? LogisticScoreTerm.PreviousJudgementFeature : kind == 1 ? indicator : indicator + LogisticScoreTerm.ChangeSuffix
        select new LogisticScoreTerm(feature, coefficient, mean, sd, missing);

    private static Gen<AssuranceRule> LogisticScore(string id, Severity severity) =>
        from n in Gen.Choose(1, 4)
        from generated in Term.ListOf(n)
        let terms = generated.GroupBy(t => (t.Feature, t.MissingIndicator)).Select(g => g.First()).ToList()
        let k = terms.Count + 1
        from lower in Number.ListOf(k * k)
        from target in FrameworkGenerators.Text
        from raiseAt in Gen.Choose(1, 999).Select(p => p / 1000.0)
        from intercept in Number
        from penalty in FrameworkGenerators.NonNegative
        from cases in Gen.Choose(2, 100_000)
        from positives in Gen.Choose(1, cases - 1)
        from start in Gen.Choose(0, 20_000)
        from length in Gen.Choose(0, 5_000)
        from method in FrameworkGenerators.Text
        from source in FrameworkGenerators.Text
        from calibrate in Gen.Elements(true, false)
        from a in Number
        from b in FrameworkGenerators.Positive
        from title in Title
        let covariance = Enumerable.Range(0, k * k).Select(i => i / k == i % k ? Math.Abs(lower[i]) : lower[(Math.Max(i / k, i % k) * k) + Math.Min(i / k, i % k)]).ToArray()
        let first = new NodaTime.LocalDate(1990, 1, 1).PlusDays(start)
        select (AssuranceRule)new LogisticScoreRule(id, severity, target, raiseAt, intercept, terms, covariance,
            new LogisticScoreFit(method, penalty, cases, positives, first, first.PlusDays(length), source), calibrate ? a : 0, calibrate ? b : 1, title);

    private static Gen<AssuranceRule> Ordinary(string id) =>
        from severity in Enum<Severity>()
        from kind in Gen.Choose(0, 7)
        from rule in kind switch
        {
            0 => Threshold(id, severity),
            1 => Gap(id, severity),
            2 => Deterioration(id, severity),
            3 => Spc(id, severity),
            4 => DataQuality(id, severity),
            5 => Workforce(id, severity),
            6 => Inspection(id, severity),
            _ => LogisticScore(id, severity),
        }
        select rule;

    private static Gen<AssuranceRule> Basket(string id, IReadOnlyList<string> ordinaryIds) =>
        from severity in Enum<Severity>()
        from n in Gen.Choose(1, 4)
        from picks in Gen.Elements(ordinaryIds.ToArray()).ListOf(n)
        from minimums in Gen.Choose(1, 1000).ListOf(n)
        from outcomes in Gen.Elements(new string?[] { null, "BH", "SS", "EA", "PC", "EW" }).ListOf(n)
        from indicators in Gen.Frequency((3, Gen.Constant<string?>(null)), (1, FrameworkGenerators.Id.Select(i => (string?)i))).ListOf(n)
        let signals = picks.Select((rule, k) => new BasketSignal(rule, minimums[k], outcomes[k], indicators[k])).Distinct().ToList()
        from minimumSignals in Gen.Choose(1, signals.Count)
        from minimumOutcomes in Gen.Choose(0, 5)
        from title in Title
        select (AssuranceRule)new BasketRule(id, severity, signals, minimumSignals, minimumOutcomes, title);

    /// <summary>Gets valid rule sets (no <c>extends</c>): up to 8 ordinary rules and, when there are any, up to 2 baskets over them.</summary>
    public static Gen<RuleSet> RuleSet { get; } =
        from id in FrameworkGenerators.Id
        from version in FrameworkGenerators.Text
        from name in FrameworkGenerators.OptionalText
        from description in FrameworkGenerators.OptionalText
        from n in Gen.Choose(0, 8)
        from ids in FrameworkGenerators.Id.ListOf(n)
        let distinct = ids.Distinct(StringComparer.Ordinal).ToList()
        from ordinary in Gen.CollectToList(distinct.Select(Ordinary))
        from nb in Gen.Choose(0, distinct.Count == 0 ? 0 : 2)
        from basketIds in FrameworkGenerators.Id.Where(b => !distinct.Contains(b)).ListOf(nb)
        from baskets in Gen.CollectToList(basketIds.Distinct(StringComparer.Ordinal).Select(b => Basket(b, distinct)))
        select new RuleSet(id, version, ordinary.Concat(baskets), name, description);
}

/// <summary>Registers <see cref="RuleSetGenerators.RuleSet"/> for <c>[Property]</c> tests.</summary>
public static class RuleSetArbitraries
{
    /// <summary>Gets the arbitrary rule sets.</summary>
    public static Arbitrary<RuleSet> RuleSet() => Arb.From(RuleSetGenerators.RuleSet);
}
