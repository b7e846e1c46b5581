using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using NodaTime;
using OutcomesFramework.Evidence;
using OutcomesFramework.Evidence.Ees;
using OutcomesFramework.Indicators;
using OutcomesFramework.Periods;
using Xunit;
using static OutcomesFramework.Tests.Evidence.Ees.EesTestFiles;
using static OutcomesFramework.Tests.Evidence.Ees.EnglandFixtures;

namespace OutcomesFramework.Tests.Evidence.Ees;

public sealed class EesReaderEdgeCaseTest
{
    private static readonly ReportingPeriod Y2025 = ReportingPeriod.YearEnding31March(2025);

    [Fact]
    public void Read_ByteOrderMarkInText_IsStripped()
    {
        var ingest = Read("\uFEFF" + Csv(Header, Nat(2025)));
        Assert.Equal(67.0, ingest.Observations.Find("cla-rate", "E92000001", Y2025)!.Value.Value);
    }

    [Fact]
    public void Read_ByteOrderMarkInStream_IsStripped()
    {
        var bytes = new byte[] { 0xEF, 0xBB, 0xBF }.Concat(Encoding.UTF8.GetBytes(Csv(Header, Nat(2025)))).ToArray();
        using var stream = new MemoryStream(bytes);
        var ingest = new EesReader(Catalogue).Read(new[] { ClaRate }, EesFiles.FromStreams(new Dictionary<string, Stream> { [ClaFile] = stream }));
        Assert.Equal(67.0, ingest.Observations.Find("cla-rate", "E92000001", Y2025)!.Value.Value);
        Assert.True(stream.CanRead, "the caller's stream is left open");
    }

    [Fact]
    public void Read_ReorderedColumns_GiveTheSameObservations()
    {
        var original = Csv(Header, Nat(2025), La(2025, "301", "E09000002", "Barking and Dagenham"));
        // Reverse the column order of every line (no field here holds a comma).
        var reversed = string.Join("\n", original.TrimEnd('\n').Split('\n').Select(l => string.Join(",", l.Split(',').Reverse()))) + "\n";
        var a = Read(original).Observations;
        var b = Read(reversed).Observations;
        Assert.Equal(2, a.Count);
        Assert.Equal(a.ToList(), b.ToList());
    }

    [Fact]
    public void Read_QuotedFieldsWithCommas_MatchFiltersAndNames()
    {
        var indicator = Make("eet", ClaFile, Filters("population_type", "Total in education, employment or training"), "rate");
        var text = Csv(Header,
            "2025,Reporting year,Local authority,E92000001,England,E12000009,South West,,,\"Bristol, City of\",\"Total in education, employment or training\",5,55,100");
        var ingest = Read(text, indicator);
        Assert.Equal(55.0, ingest.Observations.Find("eet", "E06000023", Y2025)!.Value.Value);
    }

    [Fact]
    public void Read_DoubledQuotesInQuotedField_AreUnescaped()
    {
        var indicator = Make("quoted", ClaFile, Filters("population_type", "The \"looked after\" group"), "rate");
        var ingest = Read(Csv(Header, Nat(2025, type: "\"The \"\"looked after\"\" group\"")), indicator);
        Assert.Single(ingest.Observations);
    }

    [Fact]
    public void Read_CrlfLineEndings_GiveTheSameResultAndLines()
    {
        var lines = new[] { Header, Nat(2025), La(2025, "301", "E09000002", "Barking and Dagenham", rate: "oops") };
        var lf = Read(string.Join("\n", lines) + "\n");
        var crlf = Read(string.Join("\r\n", lines) + "\r\n");
        Assert.Equal(lf.Observations.ToList(), crlf.Observations.ToList());
        Assert.Equal(3, SingleRejection(crlf).Line);
        Assert.Equal(SingleRejection(lf).ToString(), SingleRejection(crlf).ToString());
    }

    [Fact]
    public void Read_LastLineWithoutLineEnding_IsRead()
    {
        var ingest = Read(Header + "\r\n" + Nat(2025));
        Assert.Equal(1, ingest.Report.RowsUsed);
    }

