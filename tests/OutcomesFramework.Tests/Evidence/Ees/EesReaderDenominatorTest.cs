using System.Collections.Generic;
using System.Linq;
using OutcomesFramework.Evidence;
using OutcomesFramework.Evidence.Ees;
using OutcomesFramework.Indicators;
using OutcomesFramework.Periods;
using Xunit;
using static OutcomesFramework.Tests.Evidence.Ees.EesTestFiles;
using static OutcomesFramework.Tests.Evidence.Ees.EnglandFixtures;

namespace OutcomesFramework.Tests.Evidence.Ees;

/// <summary>Derived rates whose denominator comes from another file (children in need per 10,000 over the ONS population).</summary>
public sealed class EesReaderDenominatorTest
{
    private const string CinFile = "cin.csv";
    private const string PopFile = "ons.csv";
    private const string CinHeader = "time_period,time_identifier,geographic_level,country_code,country_name,region_code,region_name,old_la_code,new_la_code,la_name,category,At31_episodes";
    private const string PopHeader = "time_period,time_identifier,geographic_level,country_code,country_name,region_code,region_name,old_la_code,new_la_code,la_name,age_group,population_estimate";
    private const string Children = "Children aged 0 to 17 years";

    private static readonly DenominatorSource Population = new(PopFile, Filters("age_group", Children), "population_estimate", -1);

    private static readonly Indicator CinRate = Make("cin-rate", CinFile, Filters("category", "Children in Need"), null, "At31_episodes",
        denominatorSource: Population, multiplier: 10000, measure: MeasureKind.Rate);

    private static string Cin(int year, string count, string old = "", string code = "", string name = "", string level = "National") =>
        $"{year},Reporting year,{level},E92000001,England,,,{old},{code},{name},Children in Need,{count}";

    private static string Pop(int year, string population, string old = "", string code = "", string name = "", string level = "National", string age = Children) =>
        $"{year},Reporting year,{level},E92000001,England,,,{old},{code},{name},{age},{population}";

    private static EesIngest ReadBoth(string cin, string pop, params Indicator[] indicators) =>
        Read(new Dictionary<string, string> { [CinFile] = cin, [PopFile] = pop }, indicators.Length == 0 ? new[] { CinRate } : indicators);

    [Fact]
    public void Read_CinPer10000_UsesThePopulationOfTheYearBefore()
    {
        // domain-catalogue §3.3: England CIN at 31 March 2025 = 402,400; ONS mid-2024 population 0-17 = 12,183,016.
        // 402,400 / 12,183,016 × 10,000 = 330.297… ≈ 330.3 per 10,000. The mid-2025 figure below must not be used.
        var ingest = ReadBoth(
            Csv(CinHeader, Cin(2025, "402400")),
            Csv(PopHeader, Pop(2024, "12183016"), Pop(2025, "99999999")));
        var o = ingest.Observations.Find("cin-rate", "E92000001", ReportingPeriod.YearEnding31March(2025))!.Value;
        Assert.Equal(402400.0 / 12183016.0 * 10000.0, o.Value!.Value, 12);
        Assert.Equal(330.3, System.Math.Round(o.Value.Value, 1));
        Assert.Equal((402400.0, 12183016.0), (o.Numerator, o.Denominator));

        var pop = ingest.Report.File(PopFile)!;
        Assert.Equal((2, 1, 1), (pop.RowsRead, pop.RowsUsed, pop.FilteredBy(EesFilterReason.UnusedDenominator)));
        Assert.Equal(new[] { "cin-rate" }, pop.DenominatorFor);
        Assert.Equal(0, pop.ObservationCount);
    }

    [Fact]
    public void Read_NoPopulationForTheYear_RejectsWithReason()
    {
        var ingest = ReadBoth(Csv(CinHeader, Cin(2025, "402400")), Csv(PopHeader, Pop(2025, "12183016")));
        var r = SingleRejection(ingest);
        Assert.Equal((CinFile, 2, "population_estimate", "cin-rate", EesRejectionKind.MissingDenominator), (r.FileName, r.Line, r.Column, r.IndicatorId, r.Kind));
        Assert.Contains("2024", r.Reason, System.StringComparison.Ordinal);
        Assert.Empty(ingest.Observations);
        Assert.Equal(1, ingest.Report.File(CinFile)!.RowsRejected);
        Assert.Equal(1, ingest.Report.File(PopFile)!.FilteredBy(EesFilterReason.UnusedDenominator));
    }

    [Fact]
    public void Read_PopulationGivenTwice_RejectsBothAndTheRate()
    {
        var ingest = ReadBoth(Csv(CinHeader, Cin(2025, "402400")), Csv(PopHeader, Pop(2024, "12183016"), Pop(2024, "12183017")));
        Assert.Empty(ingest.Observations);
        Assert.Equal(2, ingest.Report.File(PopFile)!.RowsRejected);
        Assert.Equal(1, ingest.Report.File(CinFile)!.RowsRejected);
        Assert.All(ingest.Report.Rejections, r => Assert.Equal(EesRejectionKind.DuplicateDenominator, r.Kind));
    }

