using System;
using System.IO;
using System.Linq;
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
}
