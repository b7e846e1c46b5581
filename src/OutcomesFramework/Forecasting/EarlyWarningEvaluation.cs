using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using OutcomesFramework.Areas;
using OutcomesFramework.Assurance;
using OutcomesFramework.Evidence;
using OutcomesFramework.Frameworks;
using OutcomesFramework.Inspections;
using OutcomesFramework.Utility;

namespace OutcomesFramework.Forecasting;

/// <summary>
/// The leak-free, rolling-origin evaluation of the early-warning model against honest baselines
/// (docs/assurance-evaluation.md): for each evaluation year Y, the model and the baselines are fitted on the graded
/// inspections before Y only — feature scaling, missing-value handling and the choice of penalty inside that training
/// set — and score the inspections of year Y from data published the day before each.
/// </summary>
public static class EarlyWarningEvaluation
{
    /// <summary>The lead time is looked for up to this many months before the assessment date.</summary>
    internal const int MaxLeadMonths = 24;

    /// <summary>Runs the evaluation.</summary>
    /// <param name="framework">The framework whose indicators give the features (latest value and change of each).</param>
    /// <param name="observations">All the observations (each case reads only what was published the day before).</param>
    /// <param name="areas">The area catalogue (inspections of authorities that no longer exist are left out, with the reason).</param>
    /// <param name="inspections">Ofsted's inspections: the cases, and the previous judgements.</param>
    /// <param name="calendar">When each kind of period is published.</param>
    /// <param name="firstEvaluationYear">The first year scored; the inspections of earlier years are training data only.</param>
    /// <param name="lastEvaluationYear">The last year scored.</param>
    /// <param name="ruleLevels">The back-test of today's rule set over the same inspections (its level is a baseline), or null.</param>
    /// <param name="deprivationIndicatorId">The indicator of deprivation for the deprivation-only baseline, or null when the data hold none. Where no
    /// figure was published by a case's date, the council's earliest figure is used (back-cast: deprivation moves slowly, and a later figure can only
    /// favour the baseline); the model's own features never look ahead.</param>
    /// <returns>The result.</returns>
    /// <exception cref="ArgumentNullException">A required argument is null.</exception>
    /// <exception cref="ArgumentException">The years are out of order.</exception>
    public static EarlyWarningEvaluationResult Run(
        Framework framework,
        ObservationSet observations,
        AreaCatalogue areas,
        InspectionHistory inspections,
        PublicationCalendar calendar,
        int firstEvaluationYear,
        int lastEvaluationYear,
        BacktestResult? ruleLevels = null,
        string? deprivationIndicatorId = null)
    {
        Preconditions.CheckNotNull(framework, nameof(framework));
        Preconditions.CheckNotNull(observations, nameof(observations));
        Preconditions.CheckNotNull(areas, nameof(areas));
        Preconditions.CheckNotNull(inspections, nameof(inspections));
        Preconditions.CheckNotNull(calendar, nameof(calendar));
        Preconditions.CheckArgument(firstEvaluationYear <= lastEvaluationYear, nameof(lastEvaluationYear), "The last evaluation year is before the first ({0}).", firstEvaluationYear);
        var features = DefaultFeatures(framework);
        var hasDeprivation = deprivationIndicatorId is not null && observations.IndicatorIds.Contains(deprivationIndicatorId);
        var allFeatures = hasDeprivation ? features.Add(EarlyWarningFeature.LatestValue(deprivationIndicatorId!)) : features;
        var extractor = new FeatureExtractor(allFeatures, observations, inspections, calendar);
        var levels = ruleLevels?.Cases.ToDictionary(c => (c.Area.Code, c.Inspection.InspectionDate), c => (int)c.Level);
        var cases = new List<EvaluationCase>();
        var skipped = new List<string>();
        foreach (var inspection in inspections.Where(i => i.IsGraded && i.InspectionDate.Year <= lastEvaluationYear).OrderBy(i => i.AreaCode, StringComparer.Ordinal).ThenBy(i => i.InspectionDate))
        {
            var area = areas.Find(inspection.AreaCode);
            if (area is null || area.Level != AreaLevel.LocalAuthority || !string.Equals(area.Code, inspection.AreaCode, StringComparison.Ordinal))
            {
                skipped.Add(inspection.AreaCode + " " + inspection.InspectionDate.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture) + ": not one of today's local authorities in the catalogue");
                continue;
            }
            var asOf = inspection.InspectionDate.PlusDays(-1);
            int? level = levels is not null && levels.TryGetValue((area.Code, inspection.InspectionDate), out var l) ? l : null;
            var values = extractor.Values(area.Code, asOf);
            if (hasDeprivation && double.IsNaN(values[values.Length - 1]))
            {
                // The deprivation baseline only: back-cast the council's earliest published figure when none was out yet.
                // Deprivation moves slowly; the figure is from after the inspection, which can only help the baseline,
                // so a model that beats it beats the leak-free baseline too (docs/assurance-evaluation.md).
                values[values.Length - 1] = EarliestValue(observations, deprivationIndicatorId!, area.Code);
            }
            cases.Add(new EvaluationCase(inspection, asOf, values, extractor.PreviousInspection(area.Code, asOf), level));
        }
        var modelColumns = Enumerable.Range(0, features.Length).ToArray();
        var previousColumn = new[] { features.IndexOf(EarlyWarningFeature.PreviousJudgement) };
        var deprivationColumn = hasDeprivation ? new[] { allFeatures.Length - 1 } : null;
        var predictions = new Dictionary<EarlyWarningTarget, List<Prediction>>();
        var learning = new List<(EarlyWarningTarget Target, int Window, int Year, int TrainingCases, bool Outcome, double Score)>();
        foreach (var target in new[] { EarlyWarningTarget.RequiresImprovementOrWorse, EarlyWarningTarget.Inadequate, EarlyWarningTarget.WorseThanPrevious })
        {
            var list = new List<Prediction>();
            for (var year = firstEvaluationYear; year <= lastEvaluationYear; year++)
            {
                var train = cases.Where(c => c.Year < year && c.Outcome(target).HasValue).ToList();
                var test = cases.Where(c => c.Year == year && c.Outcome(target).HasValue).ToList();
                var y = train.Select(c => c.Outcome(target)!.Value).ToArray();
                if (test.Count == 0 || y.All(v => v) || !y.Any(v => v))
                {
                    continue;
                }
                var model = Train(allFeatures, modelColumns, train, y, null);
                var previous = Train(allFeatures, previousColumn, train, y, null);
                var deprivation = deprivationColumn is null ? null : Train(allFeatures, deprivationColumn, train, y, null);
                var baseRate = (double)y.Count(v => v) / y.Length;
                foreach (var c in test)
                {
                    var p = model.Probability(Pick(c.Features, modelColumns));
                    var lead = target == EarlyWarningTarget.RequiresImprovementOrWorse && c.Outcome(target)!.Value ? LeadMonths(model, modelColumns, extractor, c) : double.NaN;
                    list.Add(new Prediction(c, c.Outcome(target)!.Value, p, previous.Probability(Pick(c.Features, previousColumn)),
                        deprivation?.Probability(Pick(c.Features, deprivationColumn!)), baseRate, lead));
                }
                if (target == EarlyWarningTarget.RequiresImprovementOrWorse)
                {
                    foreach (var window in new[] { 1, 2, 3 })
                    {
                        var recent = train.Where(c => c.Year >= year - window).ToList();
                        var yr = recent.Select(c => c.Outcome(target)!.Value).ToArray();
                        if (yr.All(v => v) || !yr.Any(v => v))
                        {
                            continue;
                        }
                        // A window reaching back to the first year holds the same cases in the same order as the
                        // whole training set: the fit would be the same, so it is not repeated.
                        var m = recent.Count == train.Count ? model : Train(allFeatures, modelColumns, recent, yr, null);
                        learning.AddRange(test.Select(c => (target, window, year, recent.Count, c.Outcome(target)!.Value, m.Probability(Pick(c.Features, modelColumns)))));
                    }
                    learning.AddRange(list.Where(p => p.Case.Year == year).Select(p => (target, 0, year, train.Count, p.Outcome, p.Model)));
                }
            }
            predictions[target] = list;
        }
        // The model as it would ship: fitted on every graded inspection up to the last year, penalty by cross-validation.
        var allCases = cases.Where(c => c.Outcome(EarlyWarningTarget.RequiresImprovementOrWorse).HasValue).ToList();
        var shipped = Train(allFeatures, modelColumns, allCases, allCases.Select(c => c.Outcome(EarlyWarningTarget.RequiresImprovementOrWorse)!.Value).ToArray(), null);
        return new EarlyWarningEvaluationResult(features, cases.Count, skipped.ToImmutableArray(), predictions, learning, hasDeprivation ? deprivationIndicatorId : null,
            ruleLevels is not null, firstEvaluationYear, lastEvaluationYear, shipped, allCases.Count,
            allCases.Count(c => c.Outcome(EarlyWarningTarget.RequiresImprovementOrWorse)!.Value), allCases.Min(c => c.Inspection.InspectionDate), allCases.Max(c => c.Inspection.InspectionDate));
    }

    /// <summary>The default features: each framework indicator's latest published value and its change on the period before, and the previous judgement.</summary>
    internal static ImmutableArray<EarlyWarningFeature> DefaultFeatures(Framework framework) =>
        framework.Indicators.Select(i => EarlyWarningFeature.LatestValue(i.Id))
            .Concat(framework.Indicators.Select(i => EarlyWarningFeature.Change(i.Id)))
            .Append(EarlyWarningFeature.PreviousJudgement)
            .ToImmutableArray();

    private static StandardisedLogisticModel Train(IReadOnlyList<EarlyWarningFeature> all, int[] columns, List<EvaluationCase> train, bool[] y, double? lambda) =>
        StandardisedLogisticModel.Train(columns.Select(c => all[c]).ToArray(), train.Select(c => Pick(c.Features, columns)).ToArray(), y, lambda);

    private static double EarliestValue(ObservationSet observations, string indicatorId, string areaCode)
    {
        foreach (var o in observations.Series(indicatorId, areaCode))
        {
            if (o.Value is { } v)
            {
                return v;
            }
        }
        return double.NaN;
    }

    private static double[] Pick(double[] features, int[] columns)
    {
        var picked = new double[columns.Length];
        for (var i = 0; i < columns.Length; i++)
        {
            picked[i] = features[columns[i]];
        }
        return picked;
    }

    /// <summary>How many months back, without a break, the same fold's model already put the council at 50% or more.</summary>
    private static double LeadMonths(StandardisedLogisticModel model, int[] columns, FeatureExtractor extractor, EvaluationCase c)
    {
        if (model.Probability(Pick(c.Features, columns)) < 0.5)
        {
            return 0;
        }
        var months = 0;
        while (months < MaxLeadMonths)
        {
            var earlier = c.AsOf.PlusMonths(-(months + 1));
            if (model.Probability(Pick(extractor.Values(c.AreaCode, earlier), columns)) < 0.5)
            {
                break;
            }
            months++;
        }
        return months;
    }
}
