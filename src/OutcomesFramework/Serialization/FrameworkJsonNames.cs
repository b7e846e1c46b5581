using OutcomesFramework.Indicators;
using OutcomesFramework.Periods;

namespace OutcomesFramework.Serialization;

/// <summary>
/// The names of framework format v1 (FRAMEWORK-JSON.md, docs/framework-format.md): enum spellings and the
/// properties each object allows, in the order the writer emits them. Tests hold these equal to the JSON Schema.
/// </summary>
internal static class FrameworkJsonNames
{
    /// <summary>Indicator roles.</summary>
    public static readonly JsonEnumNames<IndicatorRole> Roles = new(
        (IndicatorRole.Outcome, "outcome"),
        (IndicatorRole.Context, "context"),
        (IndicatorRole.Enabler, "enabler"));

    /// <summary>Measure kinds.</summary>
    public static readonly JsonEnumNames<MeasureKind> Measures = new(
        (MeasureKind.Proportion, "proportion"),
        (MeasureKind.Rate, "rate"),
        (MeasureKind.Mean, "mean"),
        (MeasureKind.Count, "count"),
        (MeasureKind.Score, "score"),
        (MeasureKind.Ratio, "ratio"));

    /// <summary>Polarities. <see cref="Polarity.NoPolarity"/> is spelled <c>none</c>, as the format defines (not <c>noPolarity</c>).</summary>
    public static readonly JsonEnumNames<Polarity> Polarities = new(
        (Polarity.HigherIsBetter, "higherIsBetter"),
        (Polarity.LowerIsBetter, "lowerIsBetter"),
        (Polarity.NoPolarity, "none"));

    /// <summary>Period kinds.</summary>
    public static readonly JsonEnumNames<PeriodKind> Periods = new(
        (PeriodKind.YearEnding31March, "yearEnding31March"),
        (PeriodKind.AcademicYear, "academicYear"),
        (PeriodKind.FinancialYear, "financialYear"),
        (PeriodKind.CalendarYear, "calendarYear"),
        (PeriodKind.Snapshot, "snapshot"),
        (PeriodKind.ThreeCalendarYears, "threeCalendarYears"),
        (PeriodKind.ThreeFinancialYears, "threeFinancialYears"));

    /// <summary>Properties of the root object.</summary>
    public static readonly string[] FrameworkProperties = { "$schema", "formatVersion", "id", "name", "version", "description", "outcomes", "indicators" };

    /// <summary>Properties of an outcome.</summary>
    public static readonly string[] OutcomeProperties = { "id", "name", "statutoryPurpose", "aims" };

    /// <summary>Properties of an aim.</summary>
    public static readonly string[] AimProperties = { "id", "text", "parentsCarersFamilies", "aliases" };

    /// <summary>Properties of an indicator.</summary>
    public static readonly string[] IndicatorProperties =
    {
        "id", "title", "outcome", "aims", "role", "measure", "polarity", "unit", "decimalPlaces", "period", "snapshot",
        "multiplier", "quartileBanding", "weight", "description", "reference", "source",
    };

    /// <summary>Properties of a snapshot date.</summary>
    public static readonly string[] SnapshotProperties = { "month", "day" };

    /// <summary>Properties of a source.</summary>
    public static readonly string[] SourceProperties = { "publication", "file", "filters", "valueColumn", "numeratorColumn", "denominatorColumn", "denominator", "multiplier" };

    /// <summary>Properties of a denominator source.</summary>
    public static readonly string[] DenominatorProperties = { "file", "filters", "column", "yearOffset" };
}
