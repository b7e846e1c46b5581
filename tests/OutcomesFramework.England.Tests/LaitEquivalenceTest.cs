using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using OutcomesFramework.England.Internal;
using OutcomesFramework.England.Lait;
using OutcomesFramework.Evidence.Lait;
using OutcomesFramework.Periods;
using OutcomesFramework.Statistics;
using Xunit;
using OutcomesFramework.Evidence.Ees;

namespace OutcomesFramework.England.Tests;

/// <summary>
/// The shipped LAIT figures against LAIT's rules, worked out from the rows of <c>bds_long.csv.gz</c>: ranks and quartile
/// bands over the 153 authorities on the published values (ties take the lowest rank; R type-7 quartiles; A best),
/// no band where <c>No_Quartile</c> is <c>N</c>, the statistical-neighbour mean over the neighbours with a figure, and
/// England's row (LA number 970).
/// </summary>
public sealed class LaitEquivalenceTest
{
    private static readonly Lazy<CsvRecordTable> Rows = new(() =>
    {
        using var text = TestData.OpenLait();
        return CsvRecordTable.Parse("bds_long.csv", text.ReadToEnd());
    });

    private static EnglandData Data => EnglandData.Default;

    // Leeds is LA 383; Camden (202) is the second authority of one pin. Each row: key, LA number, the latest period,
    // value, rank, band, SN mean, England, as worked out (see the comment above each) from the file's rows.
    [Theory]
    // InfMort 2023, 145 LAs with a figure; 112 LAs below 5.0 -> rank 113; Q1/Q2/Q3 = 2.8/3.7/4.9, 5.0 > Q3 -> D (Low);
    // neighbours' figures sum 35.5 over 10 -> 3.55; England row 3.9.
    [InlineData("InfMort", "383", "2023", 5.0, 113, QuartileBand.D, 3.55, 3.9)]
    // Alcohol admissions <18, pool 2021/22-23/24, 146 LAs; 24 below 12.18 -> 25; Q1 14.475 -> A; SN sum 262.06/10.
    [InlineData("Hosp_Adm_Alc_<18yrs", "383", "2021/22-23/24", 12.18, 25, QuartileBand.A, 26.206, 22.56)]
    // Excess weight Year 6, 2025, 151 LAs; 65 below 36.3 -> 66; Q1 33.95 < 36.3 <= Q2 36.8 -> B; SN 370.8/10.
    [InlineData("ExcessYr6", "383", "2025", 36.3, 66, QuartileBand.B, 37.08, 36.2)]
    // Children killed or seriously injured on roads, pool 2020-22, 147 LAs; 138 below 31.19 -> 139; > Q3 19.725 -> D.
    [InlineData("RTA", "383", "2020-22", 31.19, 139, QuartileBand.D, 17.759, 16.45)]
    // CPP lasting 2 years or more, 2025 (year ending 31 March), 133 LAs; 61 below 4.5 -> 62; Q1 3.0 < 4.5 <= Q2 4.7 -> B.
    [InlineData("CPPlans2yrs", "383", "2025", 4.5, 62, QuartileBand.B, 4.96, 4.4)]
    // Looked-after children's health assessments (High), 2025, 151 LAs; 126 above 86 -> 127; 86 <= Q1 89 -> D.
    [InlineData("LACHealth%", "383", "2025", 86.0, 127, QuartileBand.D, 90.6, 90.0)]
    // Same measure, Camden: 17 above 97 -> 18; 97 > Q3 96 -> A; SN 943/10.
    [InlineData("LACHealth%", "202", "2025", 97.0, 18, QuartileBand.A, 94.3, 90.0)]
    // KS2 reading, writing and maths at the expected standard (High), 2025, 151 LAs; 90 above 61 -> 91; Q1 60 < 61 <= Q2 63 -> C.
    [InlineData("KS2RWM_Expected_STD", "383", "2025", 61.0, 91, QuartileBand.C, 60.9, 63.0)]
    // First-time entrants (Low), 2024, 148 LAs; 94 below 154 -> 95; Q2 136.5 < 154 <= Q3 185.5 -> C; SN 1614/10;
    // LAIT's England row for this measure is 1258.
    [InlineData("FirstYJS", "383", "2024", 154.0, 95, QuartileBand.C, 161.4, 1258.0)]
    // Re-offending 15-17 (Low), 2024, 143 LAs; 113 below 37.72 -> 114; > Q3 36.36 -> D; 9 neighbours with a figure,
    // sum 289.49 -> 32.1655...; England shows '-' (no figure).
    [InlineData("ReoffYO15-17", "383", "2024", 37.72, 114, QuartileBand.D, 32.165555555555557, double.NaN)]
    // 16-17 NEET (Low), 2025, all 153 LAs; 124 below 4.9 -> 125; > Q3 4.4 -> D; SN 44.1/10.
    [InlineData("16-17 NEET", "383", "2025", 4.9, 125, QuartileBand.D, 4.41, 3.4)]
    // Children in low-income families (Low), 2025, 153 LAs; 112 below 25 -> 113; Q2 18.5 < 25 <= Q3 25.5 -> C.
    [InlineData("ChildPov", "383", "2025", 25.0, 113, QuartileBand.C, 21.03, 19.8)]
    // Level 3 by 19 (High), 2024, 149 LAs; 105 above 52.838 -> 106; Q1 51.749 < 52.838 <= Q2 56.396 -> C.
    [InlineData("Level3Age19", "383", "2024", 52.838, 106, QuartileBand.C, 54.2218, 57.561)]
    public void PinnedFigure_EqualsLaitWorkedByHand(string key, string laNumber, string latest, double value, int rank, QuartileBand band, double snMean, double england)
    {
        var measure = Data.FindLaitMeasure(key)!;
        // A measure an EES file also publishes carries its figures under the EES indicator (LaitEesAgreementTest).
        var indicator = measure.PublishedAs ?? measure.Indicator;
        var period = Data.Observations.LatestPeriod(indicator.Id)!.Value;
        Assert.Equal(PeriodLabel.Parse(latest, indicator.PeriodKind, indicator.SnapshotMonth, indicator.SnapshotDay).Period, period);
        var figures = LibraryFigures(indicator.Id, indicator.Polarity, indicator.QuartileBanding, period, Data.Areas.Get(laNumber).Code);
        Assert.Equal(value, figures.Value);
        Assert.Equal(rank, figures.Rank);
        Assert.Equal(band, figures.Band);
        Assert.Equal(snMean, figures.NeighbourMean, 9);
        Assert.Equal(england, figures.England);
    }

