using System.Collections.Generic;
using OutcomesFramework.Reports.Charts;

namespace OutcomesFramework.Reports.Model;

/// <summary>A trend chart ready to draw: the frame, the periods, the lines, and the accessible title and description.</summary>
internal sealed record TrendView(
    string Id,
    PlotFrame Frame,
    IReadOnlyList<string> Periods,
    IReadOnlyList<SeriesView> Series,
    string Unit,
    string Title,
    string Description);
