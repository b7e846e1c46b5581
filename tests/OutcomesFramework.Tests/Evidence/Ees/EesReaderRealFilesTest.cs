using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using NodaTime;
using OutcomesFramework.Evidence;
using OutcomesFramework.Evidence.Ees;
using OutcomesFramework.Indicators;
using OutcomesFramework.Periods;
using Xunit;
using static OutcomesFramework.Tests.Evidence.Ees.EnglandFixtures;

namespace OutcomesFramework.Tests.Evidence.Ees;

/// <summary>
/// Every real EES fixture is read with full row accounting; expectations are computed here from the fixture with
/// the test's own CSV parser and the LA lookup, and the published England figures are spot-checked.
/// </summary>
public sealed class EesReaderRealFilesTest
{
    public const string Cla = "cla_number_and_rate_per_10k_children.csv";
    public const string Cin = "b1_children_in_need_2013_to_2025.csv";
    public const string Referrals = "c1_children_in_need_referrals_and_rereferrals_2013_to_2025.csv";
    public const string Workforce = "csww_indicators_2017_to_2025.csv";
    public const string Population = "ons_mid-year_population_estimates_2012_to_2024.csv";

    public static TheoryData<string> SelfContainedFiles => new()
    {
        Cla,
        Referrals,
        "c3_factors_identified_at_end_of_assessment_2018_to_2025.csv",
        Workforce,
        "d3_cpps_subsequent_plan_2013_to_2025.csv",
        "d5_cpps_at31march_by_duration_2013_to_2025.csv",
        "ks2_la.csv",
        "ks4_la.csv",
        "la_care_leavers_accommodation_suitability.csv",
        "la_care_leavers_activity.csv",
        "la_cla_placement_stability.csv",
        "la_cla_school_moves.csv",
        "la_cla_swcount.csv",
        "la_conviction_health_outcome_cla.csv",
    };

