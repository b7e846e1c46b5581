using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using OutcomesFramework.Statistics.Spc;
using Xunit;

namespace OutcomesFramework.Statistics.Tests.Spc;

/// <summary>
/// NHSRplotthedots 0.2.2's own unit-test expectations (Fixtures/spc/nhsrplotthedots-test-vectors.json) under
/// <see cref="SpcOptions.NhsrPlotTheDots022"/>.
/// </summary>
public sealed class NhsrPlotTheDotsVectorsTest
{
    private static readonly SpcOptions Profile = SpcOptions.NhsrPlotTheDots022;
    private static readonly JsonElement Vectors = SpcFixtures.Json(SpcFixtures.NhsrVectors);

    private static List<JsonElement> Cases(string helper) =>
        Vectors.GetProperty("helper_vectors").GetProperty(helper).GetProperty("cases").EnumerateArray().ToList();

    private static sbyte[] Signs(JsonElement array) => array.EnumerateArray().Select(e => (sbyte)e.GetInt32()).ToArray();

    [Fact]
    public void ShiftEnds_NhsrVectors_MarkRunEnds()
    {
        var cases = Cases("seven_point_one_side_mean");
        Assert.Equal(5, cases.Count);
        foreach (var c in cases)
        {
            var side = Signs(c.GetProperty("input"));
            var ends = new sbyte[side.Length];
            SpecialCauseRules.ShiftEnds(side, Profile.ShiftPoints, ends);
            // The package returns 1 for a run end on either side.
            Assert.Equal(SpcFixtures.Ints(c.GetProperty("expected")), ends.Select(e => e != 0 ? 1 : 0));
        }
    }

    [Fact]
    public void MarkPartOf_NhsrVectors_MarksTheSixPointsBeforeEachEnd()
    {
        var cases = Cases("part_of_seven_trend");
        Assert.Equal(6, cases.Count);
        foreach (var c in cases)
        {
            var ends = Signs(c.GetProperty("input"));
            var flags = new byte[ends.Length];
            SpecialCauseRules.MarkPartOf(ends, Profile.TrendPoints, flags, 1, 2);
            Assert.Equal(SpcFixtures.Ints(c.GetProperty("expected")), flags.Select(f => f != 0 ? 1 : 0));
        }
    }

    [Fact]
    public void TrendEnds_NhsrVectors_MarkTrendEndsWithDirection()
    {
        var cases = Cases("seven_point_trend");
        Assert.Equal(7, cases.Count);
        foreach (var c in cases)
        {
            var y = SpcFixtures.Values(c.GetProperty("input")).Select(v => v!.Value).ToArray();
            var ends = new sbyte[y.Length];
            SpecialCauseRules.TrendEnds(y, Profile.TrendPoints, ends);
            Assert.Equal(SpcFixtures.Ints(c.GetProperty("expected")), ends.Select(e => (int)e));
        }
    }

    [Fact]
    public void TwoInThreeWindows_NhsrVectors_MarkEveryPointOfASignallingWindow()
    {
        var cases = Cases("two_in_three");
        Assert.Equal(11, cases.Count);
        foreach (var c in cases)
        {
            var close = SpcFixtures.Bools(c.GetProperty("close_to_limits"));
            var side = Signs(c.GetProperty("relative_to_mean"));
            var inWindow = new bool[close.Length];
            SpecialCauseRules.TwoInThreeWindows(close, side, inWindow);
            Assert.Equal(SpcFixtures.Bools(c.GetProperty("expected")), inWindow);
        }
    }

    [Fact]
    public void TwoInThreeWindows_PartOfVectors_FlagOnlyPointsBeyondTwoSigma()
    {
        var cases = Cases("part_of_two_in_three");
        Assert.Equal(7, cases.Count);
        foreach (var c in cases)
        {
            var close = SpcFixtures.Bools(c.GetProperty("close_to_limits"));
            var side = Signs(c.GetProperty("relative_to_mean"));
            var inWindow = new bool[close.Length];
            SpecialCauseRules.TwoInThreeWindows(close, side, inWindow);
            Assert.Equal(SpcFixtures.Bools(c.GetProperty("expected")), inWindow.Zip(close, (w, b) => w && b));
        }
    }

