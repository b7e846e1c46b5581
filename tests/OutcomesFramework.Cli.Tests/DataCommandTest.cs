using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using OutcomesFramework.Cli.Commands;
using OutcomesFramework.England;
using OutcomesFramework.Outputs;
using OutcomesFramework.Statistics;
using Xunit;

namespace OutcomesFramework.Cli.Tests;

public sealed class DataCommandTest
{
    private static (int Code, string Out, string Err) Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = Program.Run(args, output, error);
        return (code, output.ToString(), error.ToString());
    }

    private static string[] Row(string text, string indicatorId) =>
        text.Split('\n').Select(l => l.Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries)).First(cells => cells.Length > 1 && cells[1] == indicatorId);

    [Fact]
    public void Data_KnownCouncil_ShowsPublishedFiguresBesideEngland()
    {
        var (code, output, error) = Run("data", "--la", "Hammersmith & Fulham");
        Assert.Equal(0, code);
        Assert.Equal(string.Empty, error);
        Assert.StartsWith("Hammersmith and Fulham (205, E09000013), region London", output, StringComparison.Ordinal);
        // EES cla_number_and_rate_per_10k_children.csv, 2025: England 67 per 10,000 (81,770 children).
        var cla = Row(output, "cla-rate");
        Assert.Equal("2025", cla[2]);
        Assert.Equal("67", cla[4]);
        // EES c1 re-referrals, 2025: England 22.6%.
        Assert.Equal("22.6", Row(output, "rereferrals")[4]);
        // EES csww workforce, 30 September 2025: England turnover 11.8%.
        Assert.Equal("11.8", Row(output, "sw-turnover-rate")[4]);
    }

    [Theory]
    [InlineData("205")]
    [InlineData("E09000013")]
    [InlineData("hammersmith and fulham")]
    public void Data_AnyCodeOrSpelling_FindsTheSameCouncil(string la) =>
        Assert.StartsWith("Hammersmith and Fulham (205", Run("data", "--la", la).Out, StringComparison.Ordinal);

    [Fact]
    public void Data_UnknownCouncil_ExitsTwoWithClosestNamesAndNoStackTrace()
    {
        var (code, output, error) = Run("data", "--la", "Hammersmith and Fullham");
        Assert.Equal(2, code);
        Assert.Equal(string.Empty, output);
        Assert.Contains("Did you mean: Hammersmith and Fulham", error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Data_Region_IsAUserError()
    {
        var (code, _, error) = Run("data", "--la", "South West");
        Assert.Equal(2, code);
        Assert.Contains("not a local authority", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Data_PeriodWithoutData_IsAUserError()
    {
        var (code, _, error) = Run("data", "--la", "Leeds", "--period", "1990");
        Assert.Equal(2, code);
        Assert.Contains("no figures for 1990", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Data_EarlierPeriod_ShowsThatYear()
    {
        var (code, output, _) = Run("data", "--la", "Leeds", "--period", "2024");
        Assert.Equal(0, code);
        Assert.Equal("2024", Row(output, "rereferrals")[2]);
    }

    [Fact]
    public void Data_MissingLaOption_IsAUserError() => Assert.Equal(2, Run("data").Code);

    // ---- Any indicator of the catalogue: --indicator (id or LAIT key), --topic, --topics ----

    private static EnglandData Data => EnglandData.Default;

    private static OutputTable View(string la, params string[] indicators) => DataCommand.View(Data, la, null, indicators, Array.Empty<string>());

    private static OutputCell At(OutputTable table, string indicatorId, string column)
    {
        var row = table.Rows.Single(r => r[table.Columns.IndexOf("indicator")].Text == indicatorId);
        return row[table.Columns.IndexOf(column)];
    }

    [Theory]
    [InlineData("FirstYJS")]
    [InlineData("firstyjs")]
    [InlineData("first-time-entrants")]
    public void Indicator_ByIdOrLaitKeyInAnyCase_GivesTheSameRow(string asked)
    {
        var byId = View("Leeds", "first-time-entrants");
        var asAsked = View("Leeds", asked);
        Assert.Single(asAsked.Rows);
        Assert.Equal(byId.Rows[0], asAsked.Rows[0]);
        Assert.Equal("FirstYJS", At(asAsked, "first-time-entrants", "LAIT key").Text);
    }

    [Fact]
    public void Indicator_CatalogueMeasureOutsideTheFramework_IsShownUnderItsLaitId()
    {
        // ReoffYO (re-offending, all ages) is a LAIT measure the default framework does not score: id lait.ReoffYO.
        Assert.Null(Data.Framework.FindIndicator("lait.ReoffYO"));
        var table = View("Leeds", "ReoffYO");
        Assert.Equal("ReoffYO", At(table, "lait.ReoffYO", "LAIT key").Text);
        Assert.Equal("PC", At(table, "lait.ReoffYO", "outcome").Text);
    }

    [Fact]
    public void Topic_ListsEveryMeasureOfTheTopic_EachUnderTheIndicatorCarryingItsFigures()
    {
        var table = DataCommand.View(Data, "Leeds", null, Array.Empty<string>(), new[] { "youth offending" });
        var expected = Data.LaitMeasures.Where(m => m.Topics.Contains("Youth Offending")).Select(m => m.Key).OrderBy(k => k, StringComparer.Ordinal);
        var shown = table.Rows.Select(r => r[table.Columns.IndexOf("LAIT key")].Text!).OrderBy(k => k, StringComparer.Ordinal);
        Assert.Equal(expected, shown);
        Assert.Equal(4, table.Rows.Length); // LAIT's dictionary: FirstYJS, ReoffYO, ReoffYO15-17, YJS_Caution-Sentence10-17_YO
    }

    [Fact]
    public void Topics_ListsLaitsTopics_WithTheirMeasureCounts()
    {
        var (code, output, error) = Run("data", "--topics", "--format", "csv");
        Assert.True(code == 0, error);
        var lines = output.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("topic,measures,ranked", lines[0]);
        var topics = Data.LaitMeasures.SelectMany(m => m.Topics).Distinct().ToList();
        Assert.Equal(topics.Count, lines.Length - 1);
        Assert.Contains("Youth Offending,4,4", lines);
    }

    [Fact]
    public void LondonBorough_ShowsItsLaitSubRegion_InnerOrOuterLondon()
    {
        // LAIT bds_long.csv, InfMort 2023: Camden 3.5; London (986) 3.3; London (Inner) (987) 3.4; London (Outer) (988) 3.2; Barnet 3.3.
        var camden = View("Camden", "InfMort");
        Assert.Contains("region London, sub-region Inner London;", camden.Title, StringComparison.Ordinal);
        Assert.Equal(3.5, At(camden, "infant-mortality", "value").Number);
        Assert.Equal(3.3, At(camden, "infant-mortality", "region").Number);
        Assert.Equal(3.4, At(camden, "infant-mortality", "sub-region").Number);
        var barnet = View("Barnet", "InfMort");
        Assert.Contains("sub-region Outer London;", barnet.Title, StringComparison.Ordinal);
        Assert.Equal(3.2, At(barnet, "infant-mortality", "sub-region").Number);
        // Outside London there is no sub-region: the cell is empty, not a copy of the region.
        var leeds = View("Leeds", "InfMort");
        Assert.DoesNotContain("sub-region", leeds.Title, StringComparison.Ordinal);
        Assert.True(At(leeds, "infant-mortality", "sub-region").IsEmpty);
    }

    [Fact]
    public void NeighbourMeanAndMedian_ForLeedsFirstTimeEntrants_EqualTheHandWorking()
    {
        // LAIT bds_long.csv, FirstYJS 2024, Leeds's ten statistical neighbours (DfE 2025 model):
        // Portsmouth 207, Southend-on-Sea 189, Sheffield 241, Milton Keynes 111, Kirklees 100, Salford 158,
        // Bristol 159, Southampton 127, Croydon 187, Bournemouth, Christchurch and Poole 135.
        // Sum 1614 over 10 -> mean 161.4. Sorted: 100 111 127 135 158 | 159 187 189 207 241 -> median (158 + 159) / 2 = 158.5.
        var table = View("Leeds", "FirstYJS");
        Assert.Equal("2024", At(table, "first-time-entrants", "period").Text);
        Assert.Equal(161.4, At(table, "first-time-entrants", "SN mean").Number!.Value, 9);
        Assert.Equal(158.5, At(table, "first-time-entrants", "SN median").Number);
        Assert.Equal(10, At(table, "first-time-entrants", "n").Number);
    }

    [Fact]
    public void RankAndBand_PinnedByHand_FromLaitsRows()
    {
        // LAIT LACHealth% 2025 (High is better), 151 LAs with a figure: 17 above Camden's 97 -> rank 18; 97 > Q3 96 -> A.
        var camden = View("Camden", "LACHealth%");
        Assert.Equal(18, At(camden, "cla-health-assessments", "rank").Number);
        Assert.Equal(151, At(camden, "cla-health-assessments", "of").Number);
        Assert.Equal("A", At(camden, "cla-health-assessments", "band").Text);
        // FirstYJS 2024 (Low is better), 148 LAs: 94 below Leeds's 154 -> 95; Q2 136.5 < 154 <= Q3 185.5 -> C.
        var leeds = View("Leeds", "FirstYJS");
        Assert.Equal(95, At(leeds, "first-time-entrants", "rank").Number);
        Assert.Equal(148, At(leeds, "first-time-entrants", "of").Number);
        Assert.Equal("C", At(leeds, "first-time-entrants", "band").Text);
    }

    [Theory]
    [InlineData("Leeds", "Key Stage 2")]
    [InlineData("Camden", "Children Looked After")]
    [InlineData("Cornwall", "Youth Offending")]
    public void RankAndBand_OfEveryRow_EqualTheLibrarysLaitBanding(string la, string topic)
    {
        var table = DataCommand.View(Data, la, null, Array.Empty<string>(), new[] { topic });
        var council = Data.Areas.Get(la);
        var councils = Data.Areas.LocalAuthorities;
        foreach (var row in table.Rows)
        {
            var id = row[table.Columns.IndexOf("indicator")].Text!;
            var indicator = Data.Framework.FindIndicator(id) ?? Data.LaitMeasures.Select(m => m.Indicator).Single(i => i.Id == id);
            var period = Data.Observations.LatestPeriod(id)!.Value;
            var values = councils.Select(a => Data.Observations.Find(id, a.Code, period) is { HasValue: true } o ? o.Value!.Value : double.NaN).ToArray();
            var ranks = new int[values.Length];
            var bands = new QuartileBand[values.Length];
            LaitBanding.RankAndBand(values, indicator.Polarity, indicator.QuartileBanding, ranks, bands);
            var i = councils.IndexOf(council);
            var rank = row[table.Columns.IndexOf("rank")];
            var band = row[table.Columns.IndexOf("band")];
            Assert.Equal(ranks[i] == 0 ? null : ranks[i], rank.Number is null ? null : (int?)rank.Number);
            Assert.Equal(bands[i] == QuartileBand.None ? null : bands[i].ToString(), band.Text);
            if (indicator.Polarity == Polarity.NoPolarity)
            {
                Assert.True(rank.IsEmpty && band.IsEmpty, id + ": no polarity, no rank or band.");
            }
            if (!indicator.QuartileBanding)
            {
                Assert.True(band.IsEmpty, id + ": LAIT bands none (No_Quartile).");
            }
        }
    }

    [Fact]
    public void UnknownIndicator_ExitsTwo_SuggestingCloseIdsAndKeys()
    {
        var (code, output, error) = Run("data", "--la", "Leeds", "--indicator", "FirstYJ");
        Assert.Equal(ExitCodes.UserError, code);
        Assert.Equal(string.Empty, output);
        Assert.Contains("Unknown --indicator 'FirstYJ'", error, StringComparison.Ordinal);
        Assert.Contains("Did you mean: FirstYJS", error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
    }

    [Fact]
    public void UnknownTopic_ExitsTwo_ListingLaitsTopics()
    {
        var (code, output, error) = Run("data", "--la", "Leeds", "--topic", "Youth Justice");
        Assert.Equal(ExitCodes.UserError, code);
        Assert.Equal(string.Empty, output);
        Assert.Contains("Unknown --topic 'Youth Justice'", error, StringComparison.Ordinal);
        foreach (var topic in Data.LaitMeasures.SelectMany(m => m.Topics).Distinct())
        {
            Assert.Contains(topic, error, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void NoCouncil_WithoutTopics_IsAUserErrorNamingLa()
    {
        var (code, _, error) = Run("data", "--indicator", "FirstYJS");
        Assert.Equal(ExitCodes.UserError, code);
        Assert.Contains("--la", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("table")]
    [InlineData("json")]
    [InlineData("csv")]
    public void Output_IsTheSameInAnyCulture(string format)
    {
        var args = new[] { "data", "--la", "Camden", "--topic", "Health and Wellbeing", "--indicator", "cla-rate", "--format", format };
        var saved = CultureInfo.CurrentCulture;
        var savedUi = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
            var invariant = Run(args);
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("de-DE");
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("de-DE");
            var german = Run(args);
            Assert.Equal(0, german.Code);
            Assert.Equal(invariant.Out, german.Out);
            Assert.Contains("3.5", german.Out, StringComparison.Ordinal); // Camden infant mortality 2023, a point not a comma
        }
        finally
        {
            CultureInfo.CurrentCulture = saved;
            CultureInfo.CurrentUICulture = savedUi;
        }
    }

    [Fact]
    public void ScorecardJson_CarriesLaitsKey_ForLaitBackedIndicators_AndNullOtherwise()
    {
        var (code, json, error) = Run("score", "--la", "Leeds", "--format", "json");
        Assert.True(code == 0, error);
        using var doc = System.Text.Json.JsonDocument.Parse(json);
        var keys = doc.RootElement.GetProperty("indicators").EnumerateArray()
            .ToDictionary(i => i.GetProperty("id").GetString()!, i => i.GetProperty("laitKey").GetString());
        // infant-mortality is read from LAIT's long file, measure InfMort (docs/default-framework.md); rereferrals from an EES file.
        Assert.Equal("InfMort", keys["infant-mortality"]);
        Assert.Null(keys["rereferrals"]);
        foreach (var indicator in Data.Framework.Indicators.Where(i => keys.ContainsKey(i.Id)))
        {
            Assert.Equal(OutcomesFramework.Evidence.Lait.LaitReader.KeyOf(indicator), keys[indicator.Id]);
        }
    }
}
