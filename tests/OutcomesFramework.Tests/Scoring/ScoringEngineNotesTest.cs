using System.Collections.Generic;
using System.Linq;
using OutcomesFramework.Areas;
using OutcomesFramework.Evidence;
using OutcomesFramework.Frameworks;
using OutcomesFramework.Indicators;
using OutcomesFramework.Outcomes;
using OutcomesFramework.Periods;
using OutcomesFramework.Scoring;
using Xunit;

namespace OutcomesFramework.Tests.Scoring;

/// <summary>
/// Every figure the engine cannot give carries a note saying why, in the documented words, on a hand-made data set in
/// which each authority lacks something different: an interval (zero denominator, numerator above the denominator,
/// no counts, a mean), a previous value, neighbours, a band, a target, or every figure of a year.
/// </summary>
public sealed class ScoringEngineNotesTest
{
    private static readonly string[] La = SyntheticWorld.LaCodes;

    private static readonly Indicator Prop = SyntheticWorld.Proportion("bh-prop", "BH", "BH1", Polarity.HigherIsBetter);

    private static readonly Indicator Mean = new Indicator("ss-mean", "Mean days", "SS", new[] { "SS1" }, MeasureKind.Mean, Polarity.LowerIsBetter, "days", PeriodKind.YearEnding31March);

    private static readonly Indicator NoBand = new Indicator("ea-noband", "Narrow score", "EA", new[] { "EA5" }, MeasureKind.Score, Polarity.HigherIsBetter, "points", PeriodKind.YearEnding31March)
        .WithQuartileBanding(false);

    private static readonly Indicator Late = SyntheticWorld.Proportion("ew-late", "EW", "EW1", Polarity.HigherIsBetter);

    // An indicator of the framework without a single observation.
    private static readonly Indicator None = SyntheticWorld.Proportion("bh-none", "BH", "BH1", Polarity.HigherIsBetter);

    private static readonly Framework Framework = new("notes", "Notes framework", "1", EveryChildMatters.Outcomes, new[] { Prop, Mean, NoBand, Late, None });

    private static ReportingPeriod Year(int y) => ReportingPeriod.YearEnding31March(y);

    private static IEnumerable<Observation> Observations()
    {
        // bh-prop 2025, authority by authority: 0 a zero denominator, 1 a numerator above its denominator, 2 no counts,
        // 3 no 2024 value; the others plain.
        yield return new Observation("bh-prop", La[0], Year(2025), 40, 0, 0);
        yield return new Observation("bh-prop", La[1], Year(2025), 120, 120, 100);
        yield return new Observation("bh-prop", La[2], Year(2025), 55);
        for (var i = 3; i < La.Length; i++)
        {
            yield return new Observation("bh-prop", La[i], Year(2025), 40 + (5 * i), 40 + (5 * i), 100);
        }
        for (var i = 0; i < La.Length; i++)
        {
            if (i != 3)
            {
                yield return new Observation("bh-prop", La[i], Year(2024), 50, 50, 100);
            }
            yield return new Observation("ss-mean", La[i], Year(2025), 10 + i);
            yield return new Observation("ea-noband", La[i], Year(2025), 30 + i);
            yield return new Observation("ew-late", La[i], Year(2025), 60 + i, 60 + i, 100);
            yield return new Observation("ss-mean", La[i], Year(2024), 12 + i);
        }
        // A row for a code the catalogue does not know (a pseudo-authority): neither scored nor compared.
        yield return new Observation("bh-prop", "E99999999", Year(2025), 99, 99, 100);
        foreach (var (code, value) in new[] { (SyntheticWorld.England, 61.0), (SyntheticWorld.NorthEast, 62.0), (SyntheticWorld.London, 63.0), (SyntheticWorld.InnerLondon, 64.0), ("E13000002", 65.0) })
        {
            yield return new Observation("bh-prop", code, Year(2025), value);
        }
    }

    // Every authority has three neighbours except the first, which has none; Eastbridge's are listed under its earlier code.
    private static StatisticalNeighbourModel Neighbours()
    {
        var map = new List<KeyValuePair<string, IEnumerable<StatisticalNeighbour>>>();
        for (var i = 1; i < La.Length; i++)
        {
            var list = Enumerable.Range(1, 3).Select(k => new StatisticalNeighbour(La[(i + k) % La.Length], k, Closeness.Close)).ToList();
            map.Add(new KeyValuePair<string, IEnumerable<StatisticalNeighbour>>(i == 7 ? "E09000099" : La[i], list));
        }
        return new StatisticalNeighbourModel("Notes neighbours", map);
    }

    private static ScoringEngine Engine(ScoringPolicy? policy = null) =>
        new(Framework, ObservationSet.Create(Observations()), SyntheticWorld.BuildAreas(), Neighbours(), policy);

