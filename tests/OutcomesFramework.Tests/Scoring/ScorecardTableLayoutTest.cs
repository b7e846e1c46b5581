using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using OutcomesFramework.Evidence;
using OutcomesFramework.Indicators;
using OutcomesFramework.Scoring;
using OutcomesFramework.Scoring.Output;
using OutcomesFramework.Statistics;
using Xunit;
using static OutcomesFramework.Tests.Scoring.ExpectedFigures;

namespace OutcomesFramework.Tests.Scoring;

/// <summary>
/// Reads the console tables back column by column and holds every cell to the scorecard it was written from, with
/// the expected text worked out here from the figures (rounded half away from zero, invariant), not by the writer's
/// own helpers.
/// </summary>
public sealed class ScorecardTableLayoutTest
{
    private static readonly SyntheticWorld World = new(seed: 11);

    // The indicator table's columns: (start, width, right-aligned), as laid out by the writer, two spaces in.
    private static readonly (string Name, int Start, int Width, bool Right)[] Columns =
    {
        ("title", 2, 39, false), ("period", 41, 9, false), ("value", 50, 9, true), ("england", 59, 9, true), ("region", 68, 9, true),
        ("neighbours", 77, 9, true), ("rank", 88, 9, false), ("band", 97, 5, false), ("comparison", 102, 10, false),
        ("change", 112, 14, false), ("trend", 126, 10, false), ("score", 136, 6, true),
    };

    /// <summary>The synthetic world with the last year withheld for one indicator, so that stale periods are shown too.</summary>
    private static ScoringEngine StaleEngine() => new(World.Framework,
        ObservationSet.Create(World.Observations.Where(o => !(o.IndicatorId == "ea-attainment" && o.Period.EndYear == 2025))), World.Areas, World.Neighbours);

    private static string Table(Scorecard card)
    {
        using var w = new StringWriter(CultureInfo.InvariantCulture);
        ScorecardTable.Write(card, w);
        return w.ToString();
    }

    private static string League(League league, string? outcome)
    {
        using var w = new StringWriter(CultureInfo.InvariantCulture);
        ScorecardTable.Write(league, outcome, w);
        return w.ToString();
    }

    private static string Cell(double? x, int dp) => x is { } v ? Fixed(v, dp) : "-";

    private static string Word(DirectionOfTravel d) => d switch
    {
        DirectionOfTravel.Improved => "better",
        DirectionOfTravel.Worsened => "worse",
        DirectionOfTravel.Increased => "up",
        DirectionOfTravel.Decreased => "down",
        _ => "same",
    };

    private static string Word(TrendDirection d) => d switch
    {
        TrendDirection.NoSignificantChange => "no change",
        TrendDirection.Increasing => "up",
        TrendDirection.Decreasing => "down",
        TrendDirection.IncreasingAndGettingBetter or TrendDirection.DecreasingAndGettingBetter => "better",
        TrendDirection.IncreasingAndGettingWorse or TrendDirection.DecreasingAndGettingWorse => "worse",
        _ => "-",
    };

    private static string Word(BenchmarkOutcome o) => o switch
    {
        BenchmarkOutcome.Better => "better",
        BenchmarkOutcome.Similar => "similar",
        BenchmarkOutcome.Worse => "worse",
        BenchmarkOutcome.NotCompared => "-",
        _ => o.ToString().ToLowerInvariant(),
    };

