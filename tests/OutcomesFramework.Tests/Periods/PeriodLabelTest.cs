using System;
using NodaTime;
using OutcomesFramework.Periods;
using Xunit;

namespace OutcomesFramework.Tests.Periods;

public sealed class PeriodLabelTest
{
    // Each LAIT label form, with the period worked out from the calendar by hand.
    [Theory]
    [InlineData("2025", PeriodKind.AcademicYear, 2024, 9, 1, 2025, 8, 31, ReleaseStage.Published)]
    [InlineData("2015/16", PeriodKind.AcademicYear, 2015, 9, 1, 2016, 8, 31, ReleaseStage.Published)]
    [InlineData("2015-16", PeriodKind.AcademicYear, 2015, 9, 1, 2016, 8, 31, ReleaseStage.Published)]
    [InlineData("2024-25", PeriodKind.FinancialYear, 2024, 4, 1, 2025, 3, 31, ReleaseStage.Published)]
    [InlineData("2024-25 (OT)", PeriodKind.FinancialYear, 2024, 4, 1, 2025, 3, 31, ReleaseStage.Outturn)]
    [InlineData("2025", PeriodKind.YearEnding31March, 2024, 4, 1, 2025, 3, 31, ReleaseStage.Published)]
    [InlineData("2023", PeriodKind.CalendarYear, 2023, 1, 1, 2023, 12, 31, ReleaseStage.Published)]
    [InlineData("2014-16", PeriodKind.CalendarYear, 2014, 1, 1, 2016, 12, 31, ReleaseStage.Published)]
    [InlineData("2014-16", PeriodKind.ThreeCalendarYears, 2014, 1, 1, 2016, 12, 31, ReleaseStage.Published)]
    [InlineData("2013/14-15/16", PeriodKind.ThreeFinancialYears, 2013, 4, 1, 2016, 3, 31, ReleaseStage.Published)]
    [InlineData("2025 (prov)", PeriodKind.AcademicYear, 2024, 9, 1, 2025, 8, 31, ReleaseStage.Provisional)]
    [InlineData("2024 (Rev)", PeriodKind.AcademicYear, 2023, 9, 1, 2024, 8, 31, ReleaseStage.Revised)]
    [InlineData("2021 (Final)", PeriodKind.AcademicYear, 2020, 9, 1, 2021, 8, 31, ReleaseStage.Final)]
    [InlineData("1999/00", PeriodKind.AcademicYear, 1999, 9, 1, 2000, 8, 31, ReleaseStage.Published)]
    public void Parse_EveryLaitForm_GivesThePeriodAndRelease(string text, PeriodKind kind, int y0, int m0, int d0, int y1, int m1, int d1, ReleaseStage stage)
    {
        var label = PeriodLabel.Parse(text, kind);
        Assert.Equal(new LocalDate(y0, m0, d0), label.Period.Start);
        Assert.Equal(new LocalDate(y1, m1, d1), label.Period.End);
        Assert.Equal(stage, label.Stage);
    }

    [Fact]
    public void Parse_JanuarySnapshot_IsThatDay()
    {
        var label = PeriodLabel.Parse("2025", PeriodKind.Snapshot, 1, 15);
        Assert.Equal(PeriodKind.Snapshot, label.Period.Kind);
        Assert.Equal(new LocalDate(2025, 1, 15), label.Period.End);
    }

    [Theory]
    [InlineData("0", PeriodKind.AcademicYear)]            // in LAIT's file (CINPermExclusion): not a period
    [InlineData("", PeriodKind.AcademicYear)]
    [InlineData("2025/27", PeriodKind.AcademicYear)]
    [InlineData("2024-25", PeriodKind.CalendarYear)]      // two consecutive years are not a calendar year
    [InlineData("2025", PeriodKind.ThreeCalendarYears)]   // a single year is not a pool
    [InlineData("2013/14-15/17", PeriodKind.ThreeFinancialYears)]
    [InlineData("2025 (OT)", PeriodKind.AcademicYear)]    // outturn is for financial years
    [InlineData("2025 (draft)", PeriodKind.AcademicYear)]
    [InlineData("1850", PeriodKind.CalendarYear)]
    [InlineData("20x5", PeriodKind.CalendarYear)]
    public void TryParse_NotAPeriod_SaysWhy(string text, PeriodKind kind)
    {
        Assert.False(PeriodLabel.TryParse(text, kind, 9, 30, out _, out var error));
        Assert.Contains("is not a period label", error, StringComparison.Ordinal);
        Assert.Throws<FormatException>(() => PeriodLabel.Parse(text, kind));
    }

    [Fact]
    public void ThreeYearPools_RollOnByAYear_AndLabelAsLaitWritesThem()
    {
        var pool = ReportingPeriod.ThreeCalendarYears(2016);
        Assert.Equal("2014-16", pool.Label);
        Assert.True(pool.IsFollowedBy(ReportingPeriod.ThreeCalendarYears(2017)));
        var financial = ReportingPeriod.ThreeFinancialYears(2016);
        Assert.Equal("2013/14-15/16", financial.Label);
        Assert.Equal(financial, PeriodLabel.Parse(financial.Label, PeriodKind.ThreeFinancialYears).Period);
        Assert.Equal("2024-25 (OT)", PeriodLabel.Parse("2024-25 (OT)", PeriodKind.FinancialYear).ToString());
    }
}
