using System;
using System.IO;
using System.Linq;
using OutcomesFramework.Returns.Cin;
using OutcomesFramework.Returns.Ssda903;
using Xunit;

namespace OutcomesFramework.Returns.Tests.Readers;

public sealed class ReaderTest
{
    [Fact]
    public void EveryRowOfTheD2iSampleIsAccountedFor()
    {
        var data = new Ssda903Reader(new CollectionYear(2018)).ReadDirectory(TestData.Fixture("ssda903/d2i_validator_fake"));
        Assert.All(data.Accounts, a => Assert.Equal(a.RowsRead, a.RowsKept + a.RowsRejected));
        // 389 episode rows in episodes.csv plus the XML excerpt's episodes; 190 header rows plus its 5 children.
        Assert.Equal(389, data.Accounts.Single(a => a.Source == "episodes.csv").RowsKept);
        Assert.Equal(190 + 5, data.Table("Header").Length);
        // Social worker episodes (from 2023/24) and DoLo (from 2026/27) are not part of 2017/18: rejected with a reason.
        Assert.Equal(1, data.Accounts.Single(a => a.Source == "sw_episodes.csv").RowsRejected);
        Assert.Contains(data.Problems, p => p.Kind == ReturnProblemKind.NotInCollectionYear && p.Location.Source == "DoLo.csv" && p.RejectsRecord);
        var later = new Ssda903Reader(new CollectionYear(2027)).ReadDirectory(TestData.Fixture("ssda903/d2i_validator_fake"));
        Assert.Single(later.Table("SWEpisodes"));
        Assert.Single(later.Table("DoLo"));
    }

    [Fact]
    public void The903XmlReadsLikeTheCsv()
    {
        var data = new Ssda903Reader(new CollectionYear(2018)).ReadFiles(new[] { TestData.Fixture("ssda903/d2i_validator_fake/fake_903_first5children.xml") });
        var xml = File.ReadAllText(TestData.Fixture("ssda903/d2i_validator_fake/fake_903_first5children.xml"));
        Assert.Equal(5, data.Table("Header").Length);
        Assert.Equal(CountOf(xml, "<EPISODE>"), data.Table("Episodes").Length);
        Assert.Equal(CountOf(xml, "<AREVIEW>"), data.Table("Reviews").Length);
        var first = data.Table("Episodes")[0];
        Assert.Equal("907440", first.ChildId);
        Assert.Equal("R5", first["PLACE"]); // <PL> is PLACE
        Assert.Equal("EXPSSDA903/CHILD[1]/EPISODE[1]", first.Location.XmlPath);
        Assert.NotNull(first.Location.Line);
    }

