using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using OutcomesFramework.England.Internal;
using OutcomesFramework.Scoring;
using OutcomesFramework.Statistics;
using Xunit;
using OutcomesFramework.Evidence.Ees;

namespace OutcomesFramework.England.Tests.Scoring;

/// <summary>
/// Scorecard figures checked against the published 2025 files: every expected value is worked out here with a few
/// lines of arithmetic over the raw CSV rows (DfE EES files, Open Government Licence v3.0), not with the engine's code.
/// </summary>
public sealed class RealDataScoringTest
{
    private static readonly Lazy<ScoringEngine> Engine = new(() =>
        new ScoringEngine(EnglandData.Default.Framework, EnglandData.Default.Observations, EnglandData.Default.Areas, EnglandData.Default.StatisticalNeighbours));

    private static CsvRecordTable Ees(string file) => CsvRecordTable.Parse(file, File.ReadAllText(Path.Combine(TestData.EesDirectory, file)));

    /// <summary>The 2025 local-authority rows of a file that pass a filter, by DfE 3-digit code, with the value of a column
    /// (rows whose cell is a symbol such as c or z are left out, as missing). Combined rows ("940 / 941") name no single council.</summary>
    private static Dictionary<string, double> LaValues2025(CsvRecordTable t, string column, Func<CsvRecordTable, string[], bool> filter)
    {
        var result = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var row in t.Rows)
        {
            if (row[t.Column("time_period")] == "2025" && row[t.Column("geographic_level")] == "Local authority" && filter(t, row)
                && !row[t.Column("old_la_code")].Contains('/', StringComparison.Ordinal)
                && double.TryParse(row[t.Column(column)], NumberStyles.Float, CultureInfo.InvariantCulture, out var v))
            {
                result[row[t.Column("old_la_code")]] = v;
            }
        }
        return result;
    }

    private static string[] NeighbourCodes(string oldCode)
    {
        var sn = CsvRecordTable.Parse("sn", File.ReadAllText(TestData.Fixture("statistical_neighbours_2025_long.csv")));
        return sn.Rows.Where(r => r[sn.Column("old_la_code")] == oldCode).OrderBy(r => int.Parse(r[sn.Column("sn_rank")], CultureInfo.InvariantCulture))
            .Select(r => r[sn.Column("sn_old_la_code")]).ToArray();
    }

    /// <summary>R type-7 quantile, written out: h = (n − 1)p + 1, interpolating between the order statistics around h.</summary>
    private static double Quantile(double[] sorted, double p)
    {
        var h = ((sorted.Length - 1) * p) + 1;
        var lo = (int)Math.Floor(h);
        return lo >= sorted.Length ? sorted[^1] : sorted[lo - 1] + ((h - lo) * (sorted[lo] - sorted[lo - 1]));
    }

    [Fact]
    public void Rereferrals_Leeds2025_RankBandNeighbourMeanAndEnglandComparison()
    {
        var c1 = Ees("c1_children_in_need_referrals_and_rereferrals_2013_to_2025.csv");
        var values = LaValues2025(c1, "rereferral_percent", (t, r) => r[t.Column("category")] == "Referrals and Re-referrals");
        var leedsRow = c1.Rows.Single(r => r[0] == "2025" && r[c1.Column("old_la_code")] == "383");
        var x = values["383"];
        Assert.Equal(24.2, x);

        var result = Engine.Value.Score("Leeds", 2025).FindIndicator("rereferrals")!;
        Assert.Equal(x, result.Value);

        // Lower is better: rank 1 is the lowest; ties share the best rank.
        Assert.Equal(1 + values.Values.Count(v => v < x), result.Ranking!.Rank);
        Assert.Equal(values.Count, result.Ranking.Of);

        // Quartile band, lower is better: A up to Q1, B up to the median, C up to Q3, D above.
        var sorted = values.Values.OrderBy(v => v).ToArray();
        var q1 = Quantile(sorted, 0.25);
        var q2 = Quantile(sorted, 0.5);
        var q3 = Quantile(sorted, 0.75);
        var band = x <= q1 ? QuartileBand.A : x <= q2 ? QuartileBand.B : x <= q3 ? QuartileBand.C : QuartileBand.D;
        Assert.Equal(band, result.Ranking.Band);
        Assert.Equal(q3, result.Ranking.CutPoints!.Value.UpperQuartile, 12);

        // Statistical-neighbour mean of the ten 2025 neighbours (LAIT).
        var neighbours = NeighbourCodes("383");
        Assert.Equal(10, neighbours.Length);
        Assert.Equal(neighbours.Select(c => values[c]).Sum() / 10, result.Neighbours!.Value!.Value, 9);

        // England 22.6%; Wilson 95% interval of 2494 re-referrals in 10304 referrals, written out.
        var count = double.Parse(leedsRow[c1.Column("rereferral_count")], CultureInfo.InvariantCulture);
        var n = double.Parse(leedsRow[c1.Column("referral_count")], CultureInfo.InvariantCulture);
        const double z = 1.959963984540054;
        var lower = 100 * ((2 * count) + (z * z) - (z * Math.Sqrt((z * z) + (4 * count * (1 - (count / n)))))) / (2 * (n + (z * z)));
        var upper = 100 * ((2 * count) + (z * z) + (z * Math.Sqrt((z * z) + (4 * count * (1 - (count / n)))))) / (2 * (n + (z * z)));
        Assert.Equal(lower, result.Interval!.Value.Lower, 9);
        Assert.Equal(upper, result.Interval.Value.Upper, 9);
        Assert.Equal(22.6, result.England!.Value);
        // 22.6 lies below the interval, and Leeds's value is above England's where lower is better: worse.
        Assert.True(22.6 < lower);
        Assert.Equal(BenchmarkOutcome.Worse, result.Comparison!.Outcome);

        // Percentile-rank score: authorities with a higher (worse) value, ties counted half.
        var worse = values.Values.Count(v => v > x);
        var tied = values.Values.Count(v => v == x);
        Assert.Equal(100.0 * (worse + ((tied - 1) / 2.0)) / (values.Count - 1), result.Score!.Value, 9);
    }

    [Fact]
    public void LongTermStability_Hackney2025_RankBandAndNeighbourMeanWithMissingNeighboursExcluded()
    {
        var file = Ees("la_cla_placement_stability.csv");
        var values = LaValues2025(file, "children_percent", (t, r) =>
            r[t.Column("cla_group")] == "Children looked after continuously for at least 2.5 years on 31 March aged under 16 years"
            && r[t.Column("placement_stability")] == "Living with the same carer for at least 2 years");
        var card = Engine.Value.Score("204", 2025); // Hackney
        var result = card.FindIndicator("cla-long-term-stability")!;
        var x = values["204"];
        Assert.Equal(x, result.Value);

        // Higher is better: rank 1 is the highest.
        Assert.Equal(1 + values.Values.Count(v => v > x), result.Ranking!.Rank);
        Assert.Equal(values.Count, result.Ranking.Of);
        var sorted = values.Values.OrderBy(v => v).ToArray();
        var band = x > Quantile(sorted, 0.75) ? QuartileBand.A : x > Quantile(sorted, 0.5) ? QuartileBand.B : x > Quantile(sorted, 0.25) ? QuartileBand.C : QuartileBand.D;
        Assert.Equal(band, result.Ranking.Band);

        var neighbours = NeighbourCodes("204");
        var present = neighbours.Where(values.ContainsKey).ToArray();
        Assert.Equal(present.Length, result.Neighbours!.UsedCount);
        Assert.Equal(neighbours.Length - present.Length, result.Neighbours.MissingCount);
        Assert.Equal(present.Select(c => values[c]).Sum() / present.Length, result.Neighbours.Value!.Value, 9);
    }

    [Fact]
    public void SocialWorkerTurnover_30September2025_IsRankedAsAnEnablerButNeverScored()
    {
        var csww = Ees("csww_indicators_2017_to_2025.csv");
        var values = LaValues2025(csww, "turnover_rate_fte", (_, _) => true);
        var card = Engine.Value.Score("Cornwall", 2025);
        var result = card.FindIndicator("sw-turnover-rate")!;
        var x = values["908"];
        Assert.Equal(x, result.Value);
        Assert.Equal(2025, result.Period!.Value.EndYear);
        Assert.Equal(1 + values.Values.Count(v => v < x), result.Ranking!.Rank);
        Assert.Equal(values.Count, result.Ranking.Of);
        Assert.Null(result.Score);
        Assert.Equal(11.8, result.England!.Value);
    }

    [Fact]
    public void StayingSafe_OutcomeScore_IsTheMeanOfItsIndicatorScores()
    {
        var card = Engine.Value.Score("Leeds", 2025);
        var ss = card.FindOutcome("SS")!;
        var scored = ss.Indicators.Where(i => i.CountsTowardsOutcome && i.Score is not null).ToList();
        // Stay safe scores 12 indicators (docs/default-framework.md): re-referrals, repeat plans, three or more placements,
        // long-term stability, three or more social workers (EES), and from LAIT road casualties, conferences within 15
        // days, assessments within 45 days, plans reviewed in time, plans ending after two years, placed over 20 miles,
        // adopted. Plans open two years or more at 31 March is an enabler (94 authorities have a figure).
        Assert.Equal(12, ss.Indicators.Count(i => i.CountsTowardsOutcome));
        Assert.Equal(scored.Sum(i => i.Score!.Value) / scored.Count, ss.Score!.Value, 9);
        Assert.Equal(1.0, ss.Coverage);
    }

    [Fact]
    public void League_2025_RanksEveryCouncilAndIsTheSameOnTwoThreads()
    {
        var one = Engine.Value.ScoreAll(2025);
        var two = Engine.Value.ScoreAll(2025, maxDegreeOfParallelism: 2);
        Assert.Equal(153, one.Scorecards.Length);
        Assert.Equal(OutcomesFramework.Scoring.Output.ScorecardJson.ToJson(one.Scorecards), OutcomesFramework.Scoring.Output.ScorecardJson.ToJson(two.Scorecards));
        var ranked = one.Scorecards.Where(c => c.Overall.Rank is not null).ToList();
        Assert.Contains(ranked, c => c.Overall.Rank == 1);
        Assert.All(ranked, c => Assert.Equal(ranked.Count, c.Overall.RankOf));
    }
}
