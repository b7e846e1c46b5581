using System.Globalization;
using System.Linq;
using System.Text;
using NodaTime;
using OutcomesFramework.Returns.Cin;
using Xunit;

namespace OutcomesFramework.Returns.Tests.Performance;

/// <summary>
/// The CIN reader parses on a second thread, a batch of 32 elements at a time, and records keep their values and
/// dates in shared slabs of 16,384 values and 32,768 dates: these read censuses that cross many batch and slab
/// boundaries and check every record, and a parse error far into the file, against values worked out by hand.
/// </summary>
public sealed class ReadAheadAndSlabsTest
{
    /// <summary>Child i (from 1): LAchildID "K{i}", one CINdetails referred on 1 April 2024 plus i days (mod 365).</summary>
    private static string Census(int children, int? brokenChild = null)
    {
        var sb = new StringBuilder("<Message><Header><Source><LEA>999</LEA></Source></Header><Children>\n");
        for (var i = 1; i <= children; i++)
        {
            var referral = new LocalDate(2024, 4, 1).PlusDays(i % 365).ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);
            sb.Append("<Child><ChildIdentifiers><LAchildID>K").Append(i).Append("</LAchildID></ChildIdentifiers>")
              .Append("<CINdetails><CINreferralDate>").Append(referral).Append("</CINreferralDate><ReferralSource>1A</ReferralSource></CINdetails>")
              .Append(i == brokenChild ? "<Broken></Child>\n" : "</Child>\n");
        }
        return sb.Append("</Children></Message>").ToString();
    }

    [Fact]
    public void EveryRecordAcrossBatchesAndSlabsHasItsOwnValuesDatesAndPlace()
    {
        // 5,000 children: 157 batches of 32; CINdetails has 9 fields, so 45,000 values (3 slabs) in that table alone.
        const int Children = 5_000;
        var data = TestData.CinXml(2025, Census(Children));
        Assert.Equal("999", data.LocalAuthority);
        var details = data.Table("CINdetails");
        Assert.Equal(Children, details.Length);
        Assert.Equal(Children, data.Table("ChildIdentifiers").Length);
        for (var i = 1; i <= Children; i++)
        {
            var r = details[i - 1];
            Assert.Equal("K" + i.ToString(CultureInfo.InvariantCulture), r.ChildId);
            Assert.Equal(new LocalDate(2024, 4, 1).PlusDays(i % 365), r.GetDate("CINreferralDate"));
            Assert.Null(r.GetDate("CINclosureDate"));
            Assert.Equal("1A", r["ReferralSource"]);
            Assert.Equal("1", r["CINdetailsID"]);
            // One child a line after the header's line 1.
            Assert.Equal(i + 1, r.Location.Line);
            Assert.Equal("Message/Children/Child[" + i.ToString(CultureInfo.InvariantCulture) + "]/CINdetails[1]", r.Location.XmlPath);
        }
        Assert.Empty(data.Problems);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(32)]
    [InlineData(33)]
    [InlineData(1_000)]
    public void MalformedXmlFarIntoTheFileNamesTheChildItIsIn(int broken)
    {
        var e = Assert.Throws<ReturnFormatException>(() => TestData.CinXml(2025, Census(1_200, broken)));
        // Child i is on line i + 1; the unclosed <Broken> is found at the child's end tag, on the same line.
        Assert.Equal(broken + 1, e.Location.Line);
        Assert.Equal("Message/Children/Child[" + broken.ToString(CultureInfo.InvariantCulture) + "]", e.Location.XmlPath);
        Assert.StartsWith("not well-formed XML: ", e.Detail, System.StringComparison.Ordinal);
    }

    [Fact]
    public void ReadingIsTheSameEveryTime()
    {
        // Parsing runs on another thread with its own timing: repeated reads give the same records, in the same order.
        var xml = SyntheticReturnsCin();
        string Dump() => string.Join("\n", new CinCensusReader(new CollectionYear(2025)).Read("s.xml", new System.IO.StringReader(xml)).Tables
            .SelectMany(t => t.Value.Select(r => t.Key + "|" + r.Row + "|" + r.Location + "|" + string.Join("|", r.Fields.Select(f => r[f])))));
        var first = Dump();
        Assert.Equal(first, Dump());
        Assert.Equal(first, Dump());
    }

    private static string SyntheticReturnsCin() => Synthetic.SyntheticReturns.CinXml(7, 2_000, 2_400, 2025);
}
