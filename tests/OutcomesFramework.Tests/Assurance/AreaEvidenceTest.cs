using System;
using System.Collections.Immutable;
using System.Linq;
using NodaTime;
using OutcomesFramework.Assurance;
using OutcomesFramework.Inspections;
using OutcomesFramework.Outcomes;
using Xunit;
using static OutcomesFramework.Tests.Assurance.AssuranceTestData;

namespace OutcomesFramework.Tests.Assurance;

/// <summary>The checks, inspection filtering and ordering, and derived members of <see cref="AreaEvidence"/>, and <see cref="LeadershipContext"/>.</summary>
public sealed class AreaEvidenceTest
{
    private static OutcomeEvidence Outcome(string id) => new(EveryChildMatters.Outcomes.Single(o => o.Id == id), 1, 0.5, 50);

    [Fact]
    public void NullIndicator_Throws()
    {
        var ex = Assert.Throws<ArgumentException>(() => new AreaEvidence(Hartlepool, 2025, AsOf, new[] { Value(Rereferrals, 1), null! }));
        Assert.Equal("indicators", ex.ParamName);
        Assert.StartsWith("Element 1 is null.", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RepeatedIndicator_Throws()
    {
        var ex = Assert.Throws<ArgumentException>(() => new AreaEvidence(Hartlepool, 2025, AsOf, new[] { Value(Rereferrals, 1), Value(Rereferrals, 2) }));
        Assert.Equal("indicators", ex.ParamName);
        Assert.StartsWith("Indicator 'rereferrals' appears twice.", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void NullOutcome_Throws()
    {
        var ex = Assert.Throws<ArgumentException>(() => new AreaEvidence(Hartlepool, 2025, AsOf, new[] { Value(Rereferrals, 1) }, new OutcomeEvidence[] { null! }));
        Assert.Equal("outcomes", ex.ParamName);
        Assert.StartsWith("Element 0 is null.", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RepeatedOutcome_Throws()
    {
        var ex = Assert.Throws<ArgumentException>(() => new AreaEvidence(Hartlepool, 2025, AsOf, new[] { Value(Rereferrals, 1) }, new[] { Outcome("SS"), Outcome("SS") }));
        Assert.Equal("outcomes", ex.ParamName);
        Assert.StartsWith("An outcome appears twice.", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void NullInspection_Throws()
    {
        var ex = Assert.Throws<ArgumentException>(() => new AreaEvidence(Hartlepool, 2025, AsOf, new[] { Value(Rereferrals, 1) }, inspections: new Inspection[] { Visit(new LocalDate(2024, 1, 1), InspectionType.FocusedVisit), null! }));
        Assert.Equal("inspections", ex.ParamName);
        Assert.StartsWith("Element 1 is null.", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Inspections_SameDate_OrderedByType()
    {
        var day = new LocalDate(2024, 3, 4);
        var monitoring = Visit(day, InspectionType.MonitoringVisit);
        var focused = Visit(day, InspectionType.FocusedVisit);
        var earlier = Visit(day.PlusDays(-1), InspectionType.MonitoringVisit);
        var e = new AreaEvidence(Hartlepool, 2025, AsOf, new[] { Value(Rereferrals, 1) }, inspections: new[] { monitoring, focused, earlier });
        Assert.Equal(new[] { earlier, focused, monitoring }, e.Inspections.ToArray()); // by date, then FocusedVisit (2) before MonitoringVisit (3)
    }

    [Fact]
    public void Inspections_PublishedAfterAsOf_AreLeftOut()
    {
        // Visit publishes 30 days after the visit: 2025-11-01 publishes on 2025-12-01 = AsOf (kept), 2025-11-02 on 2025-12-02 (left out).
        var onTheDay = Visit(new LocalDate(2025, 11, 1), InspectionType.FocusedVisit);
        var late = Visit(new LocalDate(2025, 11, 2), InspectionType.MonitoringVisit);
        var e = new AreaEvidence(Hartlepool, 2025, AsOf, new[] { Value(Rereferrals, 1) }, inspections: new[] { onTheDay, late });
        Assert.Equal(new[] { onTheDay }, e.Inspections.ToArray());
    }

    /// <summary>The internal constructor (from scorecards) also drops reports published after the date, and keeps those published on it.</summary>
    [Fact]
    public void InternalConstructor_FiltersUnpublished()
    {
        var onTheDay = Visit(new LocalDate(2025, 11, 1), InspectionType.FocusedVisit);
        var late = Visit(new LocalDate(2025, 11, 2), InspectionType.MonitoringVisit);
        AreaEvidence Make(params Inspection[] inspections) =>
            new(Hartlepool, 2025, AsOf, new[] { Value(Rereferrals, 1) }, Array.Empty<OutcomeEvidence>(), inspections.ToImmutableArray(), null);
        Assert.Equal(new[] { onTheDay }, Make(onTheDay, late).Inspections.ToArray());
        Assert.Empty(Make(late).Inspections);
        Assert.Equal(new[] { onTheDay }, Make(onTheDay).Inspections.ToArray());
    }

    [Fact]
    public void LatestGradedInspection_SkipsLaterVisits()
    {
        var graded = Graded(new LocalDate(2022, 5, 1), OfstedGrade.Good);
        var visit = Visit(new LocalDate(2024, 5, 1), InspectionType.FocusedVisit);
        var e = new AreaEvidence(Hartlepool, 2025, AsOf, new[] { Value(Rereferrals, 1) }, inspections: new[] { graded, visit });
        Assert.Same(graded, e.LatestGradedInspection);
        Assert.Null(new AreaEvidence(Hartlepool, 2025, AsOf, new[] { Value(Rereferrals, 1) }, inspections: new[] { visit }).LatestGradedInspection);
    }

    [Fact]
    public void WithLeadership_KeepsTheRest()
    {
        var visit = Visit(new LocalDate(2024, 5, 1), InspectionType.FocusedVisit);
        var e = new AreaEvidence(Hartlepool, 2025, AsOf, new[] { Value(Rereferrals, 1) }, new[] { Outcome("SS") }, new[] { visit });
        var leadership = new LeadershipContext(new LocalDate(2024, 1, 15));
        var w = e.WithLeadership(leadership);
        Assert.Same(leadership, w.Leadership);
        Assert.Equal(new[] { visit }, w.Inspections.ToArray());
        Assert.Equal(e.Indicators.ToArray(), w.Indicators.ToArray());
        Assert.Same(e.Indicators[0], w.FindIndicator("rereferrals"));
        Assert.Equal(e.Outcomes.ToArray(), w.Outcomes.ToArray());
    }

    [Fact]
    public void ToString_NamesAreaYearAndDate() =>
        Assert.Equal("Hartlepool 2025 as at 2025-12-01", Area(Value(Rereferrals, 1)).ToString());

    [Fact]
    public void Leadership_MonthsInPost()
    {
        // 15 January 2024 to 1 December 2025: 22 whole months (to 15 November 2025).
        Assert.Equal(22, new LeadershipContext(new LocalDate(2024, 1, 15)).MonthsInPost(AsOf));
        Assert.Equal(0, new LeadershipContext(AsOf).MonthsInPost(AsOf));
        Assert.Equal(0, new LeadershipContext(AsOf.PlusMonths(3)).MonthsInPost(AsOf)); // not yet in post: 0, not −3
        Assert.Null(new LeadershipContext(null).MonthsInPost(AsOf));
    }

    [Fact]
    public void Leadership_Equality()
    {
        var a = new LeadershipContext(new LocalDate(2024, 1, 15));
        Assert.True(a.Equals(new LeadershipContext(new LocalDate(2024, 1, 15))));
        Assert.True(a.Equals((object)new LeadershipContext(new LocalDate(2024, 1, 15))));
        Assert.Equal(a.GetHashCode(), new LeadershipContext(new LocalDate(2024, 1, 15)).GetHashCode());
        Assert.False(a.Equals(new LeadershipContext(new LocalDate(2024, 1, 16))));
        Assert.False(a.Equals(new LeadershipContext(null)));
        Assert.False(a.Equals(null));
    }
}