    [Fact]
    public void Label_MockedRuleResults_FollowsPrecedence()
    {
        var c = Vectors.GetProperty("helper_vectors").GetProperty("special_cause_type_precedence");
        var inputs = c.GetProperty("inputs");
        var y = SpcFixtures.Values(inputs.GetProperty("y")).Select(v => v!.Value).ToArray();
        var side = Signs(inputs.GetProperty("relative_to_mean"));
        var outside = SpcFixtures.Ints(inputs.GetProperty("outside_limits"));
        var trend = SpcFixtures.Ints(inputs.GetProperty("part_of_seven_point_trend")).Select(t => t != 0).ToArray();
        var run = SpcFixtures.Ints(inputs.GetProperty("part_of_seven_point_run"));
        var twoInThree = SpcFixtures.Ints(inputs.GetProperty("part_of_two_in_three"));
        var expected = c.GetProperty("expected").EnumerateArray().Select(e => e.GetString()).ToList();
        Assert.Equal(8, expected.Count);
        for (var i = 0; i < y.Length; i++)
        {
            var label = SpecialCauseRules.Label(i, 0, y.Length, y, side[i], outside[i] != 0, trend, twoInThree[i] != 0, run[i] != 0);
            Assert.Equal(expected[i], label.ToLabel(Profile));
        }
    }

    [Fact]
    public void Assurance_NhsrFacetCases_ComparesTargetWithLimits()
    {
        var cases = Vectors.GetProperty("assurance").GetProperty("cases").EnumerateArray().ToList();
        Assert.Equal(6, cases.Count);
        var checkedRows = 0;
        foreach (var c in cases)
        {
            var direction = SpcFixtures.Direction(c.GetProperty("improvement_direction").GetString()!);
            var target = c.GetProperty("target").GetDouble();
            if (c.TryGetProperty("rows", out var rows))
            {
                var expected = c.GetProperty("expected").EnumerateArray().ToList();
                var facets = rows.EnumerateArray().ToList();
                for (var k = 0; k < facets.Count; k++)
                {
                    var icon = Xmr.Assurance(target, facets[k].GetProperty("lpl").GetDouble(), facets[k].GetProperty("upl").GetDouble(), direction, Profile.AssuranceComparison);
                    Assert.Equal(NhsrAssurance(expected[k]), icon);
                    checkedRows++;
                }
            }
            else
            {
                // The package reads the LAST row of a facet: the chart uses its latest segment's limits.
                var last = c.GetProperty("single_facet_rows_in_order").EnumerateArray().Last();
                var icon = Xmr.Assurance(target, last.GetProperty("lpl").GetDouble(), last.GetProperty("upl").GetDouble(), direction, Profile.AssuranceComparison);
                Assert.Equal(NhsrAssurance(c.GetProperty("expected_last_row_decides")), icon);
                checkedRows++;
            }
        }
        Assert.Equal(12, checkedRows);
    }

