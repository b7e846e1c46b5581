using System.Linq;
using NodaTime;
using OutcomesFramework.Evidence;
using OutcomesFramework.Periods;
using Xunit;

namespace OutcomesFramework.England.Tests;

/// <summary>Spot checks against figures the DfE publishes for England, read through <see cref="EnglandData.Observations"/>.</summary>
public sealed class PublishedFiguresTest
{
    private const string England = "E92000001";
    private static ObservationSet Observations => EnglandData.Default.Observations;

    private static Observation Get(string indicator, string area, ReportingPeriod period)
    {
        var o = Observations.Find(indicator, area, period);
        Assert.True(o.HasValue, indicator + " " + area + " " + period + " is missing");
        return o!.Value;
    }

    [Fact]
    public void ChildrenLookedAfter_31March2025_Is81770And67Per10000()
    {
        // Children looked after in England including adoptions, 2025: 81,770 children, 67 per 10,000 children.
        var o = Get("cla-rate", England, ReportingPeriod.YearEnding31March(2025));
        Assert.Equal(67, o.Value);
        Assert.Equal(81770, o.Numerator);
        Assert.Equal(12183016, o.Denominator); // the ONS mid-2024 estimate of children aged 0 to 17
    }

    [Fact]
    public void ReReferrals_2025_Are22Point6Percent()
    {
        var o = Get("rereferrals", England, ReportingPeriod.YearEnding31March(2025));
        Assert.Equal(22.6, o.Value);
        Assert.Equal(142900, o.Numerator);
        Assert.Equal(632830, o.Denominator);
    }

    [Fact]
    public void SocialWorkerTurnover_30September2025_Is11Point8Percent()
    {
        var o = Get("sw-turnover-rate", England, ReportingPeriod.Snapshot(new LocalDate(2025, 9, 30)));
        Assert.Equal(11.8, o.Value);
        Assert.Equal(4276.3, o.Numerator);
        Assert.Equal(36186.3, o.Denominator);
    }

    [Fact]
    public void WorkforceMeasures_2025_MatchThePublishedEnglandFigures()
    {
        var period = ReportingPeriod.Snapshot(new LocalDate(2025, 9, 30));
        Assert.Equal(13.0, Get("sw-agency-rate", England, period).Value);
        Assert.Equal(14.2, Get("sw-vacancy-rate", England, period).Value);
        Assert.Equal(15.2, Get("sw-caseload", England, period).Value);
    }

    [Fact]
    public void ChildrenInNeedRate_2025_IsDerivedFromTheCountAndThePreviousJunesPopulation()
    {
        // 402,400 children in need at 31 March 2025 / 12,183,016 children aged 0-17 (mid-2024) x 10,000 = 330.3.
        var o = Get("cin-rate", England, ReportingPeriod.YearEnding31March(2025));
        Assert.Equal(402400, o.Numerator);
        Assert.Equal(12183016, o.Denominator);
        Assert.Equal(402400.0 / 12183016.0 * 10000.0, o.Value!.Value, 9);
        Assert.Equal(330.3, System.Math.Round(o.Value.Value, 1));
    }

    [Fact]
    public void OtherEnglandFigures_2025_MatchTheCatalogue()
    {
        var y2025 = ReportingPeriod.YearEnding31March(2025);
        Assert.Equal(24.5, Get("cpp-subsequent", England, y2025).Value);
        Assert.Equal(2.3, Get("cpp-two-years-or-more", England, y2025).Value);
        Assert.Equal(91, Get("care-leavers-suitable-accommodation-17-18", England, y2025).Value);
        Assert.Equal(69, Get("cla-long-term-stability", England, y2025).Value);
        Assert.Equal(27, Get("cla-three-social-workers", England, ReportingPeriod.YearEnding31March(2024)).Value);
        Assert.Equal(14.9, Get("cla-sdq-average", England, y2025).Value);
        Assert.Equal(35, Get("ks2-rwm-cla", England, ReportingPeriod.AcademicYear(2025)).Value);
        Assert.Equal(17.3, Get("ks4-attainment8-cla", England, ReportingPeriod.AcademicYear(2025)).Value);
    }

    [Fact]
    public void Observations_RecodedAuthority_HasItsWholeSeriesUnderTheCurrentCode()
    {
        // Barnsley is E08000016 in every CLA file year; its current code is E08000038.
        var series = Observations.Series("cla-rate", "E08000038");
        Assert.Equal(new[] { 2021, 2022, 2023, 2024, 2025 }, series.Select(o => o.Period.EndYear));
        Assert.DoesNotContain("E08000016", Observations.AreaCodes);
    }

    [Fact]
    public void Observations_London_UsesTheLondonRowsOnly()
    {
        Assert.True(Get("cla-rate", "E12000007", ReportingPeriod.YearEnding31March(2025)).HasValue);
        // EES-sourced indicators use the London row; only LAIT measures keep Inner and Outer London (LAIT compares a
        // London borough with its sub-region).
        var laitIds = EnglandData.Default.LaitIndicators.Select(i => i.Id).ToHashSet(System.StringComparer.Ordinal);
        foreach (var indicator in EnglandData.Default.Framework.Indicators.Where(i => !laitIds.Contains(i.Id)))
        {
            Assert.Empty(Observations.Series(indicator.Id, "E13000001"));
            Assert.Empty(Observations.Series(indicator.Id, "E13000002"));
        }
        Assert.NotEmpty(Observations.Series(EnglandData.Default.FindLaitMeasure("FirstYJS")!.Indicator.Id, "E13000001"));
    }

    [Fact]
    public void Observations_CoverEnglandTheRegionsAndEvery153Authorities()
    {
        var areas = EnglandData.Default.Areas;
        Assert.Equal(areas.All().Select(a => a.Code).Concat(new[] { "E13000001", "E13000002" }).OrderBy(c => c, System.StringComparer.Ordinal), Observations.AreaCodes);
        Assert.Equal(EnglandData.Default.Framework.Indicators.Select(i => i.Id).Concat(EnglandData.Default.LaitIndicators.Select(i => i.Id))
            .Distinct(System.StringComparer.Ordinal).OrderBy(i => i, System.StringComparer.Ordinal), Observations.IndicatorIds);
    }
}
