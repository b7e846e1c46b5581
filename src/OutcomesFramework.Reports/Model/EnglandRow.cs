using System.Collections.Generic;

namespace OutcomesFramework.Reports.Model;

/// <summary>One council in the overview: rank, name, region, overall and outcome scores with coverage, early-warning level.</summary>
internal sealed record EnglandRow(
    string Rank,
    string Council,
    string Codes,
    string Region,
    CellText Overall,
    IReadOnlyList<CellText> Outcomes,
    string? Level,
    string? LevelClass,
    string RaisedBy);