    /// <summary>Realistic indicators for each file (several per file where one row feeds several, as in the workforce census).</summary>
    public static Indicator[] IndicatorsFor(string file) => file switch
    {
        Cla => new[]
        {
            Make("cla-rate", file, Filters("population_type", "Children looked after on 31 March each year"), "rate_per_10000", "children_count", "population_estimate", multiplier: 10000, measure: MeasureKind.Rate),
            Make("cla-starting-rate", file, Filters("population_type", "Children starting to be looked after each year"), "rate_per_10000", "children_count", "population_estimate", multiplier: 10000, measure: MeasureKind.Rate),
        },
        Referrals => new[] { Make("rereferrals", file, Filters("category", "Referrals and Re-referrals"), "rereferral_percent", "rereferral_count", "referral_count") },
        "c3_factors_identified_at_end_of_assessment_2018_to_2025.csv" => new[]
        {
            Make("domestic-abuse-child", file, Filters("category", "Factors identified at the end of assessment"), "Domestic_Abuse_child", measure: MeasureKind.Count),
        },
        Workforce => new[]
        {
            Make("sw-turnover", file, null, "turnover_rate_fte", "leavers_fte", "inpost_fte", kind: PeriodKind.Snapshot),
            Make("sw-agency", file, null, "agency_rate_fte", "agency_fte", kind: PeriodKind.Snapshot),
            Make("sw-vacancy", file, null, "vacancy_rate_fte", "vacancy_fte", kind: PeriodKind.Snapshot),
            Make("sw-caseload", file, null, "caseload_fte", "cases", "case_holders_fte", kind: PeriodKind.Snapshot, measure: MeasureKind.Ratio),
        },
        "d3_cpps_subsequent_plan_2013_to_2025.csv" => new[]
        {
            Make("cpp-repeat", file, Filters("category", "Child Protection Plans which are a second or subsequent plan"), "CPP_subsequent_percent", "CPP_subsequent", "CPP_start"),
        },
        "d5_cpps_at31march_by_duration_2013_to_2025.csv" => new[]
        {
            Make("cpp-2-years", file, Filters("category", "Child Protection Plans by length of time"), "2_years_or_more_percent", "2_years_or_more", "CPP_At31"),
        },
        "ks2_la.csv" => new[]
        {
            Make("ks2-rwm-cla", file, Filters("social_care_group", "CLA 12 months at 31 March"), "pt_rwm_met_expected_standard", "t_rwm_met_expected_standard", "t_rwm_eligible_pupils", kind: PeriodKind.AcademicYear),
            Make("ks2-rwm-cin", file, Filters("social_care_group", "CINO at 31 March"), "pt_rwm_met_expected_standard", "t_rwm_met_expected_standard", "t_rwm_eligible_pupils", kind: PeriodKind.AcademicYear),
        },
        "ks4_la.csv" => new[]
        {
            Make("ks4-att8-cla", file, Filters("social_care_group", "CLA 12 months at 31 March"), "avg_att8", kind: PeriodKind.AcademicYear, measure: MeasureKind.Score),
        },
        "la_care_leavers_accommodation_suitability.csv" => new[]
        {
            Make("care-leavers-suitable-17-18", file, Filters("care_leaver_age", "17 to 18 years", "breakdown", "Accommodation considered suitable"), "care_leaver_percent", "care_leaver_count"),
        },
        "la_care_leavers_activity.csv" => new[]
        {
            Make("care-leavers-eet-19-21", file, Filters("care_leaver_age", "19 to 21 years", "breakdown", "Total in education, employment or training"), "care_leaver_percent", "care_leaver_count"),
            Make("care-leavers-neet-19-21", file, Filters("care_leaver_age", "19 to 21 years", "breakdown", "Total not in education, employment or training"), "care_leaver_percent", "care_leaver_count"),
        },
        "la_cla_placement_stability.csv" => new[]
        {
            Make("placements-3-plus", file, Filters("cla_group", "CLA on 31 March", "placement_stability", "With 3 or more placements during the year"), "children_percent", "children_count"),
        },
        "la_cla_school_moves.csv" => new[]
        {
            Make("school-moves", file, Filters("cla_group", "CLA on 31 March", "move_measure", "Mid-year moves", "school_stability", "With one or more mid-year moves during the year"), "percentage", "number"),
        },
        "la_cla_swcount.csv" => new[]
        {
            Make("sw-changes-3-plus", file, Filters("cla_group", "CLA on 31 March", "sw_stability", "3 or more social workers during the year"), "percentage", "number"),
        },
        "la_conviction_health_outcome_cla.csv" => new[]
        {
            Make("cla-convictions", file, Filters("characteristic", "Convictions: Children looked after Ages 10 to 17 years", "breakdown", "Convicted or subject to youth cautions, or youth conditional cautions during the year"), "children_percent", "children_count"),
            Make("cla-sdq-average", file, Filters("characteristic", "Ages 5 to 16 years with SDQ score", "breakdown", "SDQ average score"), "children_count", measure: MeasureKind.Mean),
        },
        _ => throw new ArgumentOutOfRangeException(nameof(file), file, "No indicators for this file."),
    };