    [Fact]
    public void Compute_ShortGroupCases_WarnForSegmentsUnderThreshold()
    {
        var sg = Vectors.GetProperty("short_group_warning");
        Assert.Equal(13, sg.GetProperty("default_threshold").GetInt32());
        Assert.Equal(13, Profile.ShortSegmentPoints);
        var cases = sg.GetProperty("cases").EnumerateArray().ToList();
        Assert.Equal(5, cases.Count);
        foreach (var c in cases)
        {
            var sizes = c.GetProperty("group_sizes").ValueKind == JsonValueKind.Array
                ? SpcFixtures.Ints(c.GetProperty("group_sizes")) : [c.GetProperty("group_sizes").GetInt32()];
            var flags = c.GetProperty("expected_flags").ValueKind == JsonValueKind.Array
                ? SpcFixtures.Bools(c.GetProperty("expected_flags")) : [c.GetProperty("expected_flags").GetBoolean()];
            var options = Profile.WithShortSegmentPoints(c.GetProperty("threshold").GetInt32());
            var values = Enumerable.Range(0, sizes.Sum()).Select(i => (double?)((i * 7) % 5)).ToArray();
            var starts = new List<int>();
            var at = 0;
            foreach (var size in sizes.Take(sizes.Length - 1))
            {
                at += size;
                starts.Add(at);
            }
            var chart = Xmr.Compute(values, options, ImprovementDirection.Increase, recalculateAt: starts);
            var warned = chart.Warnings.Where(w => w.Kind == SpcWarningKinds.ShortSegment).Select(w => w.PointIndex!.Value).ToHashSet();
            Assert.Equal(flags, chart.Segments.Select(s => warned.Contains(s.Start)));
            Assert.Equal(c.GetProperty("warns").GetBoolean(), warned.Count > 0);
        }
    }

    [Fact]
    public void Compute_FixAfterNPointsValidation_AcceptsTwelveRejectsEleven()
    {
        var v = Vectors.GetProperty("fix_after_n_points_validation");
        var values = Enumerable.Range(0, 20).Select(i => (double?)i).ToArray();
        foreach (var valid in v.GetProperty("valid").EnumerateArray())
        {
            int? baseline = valid.ValueKind == JsonValueKind.Null ? null : valid.GetInt32();
            Assert.Equal(baseline, Xmr.Compute(values, Profile, ImprovementDirection.Increase, baselinePoints: baseline).BaselinePoints);
        }
        // The other invalid values ("a", c(15, 20)) are type errors in R that C#'s int? cannot express.
        var invalid = v.GetProperty("invalid").EnumerateArray().Where(e => e.ValueKind == JsonValueKind.Number).ToList();
        var eleven = Assert.Single(invalid).GetInt32();
        Assert.Throws<ArgumentOutOfRangeException>(() => Xmr.Compute(values, Profile, ImprovementDirection.Increase, baselinePoints: eleven));
    }

    [Fact]
    public void Compute_RebaseColumnCases_StartNewSegmentsAtRebaseDates()
    {
        var cases = Vectors.GetProperty("rebase_column").GetProperty("cases").EnumerateArray().ToList();
        Assert.Equal(3, cases.Count);
        foreach (var c in cases.Take(2))
        {
            var dates = c.GetProperty("dates").EnumerateArray().Select(e => e.GetString()!).ToArray();
            var facets = c.GetProperty("facets").EnumerateArray().Select(e => e.GetString()!).ToArray();
            var expected = SpcFixtures.Ints(c.GetProperty("expected"));
            var actual = new List<int>();
            foreach (var facet in facets.Distinct(StringComparer.Ordinal))
            {
                var rows = Enumerable.Range(0, dates.Length).Where(i => facets[i] == facet).ToArray();
                var rebaseDates = c.TryGetProperty("rebase", out var all)
                    ? all.EnumerateArray().Select(e => e.GetString()!).ToHashSet()
                    : [c.GetProperty("rebase_by_facet").GetProperty(facet).GetString()!];
                var starts = rows.Select((row, k) => (row, k)).Where(p => rebaseDates.Contains(dates[p.row])).Select(p => p.k).ToArray();
                var chart = Xmr.Compute(rows.Select(r => (double?)r).ToArray(), Profile, ImprovementDirection.Increase, recalculateAt: starts);
                // rebase = 1 exactly where a point starts a new segment.
                actual.AddRange(chart.Points.Select(p => p.Index > 0 && chart.Points[p.Index - 1].Segment != p.Segment ? 1 : 0));
            }
            Assert.Equal(expected, actual);
        }
        var third = cases[2];
        var rebase = SpcFixtures.Ints(third.GetProperty("spc_standard_rebase_column"));
        var groups = Xmr.Compute(
            rebase.Select(r => (double?)r).ToArray(), Profile, ImprovementDirection.Increase,
            recalculateAt: Enumerable.Range(0, rebase.Length).Where(i => rebase[i] == 1).ToArray());
        Assert.Equal(SpcFixtures.Ints(third.GetProperty("expected_rebase_group")), groups.Points.Select(p => p.Segment));
    }

