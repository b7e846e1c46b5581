using System;
using System.CommandLine;
using System.Globalization;
using System.IO;
using System.Linq;
using OutcomesFramework.Cli.Commands;
using OutcomesFramework.Returns.Tests.Derivation;
using Xunit;

namespace OutcomesFramework.Cli.Tests;

/// <summary>
/// <c>outcomes returns derive --903-history</c>: earlier years' 903 returns read as their own years, periods of care
/// stitched across them, and the note without them; on <see cref="CareHistoryCase"/> (hand counts there and in the
/// library's CareHistoryDerivationTest).
/// </summary>
public sealed class ReturnsHistoryCommandTest : IDisposable
{
    private readonly string dir = Directory.CreateTempSubdirectory("outcomes-returns-history-").FullName;
    private readonly string current;
    private readonly string lastYear;

    public ReturnsHistoryCommandTest()
    {
        current = Write("current", CareHistoryCase.CurrentEpisodes, CareHistoryCase.CurrentHeader);
        lastYear = Write("903-2023-24", CareHistoryCase.LastYearEpisodes, CareHistoryCase.LastYearHeader);
    }

    public void Dispose() => Directory.Delete(dir, recursive: true);

    private string Write(string name, string episodes, string header)
    {
        var path = Path.Combine(dir, name);
        Directory.CreateDirectory(path);
        File.WriteAllText(Path.Combine(path, "episodes.csv"), episodes);
        File.WriteAllText(Path.Combine(path, "header.csv"), header);
        return path;
    }

    private static (int Code, string Out, string Err) Derive(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var all = new[] { "derive", "--la", "Leeds", "--year", "2025", "--population", "180000" }.Concat(args).ToArray();
        var code = ReturnsCommand.Create().Parse(all).Invoke(new InvocationConfiguration { Output = output, Error = error });
        return (code, output.ToString(), error.ToString());
    }

    private static double Value(string csv, string id) =>
        double.Parse(csv.Split('\n').Single(l => l.StartsWith(id + ",", StringComparison.Ordinal)).Split(',')[3], CultureInfo.InvariantCulture);

    [Fact]
    public void WithoutHistory_TheNoteSaysPeriodsOfCareStartInThisReturn()
    {
        var (code, output, error) = Derive("--903", current);
        Assert.True(code == 0, error);
        // Long-term stability: R alone (1/1); adoption timeliness: Z, 0 days (see CareHistoryDerivationTest).
        Assert.Equal(100.0, Value(output, "cla-long-term-stability"));
        Assert.Equal(0.0, Value(output, "adoption-timeliness"));
        // K, M, W and Z have a first episode here before 1 April 2024 that is not RNE S.
        Assert.Contains("outcomes: note: no --903-history: a child's period of care starts at their earliest episode in this return; 4 children's earliest episode here starts before 2024/25 and not with RNE S", error, StringComparison.Ordinal);
    }

    [Fact]
    public void WithLastYearsReturn_PeriodsOfCareAreStitched()
    {
        var (code, output, error) = Derive("--903", current, "--903-history", lastYear);
        Assert.True(code == 0, error);
        // K and R of K, M, R; Z from entering care on 1 Dec 2021 to the adoptive placement on 1 Jun 2023: 547 days.
        Assert.Equal(200.0 / 3, Value(output, "cla-long-term-stability"), 9);
        Assert.Equal(547.0, Value(output, "adoption-timeliness"));
        // The directory's name gives its year; its 11 episode rows are accounted for; W's start is still uncertain.
        Assert.Contains("outcomes: note: --903-history " + lastYear + " read as 2023/24: 11 episodes, 0 rows rejected", error, StringComparison.Ordinal);
        Assert.Contains("outcomes: note: 1 children's earliest known episode starts before the earliest --903-history year", error, StringComparison.Ordinal);
        Assert.DoesNotContain("no --903-history", error, StringComparison.Ordinal);
    }

    [Fact]
    public void YearEqualsDirectory_GivesTheYearOfADirectoryNamedWithoutOne()
    {
        var unnamed = Write("last", CareHistoryCase.LastYearEpisodes, CareHistoryCase.LastYearHeader);
        var (code, output, error) = Derive("--903", current, "--903-history", "2023/24=" + unnamed);
        Assert.True(code == 0, error);
        Assert.Equal(547.0, Value(output, "adoption-timeliness"));
        var (failed, _, says) = Derive("--903", current, "--903-history", unnamed);
        Assert.Equal(2, failed);
        Assert.Contains("Cannot tell which collection year the 903 return in '" + unnamed + "' is from its name; give it as YEAR=DIR", says, StringComparison.Ordinal);
    }

    [Fact]
    public void AHistoryReturnReadAsTheWrongYear_IsAnErrorAddressedToItsFile()
    {
        // Named for the year it starts in, 2023, the 2023/24 return is read as 2022/23: K's first row (line 2) ends on
        // 1 Jun 2023, after that year's 31 March.
        var misnamed = Write("903-2023", CareHistoryCase.LastYearEpisodes, CareHistoryCase.LastYearHeader);
        var (code, output, error) = Derive("--903", current, "--903-history", misnamed);
        Assert.Equal(2, code);
        Assert.Equal(string.Empty, output);
        Assert.True(error.Contains(Path.Combine(misnamed, "episodes.csv") + ":2: child K: DEC 2023-06-01 is after 31 March 2023, the end of 2022/23", StringComparison.Ordinal), error);
        Assert.DoesNotContain("(Parameter", error, StringComparison.Ordinal);
    }

    [Fact]
    public void AnUnreadableHistoryFile_IsNamedByItsPath()
    {
        var broken = Write("2024", CareHistoryCase.LastYearEpisodes + "K,\"01/06/2023,L\n", CareHistoryCase.LastYearHeader);
        var (code, _, error) = Derive("--903", current, "--903-history", broken);
        Assert.Equal(2, code);
        Assert.Contains(Path.Combine(broken, "episodes.csv") + ":", error, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", error, StringComparison.Ordinal);
    }

    [Fact]
    public void TheHistoryNeedsTheCurrentReturnAndTheYearsJustBeforeIt()
    {
        var (code, _, error) = Derive("--903-history", lastYear);
        Assert.Equal((2, true), (code, error.Contains("--903-history needs --903 DIR", StringComparison.Ordinal)));
        var older = Write("903-2022-23", CareHistoryCase.CurrentEpisodes.Split('\n')[0] + "\n", CareHistoryCase.CurrentHeader);
        (code, _, error) = Derive("--903", current, "--903-history", older);
        Assert.Equal(2, code);
        Assert.Contains("must run without a gap up to 2024/25, the year being derived: 2023/24 is missing.", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("903-2023-24", 2024)]
    [InlineData("ssda903_2023_24", 2024)]
    [InlineData("returns 2023-2024", 2024)]
    [InlineData("2024", 2024)]
    [InlineData("2023/24=anything", 2024)]
    [InlineData("2024=903 2019", 2024)]
    public void HistoryYear_ReadsTheYearFromTheValue(string value, int endYear) =>
        Assert.Equal(endYear, ReturnsCommand.HistoryYear(value).Year.EndYear);

    [Theory]
    [InlineData("last-year")]
    [InlineData("903 2023 and 2024")]
    [InlineData("903-20231")]
    public void HistoryYear_RefusesANameWithNoneOrSeveralYears(string value) =>
        Assert.Throws<UserErrorException>(() => ReturnsCommand.HistoryYear(value));
}
