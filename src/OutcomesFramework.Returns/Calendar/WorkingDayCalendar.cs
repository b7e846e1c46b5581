using System.Collections.Immutable;
using NodaTime;

namespace OutcomesFramework.Returns.Calendar;

/// <summary>
/// Working days (Monday to Friday, not a bank holiday) over the years a bank-holiday list covers. The DfE's
/// timeliness measures (assessments within 45 working days, initial child protection conferences within 15 working
/// days of the strategy discussion) count working days this way.
/// </summary>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed class WorkingDayCalendar
{
    private readonly LocalDate first;
    private readonly int[] workingBefore; // working days in [first, first + i)
    private readonly bool[] holiday;

    private WorkingDayCalendar(int firstYear, int lastYear, ImmutableArray<LocalDate> holidays)
    {
        FirstYear = firstYear;
        LastYear = lastYear;
        BankHolidays = holidays;
        first = new LocalDate(firstYear, 1, 1);
        var days = Period.DaysBetween(first, new LocalDate(lastYear, 12, 31)) + 1;
        holiday = new bool[days];
        foreach (var h in holidays)
        {
            holiday[Index(h)] = true;
        }
        workingBefore = new int[days + 1];
        for (var i = 0; i < days; i++)
        {
            var d = first.PlusDays(i);
            var working = d.DayOfWeek != IsoDayOfWeek.Saturday && d.DayOfWeek != IsoDayOfWeek.Sunday && !holiday[i];
            workingBefore[i + 1] = workingBefore[i] + (working ? 1 : 0);
        }
    }

    /// <summary>Gets England and Wales, 2012 to 2027, from the UK Government's published bank holidays (https://www.gov.uk/bank-holidays).</summary>
    public static WorkingDayCalendar EnglandAndWales { get; } = new(EnglandAndWalesBankHolidays.FirstYear, EnglandAndWalesBankHolidays.LastYear, EnglandAndWalesBankHolidays.Dates);

    /// <summary>Gets the first calendar year covered.</summary>
    public int FirstYear { get; }

    /// <summary>Gets the last calendar year covered.</summary>
    public int LastYear { get; }

    /// <summary>Gets the bank holidays, in date order.</summary>
    public ImmutableArray<LocalDate> BankHolidays { get; }

    /// <summary>Returns whether the date is a bank holiday.</summary>
    /// <param name="date">The date.</param>
    /// <returns>True on a bank holiday.</returns>
    /// <exception cref="CalendarRangeException">The date is outside the years covered.</exception>
    public bool IsBankHoliday(LocalDate date) => holiday[Index(date)];

    /// <summary>Returns whether the date is a working day (Monday to Friday and not a bank holiday).</summary>
    /// <param name="date">The date.</param>
    /// <returns>True on a working day.</returns>
    /// <exception cref="CalendarRangeException">The date is outside the years covered.</exception>
    public bool IsWorkingDay(LocalDate date)
    {
        var i = Index(date);
        return workingBefore[i + 1] > workingBefore[i];
    }

    /// <summary>
    /// Counts the working days after <paramref name="start"/> up to and including <paramref name="end"/>: the day
    /// something starts is day 0, so an assessment authorised on the next working day took 1 working day. Negative
    /// when <paramref name="end"/> is before <paramref name="start"/>.
    /// </summary>
    /// <param name="start">The start date.</param>
    /// <param name="end">The end date.</param>
    /// <returns>The number of working days.</returns>
    /// <exception cref="CalendarRangeException">A date is outside the years covered.</exception>
    public int WorkingDaysBetween(LocalDate start, LocalDate end)
    {
        var s = Index(start);
        var e = Index(end);
        return workingBefore[e + 1] - workingBefore[s + 1];
    }

    /// <summary>Returns whether both dates are inside the years covered.</summary>
    /// <param name="date">The date.</param>
    /// <returns>True when covered.</returns>
    public bool Covers(LocalDate date) => date.Year >= FirstYear && date.Year <= LastYear;

    private int Index(LocalDate date)
    {
        if (!Covers(date))
        {
            throw new CalendarRangeException(date, FirstYear, LastYear);
        }
        return Period.DaysBetween(first, date);
    }
}