    [Fact]
    public void EveryMeasureWithPolarity_LatestPeriod_EqualsLaitsRulesOnTheFileRows()
    {
        var table = Rows.Value;
        int key = table.Column(LaitReader.KeyColumn), years = table.Column(LaitReader.PeriodColumn), number = table.Column(LaitReader.CodeColumn), values = table.Column(LaitReader.ValueColumn);
        var laNumbers = Data.Areas.LocalAuthorities.Select(a => a.OldCode!).ToHashSet(StringComparer.Ordinal);
        var byMeasure = table.Rows.GroupBy(r => r[key], StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        var checkedMeasures = 0;
        foreach (var measure in Data.LaitMeasures.Where(m => m.Indicator.Polarity != Polarity.NoPolarity && m.PublishedAs is null))
        {
            var indicator = measure.Indicator;
            var period = Data.Observations.LatestPeriod(indicator.Id)!.Value;
            var rows = byMeasure[measure.Key].Where(r => PeriodLabel.TryParse(r[years], indicator.PeriodKind, indicator.SnapshotMonth, indicator.SnapshotDay, out var l, out _) && l.Period == period).ToList();
            // By hand: the published figures of the 153 authorities.
            var published = new Dictionary<string, double>(StringComparer.Ordinal);
            foreach (var r in rows.Where(r => laNumbers.Contains(r[number].Trim())))
            {
                if (double.TryParse(r[values], NumberStyles.Float, CultureInfo.InvariantCulture, out var v))
                {
                    published[r[number].Trim()] = v;
                }
            }
            var sorted = published.Values.OrderBy(v => v).ToArray();
            foreach (var la in Data.Areas.LocalAuthorities)
            {
                var figures = LibraryFigures(indicator.Id, indicator.Polarity, indicator.QuartileBanding, period, la.Code);
                if (!published.TryGetValue(la.OldCode!, out var v))
                {
                    Assert.True(double.IsNaN(figures.Value), measure.Key + " " + la.Name + ": LAIT has no figure, the library has one.");
                    Assert.Equal(0, figures.Rank);
                    continue;
                }
                var better = indicator.Polarity == Polarity.HigherIsBetter ? sorted.Count(x => x > v) : sorted.Count(x => x < v);
                Assert.True(v == figures.Value, measure.Key + " " + la.Name);
                Assert.True(better + 1 == figures.Rank, measure.Key + " " + la.Name + ": rank " + (better + 1) + " by hand, " + figures.Rank + " by the library.");
                Assert.True(HandBand(sorted, v, indicator.Polarity, indicator.QuartileBanding) == figures.Band, measure.Key + " " + la.Name + ": band.");
                var neighbours = Data.StatisticalNeighbours.NeighboursOf(la.Code).Select(n => Data.Areas.Get(n.AreaCode).OldCode!)
                    .Where(published.ContainsKey).Select(n => published[n]).ToList();
                if (neighbours.Count > 0)
                {
                    Assert.True(Math.Abs(neighbours.Average() - figures.NeighbourMean) < 1e-9, measure.Key + " " + la.Name + ": SN mean.");
                }
            }
            var englandRow = rows.SingleOrDefault(r => r[number].Trim() == "970");
            var englandValue = englandRow is not null && double.TryParse(englandRow[values], NumberStyles.Float, CultureInfo.InvariantCulture, out var e) ? e : double.NaN;
            Assert.True(englandValue.Equals(LibraryFigures(indicator.Id, indicator.Polarity, indicator.QuartileBanding, period, "E92000001").Value), measure.Key + ": England.");
            checkedMeasures++;
        }
        // 322 dictionary rows give a polarity; 14 keys sit under two topics, so every live measure with one is here,
        // apart from those an EES file publishes (their figures are the EES indicator's; LaitEesAgreementTest).
        var publishedByEes = Data.LaitMeasures.Count(m => m.Indicator.Polarity != Polarity.NoPolarity && m.PublishedAs is not null);
        Assert.True(checkedMeasures + publishedByEes >= 300, checkedMeasures + " measures checked, " + publishedByEes + " published by EES.");
    }

    // LAIT's calculate_quartile_band: R quantile type 7 over the LAs' figures; A best whatever the polarity.
    private static QuartileBand HandBand(double[] sorted, double v, Polarity polarity, bool banding)
    {
        if (!banding)
        {
            return QuartileBand.None;
        }
        double Q(double p)
        {
            var h = (sorted.Length - 1) * p;
            var lo = (int)Math.Floor(h);
            var hi = Math.Min(lo + 1, sorted.Length - 1);
            return sorted[lo] + ((h - lo) * (sorted[hi] - sorted[lo]));
        }
        double q1 = Q(0.25), q2 = Q(0.5), q3 = Q(0.75);
        return polarity == Polarity.LowerIsBetter
            ? v <= q1 ? QuartileBand.A : v <= q2 ? QuartileBand.B : v <= q3 ? QuartileBand.C : QuartileBand.D
            : v > q3 ? QuartileBand.A : v > q2 ? QuartileBand.B : v > q1 ? QuartileBand.C : QuartileBand.D;
    }

    // The library's figures: the shipped observations, ranked and banded by LaitBanding, the neighbour model's mean.
    private static (double Value, int Rank, QuartileBand Band, double NeighbourMean, double England) LibraryFigures(
        string indicatorId, Polarity polarity, bool banding, ReportingPeriod period, string areaCode)
    {
        var las = Data.Areas.LocalAuthorities;
        var values = las.Select(a => Data.Observations.Find(indicatorId, a.Code, period)?.Value ?? double.NaN).ToArray();
        var ranks = new int[values.Length];
        var bands = new QuartileBand[values.Length];
        LaitBanding.RankAndBand(values, polarity, banding, ranks, bands);
        var england = Data.Observations.Find(indicatorId, "E92000001", period)?.Value ?? double.NaN;
        var index = las.IndexOf(las.FirstOrDefault(a => a.Code == areaCode)!);
        if (index < 0)
        {
            return (england, 0, QuartileBand.None, double.NaN, england);
        }
        var neighbours = Data.StatisticalNeighbours.NeighboursOf(areaCode)
            .Select(n => Data.Observations.Find(indicatorId, n.AreaCode, period)?.Value).Where(v => v.HasValue).Select(v => v!.Value).ToList();
        return (values[index], ranks[index], bands[index], neighbours.Count == 0 ? double.NaN : neighbours.Average(), england);
    }
}