    [Fact]
    public void Read_PopulationIsASymbol_RateTakesItsStatus()
    {
        var o = ReadBoth(Csv(CinHeader, Cin(2025, "402400")), Csv(PopHeader, Pop(2024, "x"))).Observations.Single();
        Assert.Equal(ObservationStatus.NotAvailable, o.Status);
        Assert.Equal(402400.0, o.Numerator);
        Assert.Null(o.Denominator);
    }

    [Fact]
    public void Read_CountIsSuppressed_RateIsSuppressedAndPopulationKept()
    {
        var o = ReadBoth(Csv(CinHeader, Cin(2025, "c")), Csv(PopHeader, Pop(2024, "12183016"))).Observations.Single();
        Assert.Equal(ObservationStatus.Suppressed, o.Status);
        Assert.Null(o.Value);
        Assert.Equal(12183016.0, o.Denominator);
    }

    [Fact]
    public void Read_PopulationIsZero_IsRejected()
    {
        var r = SingleRejection(ReadBoth(Csv(CinHeader, Cin(2025, "5")), Csv(PopHeader, Pop(2024, "0"))));
        Assert.Equal(EesRejectionKind.ZeroDenominator, r.Kind);
    }

    [Fact]
    public void Read_AuthoritiesAreMatchedThroughTheCatalogue()
    {
        // The CIN row names Barnsley by its old code, the population row by its current ONS code only.
        var ingest = ReadBoth(
            Csv(CinHeader, Cin(2025, "300", "370", "E08000016", "Barnsley", "Local authority")),
            Csv(PopHeader, Pop(2024, "50000", string.Empty, "E08000038", "Barnsley", "Local authority")));
        Assert.Equal(300.0 / 50000.0 * 10000.0, ingest.Observations.Find("cin-rate", "E08000038", ReportingPeriod.YearEnding31March(2025))!.Value.Value!.Value, 12);
    }

    [Fact]
    public void Read_OneDenominatorFileForSeveralIndicators_IsReadOnceAndShared()
    {
        var cpp = Make("cpp-rate", "cpp.csv", Filters("category", "CPP"), null, "CPP_At31", denominatorSource: Population, multiplier: 10000, measure: MeasureKind.Rate);
        var opened = new List<string>();
        var files = new Dictionary<string, string>
        {
            [CinFile] = Csv(CinHeader, Cin(2025, "402400")),
            ["cpp.csv"] = Csv(CinHeader.Replace("At31_episodes", "CPP_At31", System.StringComparison.Ordinal), Cin(2025, "49420").Replace("Children in Need", "CPP", System.StringComparison.Ordinal)),
            [PopFile] = Csv(PopHeader, Pop(2024, "12183016")),
        };
        var ingest = new EesReader(Catalogue).Read(new[] { CinRate, cpp }, name =>
        {
            opened.Add(name);
            return EesFiles.FromText(files)(name);
        });
        Assert.Equal(new[] { CinFile, "cpp.csv", PopFile }, opened);
        Assert.Equal(49420.0 / 12183016.0 * 10000.0, ingest.Observations.Find("cpp-rate", "E92000001", ReportingPeriod.YearEnding31March(2025))!.Value.Value!.Value, 12);
        Assert.Equal(new[] { "cin-rate", "cpp-rate" }, ingest.Report.File(PopFile)!.DenominatorFor);
        Assert.Equal(1, ingest.Report.File(PopFile)!.RowsUsed);
    }

    [Fact]
    public void Read_PublishedValueWithDenominatorFile_KeepsTheValueAndAddsTheDenominator()
    {
        var published = Make("published", CinFile, Filters("category", "Children in Need"), "At31_episodes", denominatorSource: Population, measure: MeasureKind.Count);
        var o = ReadBoth(Csv(CinHeader, Cin(2025, "402400")), Csv(PopHeader, Pop(2024, "12183016")), published).Observations.Single();
        Assert.Equal((402400.0, 12183016.0), (o.Value, o.Denominator));
    }

    [Fact]
    public void Read_DenominatorRowsOfOtherFilters_AreNotSelected()
    {
        var ingest = ReadBoth(Csv(CinHeader, Cin(2025, "402400")), Csv(PopHeader, Pop(2024, "12183016"), Pop(2024, "1", age: "Adults")));
        Assert.Equal(1, ingest.Report.File(PopFile)!.FilteredBy(EesFilterReason.NotSelected));
        Assert.True(ingest.Report.IsClean);
    }
}
