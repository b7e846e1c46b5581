using System;
using System.Linq;
using OutcomesFramework.Assurance;
using OutcomesFramework.Evidence;
using Xunit;
using static OutcomesFramework.Tests.Assurance.AssuranceTestData;

namespace OutcomesFramework.Tests.Assurance;

/// <summary><see cref="SpcCharts"/>' series and drawing, and the argument checks and equality of <see cref="SpcAssuranceRule"/>.</summary>
public sealed class SpcChartsTest
{
    [Fact]
    public void Series_NullEvidence_Throws() =>
        Assert.Equal("evidence", Assert.Throws<ArgumentNullException>(() => SpcCharts.Series(null!)).ParamName);

    [Fact]
    public void Series_NoValueAtAll_IsEmpty()
    {
        Assert.Empty(SpcCharts.Series(Series(Ks2, null, null)));
        Assert.Empty(SpcCharts.Series(Series(Ks2, new double?[] { null })));
        Assert.Empty(SpcCharts.Series(new IndicatorEvidence(Ks2, Ks2.PeriodEnding(2025), history: Series(Ks2, 1, 2).History))); // no period
    }

    [Fact]
    public void Series_StartsAtTheFirstValue_AndFillsGapsAndTheTail()
    {
        // History: 2020 suppressed, 2021 = 5, 2023 = 7; the period used is 2025 (suppressed). The chart runs 2021 to 2025:
        // 2021 = 5, 2022 missing (a gap between rows), 2023 = 7, 2024 and 2025 missing (after the last row, up to the period used).
        var history = new[]
        {
            new SeriesPoint(March(2020), null, ObservationStatus.Suppressed), new SeriesPoint(March(2021), 5), new SeriesPoint(March(2023), 7),
        };
        var e = new IndicatorEvidence(Rereferrals, March(2025), March(2025), ObservationStatus.Suppressed, history: history);
        var series = SpcCharts.Series(e);
        Assert.Equal(new[] { 2021, 2022, 2023, 2024, 2025 }, series.Select(p => p.Period.EndYear).ToArray());
        Assert.Equal(new double?[] { 5, null, 7, null, null }, series.Select(p => p.Value).ToArray());
        Assert.Equal(ObservationStatus.NotAvailable, series[1].Status);
        Assert.Equal(ObservationStatus.NotAvailable, series[4].Status);
    }

    [Fact]
    public void Series_StopsAtThePeriodUsed()
    {
        var e = new IndicatorEvidence(Rereferrals, March(2024), March(2024), ObservationStatus.Value, 2, history: Series(Rereferrals, 1, 2, 3).History);
        Assert.Equal(new double?[] { 1, 2 }, SpcCharts.Series(e).Select(p => p.Value).ToArray()); // 2023, 2024; not 2025
    }

    [Fact]
    public void Draw_MinimumOutOfRange_Throws() =>
        Assert.Equal("minimumPoints", Assert.Throws<ArgumentOutOfRangeException>(() => SpcCharts.Draw(Series(Rereferrals, 1, 2, 3), SpcProfile.NhsrPlotTheDots, 1)).ParamName);

    [Fact]
    public void Draw_EmptySeries_IsNull() =>
        Assert.Null(SpcCharts.Draw(Value(Ks2, 50), SpcProfile.NhsrPlotTheDots, 2));

    [Fact]
    public void Draw_OnePointPerPeriod() =>
        Assert.Equal(5, SpcCharts.Draw(Series(Rereferrals, 1, null, 3, 4, 5), SpcProfile.NhsEngland, 2)!.Points.Length);