    private static IndicatorScore Of(string la, string indicator, int year = 2025, ScoringPolicy? policy = null) =>
        Engine(policy).Score(la, year).FindIndicator(indicator)!;

    [Fact]
    public void ZeroDenominator_HasNoInterval_AndSaysSo()
    {
        var s = Of(La[0], "bh-prop");
        Assert.Equal(40, s.Value);
        Assert.Null(s.Interval);
        Assert.Contains("no confidence interval: the denominator is zero", s.Notes);
        Assert.Equal("no confidence interval", s.Comparison!.Reason);
    }

    [Fact]
    public void NumeratorAboveDenominator_HasNoInterval_AndSaysSo()
    {
        var s = Of(La[1], "bh-prop");
        Assert.Null(s.Interval);
        Assert.Contains("no confidence interval: the numerator exceeds the denominator", s.Notes);
    }

    [Fact]
    public void NoCounts_HasNoInterval_AndSaysSo_WhileAPlainRowHasOne()
    {
        var s = Of(La[2], "bh-prop");
        Assert.Null(s.Interval);
        Assert.Contains("no confidence interval: the numerator and denominator are not both known", s.Notes);
        var plain = Of(La[4], "bh-prop");
        Assert.NotNull(plain.Interval);
        Assert.DoesNotContain(plain.Notes, n => n.StartsWith("no confidence interval", System.StringComparison.Ordinal));
    }

    [Fact]
    public void Mean_HasNoInterval_BecauseTheObservationCarriesNoSpread()
    {
        var s = Of(La[4], "ss-mean");
        Assert.Null(s.Interval);
        Assert.Contains("no confidence interval: a mean needs the standard deviation and count, which the observation does not carry", s.Notes);
        // A score has no interval by nature, and no note about one.
        Assert.DoesNotContain(Of(La[4], "ea-noband").Notes, n => n.Contains("confidence interval", System.StringComparison.Ordinal));
    }

    [Fact]
    public void NoPreviousValue_HasNoChange_AndNamesThePeriodItLacks()
    {
        var s = Of(La[3], "bh-prop");
        Assert.Null(s.Change);
        Assert.Contains("no change from the previous period: no value for the " + Year(2024), s.Notes);
        var other = Of(La[4], "bh-prop");
        Assert.Equal(Year(2024), other.Change!.PreviousPeriod);
        Assert.Equal(60 - 50, other.Change.Change);
        // The first period of an indicator has nothing before it: the note names the period it would need.
        Assert.Contains("no change from the previous period: the data has no " + Year(2024), Of(La[4], "ew-late").Notes);
    }

    [Fact]
    public void AuthorityWithoutNeighbours_HasNoNeighbourFigure_AndSaysSo()
    {
        var s = Of(La[0], "bh-prop");
        Assert.Null(s.Neighbours);
        Assert.Contains("the statistical-neighbour model lists no neighbours for Northtown A", s.Notes);
        Assert.NotNull(Of(La[1], "bh-prop").Neighbours);
    }

    [Fact]
    public void NeighboursListedUnderAnEarlierCode_AreFound()
    {
        var s = Of(La[7], "bh-prop");
        Assert.Equal(3, s.Neighbours!.Neighbours.Length);
        Assert.Equal(3, s.Neighbours.UsedCount);
        Assert.Equal(0, s.Neighbours.MissingCount);
        // Eastbridge (7) is followed by 0, 1 and 2 in the cyclic list; their 2025 values are 40, 120 and 55.
        Assert.Equal(new[] { La[0], La[1], La[2] }, s.Neighbours.Neighbours.Select(n => n.AreaCode).ToArray());
        Assert.Equal((40 + 120 + 55) / 3.0, s.Neighbours.Value!.Value, 12);
        Assert.DoesNotContain(s.Notes, n => n.StartsWith("the statistical-neighbour model", System.StringComparison.Ordinal));
    }

    [Fact]
    public void PseudoAuthorityRows_AreNeitherRankedNorCompared()
    {
        var s = Of(La[4], "bh-prop");
        // Eight catalogue authorities have a 2025 value; the unknown code's 99 would have ranked first.
        Assert.Equal(8, s.Ranking!.Of);
        // Values 40, 120, 55, 55, 60, 65, 70, 75 (authorities 0–7): 60 is bettered by 120, 75, 70 and 65.
        Assert.Equal(5, s.Ranking.Rank);
    }

    [Fact]
    public void IndicatorThatOptsOutOfBanding_IsRankedWithoutABand_AndSaysSo()
    {
        var s = Of(La[4], "ea-noband");
        Assert.NotNull(s.Ranking);
        Assert.Null(s.Ranking!.Band);
        Assert.Null(s.Ranking.CutPoints);
        Assert.Contains("no quartile band: the indicator opts out of banding (data range is too small)", s.Notes);
        Assert.NotNull(Of(La[4], "bh-prop").Ranking!.Band);
    }

