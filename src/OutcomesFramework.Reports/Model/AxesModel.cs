using System.Collections.Generic;
using OutcomesFramework.Reports.Charts;

namespace OutcomesFramework.Reports.Model;

/// <summary>What the axes of a time-series chart need: the frame, the period labels and the unit.</summary>
internal sealed record AxesModel(PlotFrame Frame, IReadOnlyList<string> Periods, string Unit);
