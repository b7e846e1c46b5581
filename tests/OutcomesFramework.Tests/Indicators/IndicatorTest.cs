using System;
using System.Collections.Generic;
using OutcomesFramework.Indicators;
using OutcomesFramework.Periods;
using Xunit;

namespace OutcomesFramework.Tests.Indicators;

public sealed class IndicatorTest
{
    internal static IndicatorSource Source(string? valueColumn = "value") =>
        new("Publication", "file.csv", new Dictionary<string, string> { ["filter"] = "Total" }, valueColumn);

    internal static Indicator Make(string id = "re-referrals", IndicatorRole role = IndicatorRole.Outcome, Polarity polarity = Polarity.LowerIsBetter,
        double weight = 1.0, int decimalPlaces = 1, string[]? aims = null, int snapshotMonth = 9, int snapshotDay = 30) =>
        new Indicator(id, "Re-referrals within 12 months", "SS", aims ?? new[] { "SS1" }, MeasureKind.Proportion, polarity, "%", PeriodKind.YearEnding31March)
            .WithRole(role).WithDecimalPlaces(decimalPlaces).WithSource(Source()).WithMultiplier(100).WithWeight(weight).WithSnapshot(snapshotMonth, snapshotDay);

    [Fact]
    public void Constructor_Valid_KeepsEveryField()
    {
        var i = Make();
        Assert.Equal("re-referrals", i.Id);
        Assert.Equal("SS", i.OutcomeId);
        Assert.Equal(new[] { "SS1" }, i.AimIds);
        Assert.Equal(Polarity.LowerIsBetter, i.Polarity);
        Assert.Equal(100, i.Multiplier);
        Assert.True(i.IsScored);
        Assert.Equal(ReportingPeriod.YearEnding31March(2025), i.PeriodEnding(2025));
    }

    [Fact]
    public void Constructor_ContextMeasureWithPolarity_Throws()
    {
        var ex = Assert.Throws<ArgumentException>(() => Make(role: IndicatorRole.Context, polarity: Polarity.HigherIsBetter));
        Assert.Equal("role", ex.ParamName);
    }

    [Fact]
    public void Constructor_TakesTheDocumentedDefaults()
    {
        var scored = new Indicator("a", "A", "SS", new[] { "SS1" }, MeasureKind.Rate, Polarity.LowerIsBetter, " per 10,000 ", PeriodKind.Snapshot);
        Assert.Equal(IndicatorRole.Outcome, scored.Role);
        Assert.Equal("per 10,000", scored.Unit);
        Assert.Equal(1, scored.DecimalPlaces);
        Assert.Null(scored.Source);
        Assert.Equal(1.0, scored.Multiplier);
        Assert.True(scored.QuartileBanding);
        Assert.Equal(1.0, scored.Weight);
        Assert.Null(scored.Description);
        Assert.Null(scored.Reference);
        Assert.Equal((9, 30), (scored.SnapshotMonth, scored.SnapshotDay));
        Assert.Equal(IndicatorRole.Context, new Indicator("b", "B", "SS", new[] { "SS1" }, MeasureKind.Count, Polarity.NoPolarity, "", PeriodKind.CalendarYear).Role);
    }

    [Fact]
    public void With_ChangesOnlyItsProperty_AndLeavesTheOriginal()
    {
        var original = Make();
        var changed = original.WithDecimalPlaces(3).WithSource(null).WithMultiplier(1000).WithQuartileBanding(false)
            .WithWeight(2.5).WithDescription("  Longer text ").WithReference(" NI 65 ").WithSnapshot(3, 31).WithRole(IndicatorRole.Enabler);
        Assert.Equal(Make(), original);
        Assert.Equal(
            (3, (IndicatorSource?)null, 1000.0, false, 2.5, "Longer text", "NI 65", 3, 31, IndicatorRole.Enabler),
            (changed.DecimalPlaces, changed.Source, changed.Multiplier, changed.QuartileBanding, changed.Weight, changed.Description, changed.Reference,
                changed.SnapshotMonth, changed.SnapshotDay, changed.Role));
        Assert.Equal((original.Id, original.Title, original.OutcomeId, original.Unit, original.Polarity), (changed.Id, changed.Title, changed.OutcomeId, changed.Unit, changed.Polarity));
        Assert.NotEqual(original, changed);
        Assert.Null(original.WithDescription("   ").Description);
    }

