using System.Collections.Generic;

namespace OutcomesFramework.Reports.Model;

/// <summary>One line of a trend chart: its name, its values by period (null where there is none) and their printed forms.</summary>
internal sealed record SeriesView(string Name, SeriesKind Kind, IReadOnlyList<double?> Values, IReadOnlyList<string> Texts)
{
    /// <summary>Gets the CSS class of the line.</summary>
    public string CssClass => ClassOf(Kind);

    /// <summary>The CSS class of a kind of series (its colour and dash pattern).</summary>
    public static string ClassOf(SeriesKind kind) => kind switch
    {
        SeriesKind.Council => "s-council",
        SeriesKind.England => "s-england",
        SeriesKind.Region => "s-region",
        _ => "s-neighbours",
    };
}
