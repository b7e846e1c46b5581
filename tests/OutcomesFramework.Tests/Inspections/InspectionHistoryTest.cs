using System;
using System.Linq;
using NodaTime;
using OutcomesFramework.Inspections;
using Xunit;

namespace OutcomesFramework.Tests.Inspections;

public sealed class InspectionHistoryTest
{
    private static Inspection Graded(string area, int y, int m, int d, OfstedGrade grade) =>
        new(area, new LocalDate(y, m, d), new LocalDate(y, m, d).PlusDays(50), InspectionType.StandardInspection, grade, grade, grade, grade,
            new LocalDate(y, m, d) >= Inspection.CareLeaversJudgementFrom ? grade : null);

    private static Inspection Visit(string area, int y, int m, int d) =>
        new(area, new LocalDate(y, m, d), new LocalDate(y, m, d).PlusDays(30), InspectionType.FocusedVisit, null, null, null, null);

    private static InspectionHistory Sample() => new(new[]
    {
        Graded("A", 2023, 7, 10, OfstedGrade.Good),
        Graded("A", 2019, 2, 18, OfstedGrade.RequiresImprovement),
        Visit("A", 2024, 3, 4),
        Graded("B", 2025, 4, 1, OfstedGrade.Outstanding),
        Graded("B", 2021, 1, 11, OfstedGrade.Inadequate),
    });

    [Fact]
    public void For_AnyInputOrder_OrdersByDate()
    {
        var a = Sample().For("A");
        Assert.Equal(new[] { new LocalDate(2019, 2, 18), new LocalDate(2023, 7, 10), new LocalDate(2024, 3, 4) }, a.Select(i => i.InspectionDate));
        Assert.Empty(Sample().For("C"));
    }

    [Fact]
    public void LatestOnOrBefore_SkipsVisitsAndLaterInspections()
    {
        var h = Sample();
        Assert.Equal(OfstedGrade.Good, h.LatestOnOrBefore("A", new LocalDate(2025, 3, 31))?.OverallEffectiveness);
        Assert.Equal(OfstedGrade.RequiresImprovement, h.LatestOnOrBefore("A", new LocalDate(2023, 7, 9))?.OverallEffectiveness);
        Assert.Equal(OfstedGrade.Good, h.LatestOnOrBefore("A", new LocalDate(2023, 7, 10))?.OverallEffectiveness); // on the day counts
        Assert.Null(h.LatestOnOrBefore("A", new LocalDate(2019, 2, 17)));
        Assert.Equal(InspectionType.FocusedVisit, h.LatestActivityOnOrBefore("A", new LocalDate(2025, 3, 31))?.Type);
    }

    [Fact]
    public void PositionAt_ADate_TakesEachAreasLatestGradedInspection()
    {
        var position = Sample().PositionAt(new LocalDate(2025, 3, 31));
        Assert.Equal(new[] { "A", "B" }, position.Keys);
        Assert.Equal(OfstedGrade.Good, position["A"].OverallEffectiveness);
        Assert.Equal(OfstedGrade.Inadequate, position["B"].OverallEffectiveness); // the April 2025 inspection is later
        Assert.Equal(new[] { "B" }, Sample().PositionAt(new LocalDate(2025, 3, 31), new[] { "B", "Z" }).Keys);
    }

    [Fact]
    public void Counts_CountActivitiesAndGradedInspections()
    {
        var h = Sample();
        Assert.Equal(5, h.Count);
        Assert.Equal(4, h.GradedCount);
        Assert.Equal(5, h.ToList().Count);
        Assert.Equal(new[] { "A", "B" }, h.AreaCodes);
    }

    [Fact]
    public void Constructor_SameAreaDateAndType_Throws()
    {
        Assert.Throws<ArgumentException>(() => new InspectionHistory(new[] { Visit("A", 2024, 3, 4), Visit("A", 2024, 3, 4) }));
    }
}
