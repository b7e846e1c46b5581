using System;
using System.Collections.Generic;
using System.Linq;
using OutcomesFramework.Serialization;
using Xunit;

namespace OutcomesFramework.Tests.Serialization;

/// <summary>The reusable strict-reading machinery, exercised on a made-up format as another definition format would use it.</summary>
public sealed class StrictJsonTest
{
    internal enum Severity
    {
        Amber,
        Red,
    }

    [Fact]
    public void Parse_CrLfAndLf_GiveTheSameLines()
    {
        const string Lf = "{\n  \"a\": 1,\n\n  \"b\": [\n    true\n  ]\n}";
        var lf = new ProblemCollector();
        var crlf = new ProblemCollector();

        var a = StrictJson.Parse(Lf, lf)!;
        var b = StrictJson.Parse(Lf.Replace("\n", "\r\n"), crlf)!;

        // Hand count: "a" is on line 2, "b" on line 4, true on line 5.
        Assert.Equal(new long[] { 2, 4 }, a.Properties.Select(p => p.Line));
        Assert.Equal(5, a.FindProperty("b")!.Value.Items[0].Line);
        Assert.Equal(a.Properties.Select(p => p.Line), b.Properties.Select(p => p.Line));
        Assert.Equal(5, b.FindProperty("b")!.Value.Items[0].Line);
        Assert.Equal("$.b[0]", b.FindProperty("b")!.Value.Items[0].Path);
    }

    [Fact]
    public void Parse_KeyGivenThreeTimes_ReportsTheSecondAndThirdAndKeepsTheFirst()
    {
        var problems = new ProblemCollector();

        var root = StrictJson.Parse("{\"k\": 1,\n\"k\": 2,\n\"k\": 3}", problems)!;

        Assert.Equal("1", root.FindProperty("k")!.Value.Text);
        Assert.Equal(new long[] { 2, 3 }, problems.InDocumentOrder().Select(p => p.Line!.Value));
        Assert.All(problems.InDocumentOrder(), p => Assert.Equal("$.k", p.Path));
    }

    [Fact]
    public void Parse_NestingDeeperThanTheLimit_IsAProblemNotAnException()
    {
        var problems = new ProblemCollector();
        var json = new string('[', StrictJson.MaxDepth + 1) + new string(']', StrictJson.MaxDepth + 1);

        Assert.Null(StrictJson.Parse(json, problems));
        Assert.Equal(1, problems.Count);
    }

    [Theory]
    [InlineData("name", "$.name")]
    [InlineData("$schema", "$.$schema")]
    [InlineData("snake_case9", "$.snake_case9")]
    [InlineData("9lives", "$['9lives']")]
    [InlineData("a.b", "$['a.b']")]
    [InlineData("it's", "$['it\\'s']")]
    [InlineData("back\\slash", "$['back\\\\slash']")]
    [InlineData("", "$['']")]
    [InlineData("la name", "$['la name']")]
    public void Property_AnyName_GivesAnUnambiguousPath(string name, string expected) =>
        Assert.Equal(expected, JsonPath.Property("$", name));

    [Theory]
    [InlineData("1e2")]
    [InlineData("1.0")]
    [InlineData("2147483648")]
    [InlineData("-2147483649")]
    [InlineData("99999999999999999999999")]
    public void AsInt32_NotAWholeInt32_IsReported(string number)
    {
        var problems = new ProblemCollector();
        var node = StrictJson.Parse(number, problems)!;

        Assert.Null(StrictJsonValue.AsInt32(node, problems));
        Assert.Equal(1, problems.Count);
    }

    [Fact]
    public void Open_UndeclaredPropertyAskedFor_IsAProgrammingError()
    {
        var problems = new ProblemCollector();
        var o = StrictJsonObject.Open(StrictJson.Parse("{\"a\": 1}", problems), problems, "a")!;

        Assert.Throws<InvalidOperationException>(() => o.Optional("b"));
    }

    [Fact]
    public void Construct_ArgumentExceptionFromAConstructor_BecomesAProblemAtThePropertyOfThatParameter()
    {
        const string Json = "{\n  \"id\": \"r1\",\n  \"limits\": {\n    \"low\": 5,\n    \"high\": 1\n  }\n}";
        var problems = new ProblemCollector();
        var rule = StrictJsonObject.Open(StrictJson.Parse(Json, problems), problems, "id", "limits")!;

        var built = rule.Construct<object>(() => throw new ArgumentOutOfRangeException("upper", 1, "High must not be below low."), ("upper", "limits.high"));
        var unmapped = rule.Construct<object>(() => throw new ArgumentException("Something about the rule.", "notAProperty"));

        Assert.Null(built);
        Assert.Null(unmapped);
        var reported = problems.InDocumentOrder();
        Assert.Equal(("$", 1L, "Something about the rule."), (reported[0].Path, reported[0].Line, reported[0].Message));
        Assert.Equal(("$.limits.high", 5L), (reported[1].Path, reported[1].Line));
        Assert.Equal("High must not be below low. Actual value was 1.", reported[1].Message);
    }

    [Fact]
    public void ObjectReader_MadeUpRuleFormat_ReportsEveryProblemOnce()
    {
        // How an assurance rule set (say) would bind with the machinery: declare, read, check, construct.
        const string Json = "{\n  \"rules\": [\n    { \"id\": \"r1\", \"threshold\": \"high\", \"severity\": \"red\" },\n    { \"id\": \"\", \"extra\": true }\n  ]\n}";
        var problems = new ProblemCollector();
        var severities = new JsonEnumNames<Severity>((Severity.Amber, "amber"), (Severity.Red, "red"));
        var doc = StrictJsonObject.Open(StrictJson.Parse(Json, problems), problems, "rules")!;

        var rules = new List<string>();
        foreach (var node in doc.RequiredArray("rules")!)
        {
            var before = problems.Count;
            var r = StrictJsonObject.Open(node, problems, "id", "threshold", "severity");
            var id = r?.RequiredId("id");
            var threshold = r?.OptionalDouble("threshold", 0.0);
            var severity = r?.RequiredEnum("severity", severities);
            if (problems.Count == before)
            {
                rules.Add(id + "/" + threshold + "/" + severity);
            }
        }

        Assert.Empty(rules); // r1 has a wrong threshold and r2 several problems, so neither is built
        Assert.Equal(
            new[]
            {
                ("$.rules[0].threshold", 3L, "Expected a number, found a string."),
                ("$.rules[1].extra", 4L, "Unknown property 'extra'; expected one of: id, threshold, severity."),
                ("$.rules[1].id", 4L, "An id must not be blank."),
                ("$.rules[1].severity", 4L, "Required property 'severity' is missing."),
            },
            problems.InDocumentOrder().Select(p => (p.Path, p.Line!.Value, p.Message)));
    }
}
