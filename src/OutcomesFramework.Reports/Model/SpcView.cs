using System.Collections.Generic;
using OutcomesFramework.Reports.Charts;

namespace OutcomesFramework.Reports.Model;

/// <summary>
/// An XmR chart ready to draw, as Making Data Count draws it: points coloured and shaped by variation, the mean and
/// process limits, the target, and the variation and assurance icons with their words.
/// </summary>
internal sealed record SpcView(
    string Id,
    string IndicatorId,
    string IndicatorTitle,
    string Anchor,
    PlotFrame Frame,
    IReadOnlyList<SpcPointView> Points,
    double? Target,
    string? TargetText,
    bool LimitsShown,
    SpcIconView? Variation,
    SpcIconView? Assurance,
    string Profile,
    string Title,
    string Description,
    IReadOnlyList<string> Warnings);
