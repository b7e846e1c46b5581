using System.Collections.Generic;

namespace OutcomesFramework.Reports.Model;

/// <summary>One line of a trend chart: its name, its values by period (null where there is none) and their printed forms.</summary>
internal sealed record SeriesView(string Name, SeriesKind Kind, IReadOnlyList<double?> Values, IReadOnlyList<string> Texts)
{
    /// <summary>Gets the CSS class of the line.</summary>
    public string CssClass => Kind switch
    {
        SeriesKind.Council => "s-council",
        SeriesKind.England => "s-england",
        SeriesKind.Region => "s-region",
        _ => "s-neighbours",
    };

    /// <summary>Gets the marker drawn at each value (centred on 0,0): circle, square, triangle or diamond.</summary>
    public string MarkerPath => Kind switch
    {
        SeriesKind.Council => "M-4,0A4,4 0 1,0 4,0A4,4 0 1,0 -4,0Z",
        SeriesKind.England => "M-3.5,-3.5H3.5V3.5H-3.5Z",
        SeriesKind.Region => "M0,-4.5L4.5,3.5H-4.5Z",
        _ => "M0,-5L5,0L0,5L-5,0Z",
    };
}
