using System.Collections.Generic;
using OutcomesFramework.Reports.Charts;

namespace OutcomesFramework.Reports.Model;

/// <summary>A spine chart ready to draw: its geometry, its accessible title and description, and the data table that says the same.</summary>
internal sealed record SpineView(
    string Id,
    SpineChart Geometry,
    Significance Significance,
    string LeftLabel,
    string RightLabel,
    string Title,
    string Description,
    IReadOnlyList<LabelledValue> Table);
