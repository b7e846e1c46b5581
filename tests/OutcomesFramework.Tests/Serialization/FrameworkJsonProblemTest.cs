using System;
using System.Linq;
using System.Text;
using OutcomesFramework.Frameworks;
using OutcomesFramework.Serialization;
using Xunit;
using static OutcomesFramework.Tests.Serialization.FrameworkJsonText;

namespace OutcomesFramework.Tests.Serialization;

/// <summary>One test per kind of problem the strict reader reports: each asserts the only problem's path and line.</summary>
public sealed class FrameworkJsonProblemTest
{
    [Fact]
    public void Read_UnknownProperty_ReportsItsPathAndLine()
    {
        var json = ReplaceOnce(Small, "\"weight\": 0.5", "\"weight\": 0.5,\n      \"colour\": \"red\"");

        var p = Single(json);

        Assert.Equal("$.indicators[1].colour", p.Path);
        Assert.Equal(LineOf(json, "\"colour\""), p.Line);
        Assert.Contains("Unknown property 'colour'", p.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_UnknownPropertyWithAwkwardName_UsesBracketPath()
    {
        var json = ReplaceOnce(Small, "\"formatVersion\": 1,", "\"formatVersion\": 1,\n  \"la name's\": 1,");

        var p = Single(json);

        Assert.Equal("$['la name\\'s']", p.Path);
        Assert.Equal(LineOf(json, "\"la name's\""), p.Line);
    }

    [Fact]
    public void Read_DuplicateKey_ReportsTheSecondOccurrence()
    {
        var json = ReplaceOnce(Small, "\"weight\": 0.5", "\"weight\": 0.5,\n      \"weight\": 2");

        var p = Single(json);

        Assert.Equal("$.indicators[1].weight", p.Path);
        Assert.Equal(LineOf(json, "\"weight\": 2"), p.Line);
        Assert.Contains("first on line " + LineOf(json, "\"weight\": 0.5"), p.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_DuplicateFilterKey_IsReportedToo()
    {
        var json = ReplaceOnce(Small, "{ \"age\": \"0-17\" }", "{ \"age\": \"0-17\", \"age\": \"0-18\" }");

        var p = Single(json);

        Assert.Equal("$.indicators[0].source.denominator.filters.age", p.Path);
        Assert.Equal(LineOf(json, "\"0-18\""), p.Line);
    }

    [Fact]
    public void Read_WrongType_ReportsExpectedAndFound()
    {
        var json = ReplaceOnce(Small, "\"decimalPlaces\": 0,", "\"decimalPlaces\": \"0\",");

        var p = Single(json);

        Assert.Equal("$.indicators[0].decimalPlaces", p.Path);
        Assert.Equal(LineOf(json, "\"decimalPlaces\": \"0\""), p.Line);
        Assert.Equal("Expected a number, found a string.", p.Message);
    }

    [Fact]
    public void Read_FractionWhereWholeNumberNeeded_IsReported()
    {
        var json = ReplaceOnce(Small, "\"decimalPlaces\": 0,", "\"decimalPlaces\": 0.5,");

        var p = Single(json);

        Assert.Equal("$.indicators[0].decimalPlaces", p.Path);
        Assert.Equal("Expected a whole number from 0 to 6, found 0.5.", p.Message);
    }

    [Fact]
    public void Read_Null_IsReportedEvenForOptionalProperties()
    {
        var json = ReplaceOnce(Small, "\"reference\": \"LAIT 124\",", "\"reference\": null,");

        var p = Single(json);

        Assert.Equal("$.indicators[0].reference", p.Path);
        Assert.Equal(LineOf(json, "\"reference\": null"), p.Line);
    }

    [Fact]
    public void Read_MissingRequiredProperty_ReportsItsPathAtTheObjectsLine()
    {
        var json = ReplaceOnce(Small, "      \"title\": \"Average Attainment 8 score\",\n", string.Empty);

        var p = Single(json);

        Assert.Equal("$.indicators[2].title", p.Path);
        Assert.Equal(LineOf(json, "\"id\": \"ks4-attainment8\"") - 1, p.Line); // the line of the indicator's '{'
        Assert.Equal("Required property 'title' is missing.", p.Message);
    }

    [Fact]
    public void Read_InvalidEnumValue_ListsTheAllowedNames()
    {
        var json = ReplaceOnce(Small, "\"polarity\": \"lowerIsBetter\"", "\"polarity\": \"LowerIsBetter\"");

        var p = Single(json);

        Assert.Equal("$.indicators[1].polarity", p.Path);
        Assert.Equal(LineOf(json, "\"LowerIsBetter\""), p.Line);
        Assert.Equal("Unknown value 'LowerIsBetter'; expected one of: higherIsBetter, lowerIsBetter, none.", p.Message);
    }

    [Fact]
    public void Read_IndicatorNamingUnknownOutcome_IsReportedAtTheReference()
    {
        var json = ReplaceOnce(Small, "\"outcome\": \"EA\",", "\"outcome\": \"XX\",");

        var p = Single(json);

        Assert.Equal("$.indicators[2].outcome", p.Path);
        Assert.Equal(LineOf(json, "\"outcome\": \"XX\""), p.Line);
        Assert.Contains("unknown outcome 'XX'", p.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_IndicatorNamingAnAimOfAnotherOutcome_IsReportedAtTheAim()
    {
        var json = ReplaceOnce(Small, "\"aims\": [\"SS1\", \"SS5\"],", "\"aims\": [\"SS1\", \"EA5\"],");

        var p = Single(json);

        Assert.Equal("$.indicators[1].aims[1]", p.Path);
        Assert.Equal(LineOf(json, "\"aims\": [\"SS1\", \"EA5\"]"), p.Line);
        Assert.Contains("aim 'EA5', which outcome 'SS' does not have", p.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_NegativeWeight_IsReported()
    {
        var json = ReplaceOnce(Small, "\"weight\": 0.5", "\"weight\": -0.5");

        var p = Single(json);

        Assert.Equal("$.indicators[1].weight", p.Path);
        Assert.Equal(LineOf(json, "\"weight\": -0.5"), p.Line);
        Assert.Equal("Expected a weight of 0 or more, found -0.5.", p.Message);
    }

    [Fact]
    public void Read_NumberTooLargeForADouble_IsReported()
    {
        var json = ReplaceOnce(Small, "\"weight\": 0.5", "\"weight\": 1e400");

        var p = Single(json);

        Assert.Equal("$.indicators[1].weight", p.Path);
        Assert.Contains("too large", p.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\"id\": \"sw-caseload\"", "\"id\": \"  \"", "$.indicators[1].id", "An id must not be blank.")]
    [InlineData("\"id\": \"test-small\"", "\"id\": \"\"", "$.id", "An id must not be blank.")]
    [InlineData("{ \"id\": \"EA5\",", "{ \"id\": \"\",", "$.outcomes[2].aims[0].id", "An id must not be blank.")]
    public void Read_BlankId_IsReported(string old, string replacement, string path, string message)
    {
        // For the aim, the indicator naming EA5 must not be reported as dangling on top: the aim's id is unreadable.
        var json = ReplaceOnce(Small, old, replacement);

        var p = Single(json);

        Assert.Equal(path, p.Path);
        Assert.Equal(LineOf(json, replacement), p.Line);
        Assert.Equal(message, p.Message);
    }

    [Fact]
    public void Read_MalformedId_IsReported()
    {
        var json = ReplaceOnce(Small, "\"id\": \"sw-caseload\"", "\"id\": \"sw caseload\"");

        var p = Single(json);

        Assert.Equal("$.indicators[1].id", p.Path);
        Assert.StartsWith("'sw caseload' is not a valid id", p.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_SnapshotOnANonSnapshotPeriod_IsReported()
    {
        var json = ReplaceOnce(Small, "\"period\": \"academicYear\",", "\"period\": \"academicYear\",\n      \"snapshot\": { \"month\": 6, \"day\": 30 },");

        var p = Single(json);

        Assert.Equal("$.indicators[2].snapshot", p.Path);
        Assert.Equal(LineOf(json, "\"month\": 6"), p.Line);
        Assert.Contains("only allowed when the period is 'snapshot'", p.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_SnapshotPeriodWithoutSnapshot_IsReportedAtTheIndicator()
    {
        var json = ReplaceOnce(Small, "      \"snapshot\": { \"month\": 9, \"day\": 30 },\n", string.Empty);

        var p = Single(json);

        Assert.Equal("$.indicators[1].snapshot", p.Path);
        Assert.Equal(LineOf(json, "\"id\": \"sw-caseload\"") - 1, p.Line);
    }

    [Fact]
    public void Read_SnapshotDayNotInItsMonth_IsReportedAtTheDay()
    {
        // 31 September passes the 1–31 check of a day, not the check of a day in September.
        var json = ReplaceOnce(Small, "\"snapshot\": { \"month\": 9, \"day\": 30 }", "\"snapshot\": { \"month\": 9, \"day\": 31 }");

        var p = Single(json);

        Assert.Equal("$.indicators[1].snapshot.day", p.Path);
        Assert.Equal(LineOf(json, "\"day\": 31"), p.Line);
        Assert.Equal("Month 9 of a snapshot date has days 1 to 30.", p.Message);
    }

    [Fact]
    public void Read_ContextMeasureWithPolarity_IsReportedAtPolarity()
    {
        var json = ReplaceOnce(Small, "\"polarity\": \"none\",", "\"polarity\": \"higherIsBetter\",");

        var p = Single(json);

        Assert.Equal("$.indicators[0].polarity", p.Path);
        Assert.Equal(LineOf(json, "\"measure\": \"rate\",") + 1, p.Line);
        Assert.Equal("Indicator 'cla-rate' is a context measure, so it has no polarity.", p.Message);
    }

    [Fact]
    public void Read_SourceWithNeitherValueNorNumerator_IsReportedAtValueColumn()
    {
        var json = ReplaceOnce(Small, "        \"valueColumn\": \"rate_per_10000\",\n        \"numeratorColumn\": \"number\",\n", string.Empty);

        var p = Single(json);

        Assert.Equal("$.indicators[0].source.valueColumn", p.Path);
        Assert.Equal(LineOf(json, "\"source\": {"), p.Line); // absent: the line of the source object
        Assert.Equal("A source needs a value column or a numerator column.", p.Message);
    }

    [Fact]
    public void Read_ScoredIndicatorWithoutPolarity_IsReportedAtPolarity()
    {
        var json = ReplaceOnce(Small, "\"polarity\": \"higherIsBetter\",", "\"polarity\": \"none\",");

        var p = Single(json);

        Assert.Equal("$.indicators[2].polarity", p.Path);
        Assert.Equal(LineOf(json, "\"measure\": \"score\",") + 1, p.Line);
        Assert.StartsWith("Indicator 'ks4-attainment8' is scored into an outcome, so it needs a polarity", p.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_DerivedValueWithoutDenominator_IsReportedAtDenominatorColumn()
    {
        var json = ReplaceOnce(Small, "        \"valueColumn\": \"rate_per_10000\",\n", string.Empty);
        json = ReplaceOnce(json, ",\n        \"denominator\": { \"file\": \"ons_mid_year_estimates.csv\", \"filters\": { \"age\": \"0-17\" }, \"column\": \"population_estimate\", \"yearOffset\": -1 }", string.Empty);

        var p = Single(json);

        Assert.Equal("$.indicators[0].source.denominatorColumn", p.Path);
        Assert.Equal(LineOf(json, "\"source\": {"), p.Line);
        Assert.Equal("A derived value (no value column) needs a denominator column or a denominator source.", p.Message);
    }

    [Fact]
    public void Read_DenominatorColumnAndDenominatorSource_IsReportedAtDenominator()
    {
        var json = ReplaceOnce(Small, "\"numeratorColumn\": \"number\",", "\"numeratorColumn\": \"number\",\n        \"denominatorColumn\": \"population\",");

        var p = Single(json);

        Assert.Equal("$.indicators[0].source.denominator", p.Path);
        Assert.Equal(LineOf(json, "\"denominator\": {"), p.Line);
        Assert.Equal("Give a denominator column or a denominator source, not both.", p.Message);
    }

    [Fact]
    public void Read_FilterColumnsEqualOnceTrimmed_AreReportedAtTheSecond()
    {
        var json = ReplaceOnce(Small, "{ \"age\": \"0-17\" }", "{ \"age\": \"0-17\",\n \"age \": \"0-18\" }");

        var p = Single(json);

        Assert.Equal("$.indicators[0].source.denominator.filters['age ']", p.Path);
        Assert.Equal(LineOf(json, "\"0-18\""), p.Line);
    }

    [Fact]
    public void Read_EmptyAimLists_AreReported()
    {
        var json = ReplaceOnce(Small, "\"aims\": [\"EA5\"],", "\"aims\": [],");
        json = ReplaceOnce(json, "\"aims\": [\n        { \"id\": \"PC2\", \"text\": \"Engage in law-abiding and positive behaviour in and out of school\" }\n      ]", "\"aims\": []");

        var ex = Assert.Throws<FrameworkValidationException>(() => FrameworkJson.Read(json));

        Assert.Equal(
            new[]
            {
                ("$.outcomes[3].aims", LineOf(json, "\"aims\": []\n"), "An outcome needs at least one aim."),
                ("$.indicators[2].aims", LineOf(json, "\"aims\": [],"), "An indicator evidences at least one aim."),
            },
            ex.Problems.Select(p => (p.Path, p.Line!.Value, p.Message)));
    }

    [Fact]
    public void Read_SeveralRulesBrokenInOneIndicator_AreAllReported()
    {
        // The Indicator constructor would stop at the first; the reader reports each.
        var json = ReplaceOnce(Small, "\"polarity\": \"lowerIsBetter\",", "\"polarity\": \"lowerIsBetter\",\n      \"quartileBanding\": 1,");
        json = ReplaceOnce(json, "\"role\": \"enabler\",", "\"role\": \"context\",");
        json = ReplaceOnce(json, "\"snapshot\": { \"month\": 9, \"day\": 30 }", "\"snapshot\": { \"month\": 2, \"day\": 29 }");
        json = ReplaceOnce(json, "\"weight\": 0.5", "\"weight\": -2");

        var ex = Assert.Throws<FrameworkValidationException>(() => FrameworkJson.Read(json));

        Assert.Equal(
            new[]
            {
                ("$.indicators[1].polarity", LineOf(json, "\"polarity\": \"lowerIsBetter\"")),
                ("$.indicators[1].quartileBanding", LineOf(json, "\"quartileBanding\": 1")),
                ("$.indicators[1].snapshot.day", LineOf(json, "\"day\": 29")),
                ("$.indicators[1].weight", LineOf(json, "\"weight\": -2")),
            },
            ex.Problems.Select(p => (p.Path, p.Line!.Value)).OrderBy(x => x.Item2).ThenBy(x => x.Path, StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("\"formatVersion\": 2,", "Unsupported formatVersion 2; this library reads framework format version 1.")]
    [InlineData("\"formatVersion\": 0,", "Unsupported formatVersion 0; this library reads framework format version 1.")]
    public void Read_UnsupportedFormatVersion_IsReported(string replacement, string message)
    {
        var json = ReplaceOnce(Small, "\"formatVersion\": 1,", replacement);

        var p = Single(json);

        Assert.Equal("$.formatVersion", p.Path);
        Assert.Equal(3, p.Line);
        Assert.Equal(message, p.Message);
    }

    [Fact]
    public void Read_TrailingGarbage_IsReportedAtItsLine()
    {
        var json = Small + "\n\n]";

        var p = Single(json);

        Assert.Equal("$", p.Path);
        Assert.Equal(Small.Count(c => c == '\n') + 3, p.Line);
        Assert.StartsWith("Not valid JSON:", p.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_InvalidJson_IsReportedWithThePathBeingReadAndTheLine()
    {
        var json = ReplaceOnce(Small, "\"unit\": \"points\",", "\"unit\": \"points\"");

        var p = Single(json);

        Assert.Equal("$.indicators[2]", p.Path);
        Assert.Equal(LineOf(json, "\"decimalPlaces\": 1,\n      \"period\": \"academicYear\""), p.Line); // the next property, where a ',' was expected
        Assert.StartsWith("Not valid JSON:", p.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n ")]
    public void Read_EmptyText_IsReportedAsInvalidJson(string json)
    {
        var p = Single(json);

        Assert.Equal("$", p.Path);
        Assert.StartsWith("Not valid JSON:", p.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_CommentsAndTrailingCommas_AreInvalidJson()
    {
        Assert.StartsWith("Not valid JSON:", Single(ReplaceOnce(Small, "\"formatVersion\": 1,", "// v1\n  \"formatVersion\": 1,")).Message, StringComparison.Ordinal);
        Assert.StartsWith("Not valid JSON:", Single(ReplaceOnce(Small, "\"quartileBanding\": false\n", "\"quartileBanding\": false,\n")).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_RootNotAnObject_IsReported()
    {
        var p = Single("[1, 2]");

        Assert.Equal("$", p.Path);
        Assert.Equal("Expected an object, found an array.", p.Message);
    }

    [Fact]
    public void Read_InvalidUtf8InAString_IsReportedNotThrown()
    {
        var bytes = Encoding.UTF8.GetBytes(ReplaceOnce(Small, "\"Small test framework\"", "\"Small test framework?\""));
        var at = Encoding.UTF8.GetString(bytes).IndexOf("framework?", StringComparison.Ordinal) + "framework".Length;
        bytes[at] = 0xFF; // never valid in UTF-8

        var ex = Assert.Throws<FrameworkValidationException>(() => FrameworkJson.Read(bytes));

        var p = Assert.Single(ex.Problems);
        Assert.Equal(5, p.Line);
    }

    [Fact]
    public void Read_UnpairedSurrogateEscape_IsReported()
    {
        var json = ReplaceOnce(Small, "\"Small test framework\"", "\"Small \\ud800 framework\"");

        var p = Single(json);

        Assert.Equal("$.name", p.Path);
        Assert.Equal(5, p.Line);
    }

    [Fact]
    public void Read_DuplicateIndicatorId_IsReportedAtTheSecond()
    {
        var json = ReplaceOnce(Small, "\"id\": \"ks4-attainment8\"", "\"id\": \"cla-rate\"");

        var p = Single(json);

        Assert.Equal("$.indicators[2].id", p.Path);
        Assert.Equal(LineOf(json, "\"title\": \"Average Attainment 8 score\"") - 1, p.Line);
        Assert.Contains("is used twice (first on line " + (LineOf(json, "\"title\": \"Children looked after per") - 1) + ").", p.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_DuplicateAimIdInAnOutcome_IsReportedAtTheSecond()
    {
        var json = ReplaceOnce(Small, "{ \"id\": \"BH6\",", "{ \"id\": \"BH1\",");

        var p = Single(json);

        Assert.Equal("$.outcomes[0].aims[1].id", p.Path);
        Assert.Equal(LineOf(json, "\"text\": \"Parents, carers and families promote healthy choices\""), p.Line);
        Assert.Contains("first on line " + LineOf(json, "\"text\": \"Physically healthy\""), p.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_OutcomesOutOfStatutoryOrder_IsReportedAtOutcomes()
    {
        var json = ReplaceOnce(Small, "\"id\": \"PC\",", "\"id\": \"EW\",");
        json = ReplaceOnce(json, "\"id\": \"EW\",\n      \"name\": \"Achieve", "\"id\": \"PC\",\n      \"name\": \"Achieve");

        var p = Single(json);

        Assert.Equal("$.outcomes", p.Path);
        Assert.Equal(LineOf(json, "\"outcomes\""), p.Line);
        Assert.EndsWith("found [BH, SS, EA, EW, PC].", p.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_NonStatutoryOutcomeId_IsReportedAtTheIdAndAtOutcomes()
    {
        var json = ReplaceOnce(Small, "\"id\": \"PC\",", "\"id\": \"XX\",");

        var ex = Assert.Throws<FrameworkValidationException>(() => FrameworkJson.Read(json));

        Assert.Equal(
            new[] { ("$.outcomes", LineOf(json, "\"outcomes\"")), ("$.outcomes[3].id", LineOf(json, "\"id\": \"XX\"")) },
            ex.Problems.Select(p => (p.Path, p.Line!.Value)));
    }

    [Fact]
    public void Read_SeveralProblems_ReportsAllInDocumentOrderInOneException()
    {
        var json = Small;
        json = ReplaceOnce(json, "\"formatVersion\": 1,", "\"formatVersion\": 3,");                               // unsupported version
        json = ReplaceOnce(json, "\"id\": \"SS1\", \"text\": \"Safe from", "\"id\": \"SS1\", \"text\": \" \", \"x\": \"Safe from"); // blank text + unknown property
        json = ReplaceOnce(json, "\"outcome\": \"EA\",", "\"outcome\": \"XX\",");                                  // dangling outcome
        json = ReplaceOnce(json, "\"weight\": 0.5", "\"weight\": -1,\n      \"weight\": 1");                      // negative weight + duplicate key
        json = ReplaceOnce(json, "\"measure\": \"rate\",", "\"measure\": 7,");                                     // wrong type
        json = ReplaceOnce(json, "\"period\": \"academicYear\",", "\"period\": \"schoolYear\",");                  // invalid enum

        var ex = Assert.Throws<FrameworkValidationException>(() => FrameworkJson.Read(json, "several.json"));

        var expected = new[]
        {
            ("$.formatVersion", LineOf(json, "\"formatVersion\": 3")),
            ("$.outcomes[1].aims[0].x", LineOf(json, "\"x\": \"Safe from")),
            ("$.outcomes[1].aims[0].text", LineOf(json, "\"x\": \"Safe from")),
            ("$.indicators[0].measure", LineOf(json, "\"measure\": 7")),
            ("$.indicators[1].weight", LineOf(json, "\"weight\": 1\n")),
            ("$.indicators[1].weight", LineOf(json, "\"weight\": -1")),
            ("$.indicators[2].outcome", LineOf(json, "\"outcome\": \"XX\"")),
            ("$.indicators[2].period", LineOf(json, "\"schoolYear\"")),
        }.OrderBy(x => x.Item2).ToArray();
        Assert.Equal(expected.Select(x => x.Item2), ex.Problems.Select(p => p.Line!.Value));
        Assert.Equal(expected.Select(x => x.Item1).OrderBy(x => x, StringComparer.Ordinal), ex.Problems.Select(p => p.Path).OrderBy(x => x, StringComparer.Ordinal));
        Assert.Equal("several.json", ex.SourceName);
        Assert.StartsWith("several.json has 8 problems:\n", ex.Message, StringComparison.Ordinal);
    }

    private static DocumentProblem Single(string json)
    {
        var ex = Assert.Throws<FrameworkValidationException>(() => FrameworkJson.Read(json, "test.json"));
        Assert.Equal("test.json", ex.SourceName);
        return Assert.Single(ex.Problems);
    }
}