    [Theory]
    [MemberData(nameof(SelfContainedFiles))]
    public void Read_RealFile_AccountsForEveryRow(string file)
    {
        var indicators = IndicatorsFor(file);
        var csv = ReadCsv(EesPath(file));
        var report = ReadReal(indicators).Report.File(file)!;

        // Independently: classify each row by the documented rules.
        int notSelected = 0, subRegion = 0, legacy = 0, combined = 0, used = 0;
        foreach (var row in csv.Rows)
        {
            if (!indicators.Any(i => row.Matches(i.Source!.Filters)))
            {
                notSelected++;
            }
            else if (row["geographic_level"] == "Regional" && row["region_code"].StartsWith("E13", StringComparison.Ordinal))
            {
                subRegion++;
            }
            else if (row["geographic_level"] == "Local authority" && row["old_la_code"].Contains('/', StringComparison.Ordinal))
            {
                combined++;
            }
            else if (ExpectedArea(row) is null)
            {
                legacy++;
            }
            else
            {
                used++;
            }
        }

        Assert.Equal(DataLineCount(EesPath(file)), report.RowsRead);
        Assert.Equal(csv.Rows.Count, report.RowsRead);
        Assert.Equal(report.RowsRead, report.RowsUsed + report.RowsFiltered + report.RowsRejected);
        Assert.Equal(used, report.RowsUsed);
        Assert.Equal(0, report.RowsRejected);
        Assert.Empty(report.Rejections);
        Assert.Equal(notSelected, report.FilteredBy(EesFilterReason.NotSelected));
        Assert.Equal(subRegion, report.FilteredBy(EesFilterReason.LondonSubRegion));
        Assert.Equal(legacy, report.FilteredBy(EesFilterReason.LegacyArea));
        Assert.Equal(combined, report.FilteredBy(EesFilterReason.CombinedArea));
        Assert.Equal(0, report.FilteredBy(EesFilterReason.GeographicLevel));
        Assert.Equal(legacy + combined, report.ExcludedAreas.Sum(a => a.Rows));
    }

    [Theory]
    [MemberData(nameof(SelfContainedFiles))]
    public void Read_RealFile_EveryObservationMatchesItsCells(string file)
    {
        var indicators = IndicatorsFor(file);
        var csv = ReadCsv(EesPath(file));
        var observations = ReadReal(indicators).Observations;

        var expectedCount = 0;
        foreach (var indicator in indicators)
        {
            var source = indicator.Source!;
            foreach (var row in csv.Rows.Where(r => r.Matches(source.Filters)))
            {
                var area = ExpectedArea(row);
                if (area is null || (row["geographic_level"] == "Local authority" && row["old_la_code"].Contains('/', StringComparison.Ordinal)))
                {
                    continue;
                }
                expectedCount++;
                var period = ExpectedPeriod(indicator, row["time_period"]);
                Assert.True(observations.TryGet(indicator.Id, area, period, out var o), $"{indicator.Id} {area} {period} missing");
                var cell = row[source.ValueColumn!];
                var symbol = ExpectedSymbol(cell);
                if (symbol is null)
                {
                    Assert.Equal(ObservationStatus.Value, o.Status);
                    Assert.Equal(Number(cell), o.Value);
                }
                else
                {
                    Assert.Equal(symbol.Value, o.Status);
                    Assert.Null(o.Value);
                }
                if (source.NumeratorColumn is not null)
                {
                    var n = row[source.NumeratorColumn];
                    Assert.Equal(ExpectedSymbol(n) is null ? Number(n) : null, o.Numerator);
                }
            }
        }
        Assert.Equal(expectedCount, observations.Count);
    }

