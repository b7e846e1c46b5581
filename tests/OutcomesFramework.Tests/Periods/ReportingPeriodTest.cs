using System;
using NodaTime;
using OutcomesFramework.Periods;
using Xunit;

namespace OutcomesFramework.Tests.Periods;

public sealed class ReportingPeriodTest
{
    [Fact]
    public void YearEnding31March_SpansAprilToMarch()
    {
        var p = ReportingPeriod.YearEnding31March(2025);
        Assert.Equal(new LocalDate(2024, 4, 1), p.Start);
        Assert.Equal(new LocalDate(2025, 3, 31), p.End);
        Assert.Equal("2025", p.Label);
        Assert.Equal("year ending 31 March 2025", p.ToString());
    }

    [Fact]
    public void AcademicYear_SpansSeptemberToAugust()
    {
        var p = ReportingPeriod.AcademicYear(2025);
        Assert.Equal(new LocalDate(2024, 9, 1), p.Start);
        Assert.Equal(new LocalDate(2025, 8, 31), p.End);
        Assert.Equal("2024/25", p.Label);
    }

    [Fact]
    public void Snapshot_IsOneDay()
    {
        var p = ReportingPeriod.Snapshot(new LocalDate(2025, 9, 30));
        Assert.Equal(p.Start, p.End);
        Assert.Equal("snapshot 2025-09-30", p.ToString());
    }

    [Theory]
    [InlineData("2025", "Reporting year", PeriodKind.YearEnding31March, 2025, 3, 31)]
    [InlineData("202425", "Academic year", PeriodKind.AcademicYear, 2025, 8, 31)]
    [InlineData("202425", "Financial year", PeriodKind.FinancialYear, 2025, 3, 31)]
    [InlineData("199900", "Academic year", PeriodKind.AcademicYear, 2000, 8, 31)]  // 99 -> 00 is allowed
    [InlineData("2025", "Reporting year", PeriodKind.Snapshot, 2025, 9, 30)]      // workforce census, 30 September
    [InlineData("2024", "Calendar year", PeriodKind.CalendarYear, 2024, 12, 31)]
    public void TryParseEes_Valid(string tp, string ti, PeriodKind kind, int y, int m, int d)
    {
        Assert.True(ReportingPeriod.TryParseEes(tp, ti, kind, 9, 30, out var p, out var error), error);
        Assert.Equal(kind, p.Kind);
        Assert.Equal(new LocalDate(y, m, d), p.End);
    }

    [Theory]
    [InlineData("202426", "Academic year", PeriodKind.AcademicYear)]  // not consecutive years
    [InlineData("2024-25", "Academic year", PeriodKind.AcademicYear)] // dashes are not allowed
    [InlineData("2025", "Academic year", PeriodKind.AcademicYear)]    // academic years have six digits
    [InlineData("2025", "Academic year", PeriodKind.YearEnding31March)] // identifier does not fit the kind
    [InlineData("25", "Reporting year", PeriodKind.YearEnding31March)]
    [InlineData("", "Reporting year", PeriodKind.YearEnding31March)]
    [InlineData("1800", "Reporting year", PeriodKind.YearEnding31March)] // out of range
    public void TryParseEes_Invalid_SaysWhy(string tp, string ti, PeriodKind kind)
    {
        Assert.False(ReportingPeriod.TryParseEes(tp, ti, kind, 9, 30, out _, out var error));
        Assert.False(string.IsNullOrWhiteSpace(error));
    }

    [Fact]
    public void IsFollowedBy_OnlyConsecutiveSameKind()
    {
        var y2024 = ReportingPeriod.YearEnding31March(2024);
        Assert.True(y2024.IsFollowedBy(ReportingPeriod.YearEnding31March(2025)));
        Assert.False(y2024.IsFollowedBy(ReportingPeriod.YearEnding31March(2026)));
        Assert.False(y2024.IsFollowedBy(ReportingPeriod.FinancialYear(2025)));
        Assert.Equal(y2024, ReportingPeriod.YearEnding31March(2025).Previous);
        Assert.Equal(ReportingPeriod.YearEnding31March(2025), y2024.Next);
    }

    [Fact]
    public void Ordering_ByKindThenEnd()
    {
        Assert.True(ReportingPeriod.YearEnding31March(2024) < ReportingPeriod.YearEnding31March(2025));
        Assert.True(ReportingPeriod.AcademicYear(2025) >= ReportingPeriod.AcademicYear(2025));
        Assert.NotEqual(ReportingPeriod.YearEnding31March(2025), ReportingPeriod.FinancialYear(2025));
    }

    [Theory]
    [InlineData(1899)]
    [InlineData(2201)]
    public void Factory_YearOutOfRange_Throws(int year) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => ReportingPeriod.YearEnding31March(year));

    [Fact]
    public void Snapshot_NonIsoCalendar_Throws() =>
        Assert.Throws<ArgumentException>(() => ReportingPeriod.Snapshot(new LocalDate(2025, 1, 1, CalendarSystem.Julian)));
}
