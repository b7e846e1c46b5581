using OutcomesFramework.Reports.Model;
using OutcomesFramework.Statistics.Spc;

namespace OutcomesFramework.Reports.Markup;

/// <summary>
/// The marker shapes of the time-series charts, defined once per page: a trend line's points are the vertices of its
/// polyline, marked through the stylesheet's <c>marker</c> property, and an SPC point (or a trend value alone between
/// gaps) is a <c>&lt;use&gt;</c> of its shape, so a point costs its position rather than a copy of its outline.
/// </summary>
/// <remarks>
/// The shapes placed with <c>&lt;use&gt;</c> carry no colour of their own: each inherits the fill of its series or
/// variation class; the vertex markers carry their series' class. Shape and colour stay two separate cues. The definitions are hidden from assistive technology; each chart
/// keeps its own title, description and data table.
/// </remarks>
internal static class MarkerDefinitions
{
    private static readonly SeriesKind[] Kinds = { SeriesKind.Council, SeriesKind.England, SeriesKind.Region, SeriesKind.Neighbours };

    private static readonly VariationCategory[] Categories = { VariationCategory.CommonCause, VariationCategory.Improvement, VariationCategory.Concern, VariationCategory.Neither };

    /// <summary>Gets the hidden SVG that defines every marker.</summary>
    public static string Svg { get; } = HtmlWriter.Write(0, static (w, _) =>
    {
        w.Raw("<svg class=\"defs\" aria-hidden=\"true\" focusable=\"false\" width=\"0\" height=\"0\"><defs>");
        foreach (var kind in Kinds)
        {
            w.Raw("<path").Attribute("id", Id(kind)).Attribute("d", Shape(kind)).Raw("/>");
            // The same shape as an SVG marker for the vertices of the series' lines. A marker does not inherit the
            // line's colour, so it carries the series' class itself; it is drawn in user units, unscaled by the stroke.
            w.Raw("<marker").Attribute("id", VertexId(kind)).Raw(" markerUnits=\"userSpaceOnUse\" viewBox=\"-6 -6 12 12\" markerWidth=\"12\" markerHeight=\"12\" overflow=\"visible\"><path")
                .Attribute("class", SeriesView.ClassOf(kind)).Attribute("d", Shape(kind)).Raw("/></marker>");
        }
        foreach (var category in Categories)
        {
            w.Raw("<path").Attribute("id", Id(category)).Attribute("d", Shape(category)).Raw("/>");
        }
        w.Raw("</defs></svg>");
    });

    /// <summary>The id of a trend series' marker.</summary>
    public static string Id(SeriesKind kind) => kind switch
    {
        SeriesKind.Council => "mk-council",
        SeriesKind.England => "mk-england",
        SeriesKind.Region => "mk-region",
        _ => "mk-neighbours",
    };

    /// <summary>The id of the marker on the vertices of a trend series' lines (the stylesheet names it by the series' class).</summary>
    public static string VertexId(SeriesKind kind) => "v" + Id(kind);

    /// <summary>The id of an SPC point's marker.</summary>
    public static string Id(VariationCategory category) => category switch
    {
        VariationCategory.Improvement => "mk-improvement",
        VariationCategory.Concern => "mk-concern",
        VariationCategory.Neither => "mk-neither",
        _ => "mk-common",
    };

    /// <summary>A trend series' marker, centred on (0, 0): circle, square, triangle or diamond.</summary>
    public static string Shape(SeriesKind kind) => kind switch
    {
        SeriesKind.Council => "M-4,0A4,4 0 1,0 4,0A4,4 0 1,0 -4,0Z",
        SeriesKind.England => "M-3.5,-3.5H3.5V3.5H-3.5Z",
        SeriesKind.Region => "M0,-4.5L4.5,3.5H-4.5Z",
        _ => "M0,-5L5,0L0,5L-5,0Z",
    };

    /// <summary>An SPC point's marker: a circle for common cause, a square for improvement, a diamond for concern, a triangle for neither.</summary>
    public static string Shape(VariationCategory category) => category switch
    {
        VariationCategory.Improvement => "M-4.5,-4.5H4.5V4.5H-4.5Z",
        VariationCategory.Concern => "M0,-6L6,0L0,6L-6,0Z",
        VariationCategory.Neither => "M0,-5.5L5.5,4H-5.5Z",
        _ => "M-3.5,0A3.5,3.5 0 1,0 3.5,0A3.5,3.5 0 1,0 -3.5,0Z",
    };
}
