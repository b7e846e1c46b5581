using System;
using System.CommandLine;
using System.IO;
using System.Linq;
using System.Text.Json;
using OutcomesFramework.Cli.Commands;
using OutcomesFramework.Returns;
using OutcomesFramework.Returns.Cin;
using OutcomesFramework.Returns.Derivation;
using OutcomesFramework.Returns.Disclosure;
using OutcomesFramework.Returns.Scoring;
using OutcomesFramework.Returns.Ssda903;
using OutcomesFramework.Returns.Tests.Synthetic;
using OutcomesFramework.Returns.Validation;
using Xunit;

namespace OutcomesFramework.Cli.Tests;

/// <summary>
/// <c>outcomes returns derive|validate</c>, and the derived observations scored (<c>score --data</c> and
/// <c>--returns</c>) and reported (<c>report --returns</c>), on seeded synthetic returns written to a temporary folder.
/// The CLI's figures are checked against the library's own reading of the same files, and bad input against exit code 2.
/// </summary>
public sealed class ReturnsCommandTest : IDisposable
{
    private const string Leeds = "E08000035";
    private readonly string dir = Directory.CreateTempSubdirectory("outcomes-returns-cli-").FullName;
    private readonly string dir903;
    private readonly string cin;

    public ReturnsCommandTest()
    {
        dir903 = Path.Combine(dir, "903");
        SyntheticReturns.Write903Directory(dir903, 11, 400, 2025);
        cin = Path.Combine(dir, "cin.xml");
        File.WriteAllText(cin, SyntheticReturns.CinXml(12, 600, 700, 2025));
    }

    public void Dispose() => Directory.Delete(dir, recursive: true);

    private static (int Code, string Out, string Err) Invoke(Command command, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = command.Parse(args).Invoke(new InvocationConfiguration { Output = output, Error = error });
        return (code, output.ToString(), error.ToString());
    }

    private string Derived()
    {
        var path = Path.Combine(dir, "derived.csv");
        var (code, _, error) = Invoke(ReturnsCommand.Create(), "derive", "--903", dir903, "--cin", cin, "--la", "Leeds", "--year", "2025", "--population", "180000", "--out", path);
        Assert.True(code == 0, error);
        return path;
    }

