using System;
using System.Collections.Generic;
using System.Linq;
using NodaTime;
using OutcomesFramework.Areas;
using OutcomesFramework.Evidence;
using OutcomesFramework.Frameworks;
using OutcomesFramework.Indicators;
using OutcomesFramework.Outcomes;
using OutcomesFramework.Periods;
using OutcomesFramework.Scoring;

namespace OutcomesFramework.Tests.Scoring;

/// <summary>
/// A small made-up England for scoring tests: two regions (one of them London, with Inner and Outer London rows),
/// eight authorities with three statistical neighbours each, a framework of seven indicators across the outcomes,
/// and observations for 2019–2025 drawn from a seeded generator.
/// </summary>
public sealed class SyntheticWorld
{
    public const string England = "E92000001";
    public const string NorthEast = "E12000001";
    public const string London = "E12000007";
    public const string InnerLondon = "E13000001";

    public static readonly string[] LaCodes =
    {
        "E06000001", "E06000002", "E06000003", "E06000004", "E06000005", "E06000006", "E09000001", "E09000002",
    };

    public SyntheticWorld(int seed = 1, int firstYear = 2019, int lastYear = 2025)
    {
        Areas = BuildAreas();
        Neighbours = BuildNeighbours();
        Framework = BuildFramework();
        Observations = BuildObservations(seed, firstYear, lastYear).ToList();
    }

    public AreaCatalogue Areas { get; }

    public StatisticalNeighbourModel Neighbours { get; }

    public Framework Framework { get; }

    public List<Observation> Observations { get; }

    public ObservationSet Set => ObservationSet.Create(Observations);

    public ScoringEngine Engine(ScoringPolicy? policy = null, Framework? framework = null) =>
        new(framework ?? Framework, Set, Areas, Neighbours, policy);

    public static AreaCatalogue BuildAreas()
    {
        var country = new Area(England, "England", AreaLevel.Country);
        var regions = new[] { new Area(NorthEast, "North East", AreaLevel.Region), new Area(London, "London", AreaLevel.Region) };
        var las = new List<Area>();
        for (var i = 0; i < 6; i++)
        {
            las.Add(new Area(LaCodes[i], "Northtown " + (char)('A' + i), AreaLevel.LocalAuthority, (801 + i).ToString(System.Globalization.CultureInfo.InvariantCulture), NorthEast));
        }
        las.Add(new Area(LaCodes[6], "City of Westgate", AreaLevel.LocalAuthority, "201", London, InnerLondon));
        las.Add(new Area(LaCodes[7], "Eastbridge", AreaLevel.LocalAuthority, "202", London, "E13000002", previousCodes: new[] { "E09000099" }));
        return new AreaCatalogue(country, regions, las, new[] { new SubRegion(InnerLondon, "Inner London", London), new SubRegion("E13000002", "Outer London", London) });
    }

    public static StatisticalNeighbourModel BuildNeighbours()
    {
        var map = new List<KeyValuePair<string, IEnumerable<StatisticalNeighbour>>>();
        for (var i = 0; i < LaCodes.Length; i++)
        {
            var list = new List<StatisticalNeighbour>();
            for (var k = 1; k <= 3; k++)
            {
                list.Add(new StatisticalNeighbour(LaCodes[(i + k) % LaCodes.Length], k, Closeness.Close));
            }
            map.Add(new KeyValuePair<string, IEnumerable<StatisticalNeighbour>>(LaCodes[i], list));
        }
        return new StatisticalNeighbourModel("Synthetic neighbours", map);
    }

    public static Indicator Proportion(string id, string outcome, string aim, Polarity polarity, double weight = 1, IndicatorRole role = IndicatorRole.Outcome, PeriodKind kind = PeriodKind.YearEnding31March) =>
        new Indicator(id, "Synthetic " + id, outcome, new[] { aim }, MeasureKind.Proportion, polarity, "%", kind).WithRole(role).WithMultiplier(100).WithWeight(weight);

