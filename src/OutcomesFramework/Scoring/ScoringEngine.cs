using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using OutcomesFramework.Areas;
using OutcomesFramework.Evidence;
using OutcomesFramework.Frameworks;
using OutcomesFramework.Indicators;
using OutcomesFramework.Periods;
using OutcomesFramework.Utility;

namespace OutcomesFramework.Scoring;

/// <summary>
/// The scoring engine: given a framework, observations, the areas and their statistical neighbours, and a policy,
/// it makes an explained <see cref="Scorecard"/> for any local authority and year, or a <see cref="League"/> of all of them.
/// </summary>
/// <remarks>
/// <para>Each indicator's figures for one period across all authorities (values, intervals, the sorted distribution,
/// LAIT ranks and quartile cut points, England and regional values) are computed once, on first use, and shared by
/// every scorecard: scoring every authority costs little more than scoring one. The rules are in <c>docs/scoring.md</c>.</para>
/// <para>A "year" names, for each indicator, its period ending in that year (the year ending 31 March, the academic
/// year ending in August, the snapshot taken in it…); an indicator without data for that period uses its latest
/// period before it, and the scorecard flags it as stale.</para>
/// </remarks>
/// <threadsafety>This type is immutable and thread-safe; its caches are filled lock-free.</threadsafety>
public sealed partial class ScoringEngine
{
    private readonly EngineData data;
    private readonly IndicatorData[] indicators;
    private readonly ImmutableArray<string> excluded;
    private readonly IndicatorPolicy[] settingsOf;
    private readonly double[] weightOf;
    private readonly Normalisation[] normalisationOf;
    private ImmutableArray<int> years;

    /// <summary>Creates an engine.</summary>
    /// <param name="framework">The framework (outcomes and indicators) to score.</param>
    /// <param name="observations">The observations: authorities', England's and regions' values.</param>
    /// <param name="areas">The catalogue of England, its regions and its local authorities.</param>
    /// <param name="neighbours">The statistical-neighbour model.</param>
    /// <param name="policy">The scoring policy, or null for <see cref="ScoringPolicy.Default"/>.</param>
    /// <exception cref="ArgumentNullException">A required argument is null.</exception>
    public ScoringEngine(Framework framework, ObservationSet observations, AreaCatalogue areas, StatisticalNeighbourModel neighbours, ScoringPolicy? policy = null)
        : this(framework, new EngineData(
            Preconditions.CheckNotNull(observations, nameof(observations)),
            Preconditions.CheckNotNull(areas, nameof(areas)),
            Preconditions.CheckNotNull(neighbours, nameof(neighbours))), policy ?? ScoringPolicy.Default, null)
    {
    }

    private ScoringEngine(Framework framework, EngineData data, ScoringPolicy policy, ScoringEngine? reuse)
    {
        Framework = Preconditions.CheckNotNull(framework, nameof(framework));
        Policy = policy;
        this.data = data;
        var kept = new List<IndicatorData>();
        var left = ImmutableArray.CreateBuilder<string>();
        foreach (var indicator in framework.Indicators)
        {
            if (policy.ForIndicator(indicator.Id).IsExcluded)
            {
                left.Add(indicator.Id);
                continue;
            }
            // Cross-sections depend on the indicator and the confidence level only, so a policy change keeps them.
            var shared = reuse is not null && reuse.Policy.ConfidenceLevel.Equals(policy.ConfidenceLevel)
                ? reuse.indicators.FirstOrDefault(d => ReferenceEquals(d.Indicator, indicator) || d.Indicator.Equals(indicator))
                : null;
            kept.Add(shared ?? new IndicatorData(data, indicator, policy.ConfidenceLevel));
        }
        indicators = kept.ToArray();
        excluded = left.ToImmutable();
        // The policy's answers for each indicator, looked up once rather than for every authority.
        settingsOf = indicators.Select(d => policy.ForIndicator(d.Indicator.Id)).ToArray();
        weightOf = indicators.Select(d => d.Indicator.Role == IndicatorRole.Outcome ? policy.WeightOf(d.Indicator) : 0.0).ToArray();
        normalisationOf = indicators.Select(d => policy.NormalisationOf(d.Indicator.Id)).ToArray();
    }

    /// <summary>The indicators' data, in the framework's order less the excluded (for tests of the engine's fast paths).</summary>
    internal IndicatorData[] IndicatorDataForTests => indicators;

    /// <summary>Gets the framework scored.</summary>
    public Framework Framework { get; }

    /// <summary>Gets the policy.</summary>
    public ScoringPolicy Policy { get; }

    /// <summary>Gets the observations.</summary>
    public ObservationSet Observations => data.Observations;

