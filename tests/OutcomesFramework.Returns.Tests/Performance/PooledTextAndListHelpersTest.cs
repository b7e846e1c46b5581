using System;
using System.Linq;
using OutcomesFramework.Returns.Validation;
using Xunit;

namespace OutcomesFramework.Returns.Tests.Performance;

/// <summary>
/// The CIN reader reads code, boolean and date text through a pool (in chunks, no string per element), and the
/// assessment factor rules test their comma-separated lists without splitting them: each must say exactly what the
/// plain way (<c>XmlReader.Value</c>, <c>string.Split</c>) says.
/// </summary>
public sealed class PooledTextAndListHelpersTest
{
    [Fact]
    public void ListHelpersAgreeWithSplitOnEveryShortList()
    {
        // Every list of up to four items over a small alphabet, blanks included: duplicates, "21" alone, among others, as a prefix.
        var items = new[] { string.Empty, "21", "2", "1", "21A", "3B" };
        var lists = items.Select(i => new[] { i }).ToList();
        for (var length = 2; length <= 4; length++)
        {
            lists = lists.Concat(lists.Where(l => l.Length == length - 1).SelectMany(l => items.Select(i => l.Append(i).ToArray()))).ToList();
        }
        Assert.True(lists.Count > 1000);
        foreach (var parts in lists)
        {
            var list = string.Join(",", parts);
            var split = list.Split(',');
            Assert.Equal(split.Length > 1 && split.Contains("21"), RuleHelpers.ListOfSeveralHas(list, "21"));
            Assert.Equal(split.Distinct(StringComparer.Ordinal).Count() < split.Length, RuleHelpers.ListHasDuplicate(list));
        }
    }

    [Fact]
    public void PooledTextReadsLikeTheReadersValue()
    {
        var longCode = new string('X', 150);
        var xml = TestData.CinMessage(
            "<Child><ChildIdentifiers><LAchildID>A1</LAchildID><PersonBirthDate>2015-01-02</PersonBirthDate><Sex>M</Sex></ChildIdentifiers>"
            + "<CINdetails><CINreferralDate>2024-05-01</CINreferralDate><ReferralSource>" + longCode + "</ReferralSource>"
            + "<PrimaryNeedCode>N&amp;1</PrimaryNeedCode><ReasonForClosure>R<!-- split -->C1</ReasonForClosure><ReferralNFA>false</ReferralNFA>"
            + "<Assessments><AssessmentActualStartDate>2024-05-01</AssessmentActualStartDate><FactorsIdentifiedAtAssessment>"
            + "<AssessmentFactors>3B</AssessmentFactors><AssessmentFactors>" + new string('F', 64) + "</AssessmentFactors></FactorsIdentifiedAtAssessment></Assessments></CINdetails></Child>",
            "<Child><ChildIdentifiers><LAchildID>A2</LAchildID><PersonBirthDate>2015-01-02</PersonBirthDate><Sex>M</Sex></ChildIdentifiers>"
            + "<CINdetails><CINreferralDate>2024-05-01</CINreferralDate><ReferralSource>" + longCode + "</ReferralSource><PrimaryNeedCode>N1</PrimaryNeedCode></CINdetails></Child>");
        var data = TestData.CinXml(2025, xml);
        var details = data.Table("CINdetails");
        Assert.Equal(longCode, details[0]["ReferralSource"]);
        Assert.Equal(longCode, details[1]["ReferralSource"]);
        Assert.Equal("N&1", details[0]["PrimaryNeedCode"]);
        Assert.Equal("RC1", details[0]["ReasonForClosure"]);
        Assert.Equal("FALSE", details[0]["ReferralNFA"]);
        Assert.Equal("3B," + new string('F', 64), data.Table("Assessments")[0]["AssessmentFactors"]);
        Assert.Equal("2024-05-01", details[1]["CINreferralDate"]);
        // Repeated codes and dates are one instance each (pooled), as before.
        Assert.Same(details[0]["CINreferralDate"], details[1]["CINreferralDate"]);
        Assert.Same(data.Table("ChildIdentifiers")[0]["Sex"], data.Table("ChildIdentifiers")[1]["Sex"]);
    }
}
