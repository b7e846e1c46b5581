using System.Collections.Immutable;
using System.Text.Encodings.Web;
using OutcomesFramework.Reports.Markup;
using OutcomesFramework.Scoring;
using Xunit;

namespace OutcomesFramework.Reports.Tests.Markup;

public sealed class HtmlWriterTest
{
    [Fact]
    public void Text_and_attributes_are_encoded_as_the_renderer_encodes_them()
    {
        const string awkward = "Children's \"services\" <b> & 5–9 × 2 ≥ 1";
        var html = HtmlWriter.Write(awkward, static (w, s) => w.Raw("<p").Attribute("title", s).Raw(">").Text(s).Raw("</p>"));
        var encoded = HtmlEncoder.Default.Encode(awkward);
        Assert.Equal("<p title=\"" + encoded + "\">" + encoded + "</p>", html);
        Assert.DoesNotContain("<b>", html, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Points_are_coordinate_pairs_separated_by_spaces()
    {
        var html = HtmlWriter.Write(0, static (w, _) => w.Points(new[] { (64.0, 99.74), (184.0, -0.01) }));
        Assert.Equal("64,99.7 184,0", html);
    }

    [Fact]
    public void A_writer_used_again_starts_empty()
    {
        Assert.Equal("first", HtmlWriter.Write("first", static (w, s) => w.Text(s)));
        Assert.Equal("second", HtmlWriter.Write("second", static (w, s) => w.Text(s)));
    }

    [Fact]
    public void An_explanation_is_nested_disclosures_with_its_method_inputs_and_children()
    {
        var child = new Explanation("Value", "86", "the published value", ImmutableArray.Create(new ExplanationInput("numerator", "993")));
        var root = new Explanation("Indicator x", "15.33", null, null, new[] { child });
        Assert.Equal(
            "<details><summary>How this is made: Indicator x = 15.33</summary>"
            + "<details><summary>How this is made: Value = 86</summary><p class=\"method\">the published value</p><dl class=\"facts\"><dt>numerator</dt><dd>993</dd></dl></details>"
            + "</details>",
            ExplanationMarkup.Full(root));
        Assert.Equal(
            "<details><summary>How this is made: Indicator x = 15.33</summary><ul><li>Value = 86</li></ul></details>",
            ExplanationMarkup.Top(root));
    }
}