    [Fact]
    public void DistanceToTargetWithoutATarget_GivesNoScore_AndSaysWhy()
    {
        var policy = ScoringPolicy.Default.WithIndicator("ea-noband", IndicatorPolicy.None.WithNormalisation(Normalisation.DistanceToTarget()));
        var s = Of(La[4], "ea-noband", policy: policy);
        Assert.Null(s.Score);
        Assert.Contains("no score: distanceToTarget(local target) needs a target, and none is set", s.Notes);
        var withTarget = Of(La[4], "ea-noband", policy: policy.WithIndicator("ea-noband", IndicatorPolicy.None.WithNormalisation(Normalisation.DistanceToTarget()).WithTarget(new LocalTarget(40))));
        Assert.NotNull(withTarget.Score);
    }

    [Fact]
    public void RegionComparator_UsesTheRegion_OrInnerOrOuterLondonForLondonBoroughs()
    {
        var policy = ScoringPolicy.Default.WithComparator(Comparator.Region);
        Assert.Equal(62.0, Of(La[4], "bh-prop", policy: policy).Comparison!.ComparatorValue);
        var westgate = Of(La[6], "bh-prop", policy: policy);
        Assert.Equal(64.0, westgate.Comparison!.ComparatorValue);
        Assert.Equal("Inner London", westgate.Region!.AreaName);
        var eastbridge = Of(La[7], "bh-prop", policy: policy);
        Assert.Equal(65.0, eastbridge.Comparison!.ComparatorValue);
        Assert.Equal("Outer London", eastbridge.Region!.AreaName);
        Assert.Equal("E13000002", eastbridge.Region.AreaCode);
        // Under the default comparator the same authority is compared with England.
        Assert.Equal(61.0, Of(La[7], "bh-prop").Comparison!.ComparatorValue);
    }

    [Fact]
    public void YearBeforeAnIndicatorsFirstData_GivesNoFiguresAtAll_AndOneNote()
    {
        var s = Of(La[4], "ew-late", year: 2024);
        Assert.Null(s.Period);
        Assert.Null(s.Value);
        Assert.Null(s.Observation);
        Assert.Null(s.England);
        Assert.Null(s.Ranking);
        Assert.Null(s.Score);
        Assert.Equal(Year(2024), s.RequestedPeriod);
        Assert.Equal(new[] { "no data for any authority in a period ending in or before 2024" }, s.Notes.ToArray());
        // The others have 2024 data and are scored as usual.
        Assert.Equal(50, Of(La[4], "bh-prop", year: 2024).Value);
    }

    [Fact]
    public void NoEnglandValue_IsNoted()
    {
        Assert.Contains("no England value in the " + Year(2025), Of(La[4], "ss-mean").Notes);
        Assert.DoesNotContain(Of(La[4], "bh-prop").Notes, n => n.StartsWith("no England value", System.StringComparison.Ordinal));
    }

    [Fact]
    public void IndicatorWithoutAnyObservation_GivesNoFigures_AndOneNote()
    {
        var s = Of(La[4], "bh-none");
        Assert.Null(s.Period);
        Assert.Null(s.Value);
        Assert.Equal(new[] { "no data for any authority in a period ending in or before 2025" }, s.Notes.ToArray());
    }

    [Fact]
    public void Model_ForAYearBeforeAnIndicatorsData_HoldsAnEmptyColumnForIt()
    {
        var model = Engine().Model(2024, out var used);
        Assert.Equal(2024, used);
        var late = System.Array.FindIndex(model.Indicators, i => i.Id == "ew-late");
        var prop = System.Array.FindIndex(model.Indicators, i => i.Id == "bh-prop");
        Assert.True(late >= 0 && prop >= 0);
        Assert.All(model.Values[late], v => Assert.True(double.IsNaN(v)));
        Assert.All(model.Numerators[late], v => Assert.True(double.IsNaN(v)));
        Assert.All(model.Denominators[late], v => Assert.True(double.IsNaN(v)));
        Assert.All(model.Drawable[late], Assert.False);
        // Authority 3 has no 2024 value; the others have 50 of 100.
        var third = model.Areas.IndexOf(model.Areas.Single(a => a.Code == La[3]));
        var fourth = model.Areas.IndexOf(model.Areas.Single(a => a.Code == La[4]));
        Assert.True(double.IsNaN(model.Values[prop][third]));
        Assert.Equal(50, model.Values[prop][fourth]);
        Assert.Equal(100, model.Denominators[prop][fourth]);
    }
}