    /// <summary>What each cell of an indicator's row should read.</summary>
    private static Dictionary<string, string> Expected(IndicatorScore i)
    {
        var dp = i.Indicator.DecimalPlaces;
        var status = i.Observation?.Status;
        var value = i.Value is { } v ? Fixed(v, dp) + (status == ObservationStatus.LowReliability ? "u" : string.Empty)
            : status is { } s && s != ObservationStatus.Value ? ObservationStatuses.ToSymbol(s) : "-";
        var change = i.Change is { } ch ? (Round(ch.Change, dp) > 0 ? "+" : string.Empty) + Fixed(ch.Change, dp) + " " + Word(ch.Direction) : "-";
        return new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["title"] = i.Indicator.Id + i.Indicator.Role switch { IndicatorRole.Outcome => string.Empty, IndicatorRole.Context => " [context]", _ => " [enabler]" },
            ["period"] = (i.Period?.Label ?? "-") + (i.IsStale ? "*" : string.Empty),
            ["value"] = value,
            ["england"] = Cell(i.England?.Value, dp),
            ["region"] = Cell(i.Region?.Value, dp),
            ["neighbours"] = Cell(i.Neighbours?.Value, dp),
            ["rank"] = i.Ranking is { } r ? r.Rank.ToString(CultureInfo.InvariantCulture) + "/" + r.Of.ToString(CultureInfo.InvariantCulture) : "-",
            ["band"] = i.Ranking?.Band?.ToString() ?? "-",
            ["comparison"] = i.Comparison is { } c ? Word(c.Outcome) : "-",
            ["change"] = change,
            ["trend"] = i.Trend is { } t ? Word(t.Direction) : "-",
            ["score"] = i.Score is { } sc ? Short(sc.Value, 1) : "-",
        };
    }

    private static string ScoreText(double? s) => s is { } x ? Short(x, 2) : "insufficient evidence";

    [Fact]
    public void IndicatorRows_ReadBackColumnByColumn_AreTheScorecardsFigures()
    {
        var engine = StaleEngine();
        var shown = new HashSet<string>(StringComparer.Ordinal);
        foreach (var card in engine.ScoreAll(2025).Scorecards)
        {
            var lines = Table(card).Split('\n');
            foreach (var outcome in card.Outcomes)
            {
                var heading = Array.FindIndex(lines, l => l.StartsWith(outcome.Outcome.Id + " " + outcome.Outcome.Name + ": ", StringComparison.Ordinal));
                Assert.True(heading > 0, outcome.Outcome.Id);
                Assert.Equal(outcome.Outcome.Id + " " + outcome.Outcome.Name + ": " + ScoreText(outcome.Score) + (outcome.Band is { } b ? " (band " + b + ")" : string.Empty)
                    + ", coverage " + Percent(outcome.Coverage), lines[heading]);
                Assert.Equal(string.Empty, lines[heading - 1]);
                if (outcome.Indicators.IsEmpty)
                {
                    Assert.Equal("  (no indicators)", lines[heading + 1]);
                    shown.Add("(none)");
                    continue;
                }
                Assert.Equal("  Indicator (id, title)                  Period   " + "    Value  England   Region  Neighb.  Rank     Band vs comp.  Change        Trend      Score", lines[heading + 1]);
                var at = heading + 2;
                foreach (var i in outcome.Indicators)
                {
                    var row = lines[at++];
                    Assert.Equal(142, row.Length);
                    Assert.Equal("  ", row.Substring(0, 2));
                    Assert.Equal("  ", row.Substring(86, 2));
                    var expected = Expected(i);
                    foreach (var (name, start, width, right) in Columns)
                    {
                        var cell = row.Substring(start, width);
                        Assert.Equal(right ? expected[name].PadLeft(width) : expected[name].PadRight(width), cell);
                        if (expected[name] != "-")
                        {
                            shown.Add(name);
                        }
                    }
                    // The whole title beneath, wrapped to 36 characters, each line four spaces in.
                    var title = new List<string>();
                    while (at < lines.Length && lines[at].StartsWith("    ", StringComparison.Ordinal))
                    {
                        Assert.InRange(lines[at].Length - 4, 1, 36);
                        title.Add(lines[at++].Substring(4));
                    }
                    Assert.Equal(string.Join(" ", i.Indicator.Title.Split(' ', StringSplitOptions.RemoveEmptyEntries)), string.Join(" ", title));
                }
            }
        }
        Assert.Equal(Columns.Select(c => c.Name).Prepend("(none)"), shown.OrderBy(n => Array.FindIndex(Columns, c => c.Name == n)));
    }

    [Fact]
    public void Heading_Overall_Stale_AndLegend_ReadAsDocumented()
    {
        var engine = StaleEngine();
        var card = engine.Score(SyntheticWorld.LaCodes[1], 2025);
        var lines = Table(card).Split('\n');
        var p = card.Policy;
        Assert.Equal($"{card.Area.Name} ({card.Area.OldCode}, {card.Area.Code}): scorecard for 2025", lines[0]);
        Assert.Equal($"Framework: {card.Framework} | compared with England at 95% | neighbours: {card.NeighbourModelName} (mean)", lines[1]);
        Assert.Equal(NeighbourAverage.Mean, p.NeighbourAverage);
        Assert.Equal("Overall: " + ScoreText(card.Overall.Score) + " (band " + card.Overall.Band + "), coverage " + Percent(card.Overall.Coverage), lines[2]);
        Assert.False(card.Overall.IsLimited);
        var legend = Array.IndexOf(lines, "Legend");
        Assert.Equal("* stale: the indicator's latest data is from a period before 2025", lines[legend - 2]);
        Assert.Equal(new[]
        {
            "Legend",
            "  Value, England, Region, Neighb. (the statistical neighbours' mean): to each indicator's decimal places; Change likewise.",
            "  c suppressed (never zero), x not available, z not applicable, u low reliability (after a value), low rounds to zero, - no figure.",
            "  Rank r/n: r-th of the n councils with a value, 1 the best. Band: LAIT quartile, A the best quarter to D the worst;",
            $"    none (-) for a measure with no polarity, one that opts out, or fewer than {ScoringEngine.MinimumCouncilsForBand} councils with a value.",
            "  vs comp.: the value against England at 95%: better, similar or worse (best and worst at 99.8%);",
            "    higher or lower (highest, lowest) for a measure with no polarity; - not compared.",
            "  Change: since the previous period, better or worse (up or down with no polarity). Trend: the recent periods' direction.",
            "  Score: 0 to 100, outcome indicators only; [context] and [enabler] measures are compared, never scored.",
            string.Empty,
        }, lines.Skip(legend));
    }

    [Fact]
    public void Overall_LimitedByTheRule_SaysFromWhichBand()
    {
        // Any stay-safe band triggers a rule whose trigger is A; the overall band is then capped at D.
        var league = World.Engine(ScoringPolicy.Default.WithLimitingRule(new LimitingRule("SS", ScoreBand.A, ScoreBand.D))).ScoreAll(2025);
        var card = league.Scorecards.First(c => c.Overall.IsLimited);
        Assert.Equal("Overall: " + ScoreText(card.Overall.Score) + " (band D, limited from " + card.Overall.UnlimitedBand + "), coverage " + Percent(card.Overall.Coverage),
            Table(card).Split('\n')[2]);
        var plain = World.Engine().ScoreAll(2025).Scorecards.First(c => c.Overall.Band is not null);
        Assert.DoesNotContain("limited", Table(plain).Split('\n')[2], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("SS")]
    public void League_RowsReadBack_AsTheRankedScores_WithThinCoverageMarked(string? outcome)
    {
        // A ranking threshold above every council's coverage marks some ranks thin; the default marks none.
        foreach (var threshold in new[] { 0.99, 0.0 })
        {
            var league = World.Engine(ScoringPolicy.Default.WithRankingCoverage(RankingCoverage.Flag(threshold))).ScoreAll(2025);
            var ranked = league.Ranked(outcome);
            var lines = League(league, outcome).Split('\n');
            Assert.Equal($"League: {outcome ?? "overall"}, 2025 ({ranked.Length} authorities)", lines[0]);
            var nameWidth = Math.Max(9, ranked.Max(c => c.Area.Name.Length)) + 2;
            Assert.Equal(16 + 2, nameWidth); // "City of Westgate" is the longest name
            Assert.Equal("Rank  " + "Authority".PadRight(nameWidth) + "Score   Band  Coverage  BH      SS      EA      PC      EW      Overall", lines[1]);
            var thin = false;
            for (var k = 0; k < ranked.Length; k++)
            {
                var card = ranked[k];
                var o = outcome is null ? null : card.FindOutcome(outcome)!;
                var measure = o is null
                    ? (card.Overall.Score, card.Overall.Band, card.Overall.Coverage, card.Overall.IsThinCoverage, card.Overall.Rank)
                    : (o.Score, o.Band, o.Coverage, o.IsThinCoverage, o.Rank);
                Assert.Equal(measure.Coverage < threshold, measure.IsThinCoverage);
                thin |= measure.IsThinCoverage;
                var expected = ((measure.Rank?.ToString(CultureInfo.InvariantCulture) ?? "-") + (measure.IsThinCoverage ? "*" : string.Empty)).PadRight(6)
                    + card.Area.Name.PadRight(nameWidth) + ScoreText(measure.Score).PadRight(8) + (measure.Band?.ToString() ?? "-").PadRight(6) + Percent(measure.Coverage).PadRight(10)
                    + string.Concat(card.Outcomes.Select(x => (x.Score is { } s ? Short(s, 1) : "-").PadRight(8)))
                    + (card.Overall.Score is { } ov ? Short(ov, 1) : "-");
                Assert.Equal(expected, lines[2 + k]);
            }
            Assert.True(thin || threshold < 0.5 || outcome is not null, "the overall coverage of some council is below 99%");
            var tail = lines.Skip(2 + ranked.Length).ToArray();
            Assert.Equal(thin ? new[] { string.Empty, "* coverage below the ranking threshold of 99% (rule: flag below 99%)", string.Empty } : new[] { string.Empty }, tail);
        }
    }

    [Theory]
    [InlineData("Children looked after", 36, new[] { "Children looked after" })]
    [InlineData("aaaa bbbb cccc", 9, new[] { "aaaa bbbb", "cccc" })]
    [InlineData("aaaa bbbb cccc", 8, new[] { "aaaa", "bbbb", "cccc" })]
    [InlineData("abcdefghij kl", 4, new[] { "abcd", "efgh", "ij", "kl" })]
    [InlineData("abcd", 4, new[] { "abcd" })]
    [InlineData("  two  spaces  ", 36, new[] { "two spaces" })]
    [InlineData("", 36, new string[0])]
    public void Wrap_BreaksAtSpaces_CutsOnlyLongerWords(string text, int width, string[] expected)
    {
        Assert.Equal(expected, ScorecardTable.Wrap(text, width));
    }

    [Fact]
    public void Writers_RefuseNullArguments()
    {
        using var w = new StringWriter(CultureInfo.InvariantCulture);
        var league = World.Engine().ScoreAll(2025);
        Assert.Throws<ArgumentNullException>("scorecard", () => ScorecardTable.Write((Scorecard)null!, w));
        Assert.Throws<ArgumentNullException>("writer", () => ScorecardTable.Write(league.Scorecards[0], null!));
        Assert.Throws<ArgumentNullException>("league", () => ScorecardTable.Write((League)null!, null, w));
        Assert.Throws<ArgumentNullException>("writer", () => ScorecardTable.Write(league, null, null!));
        Assert.Equal(string.Empty, w.ToString());
    }
}
