using OutcomesFramework.Reports.Charts;
using OutcomesFramework.Reports.Model;

namespace OutcomesFramework.Reports.Markup;

/// <summary>
/// A Fingertips-style spine's drawing: grey range (worst to best), darker middle half, England line in the centre,
/// the council's marker (shape and colour by significance) and the neighbours' hollow circle.
/// </summary>
internal static class SpineMarkup
{
    /// <summary>The spine's <c>&lt;svg&gt;</c>, an image titled and described for assistive technology (its table follows it).</summary>
    public static string Svg(SpineView s) => HtmlWriter.Write(s, static (w, s) =>
    {
        var g = s.Geometry;
        var height = SpineChart.Height + 16;
        w.Raw("<svg class=\"spine\" role=\"img\"").Attribute("aria-labelledby", s.Id + "-t " + s.Id + "-d")
            .Raw(" viewBox=\"0 0 ").Coordinate(SpineChart.Width).Raw(" ").Coordinate(height).Raw("\"")
            .Attribute("width", SpineChart.Width).Attribute("height", height).Raw(">");
        w.Raw("<title").Attribute("id", s.Id + "-t").Raw(">").Text(s.Title).Raw("</title>");
        w.Raw("<desc").Attribute("id", s.Id + "-d").Raw(">").Text(s.Description).Raw("</desc>");
        w.Raw("<rect class=\"range\"").Attribute("x", g.WorstX).Raw(" y=\"6\"").Attribute("width", g.BestX - g.WorstX).Raw(" height=\"16\"/>");
        w.Raw("<rect class=\"band\"").Attribute("x", g.LowerBandX).Raw(" y=\"6\"").Attribute("width", g.UpperBandX - g.LowerBandX).Raw(" height=\"16\"/>");
        w.Raw("<line class=\"centre\"").Attribute("x1", g.CentreX).Raw(" y1=\"2\"").Attribute("x2", g.CentreX).Raw(" y2=\"26\"/>");
        if (g.NeighboursX is { } nx)
        {
            w.Raw("<circle class=\"nbr\"").Attribute("cx", nx).Raw(" cy=\"14\" r=\"5\"/>");
        }
        if (g.CouncilX is { } cx)
        {
            w.Raw("<path").Attribute("class", s.Significance.CssClass()).Raw(" transform=\"translate(").Coordinate(cx).Raw(",14)\"").Attribute("d", s.Significance.MarkerPath()).Raw("/>");
        }
        w.Raw("<text").Attribute("x", SpineChart.Margin).Raw(" y=\"40\">").Text(s.LeftLabel).Raw("</text>");
        w.Raw("<text").Attribute("x", SpineChart.Width - SpineChart.Margin).Raw(" y=\"40\" text-anchor=\"end\">").Text(s.RightLabel).Raw("</text>");
        w.Raw("<text").Attribute("x", SpineChart.Width / 2).Raw(" y=\"40\" text-anchor=\"middle\">England</text></svg>");
    });
}
