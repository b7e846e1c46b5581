using System;
using System.Collections.Generic;
using System.Linq;
using OutcomesFramework.Assurance;
using OutcomesFramework.Scoring;

namespace OutcomesFramework.Reports.Model;

/// <summary>Turns an <see cref="EnglandReport"/> into the tables of the overview.</summary>
internal static class EnglandPageBuilder
{
    public static EnglandPage Build(EnglandReport report)
    {
        var league = report.League;
        var byCode = report.Assurance.ToDictionary(a => a.Area.Code, StringComparer.Ordinal);
        var ranked = league.Ranked();
        var outcomes = ranked.IsEmpty ? new List<OutcomeScore>() : ranked[0].Outcomes.ToList();
        var rows = ranked.Select(card =>
        {
            byCode.TryGetValue(card.Area.Code, out var result);
            var region = card.Area.RegionCode is { } rc ? report.Areas.Find(rc)?.Name ?? rc : Format.Dash;
            return new EnglandRow(
                RankCell(card, report.RankIntervals?.Find(card.Area)?.Overall),
                card.Area.Name,
                CouncilPageBuilder.Codes(card.Area),
                region,
                Cell(card.Overall.Score, card.Overall.Coverage),
                card.Outcomes.Select(o => Cell(o.Score, o.Coverage)).ToList(),
                result?.Level.ToName(),
                result is null ? null : IndicatorWords.LevelClass(result.Level),
                result is null || result.RaisedBy.IsEmpty ? Format.Dash : string.Join(", ", result.RaisedBy.Select(f => f.RuleId).Distinct(StringComparer.Ordinal)));
        }).ToList();
        var levels = new[] { EarlyWarningLevel.Serious, EarlyWarningLevel.Concern, EarlyWarningLevel.Watch, EarlyWarningLevel.None }
            .Select(l => new LevelCount(l.ToName(), IndicatorWords.LevelClass(l), Format.Int(report.Assurance.Count(a => a.Level == l))))
            .ToList();
        var watched = report.Assurance.OrderBy(a => a, AssuranceResult.WorstFirst).Where(a => a.Level != EarlyWarningLevel.None)
            .Select(a => rows.First(r => string.Equals(r.Council, a.Area.Name, StringComparison.Ordinal)))
            .ToList();
        var regions = report.Areas.Regions.Select(region =>
        {
            var cards = league.Scorecards.Where(c => string.Equals(c.Area.RegionCode, region.Code, StringComparison.Ordinal)).ToList();
            var scores = cards.Where(c => c.Overall.Score is not null).Select(c => c.Overall.Score!.Value).OrderBy(s => s).ToList();
            var results = report.Assurance.Where(a => string.Equals(a.Area.RegionCode, region.Code, StringComparison.Ordinal)).ToList();
            string Count(EarlyWarningLevel level) => Format.Int(results.Count(a => a.Level == level));
            return new RegionRow(
                region.Name,
                Format.Int(cards.Count),
                Format.Int(scores.Count),
                scores.Count == 0 ? Format.Dash : Format.Number(Median(scores), 1),
                scores.Count == 0 ? Format.Dash : Format.Number(scores[0], 1),
                scores.Count == 0 ? Format.Dash : Format.Number(scores[scores.Count - 1], 1),
                Count(EarlyWarningLevel.Serious),
                Count(EarlyWarningLevel.Concern),
                Count(EarlyWarningLevel.Watch),
                Count(EarlyWarningLevel.None));
        }).Where(r => r.Councils != "0").ToList();
        var framework = ranked.IsEmpty ? null : ranked[0].Framework;
        var header = new List<LabelledValue>
        {
            new("Scorecard year", Format.Int(league.Year)),
            new("Councils", Format.Int(league.Scorecards.Length)),
            new("Data as of", CouncilPageBuilder.Date(report.Provenance.DataAsOf)),
            new("Framework", framework is null ? Format.Dash : framework.Name + " " + framework.Version),
            new("Rule set", report.RuleSet is { } rs ? rs.Id + " " + rs.Version : report.Assurance.IsEmpty ? "none" : report.Assurance[0].RuleSetId + " " + report.Assurance[0].RuleSetVersion),
            new("Made by", "OutcomesFramework " + report.Provenance.ToolVersion),
        };
        return new EnglandPage(
            "England: children's services outcomes, every council, " + Format.Int(league.Year),
            Format.Int(league.Year),
            header,
            report.Provenance.DataSource,
            outcomes.Select(o => o.Outcome.Name).ToList(),
            CouncilPageBuilder.RankNote(report.RankIntervals?.Councils.Select(c => c.Overall).FirstOrDefault(i => i is not null)),
            rows,
            levels,
            watched,
            regions);
    }

    /// <summary>"41 (28–63)" with an interval, "41" without, a dash when not ranked or ranked alone.</summary>
    internal static string RankCell(Scorecard card, Scoring.Uncertainty.RankInterval? interval)
    {
        if (card.Overall.Rank is not { } r || !(card.Overall.RankOf >= CouncilPageBuilder.MinimumRanked))
        {
            return Format.Dash;
        }
        return interval is null ? Format.Int(r) : Format.Int(r) + " (" + Format.Int(interval.Lower) + "–" + Format.Int(interval.Upper) + ")";
    }

    internal static double Median(IReadOnlyList<double> sorted) =>
        sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;

    private static CellText Cell(double? score, double coverage) =>
        new(score is { } s ? Format.Number(s, 1) : "insufficient evidence", Format.Percent(coverage), score is not null);
}