    /// <summary>Gets the area catalogue.</summary>
    public AreaCatalogue Areas => data.Areas;

    /// <summary>Gets the statistical-neighbour model.</summary>
    public StatisticalNeighbourModel Neighbours => data.NeighbourModel;

    /// <summary>Gets the years in which at least one indicator on the scorecard has a value for at least one authority, ascending.</summary>
    public ImmutableArray<int> Years
    {
        get
        {
            if (years.IsDefault)
            {
                var set = new SortedSet<int>();
                foreach (var d in indicators)
                {
                    for (var i = 0; i < d.Periods.Length; i++)
                    {
                        if (d.Section(i).ValueCount > 0)
                        {
                            set.Add(d.Periods[i].EndYear);
                        }
                    }
                }
                years = set.ToImmutableArray();
            }
            return years;
        }
    }

    /// <summary>Gets the latest year with data (see <see cref="Years"/>), or null when there is none.</summary>
    public int? LatestYear
    {
        get
        {
            int? latest = null;
            foreach (var d in indicators)
            {
                var i = d.PeriodIndexFor(int.MaxValue);
                if (i >= 0 && (latest is null || d.Periods[i].EndYear > latest))
                {
                    latest = d.Periods[i].EndYear;
                }
            }
            return latest;
        }
    }

    /// <summary>Returns an engine with another policy, keeping the cross-sections already computed when the confidence level is unchanged.</summary>
    /// <param name="policy">The policy.</param>
    /// <returns>A new engine.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="policy"/> is null.</exception>
    public ScoringEngine WithPolicy(ScoringPolicy policy) => new(Framework, data, Preconditions.CheckNotNull(policy, nameof(policy)), this);

    /// <summary>Returns the period an indicator's figures come from in a given year: its latest period ending in or before that year with a value for any authority.</summary>
    /// <param name="indicatorId">The indicator id.</param>
    /// <param name="year">The year.</param>
    /// <returns>The period, or null when there is none (or the indicator is not on the scorecard).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="indicatorId"/> is null.</exception>
    public ReportingPeriod? PeriodUsed(string indicatorId, int year)
    {
        Preconditions.CheckNotNull(indicatorId, nameof(indicatorId));
        foreach (var d in indicators)
        {
            if (string.Equals(d.Indicator.Id, indicatorId, StringComparison.Ordinal))
            {
                var i = d.PeriodIndexFor(year);
                return i < 0 ? null : d.Periods[i];
            }
        }
        return null;
    }

    /// <summary>Scores one local authority, found by any code or spelling of its name.</summary>
    /// <param name="localAuthority">A name ("Leeds"), ONS code or DfE 3-digit code.</param>
    /// <returns>The scorecard.</returns>
    /// <exception cref="UnknownAreaException">No area matches; the closest names are listed.</exception>
    /// <exception cref="ArgumentException">The area is not a local authority.</exception>
    /// <exception cref="PeriodNotCoveredException">No indicator has data for a period ending in the year.</exception>
    public Scorecard Score(string localAuthority) => Score(localAuthority, null);

    /// <summary>Scores one local authority, found by any code or spelling of its name.</summary>
    /// <param name="localAuthority">A name ("Leeds"), ONS code or DfE 3-digit code.</param>
    /// <param name="year">The year; null for <see cref="LatestYear"/>.</param>
    /// <returns>The scorecard.</returns>
    /// <exception cref="UnknownAreaException">No area matches; the closest names are listed.</exception>
    /// <exception cref="ArgumentException">The area is not a local authority.</exception>
    /// <exception cref="PeriodNotCoveredException">No indicator has data for a period ending in the year.</exception>
    public Scorecard Score(string localAuthority, int? year) => Score(data.Areas.Get(Preconditions.CheckNotNull(localAuthority, nameof(localAuthority))), year);

    /// <summary>Scores one local authority.</summary>
    /// <param name="localAuthority">The authority (from the engine's catalogue).</param>
    /// <returns>The scorecard.</returns>
    /// <exception cref="ArgumentException">The area is not one of the catalogue's local authorities.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="localAuthority"/> is null.</exception>
    /// <exception cref="PeriodNotCoveredException">No indicator has data for a period ending in the year.</exception>
    public Scorecard Score(Area localAuthority) => Score(localAuthority, null);

