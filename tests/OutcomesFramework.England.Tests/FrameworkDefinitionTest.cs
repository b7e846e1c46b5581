using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using OutcomesFramework.England.Internal;
using Xunit;
using OutcomesFramework.Evidence.Ees;

namespace OutcomesFramework.England.Tests;

/// <summary>Checks the embedded framework JSON against the EES files and the LAIT dictionary it was built from.</summary>
public sealed class FrameworkDefinitionTest
{
    private static readonly Lazy<JsonDocument> Json = new(() => JsonDocument.Parse(EmbeddedData.ReadText("ecm-england.json")));
    private static readonly Dictionary<string, CsvRecordTable> Tables = new(StringComparer.Ordinal);

    private static IEnumerable<JsonElement> Indicators => Json.Value.RootElement.GetProperty("indicators").EnumerateArray();

    private static CsvRecordTable Ees(string file)
    {
        lock (Tables)
        {
            if (!Tables.TryGetValue(file, out var t))
            {
                Tables[file] = t = CsvRecordTable.Parse(file, File.ReadAllText(Path.Combine(TestData.EesDirectory, file)));
            }
            return t;
        }
    }

    public static TheoryData<string> IndicatorIds()
    {
        var data = new TheoryData<string>();
        // The EES-sourced indicators; those read from LAIT's long file are checked against the LAIT dictionary below.
        foreach (var i in Indicators.Where(i => !IsLait(i)))
        {
            data.Add(i.GetProperty("id").GetString()!);
        }
        return data;
    }

    private static bool IsLait(JsonElement indicator) =>
        indicator.GetProperty("source").GetProperty("file").GetString() == OutcomesFramework.Evidence.Lait.LaitReader.FileName;

    private static JsonElement Indicator(string id) => Indicators.Single(i => i.GetProperty("id").GetString() == id);

    [Theory]
    [MemberData(nameof(IndicatorIds))]
    public void Source_FileFiltersAndColumns_ExistInThePublishedFile(string id)
    {
        var source = Indicator(id).GetProperty("source");
        var table = Ees(source.GetProperty("file").GetString()!);
        var selected = Select(table, source);
        Assert.NotEmpty(selected);
        foreach (var column in new[] { "valueColumn", "numeratorColumn", "denominatorColumn" })
        {
            if (source.TryGetProperty(column, out var name))
            {
                Assert.True(table.HasColumn(name.GetString()!), table.Name + " has no column " + name.GetString());
            }
        }
        if (source.TryGetProperty("denominator", out var denominator))
        {
            var other = Ees(denominator.GetProperty("file").GetString()!);
            Assert.NotEmpty(Select(other, denominator));
            Assert.True(other.HasColumn(denominator.GetProperty("column").GetString()!));
        }
    }

    [Theory]
    [MemberData(nameof(IndicatorIds))]
    public void Source_SelectedRows_HaveOneRowPerAreaAndPeriod(string id)
    {
        // With the filters applied, each (time_period, geographic_level, codes) appears once, so no other filter
        // column (such as the key stage files' version) splits a figure in two.
        var source = Indicator(id).GetProperty("source");
        var table = Ees(source.GetProperty("file").GetString()!);
        var keys = new[] { "time_period", "geographic_level", "country_code", "region_code", "old_la_code", "new_la_code" }.Where(table.HasColumn).ToArray();
        var groups = Select(table, source).GroupBy(r => string.Join("|", keys.Select(k => r[k]))).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        Assert.Empty(groups);
    }

    [Theory]
    [InlineData("ks2_la.csv")]
    [InlineData("ks4_la.csv")]
    public void KeyStageFiles_EachYear_HasOneVersion(string file)
    {
        var table = Ees(file);
        var versions = table.Rows.GroupBy(r => r[table.Column("time_period")]).ToDictionary(g => g.Key, g => g.Select(r => r[table.Column("version")]).Distinct().Count());
        Assert.All(versions.Values, v => Assert.Equal(1, v));
    }

