using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using NodaTime;
using OutcomesFramework.Periods;
using Xunit;

namespace OutcomesFramework.Tests.Periods;

/// <summary>
/// A period keeps its kind and end date packed in one int (so that making one does not touch NodaTime); these tests hold
/// every comparison, the successor test and the text to what the NodaTime end date says, over every kind and year and a
/// seeded sample of snapshot dates including 29 February.
/// </summary>
public sealed class ReportingPeriodRepresentationTest
{
    private static readonly PeriodKind[] YearlyKinds =
    {
        PeriodKind.YearEnding31March, PeriodKind.AcademicYear, PeriodKind.FinancialYear, PeriodKind.CalendarYear,
        PeriodKind.ThreeCalendarYears, PeriodKind.ThreeFinancialYears,
    };

    private static List<ReportingPeriod> AllPeriods()
    {
        var periods = new List<ReportingPeriod>();
        foreach (var kind in YearlyKinds)
        {
            for (var year = 1900; year <= 2200; year++)
            {
                periods.Add(ReportingPeriod.ForYear(kind, year));
            }
        }
        var random = new Random(20261204);
        for (var i = 0; i < 600; i++)
        {
            var date = new LocalDate(1900, 1, 1).PlusDays(random.Next(0, 110_000));
            if (date.Year <= 2200)
            {
                periods.Add(ReportingPeriod.Snapshot(date));
            }
        }
        foreach (var leap in new[] { 1904, 1996, 2000, 2024, 2196 })
        {
            periods.Add(ReportingPeriod.Snapshot(new LocalDate(leap, 2, 29)));
            periods.Add(ReportingPeriod.Snapshot(new LocalDate(leap + 1, 2, 28)));
        }
        return periods;
    }

    [Fact]
    public void Ordering_IsKindThenEndDate()
    {
        var periods = AllPeriods();
        var random = new Random(11);
        var shuffled = periods.OrderBy(_ => random.Next()).ToList();
        var byPeriod = shuffled.OrderBy(p => p).ToList();
        var byDate = shuffled.OrderBy(p => (int)p.Kind).ThenBy(p => p.End).ToList();
        Assert.Equal(byDate, byPeriod);
        for (var i = 1; i < byPeriod.Count; i++)
        {
            var (a, b) = (byPeriod[i - 1], byPeriod[i]);
            var expected = a.Kind != b.Kind ? ((int)a.Kind).CompareTo((int)b.Kind) : a.End.CompareTo(b.End);
            Assert.Equal(Math.Sign(expected), Math.Sign(a.CompareTo(b)));
            Assert.Equal(expected == 0, a == b);
            Assert.Equal(a.Kind == b.Kind && a.End == b.End, a.Equals(b));
        }
    }

    [Fact]
    public void IsFollowedBy_IsSameKindAndEndPlusOneYear()
    {
        var periods = AllPeriods();
        var random = new Random(7);
        foreach (var p in periods)
        {
            var candidates = new List<ReportingPeriod> { periods[random.Next(periods.Count)] };
            if (p.EndYear < 2200)
            {
                candidates.Add(p.Kind == PeriodKind.Snapshot ? ReportingPeriod.Snapshot(p.End.PlusYears(1)) : ReportingPeriod.ForYear(p.Kind, p.EndYear + 1));
                if (p.Kind == PeriodKind.Snapshot)
                {
                    candidates.Add(ReportingPeriod.Snapshot(p.End.PlusYears(1).PlusDays(1)));
                }
            }
            foreach (var q in candidates)
            {
                Assert.Equal(p.Kind == q.Kind && p.End.PlusYears(1) == q.End, p.IsFollowedBy(q));
            }
        }
    }

    [Fact]
    public void Text_AndYear_AreTheEndDates()
    {
        foreach (var p in AllPeriods())
        {
            Assert.Equal(p.End.Year, p.EndYear);
            if (p.Kind == PeriodKind.Snapshot)
            {
                Assert.Equal("snapshot " + p.End.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture), p.ToString());
            }
        }
    }

    [Theory]
    [InlineData(2023, 2, 29)]
    [InlineData(1900, 2, 29)]
    [InlineData(2025, 9, 31)]
    [InlineData(2025, 4, 0)]
    [InlineData(2025, 6, 31)]
    public void ForYear_SnapshotDayThatIsNotADate_IsRefused(int year, int month, int day)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => ReportingPeriod.ForYear(PeriodKind.Snapshot, year, month, day));
        Assert.False(ReportingPeriod.TryParseEes(year.ToString(CultureInfo.InvariantCulture), "Calendar year", PeriodKind.Snapshot, month, day, out _, out var error));
        Assert.NotNull(error);
    }

    [Theory]
    [InlineData(2024, 2, 29)]
    [InlineData(2000, 2, 29)]
    [InlineData(2025, 9, 30)]
    [InlineData(2025, 1, 31)]
    public void ForYear_Snapshot_EndsOnThatDate(int year, int month, int day)
    {
        Assert.Equal(new LocalDate(year, month, day), ReportingPeriod.ForYear(PeriodKind.Snapshot, year, month, day).End);
    }

    [Fact]
    public void Default_KeepsItsDocumentedShape()
    {
        var d = default(ReportingPeriod);
        Assert.Equal(PeriodKind.YearEnding31March, d.Kind);
        Assert.Equal(default(LocalDate), d.End);
        Assert.Equal(d.End.Year, d.EndYear);
        Assert.True(d < ReportingPeriod.YearEnding31March(1900));
        Assert.False(d.IsFollowedBy(ReportingPeriod.YearEnding31March(1900)));
    }
}
