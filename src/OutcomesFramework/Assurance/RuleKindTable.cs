using System;
using System.Collections.Immutable;
using System.Linq;
using OutcomesFramework.Serialization;
using R = OutcomesFramework.Assurance.RuleSetJsonReader;
using W = OutcomesFramework.Assurance.RuleSetJsonWriter;

namespace OutcomesFramework.Assurance;

/// <summary>
/// Every assurance rule kind in one table: its <c>kind</c> name in rule-set files, the properties it has beyond
/// the common ones (in writing order), how it is read and how it is written. The rule-set reader, writer, names and
/// <see cref="RuleKinds"/> all look kinds up here, so adding a kind is one row (see docs/architecture.md, "How to add
/// a rule kind").
/// </summary>
internal static class RuleKindTable
{
    /// <summary>The rows, one per <see cref="RuleKind"/> value, in the enum's order (a test holds them so).</summary>
    public static readonly ImmutableArray<RuleKindEntry> All = ImmutableArray.Create(
        new RuleKindEntry(RuleKind.Threshold, "threshold",
            new[] { "indicator", "basis", "target", "direction", "red", "amber", "amberSeverity" }, R.ReadThreshold, W.WriteThreshold),
        new RuleKindEntry(RuleKind.BenchmarkGap, "benchmarkGap",
            new[] { "indicators", "outcomes", "roles", "benchmark", "margin", "marginUnit" }, R.ReadBenchmarkGap, W.WriteBenchmarkGap),
        new RuleKindEntry(RuleKind.Deterioration, "deterioration",
            new[] { "indicators", "outcomes", "roles", "test", "periods" }, R.ReadDeterioration, W.WriteDeterioration),
        new RuleKindEntry(RuleKind.SpcConcern, "spcConcern",
            new[] { "indicators", "outcomes", "roles", "profile", "minimumPoints", "lastPoints" }, R.ReadSpcConcern, W.WriteSpcConcern),
        new RuleKindEntry(RuleKind.SpcAssurance, "spcAssurance",
            new[] { "indicators", "outcomes", "roles", "targetSource", "target", "profile", "minimumPoints" }, R.ReadSpcAssurance, W.WriteSpcAssurance),
        new RuleKindEntry(RuleKind.DataQuality, "dataQuality",
            new[] { "indicators", "outcomes", "roles", "check", "maxAgeYears" }, R.ReadDataQuality, W.WriteDataQuality),
        new RuleKindEntry(RuleKind.WorkforcePressure, "workforcePressure",
            new[] { "measures", "minimumMeasures" }, R.ReadWorkforcePressure, W.WriteWorkforcePressure),
        new RuleKindEntry(RuleKind.Inspection, "inspection",
            new[] { "check", "judgement", "atOrWorseThan", "activity", "withinMonths", "minimum", "maximum", "lessThanMonths" }, R.ReadInspection, W.WriteInspection),
        new RuleKindEntry(RuleKind.Basket, "basket",
            new[] { "signals", "minimumSignals", "minimumOutcomes" }, R.ReadBasket, W.WriteBasket),
        new RuleKindEntry(RuleKind.LogisticScore, "logisticScore",
            new[] { "target", "raiseAt", "intercept", "terms", "covariance", "calibration", "fit" }, R.ReadLogisticScore, W.WriteLogisticScore));

    /// <summary>The kinds' JSON names.</summary>
    public static readonly JsonEnumNames<RuleKind> Names = new(All.Select(e => (e.Kind, e.Name)).ToArray());

    /// <summary>Returns the row of <paramref name="kind"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The kind is not defined.</exception>
    public static RuleKindEntry Of(RuleKind kind)
    {
        var index = (int)kind;
        return index >= 0 && index < All.Length && All[index].Kind == kind
            ? All[index]
            : throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown rule kind.");
    }
}
