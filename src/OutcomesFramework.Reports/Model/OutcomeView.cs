using System.Collections.Generic;
using OutcomesFramework.Scoring;

namespace OutcomesFramework.Reports.Model;

/// <summary>One of the five outcomes: its score (or "insufficient evidence"), coverage and rank, its indicators and its explanation.</summary>
internal sealed record OutcomeView(
    string Id,
    string Anchor,
    string Title,
    string ScoreText,
    string BandText,
    string CoverageText,
    string RankText,
    bool Sufficient,
    IReadOnlyList<IndicatorView> Indicators,
    Explanation Explanation);