    [Fact]
    public void Compute_SpcStandardSnapshot_MatchesToSevenSignificantDigits()
    {
        var s = Vectors.GetProperty("ptd_spc_standard_snapshot");
        var y = SpcFixtures.Values(s.GetProperty("input_y"));
        Assert.Equal(20, y.Length);
        var expected = s.GetProperty("expected");

        var chart = Xmr.Compute(y, Profile, ImprovementDirection.Increase);
        AssertLimits(expected.GetProperty("default"), chart.Segments[0], 7);
        Assert.Equal(
            SpcFixtures.Ints(expected.GetProperty("default").GetProperty("relative_to_mean_first_13")),
            chart.Points.Take(13).Select(p => p.SideOfMean));

        var y15 = (double?[])y.Clone();
        y15[14] = 10;
        AssertLimits(expected.GetProperty("y15_set_to_10_screen_outliers_true"), Xmr.Compute(y15, Profile, ImprovementDirection.Increase).Segments[0], 7);
        var unscreened = Profile.WithMovingRangeScreening(MovingRangeScreening.Off);
        AssertLimits(expected.GetProperty("y15_set_to_10_screen_outliers_false"), Xmr.Compute(y15, unscreened, ImprovementDirection.Increase).Segments[0], 7);

        // "lpl and upl differ from the default" with fix_after_n_points = 12.
        var fixedChart = Xmr.Compute(y, Profile, ImprovementDirection.Increase, baselinePoints: 12);
        Assert.NotEqual(chart.Segments[0].LowerProcessLimit, fixedChart.Segments[0].LowerProcessLimit);
        Assert.NotEqual(chart.Segments[0].UpperProcessLimit, fixedChart.Segments[0].UpperProcessLimit);
    }

    [Fact]
    public void Compute_SpcSummarySnapshot_MatchesToThreeSignificantDigits()
    {
        var s = Vectors.GetProperty("ptd_spc_summary_snapshot");
        var y = SpcFixtures.Values(s.GetProperty("input_y"));
        var expected = s.GetProperty("expected");

        var whole = Xmr.Compute(y, Profile, ImprovementDirection.Increase);
        AssertSummary(expected.GetProperty("no_facet"), whole);
        AssertSummary(expected.GetProperty("facet_first10"), Xmr.Compute(y.Take(10).ToArray(), Profile, ImprovementDirection.Increase));
        AssertSummary(expected.GetProperty("facet_last10"), Xmr.Compute(y.Skip(10).ToArray(), Profile, ImprovementDirection.Increase));
        Assert.Equal(0, expected.GetProperty("no_facet").GetProperty("special_cause_improvement").GetInt32());
        Assert.Equal(0, whole.Summary.ImprovementCount);
        // A rebase date not among the dates has no effect: one segment, the same as no rebase (no index to pass).
        Assert.Single(whole.Segments);
    }

    [Fact]
    public void Compute_TwoInThreeOppositeSides_IsCommonCause()
    {
        var c = Vectors.GetProperty("two_in_three_opposite_sides");
        var chart = Xmr.Compute(SpcFixtures.Values(c.GetProperty("input_y")), Profile, ImprovementDirection.Increase);
        var expected = c.GetProperty("expected_last_two_point_type").EnumerateArray().Select(e => e.GetString()).ToList();
        Assert.Equal(expected, chart.Points.Skip(chart.Points.Length - 2).Select(p => SpcFixtures.NhsrPointType(p.Variation)));
    }

