using OutcomesFramework.Inspections;
using OutcomesFramework.Serialization;

namespace OutcomesFramework.Assurance;

/// <summary>
/// The names of rule-set format v1 (docs/assurance.md, docs/schemas/ruleset.schema.json): enum spellings and the
/// properties each object allows, in the order the writer emits them. A test holds them equal to the JSON Schema.
/// </summary>
internal static class RuleSetJsonNames
{
    public static readonly JsonEnumNames<Severity> Severities = new(
        (Severity.Information, "information"),
        (Severity.Advisory, "advisory"),
        (Severity.Concern, "concern"),
        (Severity.Serious, "serious"));

    /// <summary>The rule kinds' names, from <see cref="RuleKindTable"/>.</summary>
    public static JsonEnumNames<RuleKind> Kinds => RuleKindTable.Names;

    public static readonly JsonEnumNames<ThresholdBasis> Bases = new(
        (ThresholdBasis.Value, "value"),
        (ThresholdBasis.PercentOfTarget, "percentOfTarget"));

    public static readonly JsonEnumNames<ThresholdDirection> Directions = new(
        (ThresholdDirection.Polarity, "polarity"),
        (ThresholdDirection.Above, "above"),
        (ThresholdDirection.Below, "below"));

    public static readonly JsonEnumNames<BenchmarkGap> Benchmarks = new(
        (BenchmarkGap.SignificantlyWorseThanEngland, "significantlyWorseThanEngland"),
        (BenchmarkGap.BottomQuartile, "bottomQuartile"),
        (BenchmarkGap.WorseThanNeighbours, "worseThanNeighbours"));

    public static readonly JsonEnumNames<MarginUnit> MarginUnits = new(
        (MarginUnit.Absolute, "absolute"),
        (MarginUnit.Percent, "percent"));

    public static readonly JsonEnumNames<DeteriorationTest> Tests = new(
        (DeteriorationTest.ConsecutivePeriods, "consecutivePeriods"),
        (DeteriorationTest.SignificantTrend, "significantTrend"));

    public static readonly JsonEnumNames<SpcProfile> Profiles = new(
        (SpcProfile.NhsrPlotTheDots, "nhsr"),
        (SpcProfile.NhsEngland, "nhse"));

    public static readonly JsonEnumNames<SpcTargetSource> TargetSources = new(
        (SpcTargetSource.Value, "value"),
        (SpcTargetSource.LocalTarget, "localTarget"),
        (SpcTargetSource.England, "england"));

    public static readonly JsonEnumNames<DataQualityCheck> DataChecks = new(
        (DataQualityCheck.Suppressed, "suppressed"),
        (DataQualityCheck.Missing, "missing"),
        (DataQualityCheck.LowReliability, "lowReliability"),
        (DataQualityCheck.Stale, "stale"),
        (DataQualityCheck.InsufficientEvidence, "insufficientEvidence"));

    public static readonly JsonEnumNames<InspectionCheck> InspectionChecks = new(
        (InspectionCheck.LatestJudgement, "latestJudgement"),
        (InspectionCheck.InspectionCount, "inspectionCount"),
        (InspectionCheck.DirectorTimeInPost, "directorTimeInPost"));

    public static readonly JsonEnumNames<OfstedJudgement> Judgements = new(
        (OfstedJudgement.OverallEffectiveness, "overallEffectiveness"),
        (OfstedJudgement.ImpactOfLeaders, "impactOfLeaders"),
        (OfstedJudgement.HelpAndProtection, "helpAndProtection"),
        (OfstedJudgement.ChildrenInCare, "childrenInCare"),
        (OfstedJudgement.CareLeavers, "careLeavers"));

    public static readonly JsonEnumNames<OfstedGrade> Grades = new(
        (OfstedGrade.Outstanding, "outstanding"),
        (OfstedGrade.Good, "good"),
        (OfstedGrade.RequiresImprovement, "requiresImprovement"),
        (OfstedGrade.Inadequate, "inadequate"));

    public static readonly JsonEnumNames<InspectionActivity> Activities = new(
        (InspectionActivity.Graded, "graded"),
        (InspectionActivity.FocusedVisit, "focusedVisit"),
        (InspectionActivity.MonitoringVisit, "monitoringVisit"),
        (InspectionActivity.Any, "any"));

    /// <summary>Properties of the root object of a base rule set.</summary>
    public static readonly string[] RootProperties = { "$schema", "formatVersion", "id", "version", "extends", "name", "description", "rules", "add", "change", "remove" };

    /// <summary>Properties every rule has.</summary>
    public static readonly string[] CommonProperties = { "id", "kind", "severity", "title" };

    /// <summary>Properties that select indicators.</summary>
    public static readonly string[] SelectionProperties = { "indicators", "outcomes", "roles" };

    /// <summary>Properties of each kind beyond the common ones, in writing order (from <see cref="RuleKindTable"/>).</summary>
    public static string[] KindProperties(RuleKind kind) => RuleKindTable.Of(kind).Properties;

    /// <summary>Properties of a workforce measure.</summary>
    public static readonly string[] MeasureProperties = { "indicator", "threshold" };

    /// <summary>Properties of a basket signal.</summary>
    public static readonly string[] SignalProperties = { "rule", "minimumFindings", "outcome", "indicator" };

    /// <summary>Properties of a logistic-score term.</summary>
    public static readonly string[] TermProperties = { "feature", "missing", "coefficient", "mean", "sd" };

    /// <summary>Properties of a logistic score's calibration.</summary>
    public static readonly string[] CalibrationProperties = { "intercept", "slope" };

    /// <summary>Properties of a logistic score's provenance.</summary>
    public static readonly string[] FitProperties = { "method", "penalty", "cases", "positives", "from", "to", "source" };
}
