using System;
using NodaTime;
using OutcomesFramework.Inspections;
using Xunit;

namespace OutcomesFramework.Tests.Inspections;

public sealed class InspectionTest
{
    private static readonly LocalDate Before2023 = new(2022, 5, 9);
    private static readonly LocalDate After2023 = new(2023, 7, 10);

    [Fact]
    public void Constructor_GradedBefore2023_HasNoCareLeaversJudgement()
    {
        var i = new Inspection("E09000002", Before2023, Before2023.PlusDays(40), InspectionType.StandardInspection,
            OfstedGrade.Good, OfstedGrade.Good, OfstedGrade.RequiresImprovement, OfstedGrade.Good);
        Assert.True(i.IsGraded);
        Assert.Null(i.CareLeavers);
        Assert.Throws<ArgumentException>(() => new Inspection("E09000002", Before2023, Before2023.PlusDays(40), InspectionType.StandardInspection,
            OfstedGrade.Good, OfstedGrade.Good, OfstedGrade.Good, OfstedGrade.Good, OfstedGrade.Good));
    }

    [Fact]
    public void Constructor_GradedFrom2023_NeedsCareLeaversJudgement()
    {
        var i = new Inspection("E09000002", After2023, After2023.PlusDays(56), InspectionType.ShortInspection,
            OfstedGrade.Outstanding, OfstedGrade.Outstanding, OfstedGrade.Good, OfstedGrade.Outstanding, OfstedGrade.Good);
        Assert.Equal(OfstedGrade.Good, i.CareLeavers);
        Assert.Throws<ArgumentException>(() => new Inspection("E09000002", After2023, After2023.PlusDays(56), InspectionType.ShortInspection,
            OfstedGrade.Outstanding, OfstedGrade.Outstanding, OfstedGrade.Good, OfstedGrade.Outstanding));
    }

    [Fact]
    public void Constructor_VisitWithAGrade_Throws()
    {
        Assert.Throws<ArgumentException>(() => new Inspection("E09000002", After2023, After2023.PlusDays(30), InspectionType.FocusedVisit,
            OfstedGrade.Good, null, null, null));
        var visit = new Inspection("E09000002", After2023, After2023.PlusDays(30), InspectionType.MonitoringVisit, null, null, null, null, theme: " Front door ");
        Assert.False(visit.IsGraded);
        Assert.Equal("Front door", visit.Theme);
    }

    [Fact]
    public void Constructor_GradedWithoutSubJudgement_Throws()
    {
        Assert.Throws<ArgumentException>(() => new Inspection("E09000002", Before2023, Before2023, InspectionType.StandardInspection,
            OfstedGrade.Good, null, OfstedGrade.Good, OfstedGrade.Good));
    }

    [Fact]
    public void Constructor_PublishedBeforeInspection_Throws()
    {
        Assert.Throws<ArgumentException>(() => new Inspection("E09000002", Before2023, Before2023.PlusDays(-1), InspectionType.FocusedVisit, null, null, null, null));
    }

    [Theory]
    [InlineData("Requires improvement to be good", OfstedGrade.RequiresImprovement)]
    [InlineData(" requires improvement ", OfstedGrade.RequiresImprovement)]
    [InlineData("Outstanding", OfstedGrade.Outstanding)]
    [InlineData("GOOD", OfstedGrade.Good)]
    [InlineData("Inadequate", OfstedGrade.Inadequate)]
    public void TryParse_OfstedWording_ReadsTheGrade(string text, OfstedGrade expected)
    {
        Assert.True(OfstedGrades.TryParse(text, out var grade));
        Assert.Equal(expected, grade);
        Assert.True(OfstedGrades.TryParse(grade.Describe(), out var again));
        Assert.Equal(grade, again);
    }

    [Theory]
    [InlineData("")]
    [InlineData("Adequate")]
    [InlineData(null)]
    public void TryParse_NotAGrade_ReturnsFalse(string? text)
    {
        Assert.False(OfstedGrades.TryParse(text, out _));
    }

    [Theory]
    [InlineData("ILACS Standard Inspection", InspectionType.StandardInspection, true)]
    [InlineData("ILACS Short Inspection", InspectionType.ShortInspection, true)]
    [InlineData("ILACS Focused Visit", InspectionType.FocusedVisit, false)]
    [InlineData("LA Monitoring visit", InspectionType.MonitoringVisit, false)]
    public void TryParse_OfstedTypeWording_ReadsTheType(string text, InspectionType expected, bool graded)
    {
        Assert.True(InspectionTypes.TryParse(text, out var type));
        Assert.Equal(expected, type);
        Assert.Equal(graded, type.IsGraded());
        Assert.Equal(text, type.Describe());
    }
}