    [Fact]
    public void Compute_DeviationsVignette_MatchesCaptions()
    {
        var c = Vectors.GetProperty("deviations_vignette");
        var y = SpcFixtures.Values(c.GetProperty("input_y"));
        Assert.Equal(18, y.Length);
        foreach (var (key, screening) in new[] { ("screen_outliers_true", MovingRangeScreening.KeepBelowLimit), ("screen_outliers_false", MovingRangeScreening.Off) })
        {
            var expected = c.GetProperty("expected").GetProperty(key);
            var chart = Xmr.Compute(y, Profile.WithMovingRangeScreening(screening), ImprovementDirection.Increase);
            var segment = chart.Segments[0];
            Assert.Equal(expected.GetProperty("mean").GetDouble(), Math.Round(segment.Mean!.Value, 2));
            Assert.Equal(expected.GetProperty("upl").GetDouble(), Math.Round(segment.UpperProcessLimit!.Value, 2));
            Assert.Equal(expected.GetProperty("lpl").GetDouble(), Math.Round(segment.LowerProcessLimit!.Value, 2));
            var special = chart.Points.Where(p => p.IsSpecialCause).Select(p => p.Index + 1).ToList();
            Assert.Equal([expected.GetProperty("special_cause_points_1based").GetInt32()], special);
            Assert.Equal(SpecialCauseType.AboveUpperLimit, chart.Points[4].SpecialCauseType);
        }
    }

    [Fact]
    public void Compute_IconCases_GiveNhsrIcons()
    {
        var icons = Vectors.GetProperty("icons");
        var facetOf = SpcFixtures.Ints(icons.GetProperty("facet"));
        var cases = icons.GetProperty("cases").EnumerateArray().ToList();
        Assert.Equal(9, cases.Count);
        var checkedIcons = 0;
        foreach (var c in cases)
        {
            var y = SpcFixtures.Values(c.GetProperty("y"));
            var direction = SpcFixtures.Direction(c.GetProperty("improvement_direction").GetString()!);
            double? target = c.GetProperty("target").ValueKind == JsonValueKind.Null ? null : c.GetProperty("target").GetDouble();
            var faceted = c.GetProperty("facet_field").ValueKind != JsonValueKind.Null;
            var charts = new Dictionary<string, XmrChart>(StringComparer.Ordinal);
            if (faceted)
            {
                foreach (var f in facetOf.Distinct())
                {
                    var part = y.Where((_, i) => facetOf[i] == f).ToArray();
                    charts[f.ToString(System.Globalization.CultureInfo.InvariantCulture)] = Xmr.Compute(part, Profile, direction, target);
                }
            }
            else
            {
                charts["no facet"] = Xmr.Compute(y, Profile, direction, target);
            }
            var expected = c.GetProperty("expected").EnumerateArray().ToList();
            foreach (var e in expected)
            {
                var f = e.GetProperty("f");
                var chart = charts[f.ValueKind == JsonValueKind.Number ? f.GetInt32().ToString(System.Globalization.CultureInfo.InvariantCulture) : f.GetString()!];
                var icon = e.GetProperty("icon").GetString();
                if (e.GetProperty("type").GetString() == "variation")
                {
                    Assert.Equal(icon, SpcFixtures.NhsrIcon(chart.VariationIcon!.Value));
                }
                else
                {
                    Assert.Equal(icon, chart.AssuranceIcon switch
                    {
                        AssuranceIcon.Pass => "pass",
                        AssuranceIcon.Fail => "fail",
                        AssuranceIcon.HitOrMiss => "inconsistent",
                        _ => "none",
                    });
                }
                checkedIcons++;
            }
            // No assurance row is expected without a target or with a neutral direction.
            var expectsAssurance = expected.Any(e => e.GetProperty("type").GetString() == "assurance");
            Assert.Equal(expectsAssurance, charts.Values.All(ch => ch.AssuranceIcon.HasValue));
        }
        Assert.Equal(18, checkedIcons);
    }

