using System;
using System.IO;
using System.Linq;
using OutcomesFramework.Evidence;
using OutcomesFramework.Evidence.Ees;
using OutcomesFramework.Evidence.Lait;
using OutcomesFramework.Indicators;
using OutcomesFramework.Periods;
using OutcomesFramework.Tests.Evidence.Ees;
using Xunit;

namespace OutcomesFramework.Tests.Evidence.Lait;

public sealed class LaitReaderTest
{
    private const string Header = "Short Desc,Data item,Years,LA and Regions,Values,LA Number,Region\n";

    private static Indicator Measure(string id, string key, PeriodKind kind) =>
        new Indicator(id, "Measure " + key, "PC", new[] { "PC2" }, MeasureKind.Rate, Polarity.LowerIsBetter, "per 100,000", kind).WithDecimalPlaces(0)
            .WithSource(new IndicatorSource("LAIT", LaitReader.FileName, new[] { new System.Collections.Generic.KeyValuePair<string, string>(LaitReader.KeyColumn, key) }, LaitReader.ValueColumn));

    private static EesIngest Read(string csv, params Indicator[] indicators) =>
        new LaitReader(EnglandFixtures.Catalogue).Read(indicators, new StringReader(Header + csv));

    [Fact]
    public void Read_ValuesMissingAndAreas_AccountsForEveryRow()
    {
        var fte = Measure("fte", "FirstYJS", PeriodKind.CalendarYear);
        var ingest = Read(
            "FirstYJS,First time entrants,2024,Leeds,187,383,Yorkshire and The Humber\n" +        // line 2: used
            "FirstYJS,First time entrants,2024,England,1.5E2,970,NA\n" +                           // line 3: exponent form
            "FirstYJS,First time entrants,2023,Leeds,-,383,Yorkshire and The Humber\n" +          // line 4: no figure
            "FirstYJS,First time entrants,2024,London (Inner),120,987,NA\n" +                     // line 5: Inner London kept
            "FirstYJS,First time entrants,2024,Cumbria,99,909,North West\n" +                      // line 6: former authority
            "Other,Another measure,2024,Leeds,1,383,Yorkshire and The Humber\n",                   // line 7: not selected
            fte);
        var report = ingest.Report.Files.Single();
        Assert.Equal(6, report.RowsRead);
        Assert.Equal(4, report.RowsUsed);
        Assert.Equal(2, report.RowsFiltered);
        Assert.Equal(0, report.RowsRejected);
        Assert.Equal(1, report.FilteredBy(EesFilterReason.LegacyArea));
        Assert.Equal(1, report.FilteredBy(EesFilterReason.NotSelected));
        var leeds = EnglandFixtures.LaCodeByOldCode["383"];
        Assert.Equal(187.0, ingest.Observations.Find("fte", leeds, ReportingPeriod.CalendarYear(2024))!.Value.Value);
        Assert.Equal(150.0, ingest.Observations.Find("fte", "E92000001", ReportingPeriod.CalendarYear(2024))!.Value.Value);
        var missing = ingest.Observations.Find("fte", leeds, ReportingPeriod.CalendarYear(2023))!.Value;
        Assert.False(missing.HasValue);
        Assert.Equal(ObservationStatus.NotAvailable, missing.Status);
        Assert.Equal(120.0, ingest.Observations.Find("fte", "E13000001", ReportingPeriod.CalendarYear(2024))!.Value.Value);
    }

    [Fact]
    public void Read_ExponentForm_ReadsTheDecimalExactly()
    {
        // 7.0000000000000007E-2 is R's 17-digit spelling of the double nearest 0.07 (0.0700000000000000066613...):
        // the decimal 0.070000000000000007 is 3.4e-19 from it and 1.4e-17 from the next double up, so it reads back as 0.07.
        // 1.2345E+3 is 1234.5 exactly.
        var ingest = Read("M,m,2025,Leeds,7.0000000000000007E-2,383,Yorkshire and The Humber\nM,m,2024,Leeds,1.2345E+3,383,Yorkshire and The Humber\n",
            Measure("m", "M", PeriodKind.AcademicYear));
        Assert.Equal(0.07, ingest.Observations.Single(o => o.Period.EndYear == 2025).Value!.Value);
        Assert.Equal(1234.5, ingest.Observations.Single(o => o.Period.EndYear == 2024).Value!.Value);
    }

    [Fact]
    public void Read_BadRows_AreRejectedWithFileLineAndColumn()
    {
        var m = Measure("m", "M", PeriodKind.AcademicYear);
        var ingest = Read(
            "M,m,2025,Leeds,12,383,Yorkshire and The Humber\n" +     // 2: used
            "M,m,0,Leeds,12,383,Yorkshire and The Humber\n" +        // 3: unknown period label
            "M,m,2024,Leeds,twelve,383,Yorkshire and The Humber\n" + // 4: bad number
            "M,m,2023,Leeds,,383,Yorkshire and The Humber\n" +       // 5: blank
            "M,m,2022,Nowhere,5,999,NA\n" +                          // 6: unknown area
            "M,m,2021,Leeds,5,383\n" +                               // 7: field count
            "M,m,2020,Leeds,5,383,Yorkshire and The Humber\n" +      // 8: duplicate key ...
            "M,m,2020,Leeds,6,383,Yorkshire and The Humber\n",       // 9: ... on both rows
            m);
        var report = ingest.Report.Files.Single();
        Assert.Equal(8, report.RowsRead);
        Assert.Equal(1, report.RowsUsed);
        Assert.Equal(7, report.RowsRejected);
        var byLine = report.Rejections.ToDictionary(r => r.Line);
        Assert.Equal(EesRejectionKind.BadPeriod, byLine[3].Kind);
        Assert.Equal("Years", byLine[3].Column);
        Assert.Equal(EesRejectionKind.NotANumber, byLine[4].Kind);
        Assert.Equal("Values", byLine[4].Column);
        Assert.Equal(EesRejectionKind.BlankCell, byLine[5].Kind);
        Assert.Equal(EesRejectionKind.UnknownArea, byLine[6].Kind);
        Assert.Equal(EesRejectionKind.FieldCount, byLine[7].Kind);
        Assert.Equal(EesRejectionKind.DuplicateKey, byLine[8].Kind);
        Assert.Equal(EesRejectionKind.DuplicateKey, byLine[9].Kind);
        Assert.All(report.Rejections, r => Assert.StartsWith("bds_long.csv, line ", r.ToString(), StringComparison.Ordinal));
    }

    [Fact]
    public void Read_MissingColumn_IsATypedErrorNamingTheLineAndColumn()
    {
        var e = Assert.Throws<EesFormatException>(() => new LaitReader(EnglandFixtures.Catalogue).Read(
            new[] { Measure("m", "M", PeriodKind.AcademicYear) }, new StringReader("Short Desc,Years,LA and Regions,LA Number\nM,2025,Leeds,383\n")));
        Assert.Equal(1, e.LineNumber);
        Assert.Equal("Values", e.ColumnName);
    }

    [Fact]
    public void Read_PoolLabelForASingleYearIndicator_IsRejected()
    {
        var ingest = Read("M,m,2014-16,Leeds,12,383,Yorkshire and The Humber\n", Measure("m", "M", PeriodKind.AcademicYear));
        Assert.Equal(EesRejectionKind.BadPeriod, ingest.Report.Rejections.Single().Kind);
    }
}