    [Fact]
    public void Read_ChildrenInNeedWithPopulationFile_DerivesRatesAndAccountsForBothFiles()
    {
        var population = new DenominatorSource(Population, Filters("age_group", "Children aged 0 to 17 years"), "population_estimate", -1);
        var cinRate = Make("cin-rate", Cin, Filters("category", "Children in Need"), null, "At31_episodes", denominatorSource: population, multiplier: 10000, measure: MeasureKind.Rate);
        var ingest = ReadReal(cinRate);

        var cin = ReadCsv(EesPath(Cin));
        var pop = ReadCsv(EesPath(Population));
        var popByKey = pop.Rows.Where(r => ExpectedArea(r) is not null)
            .ToDictionary(r => (ExpectedArea(r)!, int.Parse(r["time_period"], CultureInfo.InvariantCulture)), r => r["population_estimate"]);
        var looked = new HashSet<(string, int)>();
        var used = 0;
        foreach (var row in cin.Rows)
        {
            var area = ExpectedArea(row);
            if (area is null)
            {
                continue;
            }
            var year = int.Parse(row["time_period"], CultureInfo.InvariantCulture);
            Assert.True(popByKey.TryGetValue((area, year - 1), out var d), $"{area} {year - 1} has no population");
            looked.Add((area, year - 1));
            used++;
            var o = ingest.Observations.Find("cin-rate", area, ReportingPeriod.YearEnding31March(year))!.Value;
            var n = row["At31_episodes"];
            if (ExpectedSymbol(n) is { } s)
            {
                Assert.Equal(s, o.Status);
            }
            else if (ExpectedSymbol(d) is { } ds)
            {
                Assert.Equal(ds, o.Status);
            }
            else
            {
                Assert.Equal(Number(n) / Number(d) * 10000, o.Value!.Value, 9);
                Assert.Equal(Number(d), o.Denominator);
            }
        }

        var cinReport = ingest.Report.File(Cin)!;
        Assert.Equal(DataLineCount(EesPath(Cin)), cinReport.RowsRead);
        Assert.Equal(used, cinReport.RowsUsed);
        Assert.Equal(cinReport.RowsRead, cinReport.RowsUsed + cinReport.RowsFiltered + cinReport.RowsRejected);

        var popReport = ingest.Report.File(Population)!;
        Assert.Equal(DataLineCount(EesPath(Population)), popReport.RowsRead);
        Assert.Equal(looked.Count, popReport.RowsUsed);
        Assert.Equal(popByKey.Count - looked.Count, popReport.FilteredBy(EesFilterReason.UnusedDenominator));
        Assert.Equal(popReport.RowsRead, popReport.RowsUsed + popReport.RowsFiltered + popReport.RowsRejected);
        Assert.Equal(0, ingest.Report.RowsRejected);
        Assert.Equal(new[] { "cin-rate" }, popReport.DenominatorFor);
    }

    [Fact]
    public void Read_ChildrenInNeedRate_England2025IsAbout330Per10000()
    {
        // domain-catalogue §3.3: England CIN at 31 March 2025 = 402,400; ONS mid-2024 children 0-17 = 12,183,016.
        var population = new DenominatorSource(Population, Filters("age_group", "Children aged 0 to 17 years"), "population_estimate", -1);
        var cinRate = Make("cin-rate", Cin, Filters("category", "Children in Need"), null, "At31_episodes", denominatorSource: population, multiplier: 10000, measure: MeasureKind.Rate);
        var o = ReadReal(cinRate).Observations.Find("cin-rate", "E92000001", ReportingPeriod.YearEnding31March(2025))!.Value;
        Assert.Equal(402400.0, o.Numerator);
        Assert.Equal(12183016.0, o.Denominator);
        Assert.Equal(402400.0 / 12183016.0 * 10000.0, o.Value!.Value, 12);
        Assert.Equal(330.3, Math.Round(o.Value.Value, 1));
    }

    [Fact]
    public void Read_ChildrenLookedAfter_England2025Is81770And67Per10000()
    {
        var o = ReadReal(IndicatorsFor(Cla)).Observations.Find("cla-rate", "E92000001", ReportingPeriod.YearEnding31March(2025))!.Value;
        Assert.Equal(67.0, o.Value);
        Assert.Equal(81770.0, o.Numerator);
        Assert.Equal(12183016.0, o.Denominator);
    }

    [Fact]
    public void Read_ReReferrals_England2025Is22Point6Percent()
    {
        var o = ReadReal(IndicatorsFor(Referrals)).Observations.Find("rereferrals", "E92000001", ReportingPeriod.YearEnding31March(2025))!.Value;
        Assert.Equal(22.6, o.Value);
    }

