using System;
using System.Collections.Generic;
using System.Linq;
using OutcomesFramework.Indicators;
using OutcomesFramework.Scoring;
using OutcomesFramework.Scoring.Overlays;
using Xunit;

namespace OutcomesFramework.Tests.Scoring;

/// <summary>
/// The overlay problems not covered by the range cases, each with its exact words, JSON path and line: another
/// format version, an outcome without its weight, a local indicator id used twice or taken from the framework, an
/// invalid key; and the constructor's own refusals.
/// </summary>
public sealed class OverlayProblemsTest
{
    private static readonly SyntheticWorld World = new(seed: 3);

    // A local count with no polarity (never scored), as an overlay would add it.
    private static Indicator LocalCount(string id) =>
        new(id, "Local", "SS", new[] { "SS1" }, MeasureKind.Count, Polarity.NoPolarity, "children", OutcomesFramework.Periods.PeriodKind.YearEnding31March);

    private static DocumentProblem Only(string json)
    {
        var e = Assert.Throws<OverlayValidationException>(() => LocalOverlayJson.Read(json, "local.json"));
        Assert.True(e.Problems.Length == 1, string.Join("\n", e.Problems.Select(p => p.Path + ": " + p.Message)));
        return e.Problems[0];
    }

    [Fact]
    public void AnotherFormatVersion_IsRefusedNamingBoth()
    {
        var p = Only("{\n  \"formatVersion\": 2,\n  \"name\": \"x\"\n}");
        Assert.Equal("$.formatVersion", p.Path);
        Assert.Equal("This library reads overlay format version 1, not 2.", p.Message);
        Assert.Equal(2, p.Line);
    }

    [Fact]
    public void AnOutcomeWithoutItsWeight_IsAProblemAtTheOutcome()
    {
        var p = Only("{\n  \"formatVersion\": 1,\n  \"name\": \"x\",\n  \"outcomes\": {\n    \"SS\": { }\n  }\n}");
        Assert.Equal("$.outcomes.SS.weight", p.Path);
        Assert.Equal("Give the outcome's \"weight\" (the only setting an outcome has).", p.Message);
        Assert.Equal(5, p.Line);
    }

    [Fact]
    public void AnInvalidKey_IsNamed()
    {
        var p = Only("{\n  \"formatVersion\": 1,\n  \"name\": \"x\",\n  \"indicators\": {\n    \"not an id\": { \"weight\": 2 }\n  }\n}");
        Assert.Equal("'not an id' is not a valid id.", p.Message);
        Assert.Equal(5, p.Line);
    }

    [Fact]
    public void ALocalIndicatorIdUsedTwice_NamesTheLineOfTheFirst()
    {
        const string local = "{ \"id\": \"local-x\", \"title\": \"Local\", \"outcome\": \"SS\", \"aims\": [\"SS1\"], \"role\": \"context\", \"measure\": \"count\", \"polarity\": \"none\", \"unit\": \"children\", \"decimalPlaces\": 0, \"period\": \"yearEnding31March\" }";
        var json = "{\n  \"formatVersion\": 1,\n  \"name\": \"x\",\n  \"localIndicators\": [\n    " + local + ",\n    " + local + "\n  ]\n}";
        var p = Only(json);
        Assert.Equal("$.localIndicators[1]", p.Path);
        Assert.Equal("Local indicator id 'local-x' is used twice (first on line 5).", p.Message);
        Assert.Equal(6, p.Line);
        // Read once, it is kept.
        var one = LocalOverlayJson.Read("{ \"formatVersion\": 1, \"name\": \"x\", \"localIndicators\": [ " + local + " ] }");
        Assert.Equal("local-x", Assert.Single(one.LocalIndicators).Id);
    }

    [Fact]
    public void ALocalIndicatorWithAFrameworkId_IsRefusedOnApply()
    {
        var local = LocalCount("bh-health");
        var overlay = new LocalOverlay("x", localIndicators: new[] { local });
        var e = Assert.Throws<OverlayValidationException>(() => overlay.Apply(World.Framework));
        var p = Assert.Single(e.Problems);
        Assert.Equal("$.localIndicators[0].id", p.Path);
        Assert.Equal("Local indicator 'bh-health' has the id of one of the framework's indicators; give it its own id.", p.Message);
    }

