using System.Linq;
using NodaTime;
using OutcomesFramework.Areas;
using OutcomesFramework.Inspections;
using Xunit;

namespace OutcomesFramework.England.Tests;

public sealed class InspectionsTest
{
    private static readonly LocalDate March2025 = new(2025, 3, 31);

    [Fact]
    public void Inspections_PositionAt31March2025_MatchesOfstedsOfficialStatistics()
    {
        // Ofsted, "Local authority inspection outcomes as at 31 March 2025": Outstanding 36, Good 67,
        // Requires improvement 31, Inadequate 19 (153 authorities).
        var data = EnglandData.Default;
        var position = data.Inspections.PositionAt(March2025, data.Areas.LocalAuthorities.Select(a => a.Code));
        Assert.Equal(153, position.Count);
        var counts = position.Values.GroupBy(i => i.OverallEffectiveness!.Value).ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal(36, counts[OfstedGrade.Outstanding]);
        Assert.Equal(67, counts[OfstedGrade.Good]);
        Assert.Equal(31, counts[OfstedGrade.RequiresImprovement]);
        Assert.Equal(19, counts[OfstedGrade.Inadequate]);
    }

    [Fact]
    public void Inspections_History_Holds271GradedInspectionsAndThe2024To25Visits()
    {
        var history = EnglandData.Default.Inspections;
        Assert.Equal(271, history.GradedCount);
        // In-year 2024-25: 36 focused visits and 24 monitoring visits, none graded.
        Assert.Equal(36, history.Count(i => i.Type == InspectionType.FocusedVisit));
        Assert.Equal(24, history.Count(i => i.Type == InspectionType.MonitoringVisit));
        Assert.Equal(271 + 60, history.Count);
    }

    [Fact]
    public void Inspections_LoadReports_AccountForEveryRow()
    {
        var reports = EnglandData.Default.InspectionReports;
        Assert.Equal(new[] { 271, 112, 153 }, reports.Select(r => r.RowsRead));
        foreach (var r in reports)
        {
            Assert.Equal(r.RowsRead, r.Added + r.AlreadyInHistory);
        }
        Assert.Equal(271, reports[0].Added);
        // The 52 graded in-year inspections are already in the history; the 60 visits are added.
        Assert.Equal(60, reports[1].Added);
        Assert.Equal(52, reports[1].AlreadyInHistory);
        // Every row of the position file is an inspection in the history.
        Assert.Equal(153, reports[2].AlreadyInHistory);
    }

    [Fact]
    public void Inspections_FormerAuthorities_AreKeptAndReported()
    {
        var report = EnglandData.Default.InspectionReports[0];
        Assert.Equal(3, report.FormerAuthorities);
        Assert.Contains(report.Notes, n => n.Contains("Bournemouth (E06000028) no longer exists", System.StringComparison.Ordinal));
        Assert.Contains(report.Notes, n => n.Contains("Cumbria (E10000006) no longer exists", System.StringComparison.Ordinal));
        Assert.Contains(report.Notes, n => n.Contains("Northamptonshire (E10000021) no longer exists", System.StringComparison.Ordinal));
        var history = EnglandData.Default.Inspections;
        Assert.Single(history.For("E10000006"));
        Assert.Null(EnglandData.Default.Areas.Find("E10000006"));
    }

    [Fact]
    public void Inspections_RecodedAuthority_IsRecordedUnderItsCurrentCode()
    {
        // Ofsted gives Barnsley its earlier code E08000016; the catalogue's current code is E08000038.
        var data = EnglandData.Default;
        Assert.Empty(data.Inspections.For("E08000016"));
        Assert.NotEmpty(data.Inspections.For("E08000038"));
        Assert.Contains(data.InspectionReports[0].Notes, n => n.Contains("Barnsley is given its earlier code E08000016", System.StringComparison.Ordinal));
    }

    [Fact]
    public void Inspections_OfstedSpellings_AreRecordedUnderTheDfEAuthority()
    {
        var data = EnglandData.Default;
        foreach (var name in new[] { "Bristol, City of", "County Durham", "Hammersmith and Fulham", "St. Helens", "Kingston upon Hull, City of" })
        {
            Assert.NotEmpty(data.Inspections.For(data.Areas.Get(name).Code));
        }
        Assert.All(data.Inspections.AreaCodes, c => Assert.True(data.Areas.Find(c)?.Level == AreaLevel.LocalAuthority
            || c is "E06000028" or "E10000006" or "E10000021"));
    }

    [Fact]
    public void Inspections_CareLeaversJudgement_OnlyFrom2023()
    {
        foreach (var i in EnglandData.Default.Inspections.Where(i => i.IsGraded))
        {
            Assert.Equal(i.InspectionDate >= new LocalDate(2023, 1, 1), i.CareLeavers.HasValue);
        }
    }
}
