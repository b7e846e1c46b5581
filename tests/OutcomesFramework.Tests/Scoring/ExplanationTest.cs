using System;
using System.Linq;
using OutcomesFramework.Scoring;
using Xunit;

namespace OutcomesFramework.Tests.Scoring;

/// <summary>
/// An explanation tree on its own: what it accepts, how it is searched and how it is written as text; and the
/// scorecard's lookups that lead into it.
/// </summary>
public sealed class ExplanationTest
{
    private static Explanation Tree() =>
        new("Root", "10", "sum of the parts", new[] { new ExplanationInput("parts", "2") }, new[]
        {
            new Explanation("Part one", "4", null, new[] { new ExplanationInput("from", "a"), new ExplanationInput("to", "b") }),
            new Explanation("Part two", "6", "  ", null, new[] { new Explanation("Part two, inner", "6") }),
        });

    [Fact]
    public void ToText_IndentsTwoSpacesALevel_WithMethodAndInputsBeneathEachNode()
    {
        var expected = string.Join("\n",
            "Root = 10",
            "    method: sum of the parts",
            "    parts: 2",
            "  Part one = 4",
            "      from: a",
            "      to: b",
            "  Part two = 6",
            "    Part two, inner = 6",
            string.Empty);
        Assert.Equal(expected, Tree().ToText());
    }

    [Fact]
    public void Find_IsDepthFirst_ByOrdinalLabelPrefix()
    {
        var tree = Tree();
        Assert.Same(tree, tree.Find("Ro"));
        Assert.Same(tree, tree.Find(string.Empty));
        Assert.Equal("Part one", tree.Find("Part")!.Label);
        Assert.Equal("Part two, inner", tree.Find("Part two,")!.Label);
        Assert.Null(tree.Find("part"));
        Assert.Null(tree.Find("Part three"));
        Assert.Throws<ArgumentNullException>("labelPrefix", () => tree.Find(null!));
    }

    [Fact]
    public void Constructor_KeepsWhatItIsGiven_AndRefusesABlankLabelOrANullValue()
    {
        var tree = Tree();
        Assert.Equal("Root", tree.Label);
        Assert.Equal("10", tree.Value);
        Assert.Equal("sum of the parts", tree.Method);
        Assert.Equal(new[] { new ExplanationInput("parts", "2") }, tree.Inputs.ToArray());
        Assert.Equal(2, tree.Children.Length);
        // A blank method is no method.
        Assert.Null(tree.Children[1].Method);
        Assert.Null(tree.Children[0].Method);
        Assert.Empty(tree.Children[1].Inputs);
        Assert.Empty(tree.Children[0].Children);
        Assert.Equal("Root = 10", tree.ToString());
        Tests.Refused.Argument(() => new Explanation(" ", "1"), "label", string.Empty);
        Assert.Throws<ArgumentNullException>("label", () => new Explanation(null!, "1"));
        Assert.Throws<ArgumentNullException>("value", () => new Explanation("x", null!));
        Tests.Refused.Argument(() => new Explanation("x", "1", null, null, new Explanation[] { null! }), "children", string.Empty);
        Tests.Refused.Argument(() => new ExplanationInput(" ", "1"), "name", string.Empty);
        Assert.Throws<ArgumentNullException>("value", () => new ExplanationInput("x", null!));
    }

    [Fact]
    public void Scorecard_FindsItsIndicatorsAndOutcomes_AndRefusesToExplainOthers()
    {
        var card = new SyntheticWorld(seed: 2).Engine().Score(SyntheticWorld.LaCodes[0], 2025);
        Assert.Same(card.Indicators.Single(i => i.Indicator.Id == "ew-eet"), card.FindIndicator("ew-eet"));
        Assert.Same(card.Outcomes.Single(o => o.Outcome.Id == "EW"), card.FindOutcome("EW"));
        Assert.Null(card.FindIndicator("EW-EET"));
        Assert.Null(card.FindOutcome("ew"));
        Assert.Throws<ArgumentNullException>("indicatorId", () => card.FindIndicator(null!));
        Assert.Throws<ArgumentNullException>("outcomeId", () => card.FindOutcome(null!));
        Tests.Refused.Argument(() => card.ExplainIndicator("no-such"), "indicatorId", "Indicator 'no-such' is not on this scorecard.");
        Tests.Refused.Argument(() => card.ExplainOutcome("XX"), "outcomeId", "Outcome 'XX' is not on this scorecard.");
        Assert.Equal("Indicator ew-eet: Synthetic ew-eet", card.ExplainIndicator("ew-eet").Label);
        Assert.Equal(card.Explain().Children[4].ToText(), card.ExplainOutcome("EW").ToText());
    }
}