    [Fact]
    public void Read_QuotedLineBreak_LaterLinesKeepTheirPhysicalNumbers()
    {
        // Line 2 holds a quoted region name that spans lines 2-3, so the bad row starts on line 4.
        var text = Csv(Header,
            "2025,Reporting year,Regional,E92000001,England,E12000001,\"North\nEast\",,,,CLA on 31 March,1,2,3",
            La(2025, "301", "E09000002", "Barking and Dagenham", rate: "?"));
        var ingest = Read(text);
        Assert.Equal(4, SingleRejection(ingest).Line);
        Assert.Equal(2.0, ingest.Observations.Find("cla-rate", "E12000001", Y2025)!.Value.Value);
    }

    [Theory]
    [InlineData("time_period")]
    [InlineData("time_identifier")]
    [InlineData("geographic_level")]
    [InlineData("country_code")]
    [InlineData("country_name")]
    public void Read_MissingMandatoryColumn_ThrowsNamingFileAndColumn(string column)
    {
        var header = string.Join(",", Header.Split(',').Select(c => c == column ? "something_else" : c));
        var ex = ReadFails(Csv(header, Nat(2025)));
        Assert.Equal(ClaFile, ex.FileName);
        Assert.Equal(column, ex.ColumnName);
        Assert.Equal(1, ex.LineNumber);
        Assert.Contains(ClaFile, ex.Message, StringComparison.Ordinal);
        Assert.Contains(column, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_MissingIndicatorColumn_ThrowsNamingColumnAndIndicator()
    {
        var ex = ReadFails(Csv(Header.Replace(",rate,", ",rate_per_10000,", StringComparison.Ordinal), Nat(2025)));
        Assert.Equal("rate", ex.ColumnName);
        Assert.Contains("cla-rate", ex.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_MissingFilterColumn_ThrowsNamingIt()
    {
        var ex = ReadFails(Csv(Header.Replace("population_type", "category", StringComparison.Ordinal), Nat(2025)));
        Assert.Equal("population_type", ex.ColumnName);
    }

    [Theory]
    [InlineData("2025,Reporting year,National,E92000001,\"England,,,,,,CLA on 31 March,1,2,3", 3)] // never closed: reported where the record starts
    [InlineData("2025,Reporting year,National,E92000001,\"England\"x,,,,,,CLA on 31 March,1,2,3", 3)]
    [InlineData("2025,Reporting year,National,E92000001,Eng\"land,,,,,,CLA on 31 March,1,2,3", 3)]
    public void Read_MalformedLine_ThrowsWithFileAndLine(string bad, int line)
    {
        var ex = ReadFails(Csv(Header, Nat(2024), bad));
        Assert.Equal(ClaFile, ex.FileName);
        Assert.Equal(line, ex.LineNumber);
        Assert.Contains("line " + line, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_EmptyFile_Throws()
    {
        var ex = ReadFails(string.Empty);
        Assert.Equal(ClaFile, ex.FileName);
        Assert.Contains("empty", ex.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_RepeatedColumnName_Throws()
    {
        var ex = ReadFails(Csv(Header + ",rate", Nat(2025) + ",1"));
        Assert.Equal("rate", ex.ColumnName);
    }

    [Fact]
    public void Read_FileNotSupplied_ThrowsFileNotFound()
    {
        var ex = Assert.Throws<FileNotFoundException>(() => new EesReader(Catalogue).Read(new[] { ClaRate }, EesFiles.FromText(new Dictionary<string, string>())));
        Assert.Contains(ClaFile, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_OpenerReturnsNull_ThrowsFileNotFound() =>
        Assert.Throws<FileNotFoundException>(() => new EesReader(Catalogue).Read(new[] { ClaRate }, _ => null!));

    [Theory]
    [InlineData("abc")]
    [InlineData("#")]
    [InlineData("1,234")] // thousands separator: not the standard's plain number
    [InlineData("NaN")]
    [InlineData("Infinity")]
    [InlineData("C")] // symbols are lower case
    public void Read_UnknownSymbol_RejectsTheCellWithLineAndColumn(string cell)
    {
        var ingest = Read(Csv(Header, Nat(2025), La(2025, "301", "E09000002", "Barking and Dagenham", rate: "\"" + cell + "\"")));
        var r = SingleRejection(ingest);
        Assert.Equal((ClaFile, 3, "rate", "cla-rate", EesRejectionKind.NotANumber), (r.FileName, r.Line, r.Column, r.IndicatorId, r.Kind));
        Assert.Contains(cell, r.Reason, StringComparison.Ordinal);
        Assert.False(ingest.Observations.TryGet("cla-rate", "E09000002", Y2025, out _));
        Assert.Equal(1, ingest.Report.RowsRejected);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\"\"")]
    public void Read_BlankCell_IsARejectedCellNotAMissingValue(string cell)
    {
        var ingest = Read(Csv(Header, La(2025, "301", "E09000002", "Barking and Dagenham", rate: cell)));
        var r = SingleRejection(ingest);
        Assert.Equal((2, "rate", EesRejectionKind.BlankCell), (r.Line, r.Column, r.Kind));
        Assert.Empty(ingest.Observations);
    }

    [Theory]
    [InlineData("NA")]
    [InlineData("na")]
    [InlineData("NULL")]
    [InlineData("null")]
    [InlineData("N/A")]
    [InlineData(".")]
    [InlineData("..")]
    [InlineData("-")]
    public void Read_ValuesTheScreenerFails_AreRejected(string cell)
    {
        var r = SingleRejection(Read(Csv(Header, La(2025, "301", "E09000002", "Barking and Dagenham", rate: cell))));
        Assert.Equal(EesRejectionKind.DisallowedValue, r.Kind);
    }

    [Theory]
    [InlineData("c", ObservationStatus.Suppressed)]
    [InlineData("x", ObservationStatus.NotAvailable)]
    [InlineData(":", ObservationStatus.NotAvailable)]
    [InlineData("z", ObservationStatus.NotApplicable)]
    [InlineData("u", ObservationStatus.LowReliability)]
    [InlineData("k", ObservationStatus.RoundsToZero)]
    [InlineData("low", ObservationStatus.RoundsToZero)]
    [InlineData("~", ObservationStatus.RoundsToZero)]
    [InlineData(" c ", ObservationStatus.Suppressed)]
    public void Read_Symbol_BecomesAStatusNeverZero(string cell, ObservationStatus expected)
    {
        var ingest = Read(Csv(Header, La(2025, "301", "E09000002", "Barking and Dagenham", count: cell, rate: cell)));
        var o = ingest.Observations.Find("cla-rate", "E09000002", Y2025)!.Value;
        Assert.Equal(expected, o.Status);
        Assert.Null(o.Value);
        Assert.Null(o.Numerator);
        Assert.Equal(2500.0, o.Denominator);
        Assert.True(ingest.Report.IsClean);
    }

    [Fact]
    public void Read_LegacyAuthority_IsFilteredAndListed()
    {
        var ingest = Read(Csv(Header,
            La(2025, "909", "E10000006", "Cumbria"),
            La(2024, "909", "E10000006", "Cumbria"),
            La(2025, "301", "E09000002", "Barking and Dagenham")));
        var file = ingest.Report.File(ClaFile)!;
        Assert.Equal(2, file.FilteredBy(EesFilterReason.LegacyArea));
        var area = Assert.Single(file.ExcludedAreas);
        Assert.Equal((EesFilterReason.LegacyArea, "909", "E10000006", "Cumbria", 2), (area.Reason, area.OldCode, area.NewCode, area.Name, area.Rows));
        Assert.Single(ingest.Observations);
        Assert.Contains("legacy area 909 Cumbria (E10000006): 2 rows", ingest.Report.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Read_LegacyCodeWithACurrentName_IsNotMatchedByName()
    {
        // Dorset County Council (835, to 2019) is not today's Dorset Council (838), whatever the name says.
        var ingest = Read(Csv(Header, La(2018, "835", "E10000009", "Dorset")));
        Assert.Equal(1, ingest.Report.File(ClaFile)!.FilteredBy(EesFilterReason.LegacyArea));
        Assert.Empty(ingest.Observations);
    }

    [Theory]
    [InlineData("940 / 941", "E06000061 / E06000062", "North Northamptonshire / West Northamptonshire")]
    [InlineData("314 / 318", "E09000021 / E09000027", "Kingston upon Thames / Richmond upon Thames")]
    public void Read_CombinedAuthorities_AreFilteredAndListed(string oldCode, string newCode, string name)
    {
        var ingest = Read(Csv(Header, La(2025, oldCode, newCode, name)));
        var file = ingest.Report.File(ClaFile)!;
        Assert.Equal(1, file.FilteredBy(EesFilterReason.CombinedArea));
        var area = Assert.Single(file.ExcludedAreas);
        Assert.Equal((EesFilterReason.CombinedArea, oldCode, name), (area.Reason, area.OldCode, area.Name));
        Assert.Empty(ingest.Observations);
    }

    [Fact]
    public void Read_InnerAndOuterLondonBesideLondon_LondonRowIsUsed()
    {
        var ingest = Read(Csv(Header,
            Reg(2025, "E13000001", "Inner London", rate: "80"),
            Reg(2025, "E12000007", "London", rate: "60"),
            Reg(2025, "E13000002", "Outer London", rate: "50")));
        Assert.Equal(60.0, ingest.Observations.Find("cla-rate", "E12000007", Y2025)!.Value.Value);
        Assert.Equal(2, ingest.Report.File(ClaFile)!.FilteredBy(EesFilterReason.LondonSubRegion));
        Assert.True(ingest.Report.IsClean);
    }

    [Fact]
    public void Read_InnerAndOuterLondonWithoutLondon_GiveNoLondonFigure()
    {
        // Rates cannot be added, and either half alone is not London: London is left without an observation.
        var ingest = Read(Csv(Header,
            Reg(2025, "E13000001", "Inner London", rate: "80"),
            Reg(2025, "E13000002", "Outer London", rate: "50"),
            Reg(2025, "E12000001", "North East", rate: "90")));
        Assert.False(ingest.Observations.TryGet("cla-rate", "E12000007", Y2025, out _));
        Assert.Equal(2, ingest.Report.File(ClaFile)!.FilteredBy(EesFilterReason.LondonSubRegionWithoutLondon));
        Assert.Single(ingest.Observations);
    }

    [Fact]
    public void Read_DuplicateRows_RejectsEveryCopyWithTheOtherLines()
    {
        var ingest = Read(Csv(Header,
            La(2025, "301", "E09000002", "Barking and Dagenham", rate: "40"),
            Nat(2025),
            La(2025, "301", "E09000002", "Barking and Dagenham", rate: "41")));
        Assert.False(ingest.Observations.TryGet("cla-rate", "E09000002", Y2025, out _));
        var rejections = ingest.Report.Rejections;
        Assert.Equal(new[] { 2, 4 }, rejections.Select(r => r.Line));
        Assert.All(rejections, r => Assert.Equal(EesRejectionKind.DuplicateKey, r.Kind));
        Assert.Contains("line 4", rejections[0].Reason, StringComparison.Ordinal);
        Assert.Contains("line 2", rejections[1].Reason, StringComparison.Ordinal);
        Assert.Equal((1, 2), (ingest.Report.RowsUsed, ingest.Report.RowsRejected));
    }

    [Fact]
    public void Read_TwoCodesForOneAuthority_AreDuplicatesAfterMapping()
    {
        // Barnsley by its old code, and by its new code on a row whose old code is blank.
        var ingest = Read(Csv(Header,
            La(2025, "370", "E08000016", "Barnsley"),
            La(2025, string.Empty, "E08000038", "Barnsley")));
        Assert.Equal(2, ingest.Report.RowsRejected);
        Assert.All(ingest.Report.Rejections, r => Assert.Equal(EesRejectionKind.DuplicateKey, r.Kind));
    }

    [Fact]
    public void Read_AuthorityByNewCodeOrName_WhenOldCodeBlank()
    {
        var ingest = Read(Csv(Header,
            La(2025, string.Empty, "E08000038", "Barnsley"),
            La(2025, string.Empty, string.Empty, "Hammersmith & Fulham")));
        Assert.True(ingest.Observations.TryGet("cla-rate", "E08000038", Y2025, out _));
        Assert.True(ingest.Observations.TryGet("cla-rate", "E09000013", Y2025, out _));
    }

    [Fact]
    public void Read_OldCodePlaceholderX_FallsBackToTheNewCode()
    {
        var ingest = Read(Csv(Header, La(2025, "x", "E09000002", "Barking and Dagenham")));
        Assert.True(ingest.Observations.TryGet("cla-rate", "E09000002", Y2025, out _));
    }

    [Fact]
    public void Read_AuthorityWithNoCodeOrName_IsRejected()
    {
        var r = SingleRejection(Read(Csv(Header, La(2025, string.Empty, string.Empty, string.Empty))));
        Assert.Equal(EesRejectionKind.UnknownArea, r.Kind);
    }

    [Fact]
    public void Read_UnknownRegionCode_IsRejected()
    {
        var r = SingleRejection(Read(Csv(Header, Reg(2025, "E12000099", "Atlantis"))));
        Assert.Equal((EesRejectionKind.UnknownArea, "region_code"), (r.Kind, r.Column));
    }

    [Fact]
    public void Read_OtherGeographicLevel_IsFiltered()
    {
        var lad = "2025,Reporting year,Local authority district,E92000001,England,,,,,,CLA on 31 March,1,2,3";
        var ingest = Read(Csv(Header, lad, Nat(2025)));
        Assert.Equal(1, ingest.Report.File(ClaFile)!.FilteredBy(EesFilterReason.GeographicLevel));
    }

    [Fact]
    public void Read_RowsOfOtherFilterValues_AreFilteredAsNotSelected()
    {
        var ingest = Read(Csv(Header, Nat(2025), Nat(2025, type: "Starting"), Nat(2025, type: " CLA on 31 March ")));
        // The trimmed " CLA on 31 March " matches; "Starting" does not, so (indicator, area, period) repeats: both matching rows are duplicates.
        var file = ingest.Report.File(ClaFile)!;
        Assert.Equal(1, file.FilteredBy(EesFilterReason.NotSelected));
        Assert.Equal(2, file.RowsRejected);
    }

    [Fact]
    public void Read_TimeIdentifierNotOfTheIndicatorsKind_IsABadPeriod()
    {
        var row = "202425,Academic year,National,E92000001,England,,,,,,CLA on 31 March,1,2,3";
        var r = SingleRejection(Read(Csv(Header, row)));
        Assert.Equal((EesRejectionKind.BadPeriod, "time_identifier"), (r.Kind, r.Column));
    }

    [Fact]
    public void Read_SnapshotIndicator_UsesTheIndicatorsSnapshotDate()
    {
        var indicator = Make("snap", ClaFile, Filters("population_type", Cla), "rate", kind: PeriodKind.Snapshot, snapshotMonth: 3, snapshotDay: 31);
        var ingest = Read(Csv(Header, Nat(2025)), indicator);
        Assert.True(ingest.Observations.TryGet("snap", "E92000001", ReportingPeriod.Snapshot(new LocalDate(2025, 3, 31)), out _));
    }

    [Fact]
    public void Read_RowWithTooFewFields_IsRejected()
    {
        var ingest = Read(Csv(Header, "2025,Reporting year,National,E92000001,England", Nat(2024)));
        var r = SingleRejection(ingest);
        Assert.Equal((2, EesRejectionKind.FieldCount), (r.Line, r.Kind));
        Assert.Equal(1, ingest.Report.RowsUsed);
    }

    [Fact]
    public void Read_NegativeNumerator_IsRejected()
    {
        var r = SingleRejection(Read(Csv(Header, Nat(2025, count: "-5"))));
        Assert.Equal((EesRejectionKind.NegativeCount, "count"), (r.Kind, r.Column));
    }

    [Fact]
    public void Read_NegativeValue_IsKept()
    {
        // Progress 8 scores are negative below the national average.
        var progress8 = Make("progress-8", ClaFile, Filters("population_type", Cla), "rate", measure: MeasureKind.Score);
        var ingest = Read(Csv(Header, Nat(2025, rate: "-0.57")), progress8);
        Assert.Equal(-0.57, ingest.Observations.Single().Value);
    }

    [Fact]
    public void Read_OneRowForSeveralIndicators_PartFailureKeepsTheRowUsedAndListsTheProblem()
    {
        var rate = Make("rate", ClaFile, Filters("population_type", Cla), "rate");
        var count = Make("count", ClaFile, Filters("population_type", Cla), "count", measure: MeasureKind.Count);
        var ingest = Read(Csv(Header, Nat(2025, count: "NA")), rate, count);
        Assert.Equal(1, ingest.Report.RowsUsed);
        Assert.Equal(0, ingest.Report.RowsRejected);
        Assert.True(ingest.Observations.TryGet("rate", "E92000001", Y2025, out _));
        var r = SingleRejection(ingest);
        Assert.Equal(("count", "count", EesRejectionKind.DisallowedValue), (r.IndicatorId, r.Column, r.Kind));
        Assert.Equal(new[] { "count", "rate" }, ingest.Report.File(ClaFile)!.IndicatorIds);
    }

    [Fact]
    public void Read_DerivedFromColumnsOfTheSameFile_DividesAndScales()
    {
        var derived = Make("derived", ClaFile, Filters("population_type", Cla), null, "count", "population", multiplier: 10000, measure: MeasureKind.Rate);
        var o = Read(Csv(Header, Nat(2025)), derived).Observations.Single();
        Assert.Equal(81770.0 / 12183016.0 * 10000.0, o.Value!.Value, 12); // ≈ 67.1
        Assert.Equal((81770.0, 12183016.0), (o.Numerator, o.Denominator));
    }

    // Values a measure cannot take (issue 11: a council file with 250% was scored "+255 better"). Each row is
    // rejected with its file, line, column and reason; the valid row beside it is still used.
    [Theory]
    [InlineData("250", "250 is not a proportion: pct is a percentage and must be from 0 to 100.")]
    [InlineData("-5", "-5 is not a proportion: pct is a percentage and must be from 0 to 100.")]
    [InlineData("100.01", "100.01 is not a proportion: pct is a percentage and must be from 0 to 100.")]
    public void Read_PercentageOutsideZeroToHundred_IsRejectedWithLineColumnAndReason(string value, string reason)
    {
        var pct = Make("pct", ClaFile, Filters("population_type", Cla), "rate");
        var ingest = Read(Csv(Header, Nat(2024, rate: "100"), Nat(2025, rate: value)), pct);
        var r = SingleRejection(ingest);
        Assert.Equal((ClaFile, 3, "rate", "pct", EesRejectionKind.OutOfRange, reason), (r.FileName, r.Line, r.Column, r.IndicatorId, r.Kind, r.Reason));
        Assert.Equal((2, 1, 1), (ingest.Report.RowsRead, ingest.Report.RowsUsed, ingest.Report.RowsRejected));
        Assert.Equal(100.0, ingest.Observations.Single().Value);
    }

    [Fact]
    public void Read_FractionAboveOne_IsRejected()
    {
        // A proportion with multiplier 1 is a fraction: 0 to 1 (0.5 is half). 1.5 cannot be a part of a whole.
        var fraction = new Indicator("fraction", "A fraction", "stay-safe", new[] { "aim-1" }, MeasureKind.Proportion, Polarity.NoPolarity, "", PeriodKind.YearEnding31March)
            .WithDecimalPlaces(2).WithSource(new IndicatorSource("Test publication", ClaFile, Filters("population_type", Cla), "rate", null, null));
        var r = SingleRejection(Read(Csv(Header, Nat(2024, rate: "1"), Nat(2025, rate: "1.5")), fraction));
        Assert.Equal((3, "rate", "1.5 is not a proportion: fraction is a proportion and must be from 0 to 1."), (r.Line, r.Column, r.Reason));
    }

    [Fact]
    public void Read_NegativeCount_IsRejected()
    {
        var count = Make("children", ClaFile, Filters("population_type", Cla), "count", measure: MeasureKind.Count);
        var ingest = Read(Csv(Header, Nat(2024, count: "0"), Nat(2025, count: "-3")), count);
        var r = SingleRejection(ingest);
        Assert.Equal((3, "count", EesRejectionKind.OutOfRange, "the count -3 is negative; children counts cannot be below 0."),
            (r.Line, r.Column, r.Kind, r.Reason));
        Assert.Equal(0.0, ingest.Observations.Single().Value);
    }

    [Fact]
    public void Read_NegativeRate_IsRejected()
    {
        var r = SingleRejection(Read(Csv(Header, Nat(2025, rate: "-0.1"))));
        Assert.Equal((2, "rate", "the rate -0.1 is negative; a rate of events cannot be below 0."), (r.Line, r.Column, r.Reason));
    }

    [Fact]
    public void Read_NumeratorAboveDenominator_IsRejected()
    {
        // 50% is a possible percentage, but 300 of 200 is not: the numerator is part of the denominator.
        var pct = Make("pct", ClaFile, Filters("population_type", Cla), "rate", "count", "population");
        var ingest = Read(Csv(Header, Nat(2024, count: "200", rate: "50", population: "200"), Nat(2025, count: "300", rate: "50", population: "200")), pct);
        var r = SingleRejection(ingest);
        Assert.Equal((3, "count", EesRejectionKind.OutOfRange, "the numerator 300 is above the denominator 200; a proportion's numerator is part of its denominator."),
            (r.Line, r.Column, r.Kind, r.Reason));
        Assert.Equal(1, ingest.Report.RowsUsed);
    }

    [Fact]
    public void Read_DerivedWithZeroDenominator_IsRejected()
    {
        var derived = Make("derived", ClaFile, Filters("population_type", Cla), null, "count", "population", multiplier: 100);
        var r = SingleRejection(Read(Csv(Header, Nat(2025, population: "0")), derived));
        Assert.Equal((EesRejectionKind.ZeroDenominator, "population"), (r.Kind, r.Column));
    }

    [Fact]
    public void Read_DerivedWithSymbolDenominator_TakesItsStatus()
    {
        var derived = Make("derived", ClaFile, Filters("population_type", Cla), null, "count", "population", multiplier: 100);
        var o = Read(Csv(Header, Nat(2025, population: "x")), derived).Observations.Single();
        Assert.Equal(ObservationStatus.NotAvailable, o.Status);
        Assert.Equal(81770.0, o.Numerator);
    }

    [Fact]
    public void Read_FilesAreOpenedOnceEach()
    {
        var opened = new List<string>();
        var rate = Make("rate", ClaFile, Filters("population_type", Cla), "rate");
        var count = Make("count", ClaFile, Filters("population_type", Cla), "count", measure: MeasureKind.Count);
        new EesReader(Catalogue).Read(new[] { rate, count }, name =>
        {
            opened.Add(name);
            return new StringReader(Csv(Header, Nat(2025)));
        });
        Assert.Equal(new[] { ClaFile }, opened);
    }

    [Fact]
    public void Read_IndicatorWithoutSource_IsIgnored()
    {
        var local = new Indicator("local", "Local only", "stay-safe", new[] { "aim-1" }, MeasureKind.Count, Polarity.NoPolarity, "", PeriodKind.YearEnding31March).WithDecimalPlaces(0);
        var ingest = Read(Csv(Header, Nat(2025)), ClaRate, local);
        Assert.Equal(new[] { "cla-rate" }, ingest.Observations.IndicatorIds);
        Assert.Equal(new[] { ClaFile }, EesReader.FilesNeeded(new[] { ClaRate, local }));
    }

    [Fact]
    public void Read_TwoIndicatorsWithOneId_Throws() =>
        Assert.Throws<ArgumentException>(() => new EesReader(Catalogue).Read(new[] { ClaRate, ClaRate }, EesFiles.FromText(new Dictionary<string, string>())));

    [Fact]
    public void Read_RegionalRowInAFileWithoutRegionColumns_ThrowsNamingTheLine()
    {
        var header = "time_period,time_identifier,geographic_level,country_code,country_name,population_type,count,rate,population";
        var ex = ReadFails(Csv(header, "2025,Reporting year,National,E92000001,England,CLA on 31 March,1,2,3", "2025,Reporting year,Regional,E92000001,England,CLA on 31 March,1,2,3"));
        Assert.Equal((3, "region_code"), (ex.LineNumber, ex.ColumnName));
    }

    [Fact]
    public void Report_ToString_GivesCountsReasonsAndProblems()
    {
        var text = Read(Csv(Header, Nat(2025), Nat(2025, type: "Other"), La(2025, "301", "E09000002", "Barking and Dagenham", rate: "NA"))).Report.ToString();
        Assert.Contains("cla.csv (cla-rate): 3 rows read = 1 used + 1 filtered + 1 rejected; 1 observations", text, StringComparison.Ordinal);
        Assert.Contains("filtered, not selected by any indicator's filters: 1", text, StringComparison.Ordinal);
        Assert.Contains("rejected: line 4, column 'rate' (cla-rate): 'NA' is not allowed", text, StringComparison.Ordinal);
    }
}
