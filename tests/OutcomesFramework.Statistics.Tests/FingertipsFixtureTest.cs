using System;
using System.Linq;
using OutcomesFramework.Statistics;
using Xunit;

namespace OutcomesFramework.Statistics.Tests;

/// <summary>Benchmark comparers and the recent-trend test against the Fingertips unit-test cases (MIT).</summary>
public sealed class FingertipsFixtureTest
{
    private static readonly FixtureCsv Overlap = FixtureCsv.Load("fingertips", "fingertips_open_overlap_comparer_cases.csv");
    private static readonly FixtureCsv Spc = FixtureCsv.Load("fingertips", "fingertips_open_spc_comparer_cases.csv");
    private static readonly FixtureCsv OpenTrend = FixtureCsv.Load("fingertips", "fingertips_open_trend_cases.csv");
    private static readonly FixtureCsv NextTrend = FixtureCsv.Load("fingertips", "fingertipsnext_trend_cases.csv");

    public static TheoryData<int> OverlapRows => new(Enumerable.Range(0, 18));

    public static TheoryData<int> SpcRows => new(Enumerable.Range(0, 16));

    public static TheoryData<string> OpenTrendCases => new("set1_ci_method", "set2_ci_method", "set1_spc_proportions", "set3_spc_proportions_count_eq_denominator");

    public static TheoryData<string> NextTrendCases => new(
        "DiabetesPrevalence", "GpRegisteredPopulationOver65", "YorkshireMmrCoverage", "DiabeticEyeDisease", "EmergencyReadmissions", "Under75CancerMortality");

    [Fact]
    public void Fixtures_RowCounts_AreComplete()
    {
        Assert.Equal(18, Overlap.Rows.Count);
        Assert.Equal(16, Spc.Rows.Count);
        Assert.Equal(20, OpenTrend.Rows.Count);
        Assert.Equal(30, NextTrend.Rows.Count);
    }

    private static Polarity ToPolarity(string fingertips) => fingertips switch
    {
        "RagLowIsGood" or "Low is good" => Polarity.LowerIsBetter,
        "RagHighIsGood" or "High is good" => Polarity.HigherIsBetter,
        _ => Polarity.NoPolarity,
    };

    private static BenchmarkOutcome ToOutcome(string fingertips) => fingertips switch
    {
        "Same" => BenchmarkOutcome.Similar,
        "None" => BenchmarkOutcome.NotCompared,
        _ => Enum.Parse<BenchmarkOutcome>(fingertips),
    };

    private static ConfidenceInterval? Interval(FixtureCsv csv, int row, string lower, string upper, ConfidenceLevel level) =>
        csv.Number(row, lower) is { } lo && csv.Number(row, upper) is { } hi ? ConfidenceInterval.FromLimits(lo, hi, level) : null;

    [Theory]
    [MemberData(nameof(OverlapRows))]
    public void Compare_OverlapComparerCases_MatchFingertips(int row)
    {
        var polarity = ToPolarity(Overlap.Text(row, "polarity"));
        var value = Overlap.Number(row, "value");
        var benchmark = Overlap.Number(row, "comparator_value");
        var ci95 = Interval(Overlap, row, "lower_ci95", "upper_ci95", ConfidenceLevel.NinetyFivePercent);
        var actual = Overlap.Text(row, "method") == "SingleOverlappingCIsForTwoCiLevels"
            ? BenchmarkComparison.Compare(value, ci95, Interval(Overlap, row, "lower_ci99_8", "upper_ci99_8", ConfidenceLevel.NinetyNinePointEightPercent), benchmark, polarity)
            : BenchmarkComparison.CompareOverlapping(
                value, ci95, benchmark, Interval(Overlap, row, "comparator_lower_ci95", "comparator_upper_ci95", ConfidenceLevel.NinetyFivePercent), polarity);
        Assert.Equal(ToOutcome(Overlap.Text(row, "expected_significance")), actual);
    }

