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
}
