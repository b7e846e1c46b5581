using System.Linq;
using OutcomesFramework.Reports.Charts;
using OutcomesFramework.Reports.Model;

namespace OutcomesFramework.Reports.Markup;

/// <summary>
/// An XmR chart's drawing as Making Data Count draws it: the values joined in grey, the mean solid, the process limits
/// dashed, the target dotted, each point coloured and shaped by its variation, and a key.
/// </summary>
internal static class SpcMarkup
{
    /// <summary>The chart's <c>&lt;svg&gt;</c>, an image titled and described for assistive technology (its table follows it).</summary>
    public static string Svg(SpcView c) => HtmlWriter.Write(c, static (w, c) =>
    {
        var height = PlotFrame.Height + 24;
        w.Raw("<svg class=\"chart spc\" role=\"img\"").Attribute("aria-labelledby", c.Id + "-t " + c.Id + "-d")
            .Raw(" viewBox=\"0 0 ").Coordinate(PlotFrame.Width).Raw(" ").Coordinate(height).Raw("\"")
            .Attribute("width", PlotFrame.Width).Attribute("height", height).Raw(">");
        w.Raw("<title").Attribute("id", c.Id + "-t").Raw(">").Text(c.Title).Raw("</title>");
        w.Raw("<desc").Attribute("id", c.Id + "-d").Raw(">").Text(c.Description).Raw("</desc>");
        AxesMarkup.Write(w, c.Frame, c.Points.Select(p => p.Period).ToList(), string.Empty);
        Lines(w, c, "limit", c.Points.Select(p => p.Upper).ToList());
        Lines(w, c, "limit", c.Points.Select(p => p.Lower).ToList());
        Lines(w, c, "mean", c.Points.Select(p => p.Mean).ToList());
        if (c.Target is { } target)
        {
            w.Raw("<path class=\"target\" d=\"M").Coordinate(PlotFrame.Left).Raw(",").Coordinate(c.Frame.Y.Map(target)).Raw("H").Coordinate(PlotFrame.PlotRight).Raw("\"/>");
        }
        Lines(w, c, "series", c.Points.Select(p => p.Value).ToList());
        for (var i = 0; i < c.Points.Count; i++)
        {
            var p = c.Points[i];
            if (p.Value is { } value)
            {
                w.Raw("<use href=\"#").Raw(MarkerDefinitions.Id(p.Category)).Raw("\"").Attribute("class", p.CssClass).Attribute("x", c.Frame.X(i)).Attribute("y", c.Frame.Y.Map(value)).Raw("/>");
            }
        }
        w.Raw("<g transform=\"translate(").Coordinate(PlotFrame.Left).Raw(",").Coordinate(PlotFrame.Height + 8).Raw(")\">")
            .Raw("<polyline class=\"mean\" points=\"0,0 24,0\"/><text x=\"28\" y=\"4\">mean</text>")
            .Raw("<polyline class=\"limit\" points=\"80,0 104,0\"/><text x=\"108\" y=\"4\">process limits</text>");
        if (c.Target is not null)
        {
            w.Raw("<polyline class=\"target\" points=\"204,0 228,0\"/><text x=\"232\" y=\"4\">target</text>");
        }
        w.Raw("</g></svg>");
    });

    private static void Lines(HtmlWriter w, SpcView c, string cssClass, System.Collections.Generic.IReadOnlyList<double?> values)
    {
        foreach (var run in c.Frame.Runs(values))
        {
            w.Raw("<polyline class=\"").Raw(cssClass).Raw("\" points=\"").Points(run).Raw("\"/>");
        }
    }
}