    /// <summary>Scores one local authority.</summary>
    /// <param name="localAuthority">The authority (from the engine's catalogue).</param>
    /// <param name="year">The year; null for <see cref="LatestYear"/>.</param>
    /// <returns>The scorecard.</returns>
    /// <exception cref="ArgumentException">The area is not one of the catalogue's local authorities.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="localAuthority"/> is null.</exception>
    /// <exception cref="PeriodNotCoveredException">No indicator has data for a period ending in the year.</exception>
    public Scorecard Score(Area localAuthority, int? year)
    {
        Preconditions.CheckNotNull(localAuthority, nameof(localAuthority));
        Preconditions.CheckArgument(localAuthority.Level == AreaLevel.LocalAuthority && data.LocalAuthorityIndex.TryGetValue(localAuthority.Code, out _),
            nameof(localAuthority), "{0} is not a local authority with children's services in the catalogue; scorecards are for local authorities.", localAuthority.Name);
        var y = CheckYear(year);
        var periods = PeriodIndices(y);
        return Build(data.LocalAuthorityIndex[localAuthority.Code], y, periods);
    }

    /// <summary>Scores every local authority in the catalogue, and ranks them on each outcome and overall.</summary>
    /// <param name="year">The year; null for <see cref="LatestYear"/>.</param>
    /// <param name="maxDegreeOfParallelism">Threads to use (1 = sequential); the result is identical whatever the number.</param>
    /// <returns>The league.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxDegreeOfParallelism"/> is below 1.</exception>
    /// <exception cref="PeriodNotCoveredException">No indicator has data for a period ending in the year.</exception>
    public League ScoreAll(int? year = null, int maxDegreeOfParallelism = 1)
    {
        Preconditions.CheckArgumentRange(nameof(maxDegreeOfParallelism), maxDegreeOfParallelism, 1, 1024);
        var y = CheckYear(year);
        var periods = PeriodIndices(y);
        Warm(periods);
        var n = data.LocalAuthorities.Length;
        var cards = new Scorecard[n];
        if (maxDegreeOfParallelism == 1)
        {
            for (var i = 0; i < n; i++)
            {
                cards[i] = Build(i, y, periods);
            }
        }
        else
        {
            Parallel.For(0, n, new ParallelOptions { MaxDegreeOfParallelism = maxDegreeOfParallelism }, i => cards[i] = Build(i, y, periods));
        }
        return Rank(y, cards);
    }

    private int CheckYear(int? year)
    {
        var y = year ?? LatestYear ?? throw new PeriodNotCoveredException(0, ImmutableArray<int>.Empty);
        foreach (var d in indicators)
        {
            var i = d.PeriodIndexFor(y);
            if (i >= 0 && d.Periods[i].EndYear == y)
            {
                return y;
            }
        }
        throw new PeriodNotCoveredException(y, Years);
    }

    /// <summary>What each indicator uses in <paramref name="year"/>, and the notes every authority's result will share.</summary>
    private IndicatorYear[] PeriodIndices(int year)
    {
        var result = new IndicatorYear[indicators.Length];
        for (var k = 0; k < indicators.Length; k++)
        {
            var d = indicators[k];
            var requested = d.Indicator.PeriodEnding(year);
            var i = d.PeriodIndexFor(year);
            if (i < 0)
            {
                result[k] = new IndicatorYear(requested, -1, string.Format(CultureInfo.InvariantCulture, "no data for any authority in a period ending in or before {0}", year), null, null, null);
                continue;
            }
            var period = d.Periods[i];
            var stale = period.EndYear < year ? "stale: the latest data is for the " + period + ", not the " + requested : null;
            var noPrevious = i == 0 || !d.Periods[i - 1].IsFollowedBy(period)
                ? "no change from the previous period: the data has no " + (period.EndYear > 1900 ? period.Previous.ToString() : "earlier period")
                : null;
            var comparatorIndex = Policy.LatestPublishedComparators ? LatestPublishedBefore(d, i) : -1;
            // Under comparators from another period the treatment is applied per authority, with its own value put
            // into that period's column (BuildIndicator), not to this period's column.
            result[k] = new IndicatorYear(requested, i, stale, noPrevious, comparatorIndex >= 0 ? null : Treat(k, i), TrendSections(d, i), comparatorIndex);
        }
        return result;
    }

    /// <summary>When period <paramref name="i"/> has no England value, the latest earlier period that has one; otherwise −1.</summary>
    private static int LatestPublishedBefore(IndicatorData d, int i)
    {
        if (d.Section(i).England is { Value: not null })
        {
            return -1;
        }
        for (var j = i - 1; j >= 0; j--)
        {
            if (d.Section(j).England is { Value: not null })
            {
                return j;
            }
        }
        return -1;
    }

    /// <summary>Builds every cross-section a league needs before the authorities are scored in parallel.</summary>
    private void Warm(IndicatorYear[] periods)
    {
        for (var k = 0; k < indicators.Length; k++)
        {
            var d = indicators[k];
            var current = periods[k].PeriodIndex;
            if (periods[k].ComparatorIndex >= 0)
            {
                _ = d.Section(periods[k].ComparatorIndex).Distribution;
            }
            for (var i = Math.Max(0, current - Statistics.RecentTrend.PointsToUse + 1); i <= current; i++)
            {
                var s = d.Section(i);
                if (i == current)
                {
                    _ = s.Distribution; // the ranking, built once before the threads share it
                }
            }
        }
    }

