using System.Collections.Generic;
using OutcomesFramework.Scoring;

namespace OutcomesFramework.Reports.Model;

/// <summary>Everything a council's report prints, already in words and numbers: the Razor components only lay it out.</summary>
internal sealed record CouncilPage(
    string DocumentTitle,
    string CouncilName,
    string CouncilCodes,
    string YearText,
    IReadOnlyList<LabelledValue> Header,
    string? DataSource,
    string OverallScoreText,
    string OverallBandText,
    string OverallCoverageText,
    string OverallRankText,
    string? RankNote,
    bool OverallSufficient,
    string? LimitNote,
    Explanation OverallExplanation,
    string? LevelName,
    string? LevelClass,
    string? LevelRaisedBy,
    IReadOnlyList<OutcomeView> Outcomes,
    IReadOnlyList<SpcView> Spc,
    string SpcNote,
    IReadOnlyList<FindingView> Findings,
    string FindingsNote,
    AccountabilityView? Accountability);