    /// <summary>
    /// The NHS England series run through NHSRplotthedots 0.2.2 with screen_outliers = FALSE, rebased at the
    /// recalculation point, fix_after_n_points = the baseline (columns nhsrplotthedots_* of mdc-xmr-test-cases.csv):
    /// every label, point type, colour, mean and limit agrees.
    /// </summary>
    [Fact]
    public void Compute_MdcSeriesUnscreened_ReproducesNhsrOutputForEveryPoint()
    {
        var options = Profile.WithMovingRangeScreening(MovingRangeScreening.Off);
        var series = SpcFixtures.MdcSeriesList();
        var rows = 0;
        foreach (var s in series)
        {
            var chart = Xmr.Compute(s.Values, options, s.Direction, recalculateAt: s.RecalculateAt, baselinePoints: s.BaselinePoints);
            foreach (var row in s.Rows)
            {
                var point = chart.Points[row.Index - 1];
                var where = s.Metric + " point " + row.Index;
                Assert.True(row.NhsrSpecialCauseType == point.SpecialCauseType.ToLabel(options), where + ": " + row.NhsrSpecialCauseType + " vs " + point.SpecialCauseType);
                Assert.True(row.NhsrPointType == SpcFixtures.NhsrPointType(point.Variation), where);
                Assert.True(row.NhsrColour == SpcFixtures.ColourWord(point.Category), where);
                Assert.Equal(row.NhsrMean, point.Mean!.Value, 1e-9);
                Assert.Equal(row.NhsrLpl, point.LowerProcessLimit!.Value, 1e-9);
                Assert.Equal(row.NhsrUpl, point.UpperProcessLimit!.Value, 1e-9);
                rows++;
            }
        }
        Assert.Equal(765, rows);
    }

    private static AssuranceIcon? NhsrAssurance(JsonElement e) => e.ValueKind == JsonValueKind.Null ? null : e.GetString() switch
    {
        "consistent_pass" => AssuranceIcon.Pass,
        "consistent_fail" => AssuranceIcon.Fail,
        "inconsistent" => AssuranceIcon.HitOrMiss,
        var other => throw new FormatException(other),
    };

    private static void AssertLimits(JsonElement expected, XmrSegment segment, int digits)
    {
        AssertSignificant(expected.GetProperty("mean").GetDouble(), segment.Mean!.Value, digits);
        AssertSignificant(expected.GetProperty("lpl").GetDouble(), segment.LowerProcessLimit!.Value, digits);
        AssertSignificant(expected.GetProperty("upl").GetDouble(), segment.UpperProcessLimit!.Value, digits);
    }

    private static void AssertSummary(JsonElement expected, XmrChart chart)
    {
        var segment = Assert.Single(chart.Segments);
        AssertSignificant(expected.GetProperty("mean_col").GetDouble(), segment.Mean!.Value, 3);
        AssertSignificant(expected.GetProperty("lpl").GetDouble(), segment.LowerProcessLimit!.Value, 3);
        AssertSignificant(expected.GetProperty("upl").GetDouble(), segment.UpperProcessLimit!.Value, 3);
        Assert.Equal(expected.GetProperty("n").GetInt32(), chart.Summary.PointCount);
        Assert.Equal(expected.GetProperty("common_cause").GetInt32(), chart.Summary.CommonCauseCount);
    }

    /// <summary>Rounds <paramref name="actual"/> to the fixture's significant digits, as R printed it.</summary>
    private static void AssertSignificant(double expected, double actual, int digits)
    {
        var scale = Math.Pow(10, digits - 1 - (int)Math.Floor(Math.Log10(Math.Abs(actual))));
        Assert.Equal(expected, Math.Round(actual * scale) / scale, 1e-12);
    }
}