    public static Framework BuildFramework() => new("synthetic", "Synthetic framework", "1", EveryChildMatters.Outcomes, new[]
    {
        Proportion("bh-health", "BH", "BH1", Polarity.HigherIsBetter),
        Proportion("ss-rereferrals", "SS", "SS1", Polarity.LowerIsBetter),
        Proportion("ss-repeat-plans", "SS", "SS1", Polarity.LowerIsBetter, weight: 2),
        new Indicator("ss-cla-rate", "Synthetic looked after, per 10,000 \"children\"", "SS", new[] { "SS5" }, MeasureKind.Rate, Polarity.NoPolarity, "per 10,000", PeriodKind.YearEnding31March)
            .WithDecimalPlaces(0).WithMultiplier(10000),
        Proportion("ss-turnover", "SS", "SS1", Polarity.LowerIsBetter, role: IndicatorRole.Enabler, kind: PeriodKind.Snapshot),
        new Indicator("ea-attainment", "Synthetic attainment score", "EA", new[] { "EA5" }, MeasureKind.Score, Polarity.HigherIsBetter, "points", PeriodKind.AcademicYear),
        Proportion("ew-eet", "EW", "EW1", Polarity.HigherIsBetter),
    });

    private IEnumerable<Observation> BuildObservations(int seed, int firstYear, int lastYear)
    {
        var random = new Random(seed);
        foreach (var indicator in Framework.Indicators)
        {
            for (var year = firstYear; year <= lastYear; year++)
            {
                var period = indicator.PeriodEnding(year);
                double sumX = 0, sumN = 0;
                foreach (var code in LaCodes)
                {
                    if (indicator.Id == "ew-eet" && code == LaCodes[3] && year == lastYear)
                    {
                        yield return Observation.Missing(indicator.Id, code, period, ObservationStatus.Suppressed);
                        continue;
                    }
                    var (value, x, n) = Draw(indicator, random);
                    sumX += x;
                    sumN += n;
                    // Eastbridge reported under its earlier code before the last year.
                    var reported = code == LaCodes[7] && year < lastYear ? "E09000099" : code;
                    yield return indicator.MeasureKind == MeasureKind.Score
                        ? new Observation(indicator.Id, reported, period, value)
                        : new Observation(indicator.Id, reported, period, value, x, n);
                }
                var englandValue = indicator.MeasureKind == MeasureKind.Score ? 45.0 : Math.Round(sumX / sumN * indicator.Multiplier, 1);
                yield return new Observation(indicator.Id, England, period, englandValue);
                yield return new Observation(indicator.Id, NorthEast, period, Math.Round(englandValue * 1.02, 1));
                yield return new Observation(indicator.Id, InnerLondon, period, Math.Round(englandValue * 0.97, 1));
                yield return new Observation(indicator.Id, London, period, Math.Round(englandValue * 0.98, 1));
            }
        }
    }

    private static (double Value, double X, double N) Draw(Indicator indicator, Random random)
    {
        if (indicator.MeasureKind == MeasureKind.Score)
        {
            return (Math.Round(30 + (random.NextDouble() * 30), 1), 0, 0);
        }
        var n = (double)random.Next(50, 400);
        if (indicator.MeasureKind == MeasureKind.Rate)
        {
            var people = (double)random.Next(20000, 80000);
            var count = (double)random.Next(5, 600);
            return (Math.Round(count / people * 10000), count, people);
        }
        // Never 0 or n: the recent trend cannot be calculated for a point where every child counts.
        var x = (double)random.Next(1, (int)n);
        return (Math.Round(x / n * 100, 1), x, n);
    }

    /// <summary>Returns the observations with one authority's value for one indicator and period replaced (numerator kept consistent).</summary>
    public static List<Observation> WithValue(IEnumerable<Observation> observations, string indicatorId, string areaCode, ReportingPeriod period, double value)
    {
        return observations.Select(o =>
        {
            if (o.IndicatorId != indicatorId || o.AreaCode != areaCode || o.Period != period)
            {
                return o;
            }
            var x = o.Denominator is { } n ? value / 100 * n : (double?)null;
            return new Observation(o.IndicatorId, o.AreaCode, o.Period, value, x, o.Denominator);
        }).ToList();
    }

    public static ReportingPeriod Snapshot(int year) => ReportingPeriod.Snapshot(new LocalDate(year, 9, 30));
}
