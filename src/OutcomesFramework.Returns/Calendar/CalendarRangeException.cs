using System;
using NodaTime;

namespace OutcomesFramework.Returns.Calendar;

/// <summary>A date falls outside the years a working-day calendar covers, so its working days cannot be counted.</summary>
public sealed class CalendarRangeException : ArgumentOutOfRangeException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="date">The date outside the calendar.</param>
    /// <param name="firstYear">The first year covered.</param>
    /// <param name="lastYear">The last year covered.</param>
    public CalendarRangeException(LocalDate date, int firstYear, int lastYear)
        : base(nameof(date), "The date " + date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) + " is outside the England and Wales bank-holiday calendar, which covers "
            + firstYear + " to " + lastYear + ": working days cannot be counted for it.")
    {
        Date = date;
        FirstYear = firstYear;
        LastYear = lastYear;
    }

    /// <summary>Gets the date outside the calendar.</summary>
    public LocalDate Date { get; }

    /// <summary>Gets the first year covered.</summary>
    public int FirstYear { get; }

    /// <summary>Gets the last year covered.</summary>
    public int LastYear { get; }
}