    private League Rank(int year, Scorecard[] cards)
    {
        var outcomeCount = Framework.Outcomes.Length;
        var ranked = new Scorecard[cards.Length];
        var rule = Policy.RankingCoverage;
        var outcomeRanks = new int?[outcomeCount][];
        var outcomeRankingScores = new double[outcomeCount][];
        int[] outcomeOf = new int[outcomeCount];
        var scores = new double[cards.Length];
        var coverage = new double[cards.Length];
        for (var o = 0; o < outcomeCount; o++)
        {
            for (var i = 0; i < cards.Length; i++)
            {
                scores[i] = cards[i].Outcomes[o].Score ?? double.NaN;
                coverage[i] = cards[i].Outcomes[o].Coverage;
            }
            outcomeRankingScores[o] = RankingScores(rule, scores, coverage);
            outcomeRanks[o] = Ranks(outcomeRankingScores[o], out outcomeOf[o]);
        }
        for (var i = 0; i < cards.Length; i++)
        {
            scores[i] = cards[i].Overall.Score ?? double.NaN;
            coverage[i] = cards[i].Overall.Coverage;
        }
        var overallRankingScores = RankingScores(rule, scores, coverage);
        var overallRanks = Ranks(overallRankingScores, out var overallOf);
        for (var i = 0; i < cards.Length; i++)
        {
            var outcomes = ImmutableArray.CreateBuilder<OutcomeScore>(outcomeCount);
            for (var o = 0; o < outcomeCount; o++)
            {
                var r = outcomeRanks[o][i];
                var card = cards[i].Outcomes[o];
                outcomes.Add(card.WithRank(r, r is null ? null : outcomeOf[o], card.Score is not null && rule.IsThin(card.Coverage), Shrunk(card.Score, outcomeRankingScores[o][i])));
            }
            var rr = overallRanks[i];
            var overall = cards[i].Overall;
            ranked[i] = cards[i].WithRanks(outcomes.MoveToImmutable(),
                overall.WithRank(rr, rr is null ? null : overallOf, overall.Score is not null && rule.IsThin(overall.Coverage), Shrunk(overall.Score, overallRankingScores[i])));
        }
        return new League(year, Policy, ranked.ToImmutableArray());
    }

    private static double? Shrunk(double? score, double rankingScore) =>
        score is { } s && !double.IsNaN(rankingScore) && rankingScore != s ? rankingScore : null;

    /// <summary>The scores ranks are made on under the ranking-coverage rule (NaN = not ranked): the scores; NaN for thin ones under a minimum; or shrunk.</summary>
    internal static double[] RankingScores(RankingCoverage rule, double[] scores, double[] coverage)
    {
        var result = new double[scores.Length];
        var mean = 0.0;
        if (rule.Handling == ThinCoverageHandling.Shrink)
        {
            var n = 0;
            foreach (var s in scores)
            {
                if (!double.IsNaN(s))
                {
                    mean += s;
                    n++;
                }
            }
            mean = n > 0 ? mean / n : 0;
        }
        for (var i = 0; i < scores.Length; i++)
        {
            var s = scores[i];
            result[i] = double.IsNaN(s) || (rule.Handling == ThinCoverageHandling.Exclude && rule.IsThin(coverage[i])) ? double.NaN
                : rule.RankingScore(s, coverage[i], mean);
        }
        return result;
    }

    /// <summary>Ranks scores as published (rounded to 2 decimals), highest first; equal published scores share the best rank; NaN is not ranked.</summary>
    internal static int?[] Ranks(double[] scores, out int count)
    {
        var values = new double[scores.Length];
        count = 0;
        for (var i = 0; i < scores.Length; i++)
        {
            var s = scores[i];
            values[i] = double.IsNaN(s) ? double.NaN : Numbers.Round(s, 2);
            if (!double.IsNaN(s))
            {
                count++;
            }
        }
        var sorted = values.Where(v => !double.IsNaN(v)).OrderByDescending(v => v).ToArray();
        var ranks = new int?[scores.Length];
        for (var i = 0; i < scores.Length; i++)
        {
            if (!double.IsNaN(values[i]))
            {
                // 1 + the number of strictly higher scores.
                var higher = 0;
                while (higher < sorted.Length && sorted[higher] > values[i])
                {
                    higher++;
                }
                ranks[i] = higher + 1;
            }
        }
        return ranks;
    }
}
