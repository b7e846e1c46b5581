namespace OutcomesFramework.Periods;

/// <summary>How an indicator's reporting period is defined.</summary>
public enum PeriodKind
{
    /// <summary>The year ending 31 March (children's social care returns: CLA, CIN, CPP). EES <c>Reporting year</c>, 4-digit end year.</summary>
    YearEnding31March = 0,

    /// <summary>The academic year, 1 September to 31 August. EES <c>Academic year</c>, 6-digit <c>202425</c>.</summary>
    AcademicYear = 1,

    /// <summary>The financial year, 1 April to 31 March. EES <c>Financial year</c>, 6-digit <c>202425</c>.</summary>
    FinancialYear = 2,

    /// <summary>The calendar year, 1 January to 31 December. EES <c>Calendar year</c>.</summary>
    CalendarYear = 3,

    /// <summary>A snapshot on one date each year (the social work workforce census is taken on 30 September; ONS mid-year estimates on 30 June).</summary>
    Snapshot = 4,

    /// <summary>Three calendar years pooled, 1 January of the first to 31 December of the last (LAIT <c>2014-16</c>, used for
    /// small counts such as children killed or seriously injured on the roads). Named by the last year; consecutive pools
    /// overlap by two years.</summary>
    ThreeCalendarYears = 5,

    /// <summary>Three financial years pooled, 1 April of the first to 31 March of the last (LAIT <c>2013/14-15/16</c>, used for
    /// hospital admissions for alcohol-specific conditions). Named by the year the last one ends in.</summary>
    ThreeFinancialYears = 6,
}
