using System;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using OutcomesFramework.Frameworks;
using OutcomesFramework.Indicators;
using OutcomesFramework.Periods;
using OutcomesFramework.Serialization;
using Xunit;

namespace OutcomesFramework.Tests.Serialization;

public sealed class FrameworkJsonWriteTest
{
    private static readonly Framework SmallFramework = FrameworkJson.Read(FrameworkJsonText.Small);

    [Fact]
    public void ToJson_Always_IsTwoSpaceIndentedWithLfLineEndingsAndAFinalLf()
    {
        var json = FrameworkJson.ToJson(SmallFramework);

        Assert.DoesNotContain('\r', json);
        Assert.EndsWith("}\n", json, StringComparison.Ordinal);
        Assert.StartsWith("{\n  \"formatVersion\": 1,\n  \"id\": \"test-small\",\n", json, StringComparison.Ordinal);
        foreach (var line in json.TrimEnd('\n').Split('\n'))
        {
            var indent = line.Length - line.TrimStart(' ').Length;
            Assert.True(indent % 2 == 0, "Odd indentation: " + line);
        }
    }

    [Fact]
    public void ToUtf8Bytes_Always_HasNoByteOrderMark()
    {
        var bytes = FrameworkJson.ToUtf8Bytes(SmallFramework);

        Assert.Equal((byte)'{', bytes[0]);
    }

    [Fact]
    public void ToJson_OptionalPropertiesAbsent_AreLeftOutAndDefaultsAreWritten()
    {
        using var doc = JsonDocument.Parse(FrameworkJson.ToJson(SmallFramework));
        var att8 = doc.RootElement.GetProperty("indicators")[2];

        // The fixture gives neither multiplier nor weight for this indicator: the defaults (1) are written out.
        Assert.Equal(1.0, att8.GetProperty("multiplier").GetDouble());
        Assert.Equal(1.0, att8.GetProperty("weight").GetDouble());
        Assert.False(att8.TryGetProperty("description", out _));
        Assert.False(att8.TryGetProperty("reference", out _));
        Assert.False(att8.TryGetProperty("source", out _));
        Assert.False(att8.TryGetProperty("snapshot", out _)); // academicYear: no snapshot date
        Assert.Equal(JsonValueKind.Object, doc.RootElement.GetProperty("indicators")[1].GetProperty("snapshot").ValueKind);
    }

    [Fact]
    public void ToJson_Text_IsEscapedOnlyWhereJsonRequires()
    {
        var framework = SmallFramework.WithIndicators(new[]
        {
            Indicator("Children's \"rate\" – £ per 10,000 \\ ü 中文 <b>&\u0001"),
        });

        var json = FrameworkJson.ToJson(framework);

        Assert.Contains("\"title\": \"Children's \\\"rate\\\" – £ per 10,000 \\\\ ü 中文 <b>&\\u0001\"", json, StringComparison.Ordinal);
    }

    [Fact]
    public void ToJson_Numbers_UseTheShortestRoundTripForm()
    {
        var framework = SmallFramework.WithIndicators(new[] { Indicator("t").WithWeight(0.1) });

        var json = FrameworkJson.ToJson(framework);

        // 0.1 is written as the shortest text that reads back to the same double, not 0.10000000000000001.
        Assert.Contains("\"weight\": 0.1\n", json, StringComparison.Ordinal);
        Assert.Contains("\"multiplier\": 100,", json, StringComparison.Ordinal);
    }

    [Fact]
    public void ToJson_FiltersGivenInAnyOrder_AreWrittenInOrdinalOrder()
    {
        var a = Indicator("t", new IndicatorSource("p", "f.csv", new[] { Pair("b", "2"), Pair("B", "3"), Pair("a", "1") }, "v"));
        var b = Indicator("t", new IndicatorSource("p", "f.csv", new[] { Pair("a", "1"), Pair("b", "2"), Pair("B", "3") }, "v"));

        var jsonA = FrameworkJson.ToJson(SmallFramework.WithIndicators(new[] { a }));
        var jsonB = FrameworkJson.ToJson(SmallFramework.WithIndicators(new[] { b }));

        Assert.Equal(jsonA, jsonB);
        Assert.Contains("\"filters\": {\n          \"B\": \"3\",\n          \"a\": \"1\",\n          \"b\": \"2\"\n        }", jsonA, StringComparison.Ordinal);
    }