    [Fact]
    public void Every903XmlTableReadsLikeItsCsvTwin()
    {
        // Four children of D2I's fake_903.xml, chosen for the groups and leaves the first five lack: 608176 (AMISSING),
        // 996322 (UASC with DUC), 381315 (OC3's IN_TOUCH, ACTIV, ACCOM), 187856 (AD1's DATE_INT... and AD_PLACED); each
        // has AREVIEWs, an OC2, a PERMANENCE and EPISODEs. The CSVs beside it hold the same values as the validator's
        // CSV tables (Fixtures/README.md), so each table read from the XML must equal the one read from its CSV.
        var dir = TestData.Fixture("ssda903/d2i_xml_twin");
        var xml = new Ssda903Reader(new CollectionYear(2018)).ReadFiles(new[] { Path.Combine(dir, "fake_903_every_table.xml") });
        var csv = new Ssda903Reader(new CollectionYear(2018)).ReadFiles(Directory.GetFiles(dir, "*.csv").OrderBy(f => f, StringComparer.Ordinal));
        // Counted in the XML: 4 HEADERs; EPISODEs 3 + 2 + 3 + 2 = 10; AREVIEWs 5 + 6 + 1 + 1 = 13; one DUC (996322);
        // an OC2 and a PERMANENCE for each child; one OC3 (381315), one AD1 and one AD_PLACED (187856), one AMISSING (608176).
        var expected = new (string Table, int Rows)[]
        {
            ("Header", 4), ("Episodes", 10), ("Reviews", 13), ("UASC", 1), ("OC2", 4), ("OC3", 1), ("AD1", 1),
            ("PlacedAdoption", 1), ("PrevPerm", 4), ("Missing", 1),
        };
        foreach (var (table, rows) in expected)
        {
            Assert.Equal(rows, xml.Table(table).Length);
            Assert.Equal(Rows(csv.Table(table)), Rows(xml.Table(table)));
        }
        Assert.Equal(expected.Select(e => e.Table).OrderBy(t => t, StringComparer.Ordinal), xml.Tables.Keys.Where(k => xml.Table(k).Length > 0));
        Assert.Empty(xml.Problems);
        Assert.Empty(csv.Problems);
        // A few values by hand: the UASC row takes SEX and DOB from the HEADER; PREV_PERM is read from PERMANENCE.
        var uasc = Assert.Single(xml.Table("UASC"));
        Assert.Equal(new[] { "996322", "2", "03/10/2002", "28/09/2020" }, uasc.Fields.Select(f => uasc[f]));
        Assert.Equal(new NodaTime.LocalDate(2020, 9, 28), uasc.GetDate("DUC"));
        Assert.Equal(new[] { "Z1", "Z1", "Z1", "Z1" }, xml.Table("PrevPerm").Select(r => r["PREV_PERM"]));
        var placed = Assert.Single(xml.Table("PlacedAdoption"));
        Assert.Equal(new[] { "187856", "30/04/2007", "03/05/2015", "26/05/2017", "XXX" }, placed.Fields.Select(f => placed[f]));
        Assert.Equal(new[] { "608176", "05/11/2009", "A", "29/07/2017", "15/09/2017" }, Assert.Single(xml.Table("Missing")).Fields.Select(f => xml.Table("Missing")[0][f]));
    }

    [Fact]
    public void SocialWorkerEpisodesAndDoLoReadFromXmlLikeTheirCsv()
    {
        // The reader's own element names, not checked against a published schema: the DfE publishes social worker
        // episodes (from 2023/24) in a separate XML schema beside the return's, and Data to Insight's validator reads
        // neither table from XML. The reader takes SW_EPISODE and DOLO groups (leaves named as the CSV's columns)
        // anywhere in a CHILD; here they hold the upstream sw_episodes.csv and DoLo.csv rows for CHILD10.
        const string Xml = "<EXPSSDA903><CHILD><HEADER><CHILDID>CHILD10</CHILDID><SEX>M</SEX><DOB>05/12/1993</DOB><ETHNIC>WBRI</ETHNIC>"
            + "<SW_EPISODE><SW_ID>SW999</SW_ID><SW_DECOM>01/01/2020</SW_DECOM><SW_DEC>03/01/2020</SW_DEC><SW_REASON>SWLAZY</SW_REASON></SW_EPISODE>"
            + "<DOLO><DOLO_START>01/01/2025</DOLO_START><DOLO_END>02/01/2025</DOLO_END></DOLO></HEADER></CHILD></EXPSSDA903>";
        var reader = new Ssda903Reader(new CollectionYear(2027));
        var xml = reader.Read(new[] { new System.Collections.Generic.KeyValuePair<string, Func<TextReader>>("sw.xml", () => new StringReader(Xml)) });
        var dir = TestData.Fixture("ssda903/d2i_validator_fake");
        var csv = reader.ReadFiles(new[] { Path.Combine(dir, "sw_episodes.csv"), Path.Combine(dir, "DoLo.csv") });
        Assert.Equal(new[] { "CHILD=CHILD10|DOB=05/12/1993|SW_ID=SW999|SW_DECOM=01/01/2020|SW_DEC=03/01/2020|SW_REASON=SWLAZY" }, Rows(xml.Table("SWEpisodes")));
        Assert.Equal(Rows(csv.Table("SWEpisodes")), Rows(xml.Table("SWEpisodes")));
        Assert.Equal(new[] { "CHILD=CHILD10|DOB=05/12/1993|DOLO_START=01/01/2025|DOLO_END=02/01/2025" }, Rows(xml.Table("DoLo")));
        Assert.Equal(Rows(csv.Table("DoLo")), Rows(xml.Table("DoLo")));
    }

