using OutcomesFramework.Scoring;

namespace OutcomesFramework.Reports.Markup;

/// <summary>
/// An explanation tree as nested disclosures: each number, how it was made, from what. A council's report holds a
/// few hundred of them, which is why they are written here rather than element by element through the renderer.
/// </summary>
internal static class ExplanationMarkup
{
    /// <summary>The explanation, its method and inputs, and its children, each in a disclosure.</summary>
    public static string Full(Explanation explanation) => HtmlWriter.Write(explanation, static (w, e) => WriteFull(w, e));

    /// <summary>
    /// The explanation's top level only, its parts listed by label and value: for the overall and outcome scores,
    /// whose parts (outcomes, indicators) are explained in full in their own sections, so nothing is printed twice.
    /// </summary>
    public static string Top(Explanation explanation) => HtmlWriter.Write(explanation, static (w, e) =>
    {
        WriteHead(w, e);
        if (!e.Children.IsEmpty)
        {
            w.Raw("<ul>");
            foreach (var child in e.Children)
            {
                w.Raw("<li>").Text(child.Label).Raw(" = ").Text(child.Value).Raw("</li>");
            }
            w.Raw("</ul>");
        }
        w.Raw("</details>");
    });

    private static void WriteFull(HtmlWriter w, Explanation e)
    {
        WriteHead(w, e);
        foreach (var child in e.Children)
        {
            WriteFull(w, child);
        }
        w.Raw("</details>");
    }

    private static void WriteHead(HtmlWriter w, Explanation e)
    {
        w.Raw("<details><summary>How this is made: ").Text(e.Label).Raw(" = ").Text(e.Value).Raw("</summary>");
        if (e.Method is { } method)
        {
            w.Raw("<p class=\"method\">").Text(method).Raw("</p>");
        }
        if (!e.Inputs.IsEmpty)
        {
            w.Raw("<dl class=\"facts\">");
            foreach (var input in e.Inputs)
            {
                w.Raw("<dt>").Text(input.Name).Raw("</dt><dd>").Text(input.Value).Raw("</dd>");
            }
            w.Raw("</dl>");
        }
    }
}