    [Fact]
    public void Indicators_WithALaitMeasure_TakePolarityBandingAndDecimalsFromTheLaitDictionary()
    {
        // Indicator id -> LAIT Measure_short (the dictionary's join key); the reference field carries the LAIT code.
        var lait = new Dictionary<string, string>
        {
            ["cla-health-assessments"] = "LACHealth%", ["cla-immunisations"] = "LACVaccinations%", ["cla-dental-checks"] = "LACDental%",
            ["cla-sdq-average"] = "Emotional_LAC", ["cla-substance-misuse"] = "LACSubstance", ["rereferrals"] = "ReReferral",
            ["cpp-subsequent"] = "PrevRegCPR", ["cpp-two-years-or-more"] = "CPPlans2yrsActive", ["cla-three-placements"] = "LACStable_2016on",
            ["cla-long-term-stability"] = "LAC_LongStable%", ["cla-three-social-workers"] = "Stability_SocialWorker",
            ["ks2-rwm-cla"] = "LAC_KS2_ExpStd_RWM", ["ks2-rwm-cino"] = "CIN_KS2_ExpStd_RWM", ["ks2-rwm-cppo"] = "CPPO_KS2_RWM",
            ["ks4-attainment8-cla"] = "LAC_KS4_AVG_Attain8", ["ks4-attainment8-cino"] = "CIN_Avg_Attain8_KS4", ["ks4-attainment8-cppo"] = "CPPO_KS4_A8",
            ["ks4-grade4-english-maths-cla"] = "LAC_EngMaths9-4", ["ks4-grade4-english-maths-cino"] = "CIN_EngMaths9-4",
            ["cla-mid-year-school-moves"] = "Stability_School", ["cla-convictions"] = "LAC_Convictions",
            ["care-leavers-eet-17-18"] = "CareLeaverEET", ["care-leavers-eet-19-21"] = "CareLeaverEET",
            ["care-leavers-suitable-accommodation-17-18"] = "CareLeaverAcc", ["care-leavers-suitable-accommodation-19-21"] = "CareLeaverAcc",
            ["care-leavers-higher-education-19-21"] = "LAC_19_HE", ["cla-rate"] = "LAC", ["cla-starting-rate"] = "LAC_Start_Rate",
            ["cin-rate"] = "CIN", ["cpp-rate"] = "CPP_rate", ["sw-turnover-rate"] = "Work_Force_TO_Rate", ["sw-agency-rate"] = "Work_Force_Agecy_Rate",
            ["sw-vacancy-rate"] = "Work_Force_Vac_Rate", ["sw-caseload"] = "Work_Force_AvgNumCase_SW", ["sw-absence-rate"] = "Work_Force_SWAbsence",
        };
        var dictionary = TestData.ReadFixture("lait_data_dictionary.csv");
        int shortName = dictionary.Column("Measure_short"), polarity = dictionary.Column("Polarity"), code = dictionary.Column("Measure_code"),
            dps = dictionary.Column("dps"), noQuartile = dictionary.Column("No_Quartile"), status = dictionary.Column("Table_status");
        foreach (var (id, measure) in lait)
        {
            var row = dictionary.Rows.Single(r => r[shortName] == measure && r[status] != "Discontinued");
            var indicator = Indicator(id);
            var expectedPolarity = row[polarity] switch { "High" => "higherIsBetter", "Low" => "lowerIsBetter", "-" => "none", var p => throw new InvalidOperationException(p) };
            Assert.Equal(expectedPolarity, indicator.GetProperty("polarity").GetString());
            Assert.Equal(row[noQuartile] != "N", !indicator.TryGetProperty("quartileBanding", out var q) || q.GetBoolean());
            if (row[dps] != "NA")
            {
                Assert.Equal(int.Parse(row[dps], System.Globalization.CultureInfo.InvariantCulture), indicator.GetProperty("decimalPlaces").GetInt32());
            }
            var reference = indicator.TryGetProperty("reference", out var r) ? r.GetString() : null;
            // "LAIT <code>; LAIT key: <key>": the key names the LAIT measure this EES indicator publishes (the EES file wins;
            // docs/default-framework.md), so the catalogue reads no figures of its own for that measure.
            // LAIT's care leaver measures are the 19-21 group's, so the 17-18 indicators name the table but not the key.
            var publishes = !id.EndsWith("-17-18", StringComparison.Ordinal);
            Assert.Equal(publishes
                ? (row[code] == "NA" ? string.Empty : "LAIT " + row[code] + "; ") + "LAIT key: " + measure
                : "LAIT " + row[code], reference);
        }
        // Every indicator that names a LAIT code is in the table above.
        Assert.All(Indicators.Where(i => !IsLait(i) && i.TryGetProperty("reference", out var r) && r.GetString()!.Contains("LAIT", StringComparison.Ordinal)),
            i => Assert.True(lait.ContainsKey(i.GetProperty("id").GetString()!)));

        // The indicators read from LAIT's long file: the measure named by the source's filter, with its dictionary fields
        // (decimal places: the dictionary's, else the two LAIT's tables show).
        foreach (var indicator in Indicators.Where(IsLait))
        {
            var key = indicator.GetProperty("source").GetProperty("filters").GetProperty("Short Desc").GetString()!;
            var row = dictionary.Rows.First(r => r[shortName] == key);
            var expectedPolarity = row[polarity] switch { "High" => "higherIsBetter", "Low" => "lowerIsBetter", var p => throw new InvalidOperationException(key + ": " + p) };
            Assert.Equal(expectedPolarity, indicator.GetProperty("polarity").GetString());
            Assert.Equal(row[noQuartile] != "N", indicator.GetProperty("quartileBanding").GetBoolean());
            Assert.Equal(row[dps] == "NA" ? 2 : int.Parse(row[dps], System.Globalization.CultureInfo.InvariantCulture), indicator.GetProperty("decimalPlaces").GetInt32());
            Assert.StartsWith("LAIT " + row[code] + " " + key, indicator.GetProperty("reference").GetString()!, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Indicators_Ids_AreKebabCaseAndUnique()
    {
        var ids = Indicators.Select(i => i.GetProperty("id").GetString()!).ToList();
        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.All(ids, id => Assert.Matches("^[a-z0-9]+(-[a-z0-9]+)*$", id));
    }

    private static List<Dictionary<string, string>> Select(CsvRecordTable table, JsonElement source)
    {
        var filters = source.TryGetProperty("filters", out var f)
            ? f.EnumerateObject().Select(p => (Name: p.Name, Value: p.Value.GetString()!)).ToList()
            : new List<(string Name, string Value)>();
        foreach (var (name, _) in filters)
        {
            Assert.True(table.HasColumn(name), table.Name + " has no filter column " + name);
        }
        return table.Rows.Where(r => filters.All(p => r[table.Column(p.Name)].Trim() == p.Value))
            .Select(r => table.Header.Select((h, k) => (h, k)).ToDictionary(x => x.h, x => r[x.k])).ToList();
    }
}
