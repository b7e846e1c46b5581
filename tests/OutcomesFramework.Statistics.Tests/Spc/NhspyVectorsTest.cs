using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using OutcomesFramework.Statistics.Spc;
using Xunit;

namespace OutcomesFramework.Statistics.Tests.Spc;

/// <summary>
/// The Python port's vectors (Fixtures/spc/nhspy-plotthedots-test-vectors.json), a partial port of NHSRplotthedots,
/// under <see cref="SpcOptions.NhsrPlotTheDots022"/>. Every case is run except those that contradict the documented
/// rules:
/// <list type="bullet">
/// <item><c>seven_point_one_side_mean/zeros</c>: the port's run rule has its <c>!= 0</c> test commented out, so seven
/// points ON the mean make a run; NHSRplotthedots (and MDC) say a point on the mean breaks a run.</item>
/// <item><c>special_cause_flag/seven_equal_values</c>: flagged only through the same port bug.</item>
/// </list>
/// Two cases fix the limits after fewer than 12 points (<c>sample1_fix_after_3</c>, <c>sample2_fix_after_11_on_5_points</c>),
/// which NHSRplotthedots rejects; they run under the profile with <see cref="SpcOptions.MinimumBaselinePoints"/>
/// lowered to 2, the only change.
/// </summary>
public sealed class NhspyVectorsTest
{
    private static readonly SpcOptions Profile = SpcOptions.NhsrPlotTheDots022;
    private static readonly JsonElement Vectors = SpcFixtures.Json(SpcFixtures.PythonVectors);
    private static readonly string[] Excluded = ["zeros", "seven_equal_values"];

    private static List<JsonElement> Cases(string group) =>
        Vectors.GetProperty(group).GetProperty("cases").EnumerateArray().ToList();

    private static sbyte[] Signs(JsonElement array) => array.EnumerateArray().Select(e => (sbyte)e.GetDouble()).ToArray();

    [Fact]
    public void Compute_LimitsCalculations_MatchMeanLimitsAndTwoSigmaLines()
    {
        var cases = Cases("limits_calculations");
        Assert.Equal(8, cases.Count);
        foreach (var c in cases)
        {
            var chart = Xmr.Compute(SpcFixtures.Values(c.GetProperty("values")), Profile, ImprovementDirection.Increase);
            var segment = Assert.Single(chart.Segments);
            var expected = c.GetProperty("expected").EnumerateArray().Select(e => e.GetDouble()).ToArray();
            double[] actual = [segment.Mean!.Value, segment.LowerProcessLimit!.Value, segment.UpperProcessLimit!.Value, segment.LowerTwoSigma!.Value, segment.UpperTwoSigma!.Value];
            for (var k = 0; k < 5; k++)
            {
                Assert.Equal(expected[k], actual[k], 1e-9);
            }
        }
    }

    [Fact]
    public void TrendEnds_PythonVectors_MarkSevenPointTrends()
    {
        var cases = Cases("seven_point_trend");
        Assert.Equal(9, cases.Count);
        foreach (var c in cases)
        {
            var y = SpcFixtures.Values(c.GetProperty("values")).Select(v => v!.Value).ToArray();
            var ends = new sbyte[y.Length];
            SpecialCauseRules.TrendEnds(y, Profile.TrendPoints, ends);
            Assert.Equal(SpcFixtures.Ints(c.GetProperty("expected")), ends.Select(e => (int)e));
        }
    }

    [Fact]
    public void ShiftEnds_PythonVectors_MarkRunEndsExceptExcluded()
    {
        var cases = Cases("seven_point_one_side_mean");
        Assert.Equal(8, cases.Count);
        var run = 0;
        foreach (var c in cases.Where(c => !Excluded.Contains(c.GetProperty("id").GetString())))
        {
            var side = Signs(c.GetProperty("relative_to_mean"));
            var ends = new sbyte[side.Length];
            SpecialCauseRules.ShiftEnds(side, Profile.ShiftPoints, ends);
            Assert.Equal(SpcFixtures.Bools(c.GetProperty("expected")), ends.Select(e => e != 0));
            run++;
        }
        Assert.Equal(7, run);
    }

