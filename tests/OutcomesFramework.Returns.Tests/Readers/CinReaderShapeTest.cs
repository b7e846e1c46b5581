using System.Linq;
using Xunit;

namespace OutcomesFramework.Returns.Tests.Readers;

/// <summary>
/// The CIN census reader reads each child straight from the XML reader (no XElement tree): these pin what the tree
/// gave for free and the flat reading must keep, with the expected values worked out from the XML by hand.
/// </summary>
public sealed class CinReaderShapeTest
{
    [Fact]
    public void StrayTextIsReportedElementByElementInDocumentOrder()
    {
        // Child's own stray text ("a" before, "d" after its modules) comes before the stray text inside its modules
        // ("b", then "c"), each with the line it starts on; leaves' text is their value, not stray.
        var data = TestData.CinXml(2025, "<Message><Children><Child>a\n<ChildCharacteristics>b<Ethnicity>WBRI</Ethnicity>\nc</ChildCharacteristics>\nd<ChildIdentifiers><LAchildID>7</LAchildID></ChildIdentifiers></Child></Children></Message>");
        var stray = data.Problems.Where(p => p.Kind == ReturnProblemKind.StrayText).ToList();
        Assert.Equal(new[] { "a", "d", "b", "c" }, stray.Select(p => p.Message.Split('\'')[1]));
        Assert.Equal(new int?[] { 1, 3, 2, 2 }, stray.Select(p => p.Location.Line));
        Assert.All(stray, p => Assert.Equal("Message/Children/Child[1]", p.Location.XmlPath));
        // The identifier is known before the module that carries it is read: every problem of the child names it.
        Assert.All(stray, p => Assert.Equal("7", p.ChildId));
        Assert.Equal("WBRI", data.Table("ChildCharacteristics").Single()["Ethnicity"]);
    }

    [Fact]
    public void PathsAreNumberedPerParentAndComposedOnDemand()
    {
        var data = TestData.CinXml(2025, TestData.CinMessage(
            "<Child><ChildIdentifiers><LAchildID>1</LAchildID></ChildIdentifiers></Child>",
            "<Child><ChildIdentifiers><LAchildID>2</LAchildID><Nested><X>1</X></Nested></ChildIdentifiers>"
            + "<CINdetails><CINreferralDate>2024-05-01</CINreferralDate><Assessments/><Assessments/></CINdetails>"
            + "<CINdetails><CINreferralDate>2024-06-01</CINreferralDate><ChildProtectionPlans><Reviews><CPPreviewDate>2024-07-01</CPPreviewDate><CPPreviewDate>2024-08-01</CPPreviewDate></Reviews></ChildProtectionPlans></CINdetails></Child>"));
        Assert.Equal(
            new[] { "Message/Children/Child[2]/CINdetails[1]/Assessments[1]", "Message/Children/Child[2]/CINdetails[1]/Assessments[2]" },
            data.Table("Assessments").Select(r => r.Location.XmlPath));
        Assert.Equal(new[] { "1.1", "1.2" }, data.Table("Assessments").Select(r => r["AssessmentID"]));
        Assert.Equal(
            new[] { "Message/Children/Child[2]/CINdetails[2]/ChildProtectionPlans[1]/Reviews[1]/CPPreviewDate[1]", "Message/Children/Child[2]/CINdetails[2]/ChildProtectionPlans[1]/Reviews[1]/CPPreviewDate[2]" },
            data.Table("Reviews").Select(r => r.Location.XmlPath));
        Assert.Equal(new[] { "2.1", "2.1" }, data.Table("Reviews").Select(r => r["CPPID"]));
        // A leaf holding elements is flagged at its name, without a number (the module's leaves are not numbered).
        var nested = data.Problems.Single(p => p.Field == "Nested");
        Assert.Equal("Message/Children/Child[2]/ChildIdentifiers[1]/Nested", nested.Location.XmlPath);
        Assert.Equal("test.xml:1 (Message/Children/Child[2]/ChildIdentifiers[1]/Nested)", nested.Location.ToString());
    }

    [Fact]
    public void EmptyTagsAndEmptyElementsDifferForAssessmentFactors()
    {
        // <AssessmentFactors/> has no value and is left out; <AssessmentFactors></AssessmentFactors> is a blank kept
        // in its place; factors nested deeper still count; each is trimmed.
        var data = TestData.CinXml(2025, TestData.CinMessage(
            "<Child><ChildIdentifiers><LAchildID>1</LAchildID></ChildIdentifiers><CINdetails><Assessments><FactorsIdentifiedAtAssessment>"
            + "<AssessmentFactors> 1B </AssessmentFactors><AssessmentFactors/><AssessmentFactors></AssessmentFactors><Group><AssessmentFactors>21</AssessmentFactors></Group>"
            + "</FactorsIdentifiedAtAssessment></Assessments></CINdetails></Child>"));
        Assert.Equal("1B,,21", data.Table("Assessments").Single()["AssessmentFactors"]);
    }
}
