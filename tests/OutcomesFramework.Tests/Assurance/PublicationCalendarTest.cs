using System;
using NodaTime;
using OutcomesFramework.Assurance;
using OutcomesFramework.Periods;
using Xunit;

namespace OutcomesFramework.Tests.Assurance;

public sealed class PublicationCalendarTest
{
    [Fact]
    public void PublicationCalendar_England_PublishesAfterTheLag()
    {
        var england = PublicationCalendar.England;
        // Year ending 31 March 2024 + 8 months = 30 November 2024, public from 1 December 2024.
        Assert.Equal(new LocalDate(2024, 12, 1), england.PublishedOn(ReportingPeriod.YearEnding31March(2024)));
        // Academic year 2023/24 ends 31 August 2024; + 8 months = 30 April 2025 (day clamped), public from 1 May 2025.
        Assert.Equal(new LocalDate(2025, 5, 1), england.PublishedOn(ReportingPeriod.AcademicYear(2024)));
        // Workforce snapshot 30 September 2024 + 6 months = 30 March 2025, public from 31 March 2025.
        Assert.Equal(new LocalDate(2025, 3, 31), england.PublishedOn(ReportingPeriod.Snapshot(new LocalDate(2024, 9, 30))));
        Assert.False(england.IsPublishedBy(ReportingPeriod.YearEnding31March(2024), new LocalDate(2024, 11, 30)));
        Assert.True(england.IsPublishedBy(ReportingPeriod.YearEnding31March(2024), new LocalDate(2024, 12, 1)));
    }

    [Fact]
    public void LagMonths_EachKind()
    {
        var c = new PublicationCalendar(1, 2, 3, 4, 5);
        Assert.Equal(1, c.LagMonths(PeriodKind.YearEnding31March));
        Assert.Equal(2, c.LagMonths(PeriodKind.AcademicYear));
        Assert.Equal(3, c.LagMonths(PeriodKind.FinancialYear));
        Assert.Equal(4, c.LagMonths(PeriodKind.CalendarYear));
        Assert.Equal(5, c.LagMonths(PeriodKind.Snapshot));
        Assert.Equal(4, c.LagMonths(PeriodKind.ThreeCalendarYears)); // pools publish like their single years
        Assert.Equal(3, c.LagMonths(PeriodKind.ThreeFinancialYears));
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(7)]
    public void LagMonths_UndefinedKind_Throws(int kind)
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => PublicationCalendar.England.LagMonths((PeriodKind)kind));
        Assert.Equal("kind", ex.ParamName);
        Assert.StartsWith("Unknown period kind.", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void PublishedBy_NullObservations_Throws() =>
        Assert.Equal("observations", Assert.Throws<ArgumentNullException>(() => PublicationCalendar.England.PublishedBy(null!, new LocalDate(2025, 1, 1))).ParamName);

    [Fact]
    public void Equality_EachLagMatters()
    {
        var c = new PublicationCalendar(8, 8, 9, 6, 6);
        Assert.True(c.Equals(PublicationCalendar.England));
        Assert.True(c.Equals((object)PublicationCalendar.England));
        Assert.Equal(PublicationCalendar.England.GetHashCode(), c.GetHashCode());
        Assert.False(c.Equals(null));
        Assert.False(c.Equals(new PublicationCalendar(7, 8, 9, 6, 6)));
        Assert.False(c.Equals(new PublicationCalendar(8, 7, 9, 6, 6)));
        Assert.False(c.Equals(new PublicationCalendar(8, 8, 8, 6, 6)));
        Assert.False(c.Equals(new PublicationCalendar(8, 8, 9, 5, 6)));
        Assert.False(c.Equals(new PublicationCalendar(8, 8, 9, 6, 5)));
    }

    [Fact]
    public void ToString_ListsTheLags() =>
        Assert.Equal("year ending 31 March +8 months, academic year +8, financial year +9, calendar year +6, snapshot +6", PublicationCalendar.England.ToString());
}
