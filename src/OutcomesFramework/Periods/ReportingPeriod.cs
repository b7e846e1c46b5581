using System;
using System.Globalization;
using NodaTime;
using OutcomesFramework.Utility;

namespace OutcomesFramework.Periods;

/// <summary>
/// A reporting period: a kind and the date it ends, on NodaTime dates (ISO calendar).
/// </summary>
/// <remarks>
/// <para>Periods recur every year. <see cref="YearEnding31March(int)"/>, <see cref="AcademicYear(int)"/>,
/// <see cref="FinancialYear(int)"/> and <see cref="CalendarYear(int)"/> are named by the year they end in;
/// a <see cref="Snapshot(LocalDate)"/> is a single day; <see cref="ThreeCalendarYears(int)"/> and
/// <see cref="ThreeFinancialYears(int)"/> are rolling three-year pools named by the year they end in. Two periods are
/// consecutive when they are of the same kind and one ends a year after the other.</para>
/// <para>Equality and ordering compare the kind, then the end date. The default value is the year ending
/// 31 March 0001, which no real data uses.</para>
/// </remarks>
/// <threadsafety>This type is an immutable value type and thread-safe.</threadsafety>
public readonly struct ReportingPeriod : IEquatable<ReportingPeriod>, IComparable<ReportingPeriod>
{
    private const int MinYear = 1900;
    private const int MaxYear = 2200;

    // The kind and end date packed in one int, ordered as the period orders (kind, year, month, day), so equality and
    // ordering are one integer comparison, a period takes 4 bytes in an observation set's column, and making one does
    // not touch NodaTime: loading England's ~620,000 observations makes thousands of periods on a cold start, and
    // NodaTime's first date costs milliseconds of type loading. The NodaTime date is made when it is asked for.
    private const int KindShift = 21;
    private const int YearShift = 9;
    private const int MonthShift = 5;
    private readonly int packed;

    private ReportingPeriod(PeriodKind kind, LocalDate end)
        : this(kind, end.Year, end.Month, end.Day)
    {
    }

    // Callers have checked the date: year 1900-2200, a real month and day.
    private ReportingPeriod(PeriodKind kind, int year, int month, int day)
    {
        packed = ((int)kind << KindShift) | (year << YearShift) | (month << MonthShift) | day;
    }

    /// <summary>Gets the kind of period.</summary>
    public PeriodKind Kind => (PeriodKind)(packed >> KindShift);

    /// <summary>Gets the last day of the period (the snapshot date for a snapshot).</summary>
    public LocalDate End => packed == 0 ? default : new LocalDate(Year, Month, Day);

    private int Year => (packed >> YearShift) & 0xFFF;

    private int Month => (packed >> MonthShift) & 0xF;

    private int Day => packed & 0x1F;

    /// <summary>Gets the first day of the period (the snapshot date for a snapshot).</summary>
    public LocalDate Start => Kind switch
    {
        PeriodKind.Snapshot => End,
        PeriodKind.ThreeCalendarYears or PeriodKind.ThreeFinancialYears => End.PlusYears(-3).PlusDays(1),
        _ => End.PlusYears(-1).PlusDays(1),
    };

    /// <summary>Gets the calendar year the period ends in.</summary>
    public int EndYear => packed == 0 ? End.Year : Year;

    /// <summary>Gets a short label: <c>2025</c> for a year ending 31 March, calendar year or snapshot; <c>2024/25</c> for an
    /// academic or financial year; <c>2014-16</c> for three calendar years; <c>2013/14-15/16</c> for three financial years.</summary>
    public string Label => Kind switch
    {
        PeriodKind.AcademicYear or PeriodKind.FinancialYear => YearPair(EndYear),
        PeriodKind.ThreeCalendarYears => string.Format(CultureInfo.InvariantCulture, "{0}-{1:00}", EndYear - 2, EndYear % 100),
        PeriodKind.ThreeFinancialYears => YearPair(EndYear - 2) + "-" + string.Format(CultureInfo.InvariantCulture, "{0:00}/{1:00}", (EndYear - 1) % 100, EndYear % 100),
        _ => EndYear.ToString(CultureInfo.InvariantCulture),
    };

    /// <summary>The year ending 31 March of <paramref name="endYear"/>.</summary>
    /// <param name="endYear">The year the period ends in (1900–2200).</param>
    /// <returns>The period.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The year is out of range.</exception>
    public static ReportingPeriod YearEnding31March(int endYear) => new(PeriodKind.YearEnding31March, CheckYear(endYear), 3, 31);

    /// <summary>The academic year ending 31 August of <paramref name="endYear"/> (EES <c>202425</c> is 2025).</summary>
    /// <param name="endYear">The year the period ends in (1900–2200).</param>
    /// <returns>The period.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The year is out of range.</exception>
    public static ReportingPeriod AcademicYear(int endYear) => new(PeriodKind.AcademicYear, CheckYear(endYear), 8, 31);

    /// <summary>The financial year ending 31 March of <paramref name="endYear"/>.</summary>
    /// <param name="endYear">The year the period ends in (1900–2200).</param>
    /// <returns>The period.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The year is out of range.</exception>
    public static ReportingPeriod FinancialYear(int endYear) => new(PeriodKind.FinancialYear, CheckYear(endYear), 3, 31);

    /// <summary>The calendar year <paramref name="year"/>.</summary>
    /// <param name="year">The year (1900–2200).</param>
    /// <returns>The period.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The year is out of range.</exception>
    public static ReportingPeriod CalendarYear(int year) => new(PeriodKind.CalendarYear, CheckYear(year), 12, 31);

    /// <summary>The three calendar years ending 31 December of <paramref name="lastYear"/> (LAIT <c>2014-16</c> is 2016).</summary>
    /// <param name="lastYear">The last of the three years (1900–2200).</param>
    /// <returns>The period.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The year is out of range.</exception>
    public static ReportingPeriod ThreeCalendarYears(int lastYear) => new(PeriodKind.ThreeCalendarYears, CheckYear(lastYear), 12, 31);

    /// <summary>The three financial years ending 31 March of <paramref name="endYear"/> (LAIT <c>2013/14-15/16</c> is 2016).</summary>
    /// <param name="endYear">The year the last of the three ends in (1900–2200).</param>
    /// <returns>The period.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The year is out of range.</exception>
    public static ReportingPeriod ThreeFinancialYears(int endYear) => new(PeriodKind.ThreeFinancialYears, CheckYear(endYear), 3, 31);

    /// <summary>A snapshot on <paramref name="date"/>.</summary>
    /// <param name="date">The snapshot date (ISO calendar, year 1900–2200).</param>
    /// <returns>The period.</returns>
    /// <exception cref="ArgumentException">The date is not in the ISO calendar.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The year is out of range.</exception>
    public static ReportingPeriod Snapshot(LocalDate date)
    {
        Preconditions.CheckArgument(date.Calendar == CalendarSystem.Iso, nameof(date), "Reporting periods use the ISO calendar.");
        CheckYear(date.Year);
        return new(PeriodKind.Snapshot, date);
    }

    /// <summary>Creates the period of <paramref name="kind"/> ending in <paramref name="endYear"/>.</summary>
    /// <param name="kind">The kind of period.</param>
    /// <param name="endYear">The year it ends in.</param>
    /// <param name="snapshotMonth">For a snapshot: the month of the snapshot date.</param>
    /// <param name="snapshotDay">For a snapshot: the day of the snapshot date.</param>
    /// <returns>The period.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The year, month or day is out of range, or the kind is unknown.</exception>
    public static ReportingPeriod ForYear(PeriodKind kind, int endYear, int snapshotMonth = 9, int snapshotDay = 30) => kind switch
    {
        PeriodKind.YearEnding31March => YearEnding31March(endYear),
        PeriodKind.AcademicYear => AcademicYear(endYear),
        PeriodKind.FinancialYear => FinancialYear(endYear),
        PeriodKind.CalendarYear => CalendarYear(endYear),
        PeriodKind.ThreeCalendarYears => ThreeCalendarYears(endYear),
        PeriodKind.ThreeFinancialYears => ThreeFinancialYears(endYear),
        PeriodKind.Snapshot => SnapshotOn(CheckYear(endYear), Preconditions.CheckArgumentRange(nameof(snapshotMonth), snapshotMonth, 1, 12), snapshotDay),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown period kind."),
    };

    /// <summary>Gets the period of the same kind one year earlier.</summary>
    public ReportingPeriod Previous => Shift(-1);

    /// <summary>Gets the period of the same kind one year later.</summary>
    public ReportingPeriod Next => Shift(1);

    /// <summary>Returns the period of the same kind <paramref name="years"/> years later (earlier when negative).</summary>
    /// <param name="years">Years to move.</param>
    /// <returns>The shifted period.</returns>
    public ReportingPeriod Shift(int years)
    {
        var end = End.PlusYears(years);
        // A 29 February snapshot has no anniversary in most years; NodaTime truncates to 28 February.
        CheckYear(end.Year);
        return new ReportingPeriod(Kind, end);
    }

    /// <summary>Returns whether <paramref name="later"/> is the period immediately after this one (same kind, one year on).</summary>
    /// <param name="later">The candidate next period.</param>
    /// <returns>True when the two are consecutive.</returns>
    public bool IsFollowedBy(ReportingPeriod later) =>
        packed != 0 && Kind == later.Kind && later.Year == Year + 1 && later.Month == Month
        // End.PlusYears(1): a year after 29 February is 28 February (the next year is never a leap year).
        && later.Day == (Month == 2 && Day == 29 ? 28 : Day);

    /// <summary>Parses an EES <c>time_period</c> and <c>time_identifier</c> pair into a period of <paramref name="kind"/>.</summary>
    /// <param name="timePeriod">The EES <c>time_period</c>: 4 digits (<c>2025</c>) or 6 consecutive-year digits (<c>202425</c>).</param>
    /// <param name="timeIdentifier">The EES <c>time_identifier</c>, for example <c>Reporting year</c> or <c>Academic year</c>.</param>
    /// <param name="kind">The indicator's period kind: <c>Reporting year</c> is a year ending 31 March for returns and a snapshot for the workforce census.</param>
    /// <param name="snapshotMonth">For snapshots: the month of the snapshot date (30 September for the workforce census).</param>
    /// <param name="snapshotDay">For snapshots: the day of the snapshot date.</param>
    /// <param name="period">The period, when parsing succeeds.</param>
    /// <param name="error">Why parsing failed, when it fails.</param>
    /// <returns>True when the pair is valid for <paramref name="kind"/>.</returns>
    public static bool TryParseEes(string? timePeriod, string? timeIdentifier, PeriodKind kind, int snapshotMonth, int snapshotDay, out ReportingPeriod period, out string? error)
    {
        period = default;
        error = null;
        var tp = timePeriod?.Trim() ?? string.Empty;
        var ti = timeIdentifier?.Trim() ?? string.Empty;
        if (!IsDigits(tp) || (tp.Length != 4 && tp.Length != 6))
        {
            error = string.Format(CultureInfo.InvariantCulture, "time_period '{0}' is not 4 or 6 digits.", timePeriod);
            return false;
        }
        var endYear = Digits(tp, 0, 4);
        if (tp.Length == 6)
        {
            // 6-digit periods are two consecutive years: digits 3-4 plus one equal digits 5-6 (99 -> 00 allowed).
            var second = Digits(tp, 4, 2);
            if ((endYear % 100 + 1) % 100 != second)
            {
                error = string.Format(CultureInfo.InvariantCulture, "time_period '{0}' does not name two consecutive years.", timePeriod);
                return false;
            }
            endYear++;
        }
        if (endYear < MinYear || endYear > MaxYear)
        {
            error = string.Format(CultureInfo.InvariantCulture, "time_period '{0}' is outside {1}-{2}.", timePeriod, MinYear, MaxYear);
            return false;
        }

        var expectedIdentifier = kind switch
        {
            PeriodKind.AcademicYear => "Academic year",
            PeriodKind.FinancialYear => "Financial year",
            PeriodKind.CalendarYear => "Calendar year",
            _ => "Reporting year",
        };
        var sixDigits = kind is PeriodKind.AcademicYear or PeriodKind.FinancialYear;
        if (!string.Equals(ti, expectedIdentifier, StringComparison.Ordinal)
            && !(kind == PeriodKind.YearEnding31March && string.Equals(ti, "Financial year", StringComparison.Ordinal))
            && !(kind == PeriodKind.Snapshot && string.Equals(ti, "Calendar year", StringComparison.Ordinal)))
        {
            error = string.Format(CultureInfo.InvariantCulture, "time_identifier '{0}' does not fit a {1} period (expected '{2}').", timeIdentifier, kind, expectedIdentifier);
            return false;
        }
        if (sixDigits != (tp.Length == 6) && !(kind == PeriodKind.YearEnding31March && tp.Length == 6))
        {
            error = string.Format(CultureInfo.InvariantCulture, "time_period '{0}' has {1} digits, but a {2} period uses {3}.", timePeriod, tp.Length, kind, sixDigits ? 6 : 4);
            return false;
        }

        if (kind == PeriodKind.Snapshot)
        {
            if (snapshotMonth < 1 || snapshotMonth > 12 || snapshotDay < 1 || snapshotDay > DaysInMonth(endYear, snapshotMonth))
            {
                error = string.Format(CultureInfo.InvariantCulture, "Snapshot day {0}/{1} is not a date.", snapshotDay, snapshotMonth);
                return false;
            }
            period = SnapshotOn(CheckYear(endYear), snapshotMonth, snapshotDay);
            return true;
        }
        period = ForYear(kind, endYear);
        return true;
    }

    /// <inheritdoc />
    public bool Equals(ReportingPeriod other) => packed == other.packed;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is ReportingPeriod other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => packed;

    /// <inheritdoc />
    public int CompareTo(ReportingPeriod other) => packed.CompareTo(other.packed);

    /// <summary>Equality.</summary>
    /// <param name="left">The left period.</param>
    /// <param name="right">The right period.</param>
    /// <returns>True when equal.</returns>
    public static bool operator ==(ReportingPeriod left, ReportingPeriod right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    /// <param name="left">The left period.</param>
    /// <param name="right">The right period.</param>
    /// <returns>True when not equal.</returns>
    public static bool operator !=(ReportingPeriod left, ReportingPeriod right) => !left.Equals(right);

    /// <summary>Ordering: by kind, then end date.</summary>
    /// <param name="left">The left period.</param>
    /// <param name="right">The right period.</param>
    /// <returns>True when <paramref name="left"/> sorts before <paramref name="right"/>.</returns>
    public static bool operator <(ReportingPeriod left, ReportingPeriod right) => left.CompareTo(right) < 0;

    /// <summary>Ordering: by kind, then end date.</summary>
    /// <param name="left">The left period.</param>
    /// <param name="right">The right period.</param>
    /// <returns>True when <paramref name="left"/> sorts after <paramref name="right"/>.</returns>
    public static bool operator >(ReportingPeriod left, ReportingPeriod right) => left.CompareTo(right) > 0;

    /// <summary>Ordering: by kind, then end date.</summary>
    /// <param name="left">The left period.</param>
    /// <param name="right">The right period.</param>
    /// <returns>True when <paramref name="left"/> sorts before or equals <paramref name="right"/>.</returns>
    public static bool operator <=(ReportingPeriod left, ReportingPeriod right) => left.CompareTo(right) <= 0;

    /// <summary>Ordering: by kind, then end date.</summary>
    /// <param name="left">The left period.</param>
    /// <param name="right">The right period.</param>
    /// <returns>True when <paramref name="left"/> sorts after or equals <paramref name="right"/>.</returns>
    public static bool operator >=(ReportingPeriod left, ReportingPeriod right) => left.CompareTo(right) >= 0;

    /// <summary>Returns a stable, culture-invariant text such as <c>year ending 31 March 2025</c> or <c>academic year 2024/25</c>.</summary>
    /// <returns>The description.</returns>
    public override string ToString() => Kind switch
    {
        PeriodKind.YearEnding31March => "year ending 31 March " + Label,
        PeriodKind.AcademicYear => "academic year " + Label,
        PeriodKind.FinancialYear => "financial year " + Label,
        PeriodKind.CalendarYear => "calendar year " + Label,
        PeriodKind.ThreeCalendarYears => "calendar years " + Label,
        PeriodKind.ThreeFinancialYears => "financial years " + Label,
        _ => "snapshot " + (packed == 0 ? End.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture)
            : string.Format(CultureInfo.InvariantCulture, "{0:0000}-{1:00}-{2:00}", Year, Month, Day)),
    };

    private static string YearPair(int endYear) => string.Format(CultureInfo.InvariantCulture, "{0}/{1:00}", endYear - 1, endYear % 100);

    private static int CheckYear(int year) => Preconditions.CheckArgumentRange(nameof(year), year, MinYear, MaxYear);

    // A snapshot date checked without NodaTime (see the packed field): ISO (proleptic Gregorian) month lengths.
    private static ReportingPeriod SnapshotOn(int year, int month, int day) =>
        new(PeriodKind.Snapshot, year, month, Preconditions.CheckArgumentRange(nameof(day), day, 1, DaysInMonth(year, month)));

    private static int DaysInMonth(int year, int month) => month switch
    {
        2 => year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28,
        4 or 6 or 9 or 11 => 30,
        _ => 31,
    };

    private static int Digits(string s, int start, int count)
    {
        var value = 0;
        for (var i = start; i < start + count; i++)
        {
            value = (value * 10) + (s[i] - '0');
        }
        return value;
    }

    private static bool IsDigits(string s)
    {
        if (s.Length == 0)
        {
            return false;
        }
        foreach (var c in s)
        {
            if (c < '0' || c > '9')
            {
                return false;
            }
        }
        return true;
    }
}