    [Fact]
    public void Derive_WritesTheLibrarysIndicatorsForTheCouncil()
    {
        var lines = File.ReadAllLines(Derived());
        Assert.Equal(DerivedObservations.CsvHeader, lines[0]);
        var expected = ReturnsDeriver.Derive(new Ssda903Reader(new CollectionYear(2025)).ReadDirectory(dir903), new CinCensusReader(new CollectionYear(2025)).ReadFile(cin), new DerivationOptions(180_000));
        Assert.Equal(expected.Indicators.Count(i => i.Value is not null), lines.Length - 1);
        var rate = lines.Single(l => l.StartsWith("cla-rate,", StringComparison.Ordinal)).Split(',');
        Assert.Equal(Leeds, rate[1]);
        Assert.Equal("2025", rate[2]);
        // Rate per 10,000 = children at 31 March / population * 10,000.
        var at31 = expected.Find("cla-at-31-march")!.Value!.Value;
        Assert.Equal(at31 / 180_000 * 10_000, double.Parse(rate[3], System.Globalization.CultureInfo.InvariantCulture), 9);
        // No child identifier leaves in the derived file.
        var text = string.Join("\n", lines);
        Assert.DoesNotContain("100001", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Derive_PublicationWritesTheIndicatorsWithDisclosureControl()
    {
        var observations = Path.Combine(dir, "observations.csv");
        var published = Path.Combine(dir, "published.csv");
        var (code, output, error) = Invoke(ReturnsCommand.Create(), "derive", "--903", dir903, "--cin", cin, "--la", "Leeds", "--year", "2025", "--population", "180000", "--out", observations, "--publication", published);
        Assert.True(code == 0, error);
        Assert.Contains("Wrote " + observations, output, StringComparison.Ordinal);
        Assert.Contains("for publication", error, StringComparison.Ordinal);
        var derived = ReturnsDeriver.Derive(new Ssda903Reader(new CollectionYear(2025)).ReadDirectory(dir903), new CinCensusReader(new CollectionYear(2025)).ReadFile(cin), new DerivationOptions(180_000));
        // The file is the library's publication table for Leeds, byte for byte (LF, no byte order mark).
        var bytes = File.ReadAllBytes(published);
        Assert.Equal(PublicationTable.Create(derived).ToCsv(Leeds), new System.Text.UTF8Encoding(false).GetString(bytes));
        Assert.NotEqual(0xEF, bytes[0]);
        var rows = File.ReadAllLines(published);
        Assert.Equal(PublicationTable.CsvHeader, rows[0]);
        Assert.Equal(derived.Indicators.Length, rows.Length - 1);
        // Every count of 1 to 5 is c; the observations for local scoring keep the raw figures.
        foreach (var i in derived.Indicators.Where(i => i.Measure != IndicatorMeasure.Mean && i.Numerator is >= 1 and <= 5))
        {
            Assert.Equal("c", rows.Single(r => r.StartsWith(i.Id + ",", StringComparison.Ordinal)).Split(',')[5]);
        }
        Assert.Equal(DerivedObservations.ToCsv(DerivedObservations.ToObservations(derived, Leeds)), File.ReadAllText(observations));
        // A threshold of 1000 hides every count from 1 to 999, so each row's numerator is c or 0.
        Assert.Equal(0, Invoke(ReturnsCommand.Create(), "derive", "--903", dir903, "--cin", cin, "--la", "Leeds", "--year", "2025", "--population", "180000", "--out", observations, "--publication", published, "--threshold", "1000").Code);
        Assert.All(File.ReadAllLines(published).Skip(1), r => Assert.Contains(r.Split(',')[5], new[] { "c", "0" }));
        // A threshold outside 3 to 1000 is a user error (2 would suppress only 1s, so every c would read as 1) (exit code 2) from the command line as the tool parses it.
        using var quiet = new StringWriter();
        using var message = new StringWriter();
        Assert.Equal(ExitCodes.UserError, Program.Run(new[] { "returns", "derive", "--cin", cin, "--la", "Leeds", "--publication", published, "--threshold", "2" }, quiet, message));
        Assert.Contains("--threshold: '2' is not a whole number from 3 to 1000", message.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_WritesEveryFailureAsCsvWithASummary()
    {
        var path = Path.Combine(dir, "failures.csv");
        var (code, output, error) = Invoke(ReturnsCommand.Create(), "validate", "--903", dir903, "--cin", cin, "--year", "2025", "--out", path);
        Assert.Equal(0, code);
        Assert.Contains("Wrote " + path, output, StringComparison.Ordinal);
        var expected903 = ReturnValidator.Validate(new Ssda903Reader(new CollectionYear(2025)).ReadDirectory(dir903));
        var expectedCin = ReturnValidator.Validate(new CinCensusReader(new CollectionYear(2025)).ReadFile(cin));
        var lines = File.ReadAllLines(path);
        Assert.Equal(expected903.ToCsv().Split('\n')[0].TrimEnd('\r'), lines[0]);
        Assert.Equal(expected903.Failures.Length + expectedCin.Failures.Length, lines.Length - 1);
        Assert.Contains("ssda903-", error, StringComparison.Ordinal);
        Assert.Contains(expected903.ErrorCount + " errors, " + expected903.QueryCount + " queries", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_ReaderNotesAreSaidOnStandardErrorAndListedWithNotes()
    {
        var messy = Path.Combine(dir, "messy903");
        Directory.CreateDirectory(messy);
        // Line 2: a padded DECOM; line 3: a lower-case RNE; line 4: four fields of thirteen, rejected.
        File.WriteAllText(Path.Combine(messy, "episodes.csv"), "CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN\n"
            + "A1, 01/05/2024 ,S,C2,N1,U1,PR1,,,,,,\n"
            + "A2,01/06/2024,s,C2,N1,U1,PR1,,,,,,\n"
            + "A3,01/07/2024,S,C2\n");
        var notes = Path.Combine(dir, "notes.csv");
        var (code, _, error) = Invoke(ReturnsCommand.Create(), "validate", "--903", messy, "--year", "2025", "--out", Path.Combine(dir, "failures.csv"), "--notes", notes);
        Assert.True(code == 0, error);
        Assert.Contains("outcomes: note: SSDA903 2024/25: 1 values padded with white space; the first: episodes.csv:2: child A1, DECOM: value has white space before or after it; read as '01/05/2024'.", error, StringComparison.Ordinal);
        Assert.Contains("1 lower-case codes; the first: episodes.csv:3: child A2, RNE:", error, StringComparison.Ordinal);
        Assert.Contains("1 rows of the wrong number of fields (rejected); the first: episodes.csv:4: child A3", error, StringComparison.Ordinal);
        var lines = File.ReadAllLines(notes);
        Assert.Equal("kind,rejected,source,line,xml_path,child,field,message", lines[0]);
        // One row per note, in the order read (the cap of a thousand per kind is the library's, tested there).
        Assert.Equal(new[] { "Whitespace,no,episodes.csv,2,,A1,DECOM", "LowerCaseCode,no,episodes.csv,3,,A2,RNE", "WrongFieldCount,yes,episodes.csv,4,,A3," },
            lines.Skip(1).Select(l => string.Join(",", l.Split(',').Take(7))));
        Assert.Contains("wrote " + notes + ": 3 reader notes.", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_RulesRunsOnlyTheChosenRules()
    {
        var full = ReturnValidator.Validate(new Ssda903Reader(new CollectionYear(2025)).ReadDirectory(dir903));
        var fired = full.Failures.Select(f => f.RuleCode).Distinct().Take(2).ToList();
        Assert.Equal(2, fired.Count);
        var (code, output, _) = Invoke(ReturnsCommand.Create(), "validate", "--903", dir903, "--year", "2025", "--rules", string.Join(",", fired));
        Assert.Equal(0, code);
        var rows = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1).ToList();
        Assert.Equal(full.Failures.Count(f => fired.Contains(f.RuleCode)), rows.Count);
        Assert.All(rows, r => Assert.Contains(r.Split(',')[0], fired));
    }

    [Fact]
    public void Validate_AnUnknownRuleCodeIsAUserError()
    {
        var (code, output, error) = Invoke(ReturnsCommand.Create(), "validate", "--903", dir903, "--year", "2025", "--rules", "103,99999");
        Assert.Equal(2, code);
        Assert.Equal(string.Empty, output);
        Assert.Contains("No rule 99999 in ssda903-", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--data")]
    [InlineData("--returns")]
    public void Score_UsesTheDerivedObservationsInPlaceOfThePublishedOnes(string option)
    {
        var path = Derived();
        var derivedRate = double.Parse(File.ReadAllLines(path).Single(l => l.StartsWith("cla-rate,", StringComparison.Ordinal)).Split(',')[3], System.Globalization.CultureInfo.InvariantCulture);
        var (code, output, error) = Invoke(ScoreCommand.Create(), "--la", "Leeds", "--period", "2025", "--format", "json", option, path);
        Assert.True(code == 0, error);
        using var json = JsonDocument.Parse(output);
        var rate = json.RootElement.GetProperty("indicators").EnumerateArray().Single(i => i.GetProperty("id").GetString() == "cla-rate");
        // The scorecard gives values to the indicator's decimal places.
        var decimals = rate.GetProperty("decimalPlaces").GetInt32();
        Assert.Equal(Math.Round(derivedRate, decimals, MidpointRounding.AwayFromZero), rate.GetProperty("value").GetDouble(), decimals);
        // Beside England and the region, which stay the published figures.
        Assert.Equal(JsonValueKind.Object, rate.GetProperty("england").ValueKind);
        var (_, published, _) = Invoke(ScoreCommand.Create(), "--la", "Leeds", "--period", "2025", "--format", "json");
        using var publishedJson = JsonDocument.Parse(published);
        var publishedRate = publishedJson.RootElement.GetProperty("indicators").EnumerateArray().Single(i => i.GetProperty("id").GetString() == "cla-rate");
        Assert.Equal(publishedRate.GetProperty("england").GetProperty("value").GetDouble(), rate.GetProperty("england").GetProperty("value").GetDouble());
    }

    [Fact]
    public void Score_ACurrentYearNotYetPublishedIsComparedWithTheLatestPublishedYear()
    {
        // The council's 2025/26 returns, derived before the DfE publishes 2025/26 (the shipped data ends at 2024/25).
        var dir2026 = Path.Combine(dir, "903-2026");
        SyntheticReturns.Write903Directory(dir2026, 21, 400, 2026);
        var cin2026 = Path.Combine(dir, "cin-2026.xml");
        File.WriteAllText(cin2026, SyntheticReturns.CinXml(22, 600, 700, 2026));
        var path = Path.Combine(dir, "derived-2026.csv");
        var (derive, _, deriveError) = Invoke(ReturnsCommand.Create(), "derive", "--903", dir2026, "--cin", cin2026, "--la", "Leeds", "--year", "2026", "--population", "180000", "--out", path);
        Assert.True(derive == 0, deriveError);

        var (code, output, error) = Invoke(ScoreCommand.Create(), "--la", "Leeds", "--period", "2026", "--format", "json", "--returns", path);
        Assert.True(code == 0, error);
        using var json = JsonDocument.Parse(output);
        var rate = json.RootElement.GetProperty("indicators").EnumerateArray().Single(i => i.GetProperty("id").GetString() == "cla-rate");
        Assert.StartsWith("2026-03-31", rate.GetProperty("period").GetProperty("end").GetString(), StringComparison.Ordinal);
        Assert.StartsWith("2025-03-31", rate.GetProperty("comparatorPeriod").GetProperty("end").GetString(), StringComparison.Ordinal);
        // England, region and neighbours are 2024/25's published figures, as the published scorecard of 2025 shows them.
        var (_, published, _) = Invoke(ScoreCommand.Create(), "--la", "Leeds", "--period", "2025", "--format", "json");
        using var publishedJson = JsonDocument.Parse(published);
        var publishedRate = publishedJson.RootElement.GetProperty("indicators").EnumerateArray().Single(i => i.GetProperty("id").GetString() == "cla-rate");
        foreach (var comparator in new[] { "england", "region" })
        {
            Assert.Equal(publishedRate.GetProperty(comparator).GetProperty("value").GetDouble(), rate.GetProperty(comparator).GetProperty("value").GetDouble());
        }
        Assert.Equal(publishedRate.GetProperty("neighbours").GetProperty("value").GetDouble(), rate.GetProperty("neighbours").GetProperty("value").GetDouble());
        Assert.Contains(rate.GetProperty("notes").EnumerateArray(), n => n.GetString()!.StartsWith("compared with the year ending 31 March 2025", StringComparison.Ordinal));
        Assert.True(json.RootElement.GetProperty("policy").GetProperty("latestPublishedComparators").GetBoolean());

        // The report says whose figure it is and what it is set against.
        var report = Path.Combine(dir, "report-2026.html");
        var (reportCode, _, reportError) = Invoke(ReportCommand.Create(), "--la", "Leeds", "--period", "2026", "--returns", path, "--out", report);
        Assert.True(reportCode == 0, reportError);
        Assert.Contains("own figure, not yet published; England, region, neighbours, rank and score are from the year ending 31 March 2025", File.ReadAllText(report), StringComparison.Ordinal);
    }

    [Fact]
    public void Report_ShowsTheDerivedFigures()
    {
        var path = Derived();
        var withReturns = Path.Combine(dir, "with.html");
        var without = Path.Combine(dir, "without.html");
        var (code, _, error) = Invoke(ReportCommand.Create(), "--la", "Leeds", "--returns", path, "--out", withReturns);
        Assert.True(code == 0, error);
        Assert.Equal(0, Invoke(ReportCommand.Create(), "--la", "Leeds", "--out", without).Code);
        Assert.NotEqual(File.ReadAllText(without), File.ReadAllText(withReturns));
    }

    [Fact]
    public void BadInput_IsATypedErrorWithExitCodeTwo()
    {
        var broken = Path.Combine(dir, "broken.xml");
        File.WriteAllText(broken, "<Message><Children><Child>\n<ChildIdentifiers>\n</Child></Children></Message>");
        var badCsv = Path.Combine(dir, "bad-derived.csv");
        File.WriteAllText(badCsv, DerivedObservations.CsvHeader + "\ncla-rate," + Leeds + ",2025,not-a-number,,\n");
        var cases = new (Command Command, string[] Args, string Says)[]
        {
            (ReturnsCommand.Create(), new[] { "derive", "--la", "Leeds" }, "Give --903 DIR, --cin FILE or both"),
            (ReturnsCommand.Create(), new[] { "derive", "--903", Path.Combine(dir, "nowhere"), "--la", "Leeds" }, "does not exist"),
            (ReturnsCommand.Create(), new[] { "validate", "--cin", broken, "--year", "2025" }, "broken.xml:3"),
            (ReturnsCommand.Create(), new[] { "validate", "--cin", cin, "--year", "20x5" }, "not a collection year"),
            (ReturnsCommand.Create(), new[] { "derive", "--cin", cin, "--la", "North West", "--year", "2025" }, "not a local authority"),
            (ReturnsCommand.Create(), new[] { "derive", "--cin", cin, "--la", "Leeds", "--year", "2025", "--publication", Path.Combine(dir, "nowhere", "p.csv") }, "--publication '"),
            (ReturnsCommand.Create(), new[] { "derive", "--cin", cin, "--la", "Leeds", "--year", "2025", "--publication", dir }, "is a directory"),
            (ScoreCommand.Create(), new[] { "--la", "Leeds", "--returns", badCsv }, "bad-derived.csv:2"),
            (ScoreCommand.Create(), new[] { "--la", "Leeds", "--data", badCsv }, "bad-derived.csv:2"),
        };
        foreach (var (command, args, says) in cases)
        {
            var (code, _, error) = Invoke(command, args);
            Assert.True(code == 2, string.Join(" ", args) + " gave " + code + ": " + error);
            Assert.Contains(says, error, StringComparison.Ordinal);
            Assert.DoesNotContain("Exception", error, StringComparison.Ordinal);
        }
    }
}
