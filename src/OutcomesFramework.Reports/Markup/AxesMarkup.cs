using System.Collections.Generic;
using OutcomesFramework.Reports.Charts;
using OutcomesFramework.Reports.Model;

namespace OutcomesFramework.Reports.Markup;

/// <summary>The axes of a time-series chart: value gridlines with their labels, period labels along the bottom, the unit.</summary>
internal static class AxesMarkup
{
    /// <summary>Writes the axes: one path for all gridlines, the value labels in a group anchored at their end, the period labels in one anchored at their middle.</summary>
    /// <remarks>The value labels keep <c>dy="4"</c> and their own <c>y</c>, which is what reads a chart back into numbers (the browser test does).</remarks>
    public static void Write(HtmlWriter w, PlotFrame frame, IReadOnlyList<string> periods, string unit)
    {
        w.Raw("<g class=\"axes\" aria-hidden=\"true\"><path class=\"grid\" d=\"");
        foreach (var tick in frame.Ticks)
        {
            w.Raw("M").Coordinate(PlotFrame.Left).Raw(",").Coordinate(frame.Y.Map(tick)).Raw("H").Coordinate(PlotFrame.PlotRight);
        }
        w.Raw("\"/><path class=\"axis\" d=\"M").Coordinate(PlotFrame.Left).Raw(",").Coordinate(PlotFrame.PlotBottom).Raw("H").Coordinate(PlotFrame.PlotRight).Raw("\"/>");
        w.Raw("<g class=\"ticks\">");
        foreach (var tick in frame.Ticks)
        {
            w.Raw("<text").Attribute("x", PlotFrame.Left - 6).Attribute("y", frame.Y.Map(tick)).Raw(" dy=\"4\">").Text(Format.Number(tick, frame.TickDecimals)).Raw("</text>");
        }
        w.Raw("</g><g class=\"periods\">");
        for (var i = 0; i < periods.Count; i++)
        {
            // Long series label every other period (and the last), so the labels never overlap.
            if (periods.Count <= 12 || i % 2 == 0 || i == periods.Count - 1)
            {
                w.Raw("<text").Attribute("x", frame.X(i)).Attribute("y", PlotFrame.PlotBottom + 16).Raw(">").Text(periods[i]).Raw("</text>");
            }
        }
        w.Raw("</g>");
        if (unit.Length > 0)
        {
            w.Raw("<text x=\"12\"").Attribute("y", PlotFrame.Top + 4).Raw(" transform=\"rotate(-90 12,").Coordinate(PlotFrame.Top + 4).Raw(")\" text-anchor=\"end\">").Text(unit).Raw("</text>");
        }
        w.Raw("</g>");
    }
}
