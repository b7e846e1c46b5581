using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;
using OutcomesFramework.Returns.Calendar;
using Xunit;

namespace OutcomesFramework.Returns.Tests.Calendar;

public sealed class WorkingDayCalendarTest
{
    private static readonly WorkingDayCalendar Cal = WorkingDayCalendar.EnglandAndWales;

    [Fact]
    public void CoversTheStatedYears()
    {
        Assert.Equal(2012, Cal.FirstYear);
        Assert.Equal(2027, Cal.LastYear);
        Assert.Equal(Cal.BankHolidays.OrderBy(d => d), Cal.BankHolidays);
    }

    [Fact]
    public void HasTheOneOffHolidaysFromTheGovUkList()
    {
        // gov.uk/bank-holidays: 2022 had 10 (Platinum Jubilee 2 and 3 June, the State Funeral on 19 September).
        Assert.Equal(10, Cal.BankHolidays.Count(d => d.Year == 2022));
        Assert.True(Cal.IsBankHoliday(new LocalDate(2022, 9, 19)));
        Assert.True(Cal.IsBankHoliday(new LocalDate(2022, 6, 3)));
        Assert.False(Cal.IsBankHoliday(new LocalDate(2022, 5, 30))); // the spring holiday moved to 2 June
        // 2020: the early May holiday moved to Friday 8 May (VE Day).
        Assert.True(Cal.IsBankHoliday(new LocalDate(2020, 5, 8)));
        Assert.False(Cal.IsBankHoliday(new LocalDate(2020, 5, 4)));
        // 2023: the Coronation, Monday 8 May.
        Assert.True(Cal.IsBankHoliday(new LocalDate(2023, 5, 8)));
        // Christmas 2021 fell at a weekend: substitutes Monday 27 and Tuesday 28 December.
        Assert.True(Cal.IsBankHoliday(new LocalDate(2021, 12, 27)));
        Assert.True(Cal.IsBankHoliday(new LocalDate(2021, 12, 28)));
        // Every year has at least the 8 regular holidays.
        Assert.All(Enumerable.Range(2012, 16), y => Assert.True(Cal.BankHolidays.Count(d => d.Year == y) >= 8));
    }

    [Fact]
    public void CountsWorkingDaysAfterTheStartDay()
    {
        // Monday 31 March 2025 to Monday 7 April 2025: Tue-Fri (4) + Mon (1) = 5.
        Assert.Equal(5, Cal.WorkingDaysBetween(new LocalDate(2025, 3, 31), new LocalDate(2025, 4, 7)));
        // Easter 2025: Thursday 17 April to Tuesday 22 April; Good Friday 18 and Easter Monday 21 are holidays, so only Tuesday counts.
        Assert.Equal(1, Cal.WorkingDaysBetween(new LocalDate(2025, 4, 17), new LocalDate(2025, 4, 22)));
        Assert.Equal(0, Cal.WorkingDaysBetween(new LocalDate(2025, 4, 17), new LocalDate(2025, 4, 17)));
        Assert.False(Cal.IsWorkingDay(new LocalDate(2025, 4, 19)));
    }

    [Fact]
    public void ADateOutsideTheCalendarIsATypedError()
    {
        var e = Assert.Throws<CalendarRangeException>(() => Cal.WorkingDaysBetween(new LocalDate(2011, 12, 30), new LocalDate(2012, 1, 5)));
        Assert.Contains("2012 to 2027", e.Message, System.StringComparison.Ordinal);
        Assert.Throws<CalendarRangeException>(() => Cal.IsWorkingDay(new LocalDate(2028, 1, 1)));
    }

    [Fact]
    public void WorkingDaysAddUpAcrossAnyMiddleDate()
    {
        var first = new LocalDate(2012, 1, 1);
        Prop.ForAll(Gen.Choose(0, 5800).Three().ToArbitrary(), t =>
        {
            var days = new[] { t.Item1, t.Item2, t.Item3 }.OrderBy(x => x).Select(x => first.PlusDays(x)).ToArray();
            var whole = Cal.WorkingDaysBetween(days[0], days[2]);
            var naive = Enumerable.Range(1, Period.DaysBetween(days[0], days[2])).Count(i => Cal.IsWorkingDay(days[0].PlusDays(i)));
            return whole == Cal.WorkingDaysBetween(days[0], days[1]) + Cal.WorkingDaysBetween(days[1], days[2]) && whole == naive;
        }).QuickCheckThrowOnFailure();
    }
}