    [Fact]
    public void With_InvalidValues_Throw_NamingTheParameter()
    {
        var i = Make();
        Assert.Equal("multiplier", Assert.Throws<ArgumentException>(() => i.WithMultiplier(0)).ParamName);
        Assert.Equal("multiplier", Assert.Throws<ArgumentException>(() => i.WithMultiplier(double.PositiveInfinity)).ParamName);
        Assert.Equal("role", Assert.Throws<ArgumentException>(() => i.WithRole((IndicatorRole)7)).ParamName);
        Assert.Equal("polarity", Assert.Throws<ArgumentException>(() => i.WithPolarity(Polarity.NoPolarity)).ParamName);
        Assert.Equal("day", Assert.Throws<ArgumentOutOfRangeException>(() => i.WithSnapshot(2, 29)).ParamName);
        Assert.Equal("month", Assert.Throws<ArgumentOutOfRangeException>(() => i.WithSnapshot(0, 1)).ParamName);
    }

    [Fact]
    public void WithRole_EnablerWithoutPolarity_IsAllowed() =>
        Assert.Equal(IndicatorRole.Enabler, Make(role: IndicatorRole.Context, polarity: Polarity.NoPolarity).WithRole(IndicatorRole.Enabler).Role);

    [Fact]
    public void Constructor_ScoredIndicatorWithoutPolarity_Throws() =>
        Assert.Throws<ArgumentException>(() => Make(role: IndicatorRole.Outcome, polarity: Polarity.NoPolarity));

    [Theory]
    [InlineData(-0.5)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void Constructor_InvalidWeight_Throws(double weight)
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => Make(weight: weight));
        Assert.Equal("weight", ex.ParamName);
    }

    [Fact]
    public void Constructor_ZeroWeight_IsAllowed() => Assert.Equal(0, Make(weight: 0).Weight);

    [Theory]
    [InlineData(-1)]
    [InlineData(7)]
    public void Constructor_DecimalPlacesOutOfRange_Throws(int dp) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => Make(decimalPlaces: dp));

    [Fact]
    public void Constructor_NoAims_Throws() => Assert.Throws<ArgumentException>(() => Make(aims: Array.Empty<string>()));

    [Fact]
    public void Constructor_RepeatedAim_Throws() => Assert.Throws<ArgumentException>(() => Make(aims: new[] { "SS1", "SS1" }));

    [Theory]
    [InlineData(2, 30)]  // 30 February
    [InlineData(13, 1)]
    [InlineData(9, 31)]  // 31 September
    public void Constructor_SnapshotDateNotADate_Throws(int month, int day) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => Make(snapshotMonth: month, snapshotDay: day));

    [Fact]
    public void WithPolarity_OnContextMeasure_MakesItAnEnabler()
    {
        var context = Make(role: IndicatorRole.Context, polarity: Polarity.NoPolarity);
        var changed = context.WithPolarity(Polarity.HigherIsBetter);
        Assert.Equal(IndicatorRole.Enabler, changed.Role);
        Assert.Equal(Polarity.HigherIsBetter, changed.Polarity);
    }

    [Fact]
    public void Source_NoValueAndNoNumerator_Throws() =>
        Assert.Throws<ArgumentException>(() => new IndicatorSource("P", "f.csv", null, valueColumn: null));

    [Fact]
    public void Source_DerivedWithoutDenominator_Throws() =>
        Assert.Throws<ArgumentException>(() => new IndicatorSource("P", "f.csv", null, valueColumn: null, numeratorColumn: "n"));

    [Fact]
    public void Source_DenominatorColumnAndSource_Throws() =>
        Assert.Throws<ArgumentException>(() => new IndicatorSource("P", "f.csv", null, null, "n", "d", new DenominatorSource("pop.csv", null, "population", -1), 10000));

    [Fact]
    public void Source_RepeatedFilterColumn_Throws() =>
        Assert.Throws<ArgumentException>(() => new IndicatorSource("P", "f.csv",
            new[] { new KeyValuePair<string, string>("a", "1"), new KeyValuePair<string, string>("a ", "2") }, "v"));

    [Theory]
    [InlineData(0.0)]
    [InlineData(-100.0)]
    [InlineData(double.PositiveInfinity)]
    public void Source_NonPositiveMultiplier_Throws(double m) =>
        Assert.Throws<ArgumentException>(() => new IndicatorSource("P", "f.csv", null, "v", multiplier: m));

    [Theory]
    [InlineData(-6)]
    [InlineData(6)]
    public void DenominatorSource_OffsetOutOfRange_Throws(int offset) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new DenominatorSource("pop.csv", null, "population", offset));

    [Fact]
    public void Source_Equality_IsByValue()
    {
        var a = new IndicatorSource("P", "f.csv", new Dictionary<string, string> { ["x"] = "1", ["y"] = "2" }, "v");
        var b = new IndicatorSource("P", "f.csv", new Dictionary<string, string> { ["y"] = "2", ["x"] = "1" }, "v");
        var c = new IndicatorSource("P", "f.csv", new Dictionary<string, string> { ["x"] = "1" }, "v");
        Assert.Equal(a, b);
        Assert.NotEqual(a, c);
    }
}
