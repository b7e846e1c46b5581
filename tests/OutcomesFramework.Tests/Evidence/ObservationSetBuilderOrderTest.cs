using System.Linq;
using OutcomesFramework.Evidence;
using OutcomesFramework.Periods;
using Xunit;

namespace OutcomesFramework.Tests.Evidence;

/// <summary>The builder skips sorting input that is already in key order; the result must not depend on that.</summary>
public sealed class ObservationSetBuilderOrderTest
{
    private static readonly Observation[] InKeyOrder =
    {
        new("a", "E1", ReportingPeriod.YearEnding31March(2023), 1),
        new("a", "E1", ReportingPeriod.YearEnding31March(2024), 2),
        new("a", "E2", ReportingPeriod.YearEnding31March(2023), 3),
        new("b", "E1", ReportingPeriod.AcademicYear(2024), 4),
        new("b", "E1", ReportingPeriod.AcademicYear(2025), 5),
    };

    [Fact]
    public void ToObservationSet_SortedOrReversedInput_GivesTheSameSet()
    {
        var sorted = ObservationSet.Create(InKeyOrder);
        var reversed = ObservationSet.Create(InKeyOrder.Reverse());
        Assert.Equal(InKeyOrder, sorted.ToArray());
        Assert.Equal(InKeyOrder, reversed.ToArray());
        Assert.Equal(2, sorted.Find("a", "E1", ReportingPeriod.YearEnding31March(2024))!.Value.Value);
    }

    [Fact]
    public void ToObservationSet_OneRowOutOfOrderAtTheEnd_IsSorted()
    {
        var input = InKeyOrder.Skip(1).Concat(InKeyOrder.Take(1)).ToArray();
        Assert.Equal(InKeyOrder, ObservationSet.Create(input).ToArray());
    }
}