    [Fact]
    public void ToUtf8Bytes_EqualFrameworksBuiltSeparately_GiveIdenticalBytes()
    {
        var first = FrameworkJson.Read(FrameworkJsonText.Small);
        var second = FrameworkJson.Read(FrameworkJsonText.Small.Replace("\n", "\r\n"));

        Assert.NotSame(first, second);
        Assert.Equal(FrameworkJson.ToUtf8Bytes(first), FrameworkJson.ToUtf8Bytes(second));
    }

    [Theory]
    [InlineData("de-DE")]
    [InlineData("tr-TR")]
    [InlineData("fr-FR")]
    [InlineData("ar-SA")]
    public void ToJson_AnyCurrentCulture_GivesIdenticalOutput(string culture)
    {
        var framework = SmallFramework.WithIndicators(new[] { Indicator("Ii İı").WithWeight(1234567.25) });
        var invariant = WithCulture(CultureInfo.InvariantCulture, () => FrameworkJson.ToJson(framework));

        var local = WithCulture(new CultureInfo(culture), () => FrameworkJson.ToJson(framework));

        Assert.Equal(invariant, local);
        Assert.Contains("\"weight\": 1234567.25\n", local, StringComparison.Ordinal); // no group separator, '.' as decimal point
    }

    [Theory]
    [InlineData("de-DE")]
    [InlineData("tr-TR")]
    public void Read_AnyCurrentCulture_ParsesNumbersAndNamesInvariantly(string culture)
    {
        var framework = WithCulture(new CultureInfo(culture), () => FrameworkJson.Read(FrameworkJsonText.Small));

        Assert.Equal(0.5, framework.FindIndicator("sw-caseload")!.Weight);
        Assert.Equal(SmallFramework, framework);
    }

    [Fact]
    public void ToJson_UnpairedSurrogate_IsWrittenAsTheReplacementCharacter()
    {
        var framework = SmallFramework.WithIndicators(new[] { Indicator("bad \ud800 text") });

        var read = FrameworkJson.Read(FrameworkJson.ToJson(framework));

        Assert.Equal("bad \ufffd text", read.Indicators[0].Title);
    }

    [Fact]
    public void ToJson_SnapshotDateOfANonSnapshotPeriod_IsNotWrittenAndReadsBackAsTheDefault()
    {
        var indicator = new Indicator("t1", "t", "SS", new[] { "SS5" }, MeasureKind.Count, Polarity.NoPolarity, "", PeriodKind.CalendarYear)
            .WithDecimalPlaces(0).WithSnapshot(6, 30);

        var read = FrameworkJson.Read(FrameworkJson.ToJson(SmallFramework.WithIndicators(new[] { indicator })));

        Assert.Equal((9, 30), (read.Indicators[0].SnapshotMonth, read.Indicators[0].SnapshotDay));
    }

    [Fact]
    public void Write_StreamAndTextWriter_WriteTheSameAsToUtf8Bytes()
    {
        var expected = FrameworkJson.ToUtf8Bytes(SmallFramework);
        using var stream = new MemoryStream();
        using var text = new StringWriter(CultureInfo.InvariantCulture);

        FrameworkJson.Write(SmallFramework, stream);
        FrameworkJson.Write(SmallFramework, text);

        Assert.Equal(expected, stream.ToArray());
        Assert.Equal(expected, Encoding.UTF8.GetBytes(text.ToString()));
    }

    [Fact]
    public void Write_NullArguments_ThrowArgumentNull()
    {
        Assert.Throws<ArgumentNullException>(() => FrameworkJson.ToJson(null!));
        Assert.Throws<ArgumentNullException>(() => FrameworkJson.Write(SmallFramework, (Stream)null!));
        Assert.Throws<ArgumentNullException>(() => FrameworkJson.Write(SmallFramework, (TextWriter)null!));
    }

    private static T WithCulture<T>(CultureInfo culture, Func<T> action)
    {
        var saved = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = culture;
        try
        {
            return action();
        }
        finally
        {
            CultureInfo.CurrentCulture = saved;
        }
    }

    private static System.Collections.Generic.KeyValuePair<string, string> Pair(string k, string v) => new(k, v);

    private static Indicator Indicator(string title, IndicatorSource? source = null) =>
        new Indicator("t1", title, "SS", new[] { "SS5" }, MeasureKind.Proportion, Polarity.HigherIsBetter, "%", PeriodKind.YearEnding31March)
            .WithRole(IndicatorRole.Enabler).WithSource(source).WithMultiplier(100);
}
