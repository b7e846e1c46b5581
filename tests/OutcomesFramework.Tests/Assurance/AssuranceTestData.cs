using System.Collections.Generic;
using System.Linq;
using NodaTime;
using OutcomesFramework.Areas;
using OutcomesFramework.Assurance;
using OutcomesFramework.Evidence;
using OutcomesFramework.Frameworks;
using OutcomesFramework.Indicators;
using OutcomesFramework.Inspections;
using OutcomesFramework.Outcomes;
using OutcomesFramework.Periods;
using OutcomesFramework.Statistics;

namespace OutcomesFramework.Tests.Assurance;

/// <summary>A small framework and hand-made evidence for the rule tests.</summary>
internal static class AssuranceTestData
{
    public static readonly Indicator Rereferrals = new Indicator("rereferrals", "Re-referrals", "SS", new[] { "SS1" }, MeasureKind.Proportion,
        Polarity.LowerIsBetter, "%", PeriodKind.YearEnding31March);

    public static readonly Indicator Ks2 = new Indicator("ks2-rwm", "KS2 reading, writing and maths", "EA", new[] { "EA3" }, MeasureKind.Proportion,
        Polarity.HigherIsBetter, "%", PeriodKind.AcademicYear).WithDecimalPlaces(0);

    public static readonly Indicator CareLeaversEet = new Indicator("care-leavers-eet", "Care leavers in EET", "EW", new[] { "EW1" }, MeasureKind.Proportion,
        Polarity.HigherIsBetter, "%", PeriodKind.YearEnding31March).WithDecimalPlaces(0);

    public static readonly Indicator ClaRate = new Indicator("cla-rate", "Children looked after rate", "SS", new[] { "SS5" }, MeasureKind.Rate,
        Polarity.NoPolarity, "per 10,000 children", PeriodKind.YearEnding31March).WithDecimalPlaces(0);

    public static readonly Indicator Turnover = Workforce("sw-turnover", "Social worker turnover", "%");

    public static readonly Indicator Agency = Workforce("sw-agency", "Agency worker rate", "%");

    public static readonly Indicator Vacancy = Workforce("sw-vacancy", "Vacancy rate", "%");

    public static readonly Indicator Caseload = Workforce("sw-caseload", "Average caseload", "cases per FTE");

    public static readonly Framework Framework = new("test", "Test", "1", EveryChildMatters.Outcomes,
        new[] { Rereferrals, Ks2, CareLeaversEet, ClaRate, Turnover, Agency, Vacancy, Caseload });

    public static readonly Area Hartlepool = new("E06000001", "Hartlepool", AreaLevel.LocalAuthority, "805", "E12000001");

    public static readonly Area Darlington = new("E06000005", "Darlington", AreaLevel.LocalAuthority, "841", "E12000001");

    public static readonly LocalDate AsOf = new(2025, 12, 1);

    public static ReportingPeriod March(int year) => ReportingPeriod.YearEnding31March(year);

    /// <summary>Evidence with a value for 2025 and nothing else.</summary>
    public static IndicatorEvidence Value(Indicator indicator, double value, double? england = null, ConfidenceInterval? interval = null,
        double? neighbours = null, QuartileBand? band = null, TrendDirection? trend = null, double? localTarget = null, IEnumerable<SeriesPoint>? history = null)
    {
        var period = indicator.PeriodEnding(2025);
        return new IndicatorEvidence(indicator, period, period, ObservationStatus.Value, value, interval, england, neighbours, band, trend, localTarget, history);
    }

    /// <summary>Evidence whose history is <paramref name="values"/> for consecutive periods ending in 2025 (null = suppressed).</summary>
    public static IndicatorEvidence Series(Indicator indicator, params double?[] values)
    {
        var n = values.Length;
        var history = new List<SeriesPoint>();
        for (var i = 0; i < n; i++)
        {
            var period = indicator.PeriodEnding(2025 - (n - 1 - i));
            history.Add(values[i] is { } v ? new SeriesPoint(period, v) : new SeriesPoint(period, null, ObservationStatus.Suppressed));
        }
        var last = history[n - 1];
        return new IndicatorEvidence(indicator, last.Period, last.Period, last.Status, last.Value, history: history);
    }

    public static AreaEvidence Area(params IndicatorEvidence[] indicators) => new(Hartlepool, 2025, AsOf, indicators);

    public static AreaEvidence Area(Area area, params IndicatorEvidence[] indicators) => new(area, 2025, AsOf, indicators);

    public static AssuranceResult Run(AssuranceRule rule, AreaEvidence evidence) =>
        new AssuranceEngine(new RuleSet("test-rules", "1", new[] { rule }), Framework).Assess(evidence);

    public static AssuranceResult Run(IEnumerable<AssuranceRule> rules, AreaEvidence evidence) =>
        new AssuranceEngine(new RuleSet("test-rules", "1", rules), Framework).Assess(evidence);

    public static Inspection Graded(LocalDate date, OfstedGrade overall, OfstedGrade? leaders = null) =>
        new(Hartlepool.Code, date, date.PlusDays(40), InspectionType.StandardInspection, overall, leaders ?? overall, overall, overall,
            date >= Inspection.CareLeaversJudgementFrom ? overall : null);

    public static Inspection Visit(LocalDate date, InspectionType type) =>
        new(Hartlepool.Code, date, date.PlusDays(30), type, null, null, null, null);

    private static Indicator Workforce(string id, string title, string unit) =>
        new Indicator(id, title, "SS", new[] { "SS1" }, unit == "%" ? MeasureKind.Proportion : MeasureKind.Ratio, Polarity.LowerIsBetter, unit,
            PeriodKind.Snapshot).WithRole(IndicatorRole.Enabler);

    public static IEnumerable<string> RuleIds(AssuranceResult result) => result.Findings.Select(f => f.RuleId);

    /// <summary>The names of a finding's evidence, in order.</summary>
    public static string[] EvidenceNames(Finding finding) => finding.Evidence.Select(e => e.Name).ToArray();

    /// <summary>The texts of a finding's evidence, in order.</summary>
    public static string[] EvidenceTexts(Finding finding) => finding.Evidence.Select(e => e.Text).ToArray();
}
