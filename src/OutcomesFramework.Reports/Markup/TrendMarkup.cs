using OutcomesFramework.Reports.Charts;
using OutcomesFramework.Reports.Model;

namespace OutcomesFramework.Reports.Markup;

/// <summary>A trend chart's drawing: one line per series, each with its own dash pattern and marker shape, years along the bottom, a key.</summary>
internal static class TrendMarkup
{
    /// <summary>The chart's <c>&lt;svg&gt;</c>, an image titled and described for assistive technology (its table follows it).</summary>
    public static string Svg(TrendView t) => HtmlWriter.Write(t, static (w, t) =>
    {
        var height = PlotFrame.Height + (20 * t.Series.Count);
        w.Raw("<svg class=\"chart trend\" role=\"img\"").Attribute("aria-labelledby", t.Id + "-t " + t.Id + "-d")
            .Raw(" viewBox=\"0 0 ").Coordinate(PlotFrame.Width).Raw(" ").Coordinate(height).Raw("\"")
            .Attribute("width", PlotFrame.Width).Attribute("height", height).Raw(">");
        w.Raw("<title").Attribute("id", t.Id + "-t").Raw(">").Text(t.Title).Raw("</title>");
        w.Raw("<desc").Attribute("id", t.Id + "-d").Raw(">").Text(t.Description).Raw("</desc>");
        AxesMarkup.Write(w, t.Frame, t.Periods, t.Unit);
        foreach (var series in t.Series)
        {
            // The group carries the series' colour (inherited by its line and markers) and its name, which ties
            // the markers to their column of the data table.
            w.Raw("<g").Attribute("class", series.CssClass).Attribute("data-series", series.Name).Raw(">");
            // A run of two or more values is a line whose vertices carry the series' marker (the stylesheet sets it
            // by class, so a point costs only its coordinates); a value alone between gaps is the marker placed by itself.
            foreach (var run in t.Frame.Runs(series.Values))
            {
                if (run.Count > 1)
                {
                    w.Raw("<polyline points=\"").Points(run).Raw("\"/>");
                }
                else
                {
                    w.Raw("<use href=\"#").Raw(MarkerDefinitions.Id(series.Kind)).Raw("\"").Attribute("x", run[0].X).Attribute("y", run[0].Y).Raw("/>");
                }
            }
            w.Raw("</g>");
        }
        for (var k = 0; k < t.Series.Count; k++)
        {
            var series = t.Series[k];
            w.Raw("<g").Attribute("class", series.CssClass).Raw(" transform=\"translate(").Coordinate(PlotFrame.Left).Raw(",").Coordinate(PlotFrame.Height + 4 + (20 * k)).Raw(")\">")
                .Raw("<polyline points=\"0,0 32,0\"/><use href=\"#").Raw(MarkerDefinitions.Id(series.Kind)).Raw("\" x=\"16\"/>")
                .Raw("<text x=\"40\" y=\"4\">").Text(series.Name).Raw("</text></g>");
        }
        w.Raw("</svg>");
    });
}
