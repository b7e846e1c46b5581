using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using FsCheck;
using FsCheck.Xunit;
using OutcomesFramework.Evidence;
using OutcomesFramework.Scoring;
using OutcomesFramework.Scoring.Output;

namespace OutcomesFramework.Tests.Scoring;

/// <summary>
/// Disclosure control: no output (scorecard table, JSON and CSV, league JSON and table, explanations) lets a
/// suppressed figure (<c>c</c>) be worked out from what it shows. The property is the strongest form of that: the
/// outputs do not depend on the suppressed figure at all. A world in which one council's figure is suppressed
/// while its true numerator is still held (as a returns derivation or a reader may hold it) gives byte-identical
/// outputs whatever that numerator is, and the same outputs as a world where it was never known. Any output that
/// showed the numerator, or any sum, mean, quartile, rank or score that let it in (a total minus the other parts),
/// would differ.
/// </summary>
public class DisclosurePropertyTest
{
    // The indicators that carry a numerator and a denominator in the synthetic world (proportions and the rate).
    private static readonly string[] WithCounts = { "bh-health", "ss-rereferrals", "ss-repeat-plans", "ss-cla-rate", "ss-turnover", "ew-eet" };

    private static string Outputs(SyntheticWorld world, IEnumerable<Observation> observations)
    {
        var engine = new ScoringEngine(world.Framework, ObservationSet.Create(observations), world.Areas, world.Neighbours);
        var league = engine.ScoreAll(2025);
        using var w = new StringWriter(CultureInfo.InvariantCulture);
        w.Write(ScorecardJson.ToJson(league.Scorecards));
        w.Write(ScorecardJson.ToJson(league));
        w.Write(ScorecardJson.ToJson(league, "SS"));
        w.Write(ScorecardCsv.IndicatorsToCsv(league.Scorecards));
        w.Write(ScorecardCsv.OutcomesToCsv(league.Scorecards));
        ScorecardTable.Write(league, null, w);
        foreach (var card in league.Scorecards)
        {
            ScorecardTable.Write(card, w);
            w.Write(card.Explain().ToText());
        }
        return w.ToString();
    }

    private static List<Observation> Suppress(SyntheticWorld world, string indicatorId, string la, double? numerator, out double n)
    {
        var period = world.Framework.FindIndicator(indicatorId)!.PeriodEnding(2025);
        var original = world.Observations.Single(o => o.IndicatorId == indicatorId && o.AreaCode == la && o.Period == period);
        n = original.Denominator ?? 100;
        var denominator = original.Denominator;
        return world.Observations.Select(o => o.IndicatorId == indicatorId && o.AreaCode == la && o.Period == period
            ? new Observation(o.IndicatorId, o.AreaCode, o.Period, null, numerator, denominator, ObservationStatus.Suppressed)
            : o).ToList();
    }

    [Property(MaxTest = 25 / MutationTwin.Divisor)]
    public bool Outputs_DoNotDependOnASuppressedFigure(PositiveInt seed, NonNegativeInt laPick, NonNegativeInt indicatorPick, NonNegativeInt aPick, NonNegativeInt bPick)
    {
        var world = new SyntheticWorld(seed.Get);
        var la = SyntheticWorld.LaCodes[laPick.Get % SyntheticWorld.LaCodes.Length];
        var indicator = WithCounts[indicatorPick.Get % WithCounts.Length];
        var unknown = Outputs(world, Suppress(world, indicator, la, null, out var n));
        // Two different numerators the suppressed cell might hide (both possible: from 0 to the denominator).
        var a = aPick.Get % ((int)n + 1);
        var b = (a + 1 + (bPick.Get % (int)n)) % ((int)n + 1);
        var withA = Outputs(world, Suppress(world, indicator, la, a, out _));
        var withB = Outputs(world, Suppress(world, indicator, la, b, out _));
        return a != b && withA == unknown && withB == unknown;
    }

    [Property(MaxTest = 15)]
    public bool Outputs_NeverShowASuppressedCouncilsValueOrNumerator(PositiveInt seed, NonNegativeInt laPick, NonNegativeInt indicatorPick)
    {
        // The direct form, for a reader of the JSON: the suppressed council's own entry has status c, no value and no
        // numerator, and its neighbours' averages leave it out (used + excluded = neighbours, the average of the used).
        var world = new SyntheticWorld(seed.Get);
        var la = SyntheticWorld.LaCodes[laPick.Get % SyntheticWorld.LaCodes.Length];
        var id = WithCounts[indicatorPick.Get % WithCounts.Length];
        var observations = Suppress(world, id, la, 7, out _);
        var engine = new ScoringEngine(world.Framework, ObservationSet.Create(observations), world.Areas, world.Neighbours);
        var own = engine.Score(la, 2025).FindIndicator(id)!;
        var ok = own.Value is null && own.Observation?.Status == ObservationStatus.Suppressed && own.Score is null && own.Ranking is null;
        using var json = System.Text.Json.JsonDocument.Parse(ScorecardJson.ToJson(engine.Score(la, 2025)));
        var entry = json.RootElement.GetProperty("indicators").EnumerateArray().Single(e => e.GetProperty("id").GetString() == id);
        ok &= entry.GetProperty("status").GetString() == "c"
            && entry.GetProperty("value").ValueKind == System.Text.Json.JsonValueKind.Null
            && entry.GetProperty("numerator").ValueKind == System.Text.Json.JsonValueKind.Null;
        foreach (var other in SyntheticWorld.LaCodes.Where(c => c != la))
        {
            var s = engine.Score(other, 2025).FindIndicator(id)!;
            if (s.Neighbours is { } nb && nb.Neighbours.Any(v => v.AreaCode == la))
            {
                ok &= nb.Neighbours.Single(v => v.AreaCode == la) is { Value: null, Status: ObservationStatus.Suppressed };
                var shown = nb.Neighbours.Where(v => v.Value is not null).Select(v => v.Value!.Value).ToList();
                ok &= nb.UsedCount == shown.Count;
                ok &= shown.Count == 0 ? nb.Value is null : Math.Abs(nb.Value!.Value - shown.Average()) < 1e-9;
            }
        }
        return ok;
    }
}