    [Fact]
    public void TheXmlUascFlagMakesAUascRowWithOrWithoutADateCeased()
    {
        // U1: flagged and still UASC (no DUC); U2: flagged with DUC; U3: flag 0, no DUC; U4: empty flag (as in
        // fake_903.xml): a UASC row for U1 and U2 only.
        static string Child(string id, string uasc) => "<CHILD><HEADER><CHILDID>" + id + "</CHILDID><SEX>M</SEX><DOB>01/01/2010</DOB>" + uasc + "</HEADER></CHILD>";
        var text = "<EXPSSDA903>" + Child("U1", "<UASC>1</UASC>") + Child("U2", "<UASC>1</UASC><DUC>01/01/2028</DUC>") + Child("U3", "<UASC>0</UASC>") + Child("U4", "<UASC />") + "</EXPSSDA903>";
        var data = new Ssda903Reader(new CollectionYear(2025)).Read(new[] { new System.Collections.Generic.KeyValuePair<string, Func<TextReader>>("u.xml", () => new StringReader(text)) });
        Assert.Equal(new[] { "CHILD=U1|SEX=M|DOB=01/01/2010|DUC=", "CHILD=U2|SEX=M|DOB=01/01/2010|DUC=01/01/2028" }, Rows(data.Table("UASC")));
        Assert.Empty(data.Problems);
    }

    /// <summary>Each record as "FIELD=value|..." in its schema's field order (a blank value as empty).</summary>
    private static string[] Rows(System.Collections.Immutable.ImmutableArray<ReturnRecord> records) =>
        records.Select(r => string.Join("|", r.Fields.Select(f => f + "=" + r[f]))).ToArray();

    [Fact]
    public void PreviousPermanenceIsReadWithItsValues()
    {
        // previous_permanence.csv's first row: 566910,27/03/2008,Z1,, (no LA or date of previous permanence).
        var first = TestData.D2i903().Table("PrevPerm")[0];
        Assert.Equal(new[] { "566910", "27/03/2008", "Z1", null, null }, first.Fields.Select(f => first[f]));
        // The first XML child's <PERMANENCE><PREV_PERM>Z1</PREV_PERM></PERMANENCE>, with its HEADER's DOB 28/07/2010.
        var xml = new Ssda903Reader(new CollectionYear(2018)).ReadFiles(new[] { TestData.Fixture("ssda903/d2i_validator_fake/fake_903_first5children.xml") });
        var perm = xml.Table("PrevPerm")[0];
        Assert.Equal(new[] { "907440", "28/07/2010", "Z1", null, null }, perm.Fields.Select(f => perm[f]));
        Assert.Equal("EXPSSDA903/CHILD[1]/HEADER[1]/PERMANENCE[1]", perm.Location.XmlPath);
        // An LA and a partly unknown date (DATE_PERM is text, as the DfE allows zz for an unknown day) are kept as given.
        var given = TestData.Csv903(2025, ("prev.csv", "CHILD,DOB,PREV_PERM,LA_PERM,DATE_PERM\n7,01/01/2015,P1,201,zz/05/2019\n")).Table("PrevPerm").Single();
        Assert.Equal(new[] { "7", "01/01/2015", "P1", "201", "zz/05/2019" }, given.Fields.Select(f => given[f]));
    }

