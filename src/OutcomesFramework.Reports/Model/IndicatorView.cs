using System.Collections.Generic;
using OutcomesFramework.Scoring;

namespace OutcomesFramework.Reports.Model;

/// <summary>One indicator of an outcome: its value and comparisons in words, its spine and trend charts, and its explanation.</summary>
internal sealed record IndicatorView(
    string Id,
    string Anchor,
    string Title,
    string PolarityText,
    string PeriodText,
    string ValueText,
    Significance Significance,
    string ComparisonText,
    IReadOnlyList<LabelledValue> Facts,
    IReadOnlyList<string> Notes,
    SpineView? Spine,
    TrendView? Trend,
    Explanation Explanation);
