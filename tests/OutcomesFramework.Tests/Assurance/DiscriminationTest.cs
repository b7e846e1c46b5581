using System;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using OutcomesFramework.Assurance;
using OutcomesFramework.Periods;
using Xunit;

namespace OutcomesFramework.Tests.Assurance;

public sealed class DiscriminationTest
{
    [Fact]
    public void AreaUnderCurve_HandWorkedExampleWithTies()
    {
        // Positives 3, 2, 2, 1; negatives 2, 1, 0: 12 pairs.
        //   3 beats 2, 1, 0                      → 3
        //   2 ties 2 (½), beats 1, 0             → 2.5, twice
        //   1 loses to 2, ties 1 (½), beats 0    → 1.5
        // Σ = 9.5, AUC = 9.5 / 12 = 0.791666…
        // By ranks: pooled 0 1 1 2 2 2 3 have mid-ranks 1, 2.5, 2.5, 5, 5, 5, 7; positives' ranks 7 + 5 + 5 + 2.5 = 19.5;
        // U = 19.5 − 4 × 5 / 2 = 9.5.
        Assert.Equal(9.5 / 12, Discrimination.AreaUnderCurve(new double[] { 3, 2, 2, 1 }, new double[] { 2, 1, 0 }), 15);
    }

    [Fact]
    public void AreaUnderCurve_PerfectChanceAndReversed()
    {
        Assert.Equal(1.0, Discrimination.AreaUnderCurve(new double[] { 2, 3 }, new double[] { 0, 1 }));
        Assert.Equal(0.5, Discrimination.AreaUnderCurve(new double[] { 1, 1 }, new double[] { 1, 1, 1 }));
        Assert.Equal(0.0, Discrimination.AreaUnderCurve(new double[] { 0 }, new double[] { 1, 2 }));
    }

    [Fact]
    public void AreaUnderCurve_EmptyGroupOrNaN_Throws()
    {
        Assert.Throws<ArgumentException>(() => Discrimination.AreaUnderCurve(Array.Empty<double>(), new double[] { 1 }));
        Assert.Throws<ArgumentException>(() => Discrimination.AreaUnderCurve(new double[] { double.NaN }, new double[] { 1 }));
    }

    [Property(MaxTest = 300)]
    public Property AreaUnderCurve_EqualsThePairCount_AndIsAntisymmetric() =>
        Prop.ForAll(Arb.From(Gen.Choose(0, 3).Select(i => (double)i).NonEmptyListOf()), Arb.From(Gen.Choose(0, 3).Select(i => (double)i).NonEmptyListOf()), (p, n) =>
        {
            var pairs = p.Sum(a => n.Sum(b => a > b ? 1.0 : a == b ? 0.5 : 0.0)) / (p.Count * n.Count);
            var auc = Discrimination.AreaUnderCurve(p.ToArray(), n.ToArray());
            return Math.Abs(auc - pairs) < 1e-12 && Math.Abs(auc + Discrimination.AreaUnderCurve(n.ToArray(), p.ToArray()) - 1) < 1e-12;
        });

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