    [Fact]
    public void SettingsForALocalIndicator_AreNotAnUnknownIndicator_EvenWhenTheFrameworkIsWrong()
    {
        // The framework named is another one, so the local indicators are not added; settings for one of them are
        // still not reported as an unknown indicator: the one problem is the framework.
        var local = LocalCount("local-x");
        var overlay = new LocalOverlay("x", "another", indicators: new[] { new KeyValuePair<string, IndicatorPolicy>("local-x", IndicatorPolicy.None.WithWeight(2)) }, localIndicators: new[] { local });
        var e = Assert.Throws<OverlayValidationException>(() => overlay.Apply(World.Framework));
        var p = Assert.Single(e.Problems);
        Assert.Equal("$.framework", p.Path);
        Assert.Equal("The overlay adjusts framework 'another', not 'synthetic'.", p.Message);
    }

    [Fact]
    public void Constructor_RefusesRepeatsAndBadIds()
    {
        var twice = new[] { new KeyValuePair<string, IndicatorPolicy>("a", IndicatorPolicy.None), new KeyValuePair<string, IndicatorPolicy>("a", IndicatorPolicy.None) };
        Tests.Refused.Argument(() => new LocalOverlay("x", indicators: twice), "indicators", "Indicator 'a' is given twice.");
        Tests.Refused.Argument(() => new LocalOverlay("x", indicators: new[] { new KeyValuePair<string, IndicatorPolicy>("not an id", IndicatorPolicy.None) }), "indicators", string.Empty);
        Assert.Throws<ArgumentNullException>("indicators", () => new LocalOverlay("x", indicators: new[] { new KeyValuePair<string, IndicatorPolicy>("a", null!) }));
        var weights = new[] { new KeyValuePair<string, double>("SS", 1), new KeyValuePair<string, double>("SS", 2) };
        Tests.Refused.Argument(() => new LocalOverlay("x", outcomeWeights: weights), "outcomeWeights", "Outcome 'SS' is given twice.");
        Tests.Refused.Argument(() => new LocalOverlay("x", outcomeWeights: new[] { new KeyValuePair<string, double>("not an id", 1) }), "outcomeWeights", string.Empty);
        Tests.Refused.OutOfRange(() => new LocalOverlay("x", outcomeWeights: new[] { new KeyValuePair<string, double>("SS", -1) }), "outcomeWeights");
        var local = LocalCount("local-x");
        Tests.Refused.Argument(() => new LocalOverlay("x", localIndicators: new[] { local, local }), "localIndicators", "Two local indicators share an id.");
        Tests.Refused.Argument(() => new LocalOverlay("x", localIndicators: new[] { local, null! }), "localIndicators", string.Empty);
        Tests.Refused.Argument(() => new LocalOverlay("x", dataFiles: new[] { " " }), "dataFiles", string.Empty);
        Tests.Refused.Argument(() => new LocalOverlay("x", "Not An Id"), "frameworkId", string.Empty);
        var ok = new LocalOverlay("  named  ", "synthetic", indicators: new[] { new KeyValuePair<string, IndicatorPolicy>("b", IndicatorPolicy.None.WithWeight(3)), new KeyValuePair<string, IndicatorPolicy>("a", IndicatorPolicy.None) },
            outcomeWeights: new[] { new KeyValuePair<string, double>("SS", 0) }, dataFiles: new[] { "local.csv" });
        Assert.Equal("named", ok.Name);
        Assert.Equal("synthetic", ok.FrameworkId);
        Assert.Equal(new[] { "a", "b" }, ok.Indicators.Keys.ToArray());
        Assert.Equal(0, ok.OutcomeWeights["SS"]);
        Assert.Equal(new[] { "local.csv" }, ok.DataFiles.ToArray());
        Assert.Same(OverlaySettings.None, ok.Settings);
    }
}
