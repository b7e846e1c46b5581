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
        Assert.Contains(data.Problems, p => p.Kind == ReturnProblemKind.WrongFieldCount && p.Location.Line == 3 && p.ChildId == "124" && p.RejectsRecord);
        Assert.Contains(data.Problems, p => p.Kind == ReturnProblemKind.InvalidDate && p.Field == "DECOM" && p.ChildId == "125");
        Assert.Equal(2, data.Problems.Count(p => p.Kind == ReturnProblemKind.BlankFile));
        Assert.Contains(data.Problems, p => p.Kind == ReturnProblemKind.UnknownTable && p.Location.Source == "nonsense.csv");
        Assert.All(data.Accounts, a => Assert.Equal(a.RowsRead, a.RowsKept + a.RowsRejected));
        Assert.Equal(1, data.Accounts.Single(a => a.Source == "nonsense.csv").RowsRejected);
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
