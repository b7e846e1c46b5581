using System;
using System.Linq;
using OutcomesFramework.Evidence;
using OutcomesFramework.Periods;
using OutcomesFramework.Scoring;
using OutcomesFramework.Scoring.Output;
using Xunit;

namespace OutcomesFramework.Tests.Scoring;

/// <summary>
/// A council's own figure for a year England has not published yet (derived from its returns) is compared with the
/// latest published year: England, region, neighbours, rank, band and score from that year's figures, with the
/// council's own value in place of its published one.
/// </summary>
public class LatestPublishedComparatorsTest
{
    private static readonly ReportingPeriod March2025 = ReportingPeriod.YearEnding31March(2025);
    private static readonly ReportingPeriod March2026 = ReportingPeriod.YearEnding31March(2026);

    // The synthetic world has published figures up to 2024/25; council 0 adds its own 2025/26 bh-health: 180 of 200.
    private static readonly SyntheticWorld World = new(seed: 11);
    private static readonly string Council = SyntheticWorld.LaCodes[0];
    private const double Own = 90.0;

    private static ObservationSet WithOwnYear() =>
        ObservationSet.Create(World.Observations.Append(new Observation("bh-health", Council, March2026, Own, 180, 200)));

    private static ScoringEngine Engine(bool latestPublished)
    {
        var policy = ScoringPolicy.Default.WithLatestPublishedComparators(latestPublished);
        return new ScoringEngine(World.Framework, WithOwnYear(), World.Areas, World.Neighbours, policy);
    }

    private static double Published(string code) =>
        World.Observations.Single(o => o.IndicatorId == "bh-health" && o.AreaCode == code && o.Period == March2025).Value!.Value;

    [Fact]
    public void TheOwnYearIsComparedWithTheLatestPublishedYear()
    {
        var result = Engine(latestPublished: true).Score(Council, 2026).FindIndicator("bh-health")!;
        Assert.Equal(March2026, result.Period);
        Assert.Equal(March2025, result.ComparatorPeriod);
        Assert.Equal(Own, result.Value);
        Assert.Equal(Published(SyntheticWorld.England), result.England!.Value);
        Assert.Equal(Published(SyntheticWorld.NorthEast), result.Region!.Value);
        // Council 0's neighbours are councils 1, 2 and 3: their 2024/25 values.
        var neighbours = new[] { 1, 2, 3 }.Select(i => Published(SyntheticWorld.LaCodes[i])).ToArray();
        Assert.Equal(neighbours.Average(), result.Neighbours!.Value!.Value, 12);

        // The 2024/25 column of the eight councils with council 0's published value replaced by its own 90.0.
        var column = SyntheticWorld.LaCodes.Select(c => c == Council ? Own : Published(c)).ToArray();
        // Higher is better: rank 1 + the councils above it; the percentile score counts those below, ties half.
        Assert.Equal(1 + column.Count(v => v > Own), result.Ranking!.Rank);
        Assert.Equal(8, result.Ranking.Of);
        var worse = column.Count(v => v < Own);
        var tied = column.Count(v => v == Own);
        Assert.Equal(100.0 * (worse + ((tied - 1) / 2.0)) / (column.Length - 1), result.Score!.Value, 12);

        // The change is from the council's own published 2024/25 to its own 2025/26.
        Assert.Equal(Published(Council), result.Change!.PreviousValue);
        Assert.Contains(result.Notes, n => n.StartsWith("compared with the year ending 31 March 2025", StringComparison.Ordinal));
        // The comparison with England uses the council's interval (Wilson, 180 of 200) against England's 2024/25 value.
        Assert.Equal(Published(SyntheticWorld.England), result.Comparison!.ComparatorValue);
    }

    [Fact]
    public void WithoutThePolicyTheOwnYearHasNothingToCompareWith()
    {
        var result = Engine(latestPublished: false).Score(Council, 2026).FindIndicator("bh-health")!;
        Assert.Equal(March2026, result.Period);
        Assert.Null(result.ComparatorPeriod);
        Assert.Null(result.England);
        Assert.Contains(result.Notes, n => n.StartsWith("no England value", StringComparison.Ordinal));
        // Ranked alone: 1 of 1, and no band.
        Assert.Equal(1, result.Ranking!.Of);
        Assert.Null(result.Ranking.Band);
    }

    [Fact]
    public void PublishedYearsAreUnchangedByThePolicy()
    {
        // Every indicator of a published year (England has a value) gives the same JSON with the policy on or off,
        // apart from the policy's own flag.
        var on = ScorecardJson.ToJson(Engine(latestPublished: true).Score(SyntheticWorld.LaCodes[2], 2025));
        var off = ScorecardJson.ToJson(Engine(latestPublished: false).Score(SyntheticWorld.LaCodes[2], 2025));
        Assert.DoesNotContain("\"comparatorPeriod\"", off, StringComparison.Ordinal);
        Assert.DoesNotContain("\"comparatorPeriod\"", on, StringComparison.Ordinal);
        Assert.Equal(off, on.Replace(",\n    \"latestPublishedComparators\": true", string.Empty, StringComparison.Ordinal));
    }

    [Fact]
    public void TheJsonNamesTheComparatorPeriod()
    {
        var json = ScorecardJson.ToJson(Engine(latestPublished: true).Score(Council, 2026));
        Assert.Contains("\"latestPublishedComparators\": true", json, StringComparison.Ordinal);
        Assert.Contains("\"comparatorPeriod\"", json, StringComparison.Ordinal);
    }
}
