using System.Collections.Generic;

namespace OutcomesFramework.Reports.Model;

/// <summary>Everything the all-council overview prints: the league with coverage, early-warning levels and the regional summary.</summary>
internal sealed record EnglandPage(
    string DocumentTitle,
    string YearText,
    IReadOnlyList<LabelledValue> Header,
    string? DataSource,
    IReadOnlyList<string> OutcomeTitles,
    string? RankNote,
    IReadOnlyList<EnglandRow> League,
    IReadOnlyList<LevelCount> Levels,
    IReadOnlyList<EnglandRow> Watched,
    IReadOnlyList<RegionRow> Regions);