    [Fact]
    public void CinDisabilitiesAreReadWithTheirValues()
    {
        // liia_tools_cin-2022.xml: its one child, DfEX0000001, has <Disability>HAND</Disability> and <Disability>HEAR</Disability>.
        var liia = new CinCensusReader(new CollectionYear(2022)).ReadFile(TestData.Fixture("cin_census/liia_tools_cin-2022.xml"));
        var disabilities = liia.Table("Disabilities");
        Assert.Equal(new[] { "HAND", "HEAR" }, disabilities.Select(r => r["Disability"]));
        Assert.All(disabilities, r => Assert.Equal("DfEX0000001", r.ChildId));
        Assert.EndsWith("/ChildCharacteristics[1]/Disabilities[1]/Disability[2]", disabilities[1].Location.XmlPath, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData(" \r\n\t ")]
    public void BlankXmlFilesAreReportedBlankNotMalformed(string text)
    {
        var cin = TestData.CinXml(2025, text);
        var problem = Assert.Single(cin.Problems);
        Assert.Equal(ReturnProblemKind.BlankFile, problem.Kind);
        Assert.Equal("test.xml", problem.Location.Source);
        Assert.False(problem.RejectsRecord);
        Assert.Equal(0, cin.RecordCount);
        Assert.Contains(cin.Accounts, a => a.Source == "test.xml" && a.RowsRead == 0);
        var ssda903 = new Ssda903Reader(new CollectionYear(2025)).Read(new[] { new System.Collections.Generic.KeyValuePair<string, Func<TextReader>>("blank.xml", () => new StringReader(text)) });
        problem = Assert.Single(ssda903.Problems);
        Assert.Equal(ReturnProblemKind.BlankFile, problem.Kind);
        Assert.Equal("blank.xml", problem.Location.Source);
        Assert.Equal(0, ssda903.RecordCount);
        Assert.Contains(ssda903.Accounts, a => a.Source == "blank.xml" && a.RowsRead == 0);
    }

    [Fact]
    public void XmlFilesWithNoChildrenAreBlankAndLeadingWhiteSpaceKeepsLineNumbers()
    {
        Assert.Equal(ReturnProblemKind.BlankFile, Assert.Single(TestData.CinXml(2025, "<Message><Header/><Children/></Message>").Problems).Kind);
        var no903Children = new Ssda903Reader(new CollectionYear(2025)).Read(new[] { new System.Collections.Generic.KeyValuePair<string, Func<TextReader>>("x.xml", () => new StringReader("<EXPSSDA903/>")) });
        Assert.Equal(ReturnProblemKind.BlankFile, Assert.Single(no903Children.Problems).Kind);
        // Two blank lines before the root: the record is on line 3, as in the file (the blank-file check reads them and gives them back).
        var cin = TestData.CinXml(2025, "\n\n<Message><Children><Child><ChildIdentifiers><LAchildID>1</LAchildID></ChildIdentifiers></Child></Children></Message>");
        Assert.Equal(3, cin.Table("ChildIdentifiers").Single().Location.Line);
        // Malformed XML after white space is still a typed error with its line.
        var e = Assert.Throws<ReturnFormatException>(() => TestData.CinXml(2025, "\n<Message><Children><Child>\n</Children></Message>"));
        Assert.Equal(3, e.Location.Line);
    }

    [Fact]
    public void ACinHeaderForAnotherYearIsReported()
    {
        var child = "<Child><ChildIdentifiers><LAchildID>1</LAchildID></ChildIdentifiers></Child>";
        // A 2024/25 census header read as 2024/25: nothing to report.
        Assert.Empty(TestData.CinXml(2025, TestData.CinMessageFor(2025, child)).Problems);
        // A 2023/24 census (Year 2024, ReferenceDate 2024-03-31) read as 2024/25: both disagree; the records are kept.
        var wrong = TestData.CinXml(2025, TestData.CinMessageFor(2024, child));
        Assert.Equal(new[] { "Year", "ReferenceDate" }, wrong.Problems.Select(p => p.Field));
        Assert.All(wrong.Problems, p => Assert.Equal(ReturnProblemKind.CollectionYearMismatch, p.Kind));
        Assert.All(wrong.Problems, p => Assert.False(p.RejectsRecord));
        Assert.Equal("Message/Header/CollectionDetails/ReferenceDate", wrong.Problems[1].Location.XmlPath);
        Assert.Contains("2025-03-31", wrong.Problems[1].Message, StringComparison.Ordinal);
        Assert.Single(wrong.Table("ChildIdentifiers"));
        // D2I's 2024 edge-case file says Year 2023 with ReferenceDate 2024-03-31 (DfE rule 100 wants 31 March of Year):
        // read as 2023/24, its Year disagrees and its ReferenceDate agrees.
        var edge = new CinCensusReader(new CollectionYear(2024)).ReadFile(TestData.Fixture("cin_census/d2i_CIN_Census_2024_edgecases.xml"));
        var mismatch = Assert.Single(edge.Problems, p => p.Kind == ReturnProblemKind.CollectionYearMismatch);
        Assert.Equal("Year", mismatch.Field);
        Assert.Equal(5, mismatch.Location.Line);
    }

    private static int CountOf(string text, string what) => (text.Length - text.Replace(what, string.Empty, StringComparison.Ordinal).Length) / what.Length;

    [Fact]
    public void MessyInputIsToleratedAndFlagged()
    {
        var data = TestData.Csv903(2025, ("eps.csv", TestData.EpisodesHeader + "\n"
            + " 123.0 , 2024-05-01 ,s,c2,N1,U1,PR1,,,,,,\n"   // whitespace, .0, ISO date, lower-case codes
            + "124,01/05/2024,S,C2,N1,U1,PR1,,,,,,,EXTRA\n"   // one field too many: rejected
            + "125,31/02/2024,S,C2,N1,U1,PR1,,,,,,\n"),       // not a date: kept, flagged
            ("empty.csv", string.Empty),
            ("header-only.csv", TestData.HeaderHeader + "\n"),
            ("nonsense.csv", "A,B\n1,2\n"));
        var ep = data.Table("Episodes");
        Assert.Equal(2, ep.Length);
        Assert.Equal("123", ep[0].ChildId);
        Assert.Equal("S", ep[0]["RNE"]);
        Assert.Equal(new NodaTime.LocalDate(2024, 5, 1), ep[0].GetDate("DECOM"));
        Assert.Null(ep[1].GetDate("DECOM"));
        Assert.Equal("31/02/2024", ep[1]["DECOM"]);
        var kinds = data.Problems.Select(p => p.Kind).ToList();
        Assert.Contains(ReturnProblemKind.DecimalIdentifier, kinds);
        Assert.Equal(2, kinds.Count(k => k == ReturnProblemKind.LowerCaseCode));
        // " 123.0 " is flagged for its ".0" (the more telling problem); " 2024-05-01 " for its padding alone.
        var padded = Assert.Single(data.Problems, p => p.Kind == ReturnProblemKind.Whitespace);
        Assert.Equal(("123", "DECOM", 2), (padded.ChildId, padded.Field, padded.Location.Line));
        Assert.Contains("read as '2024-05-01'", padded.Message, StringComparison.Ordinal);
        Assert.Contains(data.Problems, p => p.Kind == ReturnProblemKind.WrongFieldCount && p.Location.Line == 3 && p.ChildId == "124" && p.RejectsRecord);
        Assert.Contains(data.Problems, p => p.Kind == ReturnProblemKind.InvalidDate && p.Field == "DECOM" && p.ChildId == "125");
        Assert.Equal(2, data.Problems.Count(p => p.Kind == ReturnProblemKind.BlankFile));
        Assert.Contains(data.Problems, p => p.Kind == ReturnProblemKind.UnknownTable && p.Location.Source == "nonsense.csv");
        Assert.All(data.Accounts, a => Assert.Equal(a.RowsRead, a.RowsKept + a.RowsRejected));
        Assert.Equal(1, data.Accounts.Single(a => a.Source == "nonsense.csv").RowsRejected);
    }

    [Fact]
    public void EachKindOfProblemIsListedUpToItsCapAndCountedWhole()
    {
        // 1,500 episodes each with a lower-case RNE, then one row of the wrong width: the flood is listed up to
        // 1,000 and counted whole, and the one rejection after it is still listed.
        var rows = new System.Text.StringBuilder(TestData.EpisodesHeader + "\n");
        for (var i = 0; i < 1500; i++)
        {
            rows.Append(i + 1000).Append(",01/05/2024,s,C2,N1,U1,PR1,,,,,,\n");
        }
        rows.Append("9999,01/05/2024,S,C2\n");
        var data = TestData.Csv903(2025, ("eps.csv", rows.ToString()));
        Assert.Equal(ReturnData.MaxListedProblemsPerKind, data.Problems.Count(p => p.Kind == ReturnProblemKind.LowerCaseCode));
        Assert.Equal(1500, data.ProblemCounts[ReturnProblemKind.LowerCaseCode]);
        Assert.Equal(1, data.ProblemCounts[ReturnProblemKind.WrongFieldCount]);
        Assert.Equal(1500 - ReturnData.MaxListedProblemsPerKind, data.OmittedProblemCount);
        Assert.Contains(data.Problems, p => p.Kind == ReturnProblemKind.WrongFieldCount && p.ChildId == "9999" && p.Location.Line == 1502);
        // The first listed are the first in reading order: lines 2 to 1,001.
        Assert.Equal(Enumerable.Range(2, 1000).Select(l => (int?)l), data.Problems.Where(p => p.Kind == ReturnProblemKind.LowerCaseCode).Select(p => p.Location.Line));
        Assert.Equal(1500, data.Table("Episodes").Length);
    }

    [Fact]
    public void ABrokenCsvIsATypedErrorWithItsLine()
    {
        var e = Assert.Throws<ReturnFormatException>(() => TestData.Csv903(2025, ("eps.csv", TestData.EpisodesHeader + "\n1,\"01/05/2024,S\n")));
        Assert.Equal("eps.csv", e.Location.Source);
        Assert.Equal(2, e.Location.Line);
    }

    [Fact]
    public void CinFilesReadWithTheirModules()
    {
        var liia = new CinCensusReader(new CollectionYear(2022)).ReadFile(TestData.Fixture("cin_census/liia_tools_cin-2022.xml"));
        foreach (var table in new[] { "ChildIdentifiers", "ChildCharacteristics", "CINdetails", "Assessments", "CINplanDates", "Section47", "ChildProtectionPlans", "Reviews" })
        {
            Assert.NotEmpty(liia.Table(table));
        }
        var generated = new CinCensusReader(new CollectionYear(2022)).ReadFile(TestData.Fixture("cin_census/d2i_fake_CIN_data_first30children.xml"));
        Assert.Equal(30, generated.Table("ChildIdentifiers").Length);
        Assert.Equal("975", generated.LocalAuthority);
        Assert.All(generated.Accounts, a => Assert.Equal(a.RowsRead, a.RowsKept + a.RowsRejected));
    }

    [Fact]
    public void CinYearVersioningAndStrayText()
    {
        // The 2024 edge-case file has stray text after <UPNunknown>; flagged, not fatal.
        var edge = new CinCensusReader(new CollectionYear(2024)).ReadFile(TestData.Fixture("cin_census/d2i_CIN_Census_2024_edgecases.xml"));
        Assert.Contains(edge.Problems, p => p.Kind == ReturnProblemKind.StrayText && p.Message.Contains("PersonBirthDate", StringComparison.Ordinal));
        // The pre-proceedings block belongs to 2025/26 on: rejected (and accounted) in 2023/24, read in 2025/26.
        var path = TestData.Fixture("cin_census/d2i_CIN_Census_2026_preproceedings.xml");
        var old = new CinCensusReader(new CollectionYear(2024)).ReadFile(path);
        Assert.Empty(old.Table("PreProceedingsandFGDM"));
        Assert.True(old.Accounts.Single(a => a.Table == "PreProceedingsandFGDM").RowsRejected > 0);
        var current = new CinCensusReader(new CollectionYear(2026)).ReadFile(path);
        Assert.NotEmpty(current.Table("PreProceedingsandFGDM"));
        // GenderCurrent was dropped after 2023/24: flagged in a 2025/26 census.
        var gender = TestData.CinXml(2026, TestData.CinMessage("<Child><ChildIdentifiers><LAchildID>1</LAchildID><GenderCurrent>1</GenderCurrent></ChildIdentifiers></Child>"));
        Assert.Contains(gender.Problems, p => p.Kind == ReturnProblemKind.NotInCollectionYear && p.Field == "GenderCurrent");
    }

    [Fact]
    public void MalformedCinXmlIsATypedErrorWithItsLine()
    {
        var e = Assert.Throws<ReturnFormatException>(() => TestData.CinXml(2025, "<Message><Children><Child><ChildIdentifiers>\n<LAchildID>1</LAchildID>\n</Child></Children></Message>"));
        Assert.Equal(3, e.Location.Line);
        Assert.Equal("Message/Children/Child[1]", e.Location.XmlPath);
    }
}