    [Fact]
    public void Assurance_UndefinedTargetSource_Throws()
    {
        var ex = Assert.Throws<ArgumentException>(() => new SpcAssuranceRule("a", Severity.Advisory, IndicatorSelection.All, (SpcTargetSource)9));
        Assert.Equal("targetSource", ex.ParamName);
        Assert.StartsWith("Unknown target source 9.", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Assurance_TargetWithEnglandSource_Throws()
    {
        var ex = Assert.Throws<ArgumentException>(() => new SpcAssuranceRule("a", Severity.Advisory, IndicatorSelection.Of("ks2-rwm"), SpcTargetSource.England, 20));
        Assert.Equal("target", ex.ParamName);
        Assert.StartsWith("A target value is given exactly when the target source is value (England).", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Assurance_ValueSourceWithoutTarget_Throws() =>
        Assert.Equal("target", Assert.Throws<ArgumentException>(() => new SpcAssuranceRule("a", Severity.Advisory, IndicatorSelection.Of("ks2-rwm"), SpcTargetSource.Value)).ParamName);

    [Theory]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void Assurance_NotFiniteTarget_Throws(double target)
    {
        var ex = Assert.Throws<ArgumentException>(() => new SpcAssuranceRule("a", Severity.Advisory, IndicatorSelection.Of("ks2-rwm"), SpcTargetSource.Value, target));
        Assert.Equal("target", ex.ParamName);
        Assert.Contains(" is not a finite number.", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Assurance_ValueTargetForTwoIndicators_Throws()
    {
        var ex = Assert.Throws<ArgumentException>(() => new SpcAssuranceRule("a", Severity.Advisory, IndicatorSelection.Of("ks2-rwm", "rereferrals"), SpcTargetSource.Value, 20));
        Assert.Equal("selection", ex.ParamName);
        Assert.StartsWith("A target value applies to exactly one named indicator (2 named).", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Assurance_UndefinedProfile_Throws()
    {
        var ex = Assert.Throws<ArgumentException>(() => new SpcAssuranceRule("a", Severity.Advisory, IndicatorSelection.All, SpcTargetSource.England, profile: (SpcProfile)5));
        Assert.Equal("profile", ex.ParamName);
        Assert.StartsWith("Unknown profile 5.", ex.Message, StringComparison.Ordinal);
    }

    /// <summary>Each of selection, target source, target, profile and minimum on its own makes two rules unequal.</summary>
    [Fact]
    public void Assurance_Equals_EachSettingMatters()
    {
        var ks2 = IndicatorSelection.Of("ks2-rwm");
        var a = new SpcAssuranceRule("a", Severity.Advisory, ks2, SpcTargetSource.Value, 20, SpcProfile.NhsrPlotTheDots, 8);
        Assert.Equal(a, new SpcAssuranceRule("a", Severity.Advisory, IndicatorSelection.Of("ks2-rwm"), SpcTargetSource.Value, 20, SpcProfile.NhsrPlotTheDots, 8));
        Assert.NotEqual(a, new SpcAssuranceRule("a", Severity.Advisory, IndicatorSelection.Of("rereferrals"), SpcTargetSource.Value, 20, SpcProfile.NhsrPlotTheDots, 8));
        Assert.NotEqual(a, new SpcAssuranceRule("a", Severity.Advisory, ks2, SpcTargetSource.Value, 21, SpcProfile.NhsrPlotTheDots, 8));
        Assert.NotEqual(a, new SpcAssuranceRule("a", Severity.Advisory, ks2, SpcTargetSource.Value, 20, SpcProfile.NhsEngland, 8));
        Assert.NotEqual(a, new SpcAssuranceRule("a", Severity.Advisory, ks2, SpcTargetSource.Value, 20, SpcProfile.NhsrPlotTheDots, 9));
        var england = new SpcAssuranceRule("a", Severity.Advisory, ks2, SpcTargetSource.England, null, SpcProfile.NhsrPlotTheDots, 8);
        Assert.NotEqual(england, new SpcAssuranceRule("a", Severity.Advisory, ks2, SpcTargetSource.LocalTarget, null, SpcProfile.NhsrPlotTheDots, 8));
        Assert.NotEqual(england, new SpcAssuranceRule("a", Severity.Advisory, ks2, SpcTargetSource.England, null, SpcProfile.NhsEngland, 8));
        Assert.NotEqual(england, new SpcAssuranceRule("a", Severity.Advisory, ks2, SpcTargetSource.England, null, SpcProfile.NhsrPlotTheDots, 9));
    }
}
