using System;
using System.CommandLine;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using OutcomesFramework.Cli.Commands;
using Xunit;

namespace OutcomesFramework.Cli.Tests;

/// <summary>
/// Regression tests for the defects of issue 11: ordinary user input that reached an internal error or a .NET type
/// name, council data the measure cannot take, rejections that were easy to miss, and figures that disagreed.
/// </summary>
public sealed class UserInputDefectsTest
{
    private const string Header = "time_period,time_identifier,geographic_level,country_code,country_name,region_code,region_name,old_la_code,new_la_code,la_name,percent\n";

    private static (int Code, string Out, string Err) Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = Program.Run(args, output, error);
        return (code, output.ToString(), error.ToString());
    }

    [Theory]
    [InlineData("data", "--la", "Leeds", "--period", "1800")]
    [InlineData("data", "--la", "Leeds", "--period", "99999")]
    [InlineData("spc", "--la", "Leeds", "--indicator", "rereferrals", "--year", "1800")]
    [InlineData("score", "--la", "Leeds", "--period", "1800")]
    [InlineData("assure", "--la", "Leeds", "--period", "2201")]
    public void YearOutsideTheLibrarysRange_IsAUserErrorNamingTheRange(params string[] args)
    {
        var (code, _, error) = Run(args);
        Assert.Equal(ExitCodes.UserError, code);
        Assert.Contains("outside the years the library handles (1900 to 2200)", error, StringComparison.Ordinal);
        Assert.DoesNotContain("internal error", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("data")]
    [InlineData("score")]
    [InlineData("spc")]
    public void PeriodThatIsNotANumber_SaysSoWithoutATypeName(string command)
    {
        var args = command == "spc" ? new[] { command, "--la", "Leeds", "--indicator", "rereferrals", "--period", "abc" } : new[] { command, "--la", "Leeds", "--period", "abc" };
        var (code, _, error) = Run(args);
        Assert.Equal(ExitCodes.UserError, code);
        Assert.Contains("--period: 'abc' is not a year", error, StringComparison.Ordinal);
        Assert.DoesNotContain("System.", error, StringComparison.Ordinal);
    }

    [Fact]
    public void YearAlias_StillWorks_WithANote()
    {
        var byPeriod = Run("spc", "--la", "Leeds", "--indicator", "rereferrals", "--period", "2023");
        var byYear = Run("spc", "--la", "Leeds", "--indicator", "rereferrals", "--year", "2023");
        Assert.Equal(0, byYear.Code);
        Assert.Equal(byPeriod.Out, byYear.Out);
        Assert.Equal(string.Empty, byPeriod.Err);
        Assert.Contains("--year is now called --period", byYear.Err, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("score")]
    [InlineData("data")]
    [InlineData("explain")]
    [InlineData("assure")]
    public void EmptyCouncilName_SaysTheNameIsEmpty(string command)
    {
        var (code, _, error) = Run(command, "--la", "");
        Assert.Equal(ExitCodes.UserError, code);
        Assert.Contains("--la is empty", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--data")]
    [InlineData("--overlay")]
    public void DirectoryGivenAsAFile_SaysItIsADirectory(string option)
    {
        var dir = Directory.CreateTempSubdirectory("outcomes-dir-").FullName;
        try
        {
            var (code, _, error) = Run("score", "--la", "Leeds", option, dir);
            Assert.Equal(ExitCodes.UserError, code);
            Assert.Contains("is a directory", error, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(dir);
        }
    }

    [Fact]
    public void AccountabilityMapThatIsADirectory_SaysItIsADirectory()
    {
        var dir = Directory.CreateTempSubdirectory("outcomes-dir-").FullName;
        try
        {
            var (code, _, error) = Run("accountability", "validate", dir);
            Assert.Equal(ExitCodes.UserError, code);
            Assert.Contains("is a directory", error, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(dir);
        }
    }

    /// <summary>One Leeds row of the local indicator's CSV (shared with the report tests).</summary>
    internal static string Row(int year, string percent) =>
        year.ToString(System.Globalization.CultureInfo.InvariantCulture) + ",Reporting year,Local authority,E92000001,England,E12000003,Yorkshire and The Humber,383,E08000035,Leeds," + percent + "\n";

    /// <summary>Writes an overlay with one local percentage indicator read from <c>leeds_youth_voice.csv</c> holding <paramref name="rows"/>.</summary>
    internal static string LocalIndicatorOverlay(string dir, string rows)
    {
        File.WriteAllText(Path.Combine(dir, "leeds_youth_voice.csv"), Header + rows, new UTF8Encoding(false));
        var overlay = Path.Combine(dir, "leeds.json");
        File.WriteAllText(overlay, """
            {
              "formatVersion": 1,
              "name": "Leeds local definitions",
              "framework": "ecm-england",
              "indicators": { "pc-youth-voice": { "normalisation": { "method": "goalposts", "lower": 40, "upper": 80 } } },
              "localIndicators": [
                {
                  "id": "pc-youth-voice", "title": "Young people who took part in youth voice activities", "outcome": "PC", "aims": ["PC1"],
                  "role": "outcome", "measure": "proportion", "polarity": "higherIsBetter", "unit": "%", "decimalPlaces": 1,
                  "period": "yearEnding31March", "multiplier": 100,
                  "source": { "publication": "Leeds youth voice survey", "file": "leeds_youth_voice.csv", "valueColumn": "percent" }
                }
              ],
              "data": ["leeds_youth_voice.csv"]
            }
            """);
        return overlay;
    }

    private static JsonElement LocalIndicator(string json) =>
        JsonDocument.Parse(json).RootElement.GetProperty("indicators").EnumerateArray().Single(i => i.GetProperty("id").GetString() == "pc-youth-voice");

    [Theory]
    [InlineData("250", "250 is not a proportion: pc-youth-voice is a percentage and must be from 0 to 100.")]
    [InlineData("-5", "-5 is not a proportion: pc-youth-voice is a percentage and must be from 0 to 100.")]
    public void PercentageOutsideZeroToHundred_IsRejectedWithFileLineColumnAndReason(string bad, string reason)
    {
        var dir = Directory.CreateTempSubdirectory("outcomes-values-").FullName;
        try
        {
            // Line 1 is the header, line 2 the good 2024 row, line 3 the impossible 2025 row.
            var overlay = LocalIndicatorOverlay(dir, Row(2024, "55.5") + Row(2025, bad));
            var (code, output, error) = Run("score", "--la", "Leeds", "--overlay", overlay, "--format", "json", "--period", "2025");
            Assert.Equal(0, code);
            Assert.Contains("leeds_youth_voice.csv, line 3, column 'percent' (pc-youth-voice): " + reason, error, StringComparison.Ordinal);
            Assert.Contains("leeds_youth_voice.csv: 2 rows read = 1 used + 0 filtered + 1 rejected; 1 problem.", error, StringComparison.Ordinal);
            // The impossible figure is not scored: the indicator falls back to the good 2024 value, flagged stale.
            var local = LocalIndicator(output);
            Assert.Equal(55.5, local.GetProperty("value").GetDouble());
            Assert.True(local.GetProperty("stale").GetBoolean());
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public void Strict_MakesAnyRejectionAnErrorExit()
    {
        var dir = Directory.CreateTempSubdirectory("outcomes-strict-").FullName;
        try
        {
            var overlay = LocalIndicatorOverlay(dir, Row(2024, "55.5") + Row(2025, "250"));
            var (code, _, error) = Run("score", "--la", "Leeds", "--overlay", overlay, "--strict");
            Assert.Equal(ExitCodes.UserError, code);
            Assert.Contains("1 problem in the --data files (listed above); --strict", error, StringComparison.Ordinal);
            var clean = LocalIndicatorOverlay(dir, Row(2024, "55.5") + Row(2025, "61.5"));
            Assert.Equal(0, Run("score", "--la", "Leeds", "--overlay", clean, "--strict").Code);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public void EveryRejectionIsListedUpToTheCap_ThenCounted()
    {
        var dir = Directory.CreateTempSubdirectory("outcomes-cap-").FullName;
        try
        {
            // 130 rows for distinct years 1901..2030, all 250%: 130 problems, the first 100 listed, "and 30 more".
            var rows = new StringBuilder();
            for (var year = 1901; year <= 2030; year++)
            {
                rows.Append(Row(year, "250"));
            }
            var overlay = LocalIndicatorOverlay(dir, rows.ToString());
            var (_, _, error) = Run("score", "--la", "Leeds", "--overlay", overlay);
            var listed = error.Split('\n').Count(l => l.StartsWith("  rejected: ", StringComparison.Ordinal));
            Assert.Equal(RejectionReport.Cap, listed);
            Assert.Contains("... and 30 more problems (only the first 100 are listed).", error, StringComparison.Ordinal);
            Assert.Contains("130 rows read = 0 used + 0 filtered + 130 rejected; 130 problems.", error, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public void LocalIndicatorRankedOneOfOne_GetsNoBand()
    {
        var dir = Directory.CreateTempSubdirectory("outcomes-band-").FullName;
        try
        {
            var overlay = LocalIndicatorOverlay(dir, Row(2024, "55.5") + Row(2025, "61.5"));
            var (code, output, _) = Run("score", "--la", "Leeds", "--overlay", overlay, "--format", "json");
            Assert.Equal(0, code);
            var local = LocalIndicator(output);
            Assert.Equal(1, local.GetProperty("rank").GetInt32());
            Assert.Equal(1, local.GetProperty("rankOf").GetInt32());
            Assert.Equal(JsonValueKind.Null, local.GetProperty("band").ValueKind);
            Assert.Contains(local.GetProperty("notes").EnumerateArray(), n => n.GetString()!.StartsWith("no quartile band: only 1 council has a value", StringComparison.Ordinal));
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public void EveryIndicatorOfTheDefaultFramework_HasCouncilData_SoDataListsNoneAsNotScored()
    {
        // The 2025.1 framework scored ks4-grade4-english-maths-cppo, which no council had a figure for; 2026.1 removed it
        // and scores only indicators with figures for at least 120 councils (docs/default-framework.md).
        var data = Run("data", "--la", "Leeds");
        Assert.Equal(0, data.Code);
        Assert.DoesNotContain("Not scored (no council has a value", data.Out, StringComparison.Ordinal);
        var explain = Run("explain", "--la", "Leeds", "--indicator", "ks4-grade4-english-maths-cppo");
        Assert.NotEqual(0, explain.Code);
    }

    [Fact]
    public void ContextIndicator_AndAnIndicatorOptingOut_GetNoBand()
    {
        // A band is a quarter of councils from best to worst: a measure with no polarity has no best, and an
        // indicator that opts out of banding (its range is too small) has none either; ranked ones with 4+ councils do.
        var json = JsonDocument.Parse(Run("score", "--la", "Leeds", "--format", "json").Out).RootElement.GetProperty("indicators").EnumerateArray().ToList();
        Assert.NotEmpty(json);
        foreach (var i in json)
        {
            var band = i.GetProperty("band");
            if (i.GetProperty("polarity").GetString() == "none")
            {
                Assert.Equal(JsonValueKind.Null, band.ValueKind);
                Assert.Equal(JsonValueKind.Null, i.GetProperty("rank").ValueKind);
            }
            if (band.ValueKind != JsonValueKind.Null)
            {
                Assert.True(i.GetProperty("rankOf").GetInt32() >= 4, i.GetProperty("id").GetString() + " is banded among fewer than 4 councils");
            }
        }
        Assert.Contains(json, i => i.GetProperty("polarity").GetString() == "none");
        Assert.Contains(json, i => i.GetProperty("band").ValueKind == JsonValueKind.String);
    }
}