    [Theory]
    [MemberData(nameof(SpcRows))]
    public void Spc_ComparerCases_MatchFingertips(int row)
    {
        var polarity = ToPolarity(Spc.Text(row, "polarity"));
        var confidence = Spc.Required(row, "confidence_variable");
        var unit = Spc.Required(row, "unit");
        var actual = Spc.Text(row, "method") == "SpcForProportions"
            ? BenchmarkComparison.SpcForProportions(Spc.Number(row, "value"), Spc.Number(row, "denominator"), Spc.Number(row, "comparator_value"), confidence, unit, polarity)
            : BenchmarkComparison.SpcForDsr(Spc.Number(row, "value"), Spc.Number(row, "denominator2"), Spc.Number(row, "comparator_value"), confidence, unit, polarity);
        Assert.Equal(ToOutcome(Spc.Text(row, "expected_significance")), actual);
    }

    [Theory]
    [MemberData(nameof(OpenTrendCases))]
    public void Trend_FingertipsOpenCases_MatchChiSquaredAndMarker(string name)
    {
        var rows = Enumerable.Range(0, OpenTrend.Rows.Count).Where(i => OpenTrend.Text(i, "case") == name).OrderBy(i => OpenTrend.Required(i, "year")).ToArray();
        Assert.Equal(5, rows.Length);
        var points = rows.Select(i => new TrendPoint(
            OpenTrend.Number(i, "value"), OpenTrend.Number(i, "count"), OpenTrend.Number(i, "denominator"), OpenTrend.Number(i, "lower_ci95"), OpenTrend.Number(i, "upper_ci95"))).ToArray();
        var method = OpenTrend.Text(rows[0], "significance_method") == "SpcForProportions"
            ? TrendSignificanceMethod.ChiSquaredForProportions
            : TrendSignificanceMethod.ConfidenceIntervals;
        var result = RecentTrend.Calculate(points, TrendValueType.Proportion, Polarity.NoPolarity, method);
        Assert.Equal(bool.Parse(OpenTrend.Text(rows[0], "expected_is_significant")), result.IsSignificant);
        var expectedMarker = OpenTrend.Text(rows[0], "expected_marker") switch
        {
            "NoChange" => TrendMarker.NoSignificantChange,
            var other => Enum.Parse<TrendMarker>(other),
        };
        Assert.Equal(expectedMarker, result.Marker);
        if (OpenTrend.Number(rows[0], "expected_chi_square_2dp") is { } chi && chi > 0)
        {
            Assert.Equal(chi, Math.Round(result.ChiSquared!.Value, 2));
        }
    }

    [Theory]
    [MemberData(nameof(NextTrendCases))]
    public void Trend_FingertipsNextCases_MatchPolarityAdjustedTrend(string name)
    {
        var rows = Enumerable.Range(0, NextTrend.Rows.Count).Where(i => NextTrend.Text(i, "case") == name)
            .OrderBy(i => NextTrend.Text(i, "period_to"), StringComparer.Ordinal).ToArray();
        Assert.Equal(5, rows.Length);
        var points = rows.Select(i => new TrendPoint(
            NextTrend.Number(i, "value"), NextTrend.Number(i, "count"), NextTrend.Number(i, "denominator"), NextTrend.Number(i, "lower_ci95"), NextTrend.Number(i, "upper_ci95"))).ToArray();
        var valueType = NextTrend.Text(rows[0], "value_type") switch
        {
            "Proportion" => TrendValueType.Proportion,
            "Crude rate" => TrendValueType.CrudeRate,
            "Directly standardised rate" => TrendValueType.DirectlyStandardisedRate,
            _ => TrendValueType.Other,
        };
        var result = RecentTrend.Calculate(points, valueType, ToPolarity(NextTrend.Text(rows[0], "polarity")));
        var expected = NextTrend.Text(rows[0], "expected_trend") switch
        {
            "NoChange" => TrendDirection.NoSignificantChange,
            var other => Enum.Parse<TrendDirection>(other),
        };
        Assert.Equal(expected, result.Direction);
    }
}