    [Fact]
    public void Read_Workforce_England2025TurnoverIs11Point8PercentOnThe30SeptemberSnapshot()
    {
        var observations = ReadReal(IndicatorsFor(Workforce)).Observations;
        var snapshot = ReportingPeriod.Snapshot(new LocalDate(2025, 9, 30));
        Assert.Equal(11.8, observations.Find("sw-turnover", "E92000001", snapshot)!.Value.Value);
        // The same row gives the other three workforce indicators (README: agency 13.0%, vacancy 14.2%, caseload 15.2).
        Assert.Equal(13.0, observations.Find("sw-agency", "E92000001", snapshot)!.Value.Value);
        Assert.Equal(14.2, observations.Find("sw-vacancy", "E92000001", snapshot)!.Value.Value);
        Assert.Equal(15.2, observations.Find("sw-caseload", "E92000001", snapshot)!.Value.Value);
    }

    [Fact]
    public void Read_Workforce_ListsCombinedAndLegacyAuthorities()
    {
        var csv = ReadCsv(EesPath(Workforce));
        var report = ReadReal(IndicatorsFor(Workforce)).Report.File(Workforce)!;
        var excluded = report.ExcludedAreas.ToDictionary(a => a.OldCode, StringComparer.Ordinal);

        var expected = csv.Rows.Where(r => r["geographic_level"] == "Local authority" && !LaCodeByOldCode.ContainsKey(r["old_la_code"]))
            .Select(r => r["old_la_code"]).Distinct().OrderBy(k => k, StringComparer.Ordinal);
        Assert.Equal(expected, excluded.Keys.OrderBy(k => k, StringComparer.Ordinal));
        Assert.Contains("835", excluded.Keys); // Dorset County Council, not today's Dorset Council (838) of the same name
        Assert.Equal(EesFilterReason.CombinedArea, excluded["940 / 941"].Reason);
        Assert.Equal(EesFilterReason.CombinedArea, excluded["314 / 318"].Reason);
        Assert.Equal(EesFilterReason.LegacyArea, excluded["909"].Reason);
        Assert.Equal(EesFilterReason.LegacyArea, excluded["928"].Reason);
        Assert.Equal("Cumbria", excluded["909"].Name);
        foreach (var area in excluded.Values)
        {
            Assert.Equal(csv.Rows.Count(r => r["old_la_code"] == area.OldCode), area.Rows);
        }
    }

    [Fact]
    public void Read_ClaFile_LondonComesFromTheLondonRowNotInnerOrOuter()
    {
        var csv = ReadCsv(EesPath(Cla));
        var ingest = ReadReal(IndicatorsFor(Cla));
        var londonRow = csv.Rows.Single(r => r["time_period"] == "2025" && r["region_code"] == "E12000007" && r["geographic_level"] == "Regional"
            && r["population_type"] == "Children looked after on 31 March each year");
        var o = ingest.Observations.Find("cla-rate", "E12000007", ReportingPeriod.YearEnding31March(2025))!.Value;
        Assert.Equal(Number(londonRow["rate_per_10000"]), o.Value);
        Assert.Equal(Number(londonRow["children_count"]), o.Numerator);
        Assert.DoesNotContain(ingest.Observations.AreaCodes, c => c.StartsWith("E13", StringComparison.Ordinal));
        Assert.Equal(0, ingest.Report.File(Cla)!.FilteredBy(EesFilterReason.LondonSubRegionWithoutLondon));
    }

    private static ReportingPeriod ExpectedPeriod(Indicator indicator, string timePeriod)
    {
        var year = int.Parse(timePeriod.AsSpan(0, 4), CultureInfo.InvariantCulture);
        return indicator.PeriodKind switch
        {
            PeriodKind.AcademicYear => ReportingPeriod.AcademicYear(year + 1),
            PeriodKind.Snapshot => ReportingPeriod.Snapshot(new LocalDate(year, 9, 30)),
            _ => ReportingPeriod.YearEnding31March(year),
        };
    }
}
