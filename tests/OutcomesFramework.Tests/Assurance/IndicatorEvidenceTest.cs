using System;
using System.Collections.Immutable;
using System.Linq;
using OutcomesFramework.Assurance;
using OutcomesFramework.Evidence;
using OutcomesFramework.Statistics;
using Xunit;
using static OutcomesFramework.Tests.Assurance.AssuranceTestData;

namespace OutcomesFramework.Tests.Assurance;

/// <summary>The checks, normalisation and derived members of <see cref="IndicatorEvidence"/>, and <see cref="SeriesPoint"/>.</summary>
public sealed class IndicatorEvidenceTest
{
    [Fact]
    public void Status_WithoutPeriod_Throws()
    {
        var ex = Assert.Throws<ArgumentException>(() => new IndicatorEvidence(Rereferrals, March(2025), null, ObservationStatus.Suppressed));
        Assert.Equal("status", ex.ParamName);
        Assert.StartsWith("An observation status needs the period it is for.", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Value_WithoutValueStatus_Throws()
    {
        var ex = Assert.Throws<ArgumentException>(() => new IndicatorEvidence(Rereferrals, March(2025), March(2025), ObservationStatus.Suppressed, 12.5));
        Assert.Equal("value", ex.ParamName);
        Assert.StartsWith("Indicator 'rereferrals': a value is given exactly when the status is Value (status Suppressed).", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Value_WithoutAnyStatus_Throws()
    {
        var ex = Assert.Throws<ArgumentException>(() => new IndicatorEvidence(Rereferrals, March(2025), March(2025), null, 12.5));
        Assert.Equal("value", ex.ParamName);
        Assert.StartsWith("Indicator 'rereferrals': a value is given exactly when the status is Value (status none).", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ValueStatus_WithoutValue_Throws() =>
        Assert.Equal("value", Assert.Throws<ArgumentException>(() => new IndicatorEvidence(Rereferrals, March(2025), March(2025), ObservationStatus.Value, null)).ParamName);

    [Theory]
    [InlineData("value", double.NaN)]
    [InlineData("value", double.PositiveInfinity)]
    [InlineData("englandValue", double.NaN)]
    [InlineData("englandValue", double.NegativeInfinity)]
    [InlineData("neighbourValue", double.NaN)]
    [InlineData("neighbourValue", double.PositiveInfinity)]
    [InlineData("localTarget", double.NaN)]
    [InlineData("localTarget", double.PositiveInfinity)]
    public void NotFiniteNumber_Throws(string name, double bad)
    {
        var ex = Assert.Throws<ArgumentException>(() => new IndicatorEvidence(Rereferrals, March(2025), March(2025), ObservationStatus.Value,
            name == "value" ? bad : 10, englandValue: name == "englandValue" ? bad : 11, neighbourValue: name == "neighbourValue" ? bad : 12,
            localTarget: name == "localTarget" ? bad : 13));
        Assert.Equal(name, ex.ParamName);
        Assert.Contains(" is not a finite number.", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void NaN_MessageNamesIt() =>
        Assert.StartsWith("The value NaN is not a finite number.", Assert.Throws<ArgumentException>(() => Value(Rereferrals, 1, england: double.NaN)).Message, StringComparison.Ordinal);

    [Fact]
    public void Band_None_IsNull_OtherBandsKept()
    {
        Assert.Null(Value(Rereferrals, 10, band: QuartileBand.None).Band);
        Assert.Equal(QuartileBand.D, Value(Rereferrals, 10, band: QuartileBand.D).Band);
    }

    [Fact]
    public void History_DefaultArray_IsEmpty_OtherArraysKept()
    {
        var e = new IndicatorEvidence(Rereferrals, March(2025), history: default(ImmutableArray<SeriesPoint>));
        Assert.False(e.History.IsDefault);
        Assert.Empty(e.History);
        var points = ImmutableArray.Create(new SeriesPoint(March(2024), 1), new SeriesPoint(March(2025), 2));
        Assert.Equal<SeriesPoint>(points.ToArray(), new IndicatorEvidence(Rereferrals, March(2025), history: points).History.ToArray());
    }

    [Theory]
    [InlineData(2025, 2025)] // the same period twice
    [InlineData(2025, 2024)] // out of order
    public void History_NotStrictlyIncreasing_Throws(int first, int second)
    {
        var ex = Assert.Throws<ArgumentException>(() => new IndicatorEvidence(Rereferrals, March(2025), history: new[] { new SeriesPoint(March(first), 1), new SeriesPoint(March(second), 2) }));
        Assert.Equal("history", ex.ParamName);
        Assert.StartsWith("Indicator 'rereferrals': the history must be in strictly increasing period order.", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void LatestValueYear_OnlyTheOldestPointHasAValue()
    {
        // 2024 has a value, 2025 is suppressed and so is the evidence: the latest value is 2024's (index 0 of the history).
        var e = new IndicatorEvidence(Rereferrals, March(2025), March(2025), ObservationStatus.Suppressed, null,
            history: new[] { new SeriesPoint(March(2024), 5), new SeriesPoint(March(2025), null, ObservationStatus.Suppressed) });
        Assert.Equal(2024, e.LatestValueYear);
    }

    [Fact]
    public void LatestValueYear_ValueLaterThanTheHistory_IsTheValuesYear()
    {
        var e = Value(Rereferrals, 10, history: new[] { new SeriesPoint(March(2023), 5), new SeriesPoint(March(2024), 6) });
        Assert.Equal(2025, e.LatestValueYear);
        var older = new IndicatorEvidence(Rereferrals, March(2025), March(2023), ObservationStatus.Value, 5, history: new[] { new SeriesPoint(March(2024), 6) });
        Assert.Equal(2024, older.LatestValueYear);
        Assert.Null(new IndicatorEvidence(Rereferrals, March(2025)).LatestValueYear);
    }

    [Fact]
    public void Texts()
    {
        var e = Value(Rereferrals, 27.45);
        Assert.Equal("rereferrals: 27.45", e.ToString());
        Assert.Equal("rereferrals: suppressed (c)", new IndicatorEvidence(Rereferrals, March(2025), March(2025), ObservationStatus.Suppressed).ToString());
        Assert.Equal("rereferrals: no observation", new IndicatorEvidence(Rereferrals, March(2025)).ToString());
        Assert.Equal("no period", new IndicatorEvidence(Rereferrals, March(2025)).PeriodText);
        Assert.Equal(March(2025).ToString(), e.PeriodText);
        Assert.Equal("Re-referrals (rereferrals)", e.NameText);
        // 27.45 to the indicator's 1 place.
        Assert.Equal("Re-referrals (rereferrals) is 27.5% in " + March(2025), e.Headline);
    }

    [Fact]
    public void SeriesPoint_Checks()
    {
        var ex = Assert.Throws<ArgumentException>(() => new SeriesPoint(March(2025), 1, ObservationStatus.Suppressed));
        Assert.Equal("value", ex.ParamName);
        Assert.StartsWith("A series point has a value exactly when its status is Value (Suppressed).", ex.Message, StringComparison.Ordinal);
        Assert.Equal("value", Assert.Throws<ArgumentException>(() => new SeriesPoint(March(2025), null, ObservationStatus.Value)).ParamName);
        foreach (var bad in new[] { double.NaN, double.PositiveInfinity, double.NegativeInfinity })
        {
            var e = Assert.Throws<ArgumentException>(() => new SeriesPoint(March(2025), bad));
            Assert.Equal("value", e.ParamName);
            Assert.Contains(" is not a finite number.", e.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void SeriesPoint_EqualityAndText()
    {
        var p = new SeriesPoint(March(2025), 1.5);
        Assert.True(p == new SeriesPoint(March(2025), 1.5));
        Assert.False(p != new SeriesPoint(March(2025), 1.5));
        Assert.True(p != new SeriesPoint(March(2024), 1.5));
        Assert.True(p != new SeriesPoint(March(2025), 2.5));
        Assert.True(new SeriesPoint(March(2025), null, ObservationStatus.Suppressed) != new SeriesPoint(March(2025), null, ObservationStatus.NotAvailable));
        Assert.False(p.Equals((object)"x"));
        Assert.Equal(March(2025) + ": 1.5", p.ToString());
        Assert.Equal(March(2025) + ": suppressed (c)", new SeriesPoint(March(2025), null, ObservationStatus.Suppressed).ToString());
    }
}