    /// <summary>The excluded case, checked against NHSRplotthedots' rule instead: points on the mean never make a run.</summary>
    [Fact]
    public void ShiftEnds_SevenPointsOnTheMean_IsNoRun()
    {
        var zeros = Cases("seven_point_one_side_mean").Single(c => c.GetProperty("id").GetString() == "zeros");
        Assert.False(zeros.GetProperty("agrees_with_nhsrplotthedots").GetBoolean());
        var ends = new sbyte[7];
        SpecialCauseRules.ShiftEnds(Signs(zeros.GetProperty("relative_to_mean")), 7, ends);
        Assert.All(ends, e => Assert.Equal(0, e));
    }

    [Fact]
    public void Rules_SpecialCauseFlagCases_FlagTheUnionOfRules()
    {
        var cases = Cases("special_cause_flag");
        Assert.Equal(4, cases.Count);
        var run = 0;
        foreach (var c in cases.Where(c => !Excluded.Contains(c.GetProperty("id").GetString())))
        {
            var y = SpcFixtures.Values(c.GetProperty("values")).Select(v => v!.Value).ToArray();
            var outside = SpcFixtures.Bools(c.GetProperty("outside_limits"));
            var close = SpcFixtures.Bools(c.GetProperty("close_to_limits"));
            var side = Signs(c.GetProperty("relative_to_mean"));
            var n = y.Length;
            var flags = new byte[n];
            var ends = new sbyte[n];
            SpecialCauseRules.ShiftEnds(side, 7, ends);
            SpecialCauseRules.MarkPartOf(ends, 7, flags, 1, 1);
            SpecialCauseRules.TrendEnds(y, 7, ends);
            SpecialCauseRules.MarkPartOf(ends, 7, flags, 2, 2);
            var window = new bool[n];
            SpecialCauseRules.TwoInThreeWindows(close, side, window);
            var flagged = Enumerable.Range(0, n).Select(i => outside[i] || flags[i] != 0 || (window[i] && close[i]));
            Assert.Equal(SpcFixtures.Bools(c.GetProperty("expected")), flagged);
            run++;
        }
        Assert.Equal(3, run);
    }

    [Fact]
    public void Compute_PandasCases_MatchEveryColumn()
    {
        var cases = Cases("pandas_spc_x_calc");
        Assert.Equal(5, cases.Count);
        foreach (var c in cases)
        {
            var id = c.GetProperty("id").GetString();
            var fix = c.GetProperty("fix_after_n_points");
            int? baseline = fix.ValueKind == JsonValueKind.Null ? null : fix.GetInt32();
            var options = baseline < Profile.MinimumBaselinePoints ? Profile.WithMinimumBaselinePoints(2) : Profile;
            var chart = Xmr.Compute(SpcFixtures.Values(c.GetProperty("values")), options, ImprovementDirection.Increase, baselinePoints: baseline);
            var expected = c.GetProperty("expected");
            var segment = Assert.Single(chart.Segments);
            AssertNullable(expected.GetProperty("mean"), segment.Mean, id);
            AssertNullable(expected.GetProperty("lpl"), segment.LowerProcessLimit, id);
            AssertNullable(expected.GetProperty("upl"), segment.UpperProcessLimit, id);

            var points = chart.Points;
            Assert.Equal(
                SpcFixtures.Bools(expected.GetProperty("outside_limits")),
                points.Select(p => (p.Signals & (SpcSignals.AboveUpperLimit | SpcSignals.BelowLowerLimit)) != 0));
            // The port's NaN for a missing value is our 0 (no side).
            Assert.Equal(
                expected.GetProperty("relative_to_mean").EnumerateArray().Select(e => e.ValueKind == JsonValueKind.Null ? 0 : (int)e.GetDouble()),
                points.Select(p => p.SideOfMean));
            Assert.Equal(
                SpcFixtures.Bools(expected.GetProperty("close_to_limits")),
                points.Select(p => p.Value is { } v && !(v > p.UpperProcessLimit || v < p.LowerProcessLimit) && (v > p.UpperTwoSigma || v < p.LowerTwoSigma)));
            Assert.Equal(SpcFixtures.Bools(expected.GetProperty("special_cause_flag")), points.Select(p => p.IsSpecialCause));
        }
    }

    private static void AssertNullable(JsonElement expected, double? actual, string? id)
    {
        if (expected.ValueKind == JsonValueKind.Null)
        {
            Assert.True(actual is null, id);
        }
        else
        {
            Assert.True(actual.HasValue, id);
            Assert.Equal(expected.GetDouble(), actual!.Value, 1e-9);
        }
    }
}
