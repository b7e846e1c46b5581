using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using OutcomesFramework.Evidence;
using OutcomesFramework.Periods;
using OutcomesFramework.Utility;

namespace OutcomesFramework.Scoring.Output;

/// <summary>
/// Writes scorecards and leagues as JSON in the stable, documented shape of <c>docs/scorecard-json.md</c>:
/// UTF-8 without BOM, two-space indentation, LF line ends, culture-invariant numbers rounded as documented, every
/// property always present (null when absent). The same inputs always give the same bytes.
/// </summary>
public static class ScorecardJson
{
    /// <summary>The <c>schema</c> value of a scorecard document.</summary>
    public const string ScorecardSchema = "outcomes-scorecard/1";

    /// <summary>The <c>schema</c> value of a league document.</summary>
    public const string LeagueSchema = "outcomes-league/1";

    private static readonly JsonWriterOptions WriterOptions = new()
    {
        Indented = true,
        IndentSize = 2,
        NewLine = "\n",
        // Names such as "Hammersmith & Fulham" and "2024–25" stay readable; the output is UTF-8, not HTML.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Writes a scorecard.</summary>
    /// <param name="scorecard">The scorecard.</param>
    /// <param name="stream">The stream to write UTF-8 to.</param>
    /// <exception cref="System.ArgumentNullException">An argument is null.</exception>
    public static void Write(Scorecard scorecard, Stream stream) =>
        Write(ToDto(Preconditions.CheckNotNull(scorecard, nameof(scorecard))), ScorecardJsonContext.Default.ScorecardDto, Preconditions.CheckNotNull(stream, nameof(stream)));

    /// <summary>Returns a scorecard as JSON text (ending with LF).</summary>
    /// <param name="scorecard">The scorecard.</param>
    /// <returns>The JSON.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="scorecard"/> is null.</exception>
    public static string ToJson(Scorecard scorecard) => Text(ToDto(Preconditions.CheckNotNull(scorecard, nameof(scorecard))), ScorecardJsonContext.Default.ScorecardDto);

    /// <summary>Returns several scorecards (for example a whole <see cref="League"/>'s) as a JSON array.</summary>
    /// <param name="scorecards">The scorecards, in the order to write them.</param>
    /// <returns>The JSON.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="scorecards"/> is null.</exception>
    public static string ToJson(IEnumerable<Scorecard> scorecards) =>
        Text(Preconditions.CheckNotNull(scorecards, nameof(scorecards)).Select(ToDto).ToList(), ScorecardJsonContext.Default.ListScorecardDto);

    /// <summary>Returns a league table as JSON: one row per authority in rank order on an outcome, or overall.</summary>
    /// <param name="league">The league.</param>
    /// <param name="outcomeId">The outcome to rank by, or null for the overall score.</param>
    /// <returns>The JSON.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="league"/> is null.</exception>
    /// <exception cref="System.ArgumentException">The outcome id is unknown.</exception>
    public static string ToJson(League league, string? outcomeId = null)
    {
        Preconditions.CheckNotNull(league, nameof(league));
        var ranked = league.Ranked(outcomeId);
        var dto = new LeagueDto { Year = league.Year, Policy = Policy(league.Policy), RankedBy = outcomeId ?? "overall" };
        if (ranked.Length > 0)
        {
            dto.Framework = Framework(ranked[0]);
        }
        foreach (var card in ranked)
        {
            var row = new LeagueRowDto { Area = Area(card), Overall = Overall(card.Overall, card.RankUncertainty?.Overall) };
            foreach (var o in card.Outcomes)
            {
                row.Outcomes.Add(new LeagueOutcomeDto { Id = o.Outcome.Id, Score = Numbers.Round(o.Score, 2), Band = o.Band?.ToString(), Coverage = Numbers.Round(o.Coverage, 4), Rank = o.Rank, RankOf = o.RankOf, ThinCoverage = o.IsThinCoverage });
            }
            if (outcomeId is null)
            {
                row.Rank = card.Overall.Rank;
                row.RankOf = card.Overall.RankOf;
                row.Score = Numbers.Round(card.Overall.Score, 2);
                row.Band = card.Overall.Band?.ToString();
                row.Coverage = Numbers.Round(card.Overall.Coverage, 4);
                row.ThinCoverage = card.Overall.IsThinCoverage;
                row.RankingScore = Numbers.Round(card.Overall.RankingScore, 2);
            }
            else
            {
                var o = card.FindOutcome(outcomeId)!;
                row.Rank = o.Rank;
                row.RankOf = o.RankOf;
                row.Score = Numbers.Round(o.Score, 2);
                row.Band = o.Band?.ToString();
                row.Coverage = Numbers.Round(o.Coverage, 4);
                row.ThinCoverage = o.IsThinCoverage;
                row.RankingScore = Numbers.Round(o.RankingScore, 2);
            }
            dto.Rows.Add(row);
        }
        return Text(dto, ScorecardJsonContext.Default.LeagueDto);
    }

    private static void Write<T>(T value, JsonTypeInfo<T> info, Stream stream)
    {
        using var writer = new Utf8JsonWriter(stream, WriterOptions);
        JsonSerializer.Serialize(writer, value, info);
        writer.Flush();
        stream.WriteByte((byte)'\n');
    }

    private static string Text<T>(T value, JsonTypeInfo<T> info)
    {
        using var buffer = new MemoryStream();
        Write(value, info, buffer);
        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    internal static ScorecardDto ToDto(Scorecard card)
    {
        var dto = new ScorecardDto
        {
            Area = Area(card),
            Year = card.Year,
            Framework = Framework(card),
            Policy = Policy(card.Policy),
            NeighbourModel = card.NeighbourModelName,
            Overall = Overall(card.Overall, card.RankUncertainty?.Overall),
            ExcludedIndicators = card.ExcludedIndicatorIds.ToList(),
        };
        foreach (var o in card.Outcomes)
        {
            dto.Outcomes.Add(new OutcomeDto
            {
                Id = o.Outcome.Id,
                Name = o.Outcome.Name,
                Score = Numbers.Round(o.Score, 2),
                Band = o.Band?.ToString(),
                SufficientEvidence = o.HasSufficientEvidence,
                Coverage = Numbers.Round(o.Coverage, 4),
                CoverageThreshold = Numbers.Round(o.CoverageThreshold, 4),
                Method = Describe.Code(o.Method),
                Weight = o.Weight,
                Rank = o.Rank,
                RankOf = o.RankOf,
                RankInterval = RankIntervalDto.From(card.RankUncertainty?.Of(o.Outcome.Id)),
                Indicators = o.Indicators.Select(i => i.Indicator.Id).ToList(),
            });
        }
        foreach (var i in card.Indicators)
        {
            dto.Indicators.Add(Indicator(i));
        }
        return dto;
    }

    private static AreaDto Area(Scorecard card) => new() { Code = card.Area.Code, OldCode = card.Area.OldCode, Name = card.Area.Name, RegionCode = card.Area.RegionCode };

    private static FrameworkDto Framework(Scorecard card) => new() { Id = card.Framework.Id, Name = card.Framework.Name, Version = card.Framework.Version };

    private static PolicyDto Policy(ScoringPolicy p) => new()
    {
        Comparator = Describe.Code(p.Comparator),
        NeighbourAverage = Describe.Code(p.NeighbourAverage),
        ConfidenceLevel = Numbers.Round(p.ConfidenceLevel.Probability, 6),
        OutcomeCoverageThreshold = Numbers.Round(p.OutcomeCoverageThreshold, 4),
        OverallCoverageThreshold = Numbers.Round(p.OverallCoverageThreshold, 4),
        OutcomeAggregation = Describe.Code(p.OutcomeAggregation),
        OverallAggregation = Describe.Code(p.OverallAggregation),
        DefaultNormalisation = Describe.Code(p.DefaultNormalisation.Method),
        AggregationPower = p.AggregationPower,
        LimitingRule = p.LimitingRule is { } r ? new LimitingRuleDto { Outcome = r.OutcomeId, TriggerBand = r.TriggerBand.ToString(), CapBand = r.CapBand.ToString() } : null,
        Imputation = Treatment.DataTreatment.Code(p.Treatment.Imputation),
        Winsorisation = p.Treatment.Winsorises
            ? new WinsorisationDto { Limit = p.Treatment.WinsorisationLimit, SkewnessThreshold = p.Treatment.SkewnessThreshold, KurtosisThreshold = p.Treatment.KurtosisThreshold }
            : null,
        RankingCoverage = new RankingCoverageDto { Rule = RankingCoverage.Code(p.RankingCoverage.Handling), Threshold = p.RankingCoverage.Threshold },
        LatestPublishedComparators = p.LatestPublishedComparators ? true : null,
    };

    private static OverallDto Overall(OverallScore o, Uncertainty.RankInterval? interval) => new()
    {
        Score = Numbers.Round(o.Score, 2),
        Band = o.Band?.ToString(),
        UnlimitedBand = o.UnlimitedBand?.ToString(),
        Limited = o.IsLimited,
        SufficientEvidence = o.HasSufficientEvidence,
        Coverage = Numbers.Round(o.Coverage, 4),
        CoverageThreshold = Numbers.Round(o.CoverageThreshold, 4),
        Method = Describe.Code(o.Method),
        Rank = o.Rank,
        RankOf = o.RankOf,
        RankInterval = RankIntervalDto.From(interval),
    };

    internal static PeriodDto Period(ReportingPeriod p) => new() { Kind = PeriodKindCode(p.Kind), Label = p.Label, End = p.End.ToString("uuuu-MM-dd", System.Globalization.CultureInfo.InvariantCulture) };

    internal static string PeriodKindCode(PeriodKind kind) => kind switch
    {
        PeriodKind.AcademicYear => "academicYear",
        PeriodKind.FinancialYear => "financialYear",
        PeriodKind.CalendarYear => "calendarYear",
        PeriodKind.Snapshot => "snapshot",
        PeriodKind.ThreeCalendarYears => "threeCalendarYears",
        PeriodKind.ThreeFinancialYears => "threeFinancialYears",
        _ => "yearEnding31March",
    };

    internal static string? StatusCode(ObservationStatus? status) => status switch
    {
        null => null,
        ObservationStatus.Value => "value",
        { } s => s.ToSymbol(),
    };

    private static IndicatorDto Indicator(IndicatorScore s)
    {
        var ind = s.Indicator;
        var dp = System.Math.Min(6, ind.DecimalPlaces + 2);
        var dto = new IndicatorDto
        {
            Id = ind.Id,
            Title = ind.Title,
            Outcome = ind.OutcomeId,
            Role = Describe.Code(ind.Role),
            Polarity = Describe.Code(ind.Polarity),
            Measure = MeasureCode(ind.MeasureKind),
            Unit = ind.Unit,
            DecimalPlaces = ind.DecimalPlaces,
            LaitKey = Evidence.Lait.LaitReader.KeyOf(ind),
            PeriodRequested = Period(s.RequestedPeriod),
            Period = s.Period is { } p ? Period(p) : null,
            ComparatorPeriod = s.ComparatorPeriod is { } cp ? Period(cp) : null,
            Stale = s.IsStale,
            Status = StatusCode(s.Observation?.Status),
            Value = Numbers.Round(s.Value, dp),
            Numerator = Numbers.Round(s.Observation?.ShownNumerator, 6),
            Denominator = Numbers.Round(s.Observation?.Denominator, 6),
            Weight = s.Weight,
            CountsTowardsOutcome = s.CountsTowardsOutcome,
            Notes = s.Notes.ToList(),
        };
        if (s.Interval is { } ci)
        {
            dto.Interval = new IntervalDto { Lower = Numbers.Round(ci.Lower, dp), Upper = Numbers.Round(ci.Upper, dp), Level = Numbers.Round(ci.Level.Probability, 6), Method = MethodCode(ci.Method) };
        }
        dto.England = Comparator(s.England, dp);
        dto.Region = Comparator(s.Region, dp);
        if (s.Neighbours is { } n)
        {
            dto.Neighbours = new NeighboursDto
            {
                Average = Describe.Code(n.Average),
                Value = Numbers.Round(n.Value, dp),
                Used = n.UsedCount,
                Excluded = n.MissingCount,
                Values = n.Neighbours.Select(v => new NeighbourDto { Rank = v.Rank, Code = v.AreaCode, Name = v.AreaName, Value = Numbers.Round(v.Value, dp), Status = StatusCode(v.Status) }).ToList(),
            };
        }
        if (s.Ranking is { } r)
        {
            dto.Rank = r.Rank;
            dto.RankOf = r.Of;
            dto.Band = r.Band?.ToString();
            if (r.CutPoints is { } c)
            {
                dto.Quartiles = new QuartilesDto { Min = Numbers.Round(c.Minimum, dp), Q1 = Numbers.Round(c.LowerQuartile, dp), Median = Numbers.Round(c.Median, dp), Q3 = Numbers.Round(c.UpperQuartile, dp), Max = Numbers.Round(c.Maximum, dp) };
            }
        }
        if (s.Comparison is { } cmp)
        {
            dto.Comparison = new ComparisonDto { Comparator = Describe.Code(cmp.Comparator), ComparatorValue = Numbers.Round(cmp.ComparatorValue, dp), Result = Describe.Code(cmp.Outcome), Level = Numbers.Round(cmp.Level.Probability, 6), Reason = cmp.Reason };
        }
        if (s.Change is { } ch)
        {
            dto.Change = new ChangeDto { PreviousPeriod = Period(ch.PreviousPeriod), PreviousValue = Numbers.Round(ch.PreviousValue, dp), Change = Numbers.Round(ch.Change, dp), Direction = Describe.Code(ch.Direction) };
        }
        if (s.Trend is { } t)
        {
            dto.Trend = new TrendDto { Direction = Describe.Code(t.Direction), Significant = t.IsSignificant, ChiSquared = Numbers.Round(t.ChiSquared, 4), Slope = Numbers.Round(t.Slope, 6), PointsUsed = t.PointsUsed, Message = t.Message.Length == 0 ? null : t.Message };
        }
        if (s.Target is { } target)
        {
            dto.Target = new TargetDto { Value = target.Target.Value, Tolerance = target.Target.Tolerance, Difference = Numbers.Round(target.Difference, dp), Status = Describe.Code(target.Status) };
        }
        if (s.Score is { } score)
        {
            dto.Score = new ScoreDto
            {
                Value = Numbers.Round(score.Value, 2),
                Raw = Numbers.Round(score.RawValue, 4),
                Clamped = score.IsClamped,
                Method = Describe.Code(score.Normalisation.Method),
                Normalisation = score.Normalisation.ToString(),
                Parameters = score.Parameters.Select(p => new ParameterDto { Name = p.Name, Value = Numbers.Round(p.Value, 6) }).ToList(),
            };
        }
        return dto;
    }

    private static ComparatorDto? Comparator(ComparatorValue? c, int dp) =>
        c is null ? null : new ComparatorDto { Code = c.AreaCode, Name = c.AreaName, Value = Numbers.Round(c.Value, dp), Status = StatusCode(c.Status) };

    internal static string MeasureCode(Indicators.MeasureKind kind) => kind switch
    {
        Indicators.MeasureKind.Rate => "rate",
        Indicators.MeasureKind.Mean => "mean",
        Indicators.MeasureKind.Count => "count",
        Indicators.MeasureKind.Score => "score",
        Indicators.MeasureKind.Ratio => "ratio",
        _ => "proportion",
    };

    internal static string MethodCode(Statistics.IntervalMethod method) => method switch
    {
        Statistics.IntervalMethod.Wilson => "wilson",
        Statistics.IntervalMethod.ExactPoisson => "exactPoisson",
        Statistics.IntervalMethod.Byars => "byars",
        Statistics.IntervalMethod.StudentT => "studentT",
        _ => "supplied",
    };
}
