using System;
using System.Collections.Generic;
using System.CommandLine;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using OutcomesFramework.England;
using OutcomesFramework.Outputs;
using OutcomesFramework.Returns;
using OutcomesFramework.Returns.Cin;
using OutcomesFramework.Returns.Derivation;
using OutcomesFramework.Returns.Disclosure;
using OutcomesFramework.Returns.Scoring;
using OutcomesFramework.Returns.Ssda903;
using OutcomesFramework.Returns.Validation;

namespace OutcomesFramework.Cli.Commands;

/// <summary>
/// <c>outcomes returns derive --903 DIR [--903-history DIR...] --cin FILE --la X [--year 2025] [--population N] [--out FILE] [--publication FILE [--threshold 6]]</c> and
/// <c>outcomes returns validate --903 DIR | --cin FILE [--year 2025] [--rules 101,103] [--out FILE]</c>: a council's own
/// SSDA903 and CIN census returns read, checked and turned into the DfE's indicators, for <c>outcomes score --returns</c>
/// (unsuppressed, for local use), and with <c>--publication</c> into a table with the DfE's disclosure control for publishing.
/// </summary>
internal static class ReturnsCommand
{
    /// <summary>A year in a directory's name: 2024, 2023-24, 2023_24 or 2023-2024, not part of a longer number.</summary>
    private static readonly Regex YearInName = new(@"(?<!\d)\d{4}(?:[-_](?:\d{4}|\d{2}))?(?!\d)", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    internal static Command Create()
    {
        var command = new Command("returns", "A council's own SSDA903 and CIN census returns: validate them with the DfE's rules, or derive the DfE's indicators from them a year before publication.");
        command.Subcommands.Add(Derive());
        command.Subcommands.Add(Validate());
        return command;
    }

    private static Option<string?> Ssda903Option() => new("--903") { Description = "A directory of SSDA903 CSV tables (recognised by their columns) and/or 903 XML files." };

    private static Option<string?> CinOption() => new("--cin") { Description = "A CIN census XML file." };

    private static Option<string?> YearOption() => new("--year") { Description = "The collection year, for example 2025 or 2024/25 (the year ending 31 March 2025). Default: the year ending on the last 31 March." };

    private static Option<string?> OutOption() => new("--out") { Description = "Write the CSV to this file instead of the console." };

    private static Option<string?> NotesOption() => new("--notes")
    {
        Description = "Write what the readers tolerated or rejected (padded values, lower-case codes, .0 on IDs, rows of the wrong width, fields not in the year...) to this CSV file: "
            + "kind, rejected, source, line, XML path, child, field, message; the first " + ReturnData.MaxListedProblemsPerKind.ToString(CultureInfo.InvariantCulture) + " of each kind, with every one counted on standard error.",
    };

    private static Command Derive()
    {
        var ssda = Ssda903Option();
        var cin = CinOption();
        var year = YearOption();
        var la = new Option<string>("--la") { Description = "The council: a name, its 3-digit DfE code or its 9-character ONS code.", Required = true };
        var population = new Option<long?>("--population") { Description = "The ONS mid-year estimate of children aged 0 to 17 for the rates. Default: the denominator of the council's latest published children-in-need rate." };
        var history = new Option<string[]>("--903-history")
        {
            Description = "Earlier years' SSDA903 returns, one directory each (CSV tables and/or XML), for the years just before --year: a child's period of care is stitched across them, for long-term stability and adoption timeliness. "
                + "Each is YEAR=DIR (2024=DIR or 2023/24=DIR: the year ending 31 March 2024) or a DIR whose name holds its year (903-2023-24, 2024).",
            AllowMultipleArgumentsPerToken = true,
            DefaultValueFactory = _ => Array.Empty<string>(),
        };
        var output = new Option<string?>("--out") { Description = "Write the observations CSV to this file instead of the console. It holds every count unsuppressed, small ones included: it is for scoring on the council's own machine, not for publication (use --publication)." };
        var publication = new Option<string?>("--publication") { Description = "Also write the indicators for publication to this file: CSV (" + PublicationTable.CsvHeader + ") with the DfE's disclosure control, counts of 1 to 5 and anything that would give them back shown as c (see docs/returns.md)." };
        var threshold = new Option<int?>("--threshold")
        {
            Description = "With --publication: counts from 1 to this minus 1 are suppressed. Default: 6 (the DfE's 1 to 5).",
            CustomParser = result =>
            {
                var text = result.Tokens.Count == 0 ? string.Empty : result.Tokens[0].Value;
                if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var t) || t < 3 || t > 1000)
                {
                    result.AddError("--threshold: '" + text + "' is not a whole number from 3 to 1000 (with 2 every c would read as 1); the DfE's is 6 (counts of 1 to 5 suppressed).");
                    return null;
                }
                return t;
            },
        };
        var notes = NotesOption();
        var command = new Command("derive", "Derive the DfE's indicators from the returns and write them as observations CSV for `outcomes score --returns FILE` (unsuppressed: for local scoring); --publication FILE also writes them with the DfE's disclosure control for publishing.") { ssda, history, cin, year, la, population, output, publication, threshold, notes };
        command.SetAction(parse => CommandRunner.Run(parse, console =>
        {
            var (ssdaPath, cinPath) = (parse.GetValue(ssda), parse.GetValue(cin));
            var historyDirs = parse.GetValue(history) ?? Array.Empty<string>();
            if (historyDirs.Length > 0 && ssdaPath is null)
            {
                throw new UserErrorException("--903-history needs --903 DIR, the return of the year being derived.");
            }
            var collection = Year(ssdaPath, cinPath, parse.GetValue(year));
            var notesPath = parse.GetValue(notes);
            if (notesPath is not null)
            {
                CliInputs.OutputFile(notesPath, "--notes");
            }
            var (data903, dataCin) = Read(ssdaPath, cinPath, collection);
            var earlier = ReadHistory(historyDirs, parse.InvocationConfiguration.Error);
            ReaderNotes(new[] { data903, dataCin }.Concat(earlier), notesPath, parse.InvocationConfiguration.Error);
            var england = EnglandData.Default;
            var area = england.Areas.Get(parse.GetValue(la)!);
            if (area.Level != Areas.AreaLevel.LocalAuthority)
            {
                throw new UserErrorException("'" + parse.GetValue(la) + "' is " + area.Name + ", not a local authority.");
            }
            var pop = parse.GetValue(population);
            if (pop is null)
            {
                var latest = england.Observations.Series("cin-rate", area.Code).LastOrDefault(o => o.Denominator is not null);
                if (latest.Denominator is { } d)
                {
                    pop = (long)d;
                    parse.InvocationConfiguration.Error.WriteLine("outcomes: note: rates use the population aged 0 to 17 behind " + area.Name + "'s published " + latest.Period + " children-in-need rate (" + pop.Value.ToString(CultureInfo.InvariantCulture) + "); give --population for another.");
                }
            }
            DerivationResult result;
            try
            {
                result = ReturnsDeriver.Derive(data903, dataCin, new DerivationOptions(pop, null, earlier));
            }
            catch (ArgumentException e)
            {
                // The parameter's name is for a library's caller, not for the command line.
                throw new UserErrorException(e.ParamName is null ? e.Message : e.Message.Replace(" (Parameter '" + e.ParamName + "')", string.Empty), e);
            }
            if (result.UncertainCareStarts is { } uncertain)
            {
                parse.InvocationConfiguration.Error.WriteLine("outcomes: note: " + (earlier.Count == 0
                    ? "no --903-history: a child's period of care starts at their earliest episode in this return; " + uncertain.ToString(CultureInfo.InvariantCulture)
                        + " children's earliest episode here starts before " + collection + " and not with RNE S, so long-term stability and adoption timeliness may take their period of care as shorter than it is (give earlier years' returns with --903-history DIR...)."
                    : uncertain.ToString(CultureInfo.InvariantCulture) + " children's earliest known episode starts before the earliest --903-history year and not with RNE S, so their period of care may start earlier still."));
            }
            var publicationPath = parse.GetValue(publication);
            if (publicationPath is not null)
            {
                // Checked before anything is written, so a bad --publication leaves no half-done output behind.
                CliInputs.OutputFile(publicationPath, "--publication");
            }
            Emit(parse.GetValue(output), console, DerivedObservations.ToCsv(DerivedObservations.ToObservations(result, area.Code)));
            if (publicationPath is not null)
            {
                var table = PublicationTable.Create(result, parse.GetValue(threshold) ?? PublicationTable.DefaultThreshold);
                File.WriteAllText(publicationPath, table.ToCsv(area.Code), new UTF8Encoding(false));
                parse.InvocationConfiguration.Error.WriteLine("outcomes: wrote " + publicationPath + " for publication: "
                    + table.Indicators.Count(i => i.Value == DisclosureControl.Suppressed || i.Numerator == DisclosureControl.Suppressed || i.Denominator == DisclosureControl.Suppressed)
                    + " of " + table.Indicators.Length + " indicators have figures suppressed (c).");
            }
            return ExitCodes.Success;
        }));
        return command;
    }

    private static Command Validate()
    {
        var ssda = Ssda903Option();
        var cin = CinOption();
        var year = YearOption();
        var rules = new Option<string?>("--rules") { Description = "Run only these rule codes, comma-separated (for example 101,103,8525Q)." };
        var output = OutOption();
        var notes = NotesOption();
        var command = new Command("validate", "Validate the returns with the DfE's rules for their collection year; writes every failure as CSV (rule, severity, table, row, source, line, XML path, child, fields, message).") { ssda, cin, year, rules, output, notes };
        command.SetAction(parse => CommandRunner.Run(parse, console =>
        {
            var (ssdaPath, cinPath) = (parse.GetValue(ssda), parse.GetValue(cin));
            var collection = Year(ssdaPath, cinPath, parse.GetValue(year));
            // The rule sets depend only on the return and the year, so they are chosen before reading, and the 903 is
            // read and validated while the census is read (ReturnsReader.ReadAndValidate).
            var kinds = new[] { ssdaPath is null ? (ReturnKind?)null : ReturnKind.Ssda903, cinPath is null ? null : ReturnKind.CinCensus }.Where(k => k is not null).Select(k => k!.Value).ToList();
            var sets = kinds.Select(k => ValidationRuleSet.For(k, collection)).ToList();
            var codes = parse.GetValue(rules)?.Split(',').Select(c => c.Trim()).Where(c => c.Length > 0).ToList();
            if (codes is not null)
            {
                // A code no rule set of the given returns has is a typing mistake, not a rule to skip quietly (reported
                // after the returns are read, so a return that cannot be read is reported first, as it always was).
                var unknown = codes.Where(c => sets.All(set => set.Find(c) is null)).ToList();
                if (codes.Count == 0 || unknown.Count > 0)
                {
                    Read(ssdaPath, cinPath, collection);
                    throw new UserErrorException(codes.Count == 0 ? "--rules needs at least one rule code, for example 103,8525Q."
                        : "No rule " + string.Join(", ", unknown) + " in " + string.Join(" or ", sets.Select(x => x.Id)) + "; `outcomes returns validate` without --rules runs them all.");
                }
                sets = sets.Select(set => set.Only(codes.Where(c => set.Find(c) is not null))).ToList();
            }
            var notesPath = parse.GetValue(notes);
            if (notesPath is not null)
            {
                CliInputs.OutputFile(notesPath, "--notes");
            }
            ValidatedReturns both;
            try
            {
                both = ReturnsReader.ReadAndValidate(collection, ssdaPath, cinPath, ssdaPath is null ? null : sets[0], cinPath is null ? null : sets[sets.Count - 1]);
            }
            catch (ReturnFormatException e)
            {
                throw new UserErrorException(e.Message, e);
            }
            var text = new StringBuilder();
            foreach (var (data, report) in new[] { (both.Ssda903, both.Ssda903Report), (both.Cin, both.CinReport) })
            {
                if (data is null)
                {
                    continue;
                }
                var csv = report!.ToCsv();
                text.Append(text.Length == 0 ? csv : csv.Substring(csv.IndexOf('\n', StringComparison.Ordinal) + 1));
                parse.InvocationConfiguration.Error.WriteLine("outcomes: " + report.RuleSet.Id + ": " + report.ErrorCount + " errors, " + report.QueryCount + " queries; "
                    + data.Accounts.Sum(a => a.RowsRead) + " records read, " + data.Accounts.Sum(a => a.RowsRejected) + " rejected, " + data.ProblemCounts.Values.Sum() + " reader notes.");
            }
            ReaderNotes(new[] { both.Ssda903, both.Cin }, notesPath, parse.InvocationConfiguration.Error);
            Emit(parse.GetValue(output), console, text.ToString());
            return ExitCodes.Success;
        }));
        return command;
    }

    /// <summary>
    /// Reads each earlier year's 903 directory as its own collection year, naming its files by their paths so that a
    /// problem in one year's episodes.csv is not taken for another's; a line on standard error accounts for each.
    /// </summary>
    private static List<ReturnData> ReadHistory(string[] values, TextWriter error)
    {
        var returns = new List<ReturnData>();
        foreach (var value in values)
        {
            var (year, directory) = HistoryYear(value);
            ReturnData data;
            try
            {
                data = new Ssda903Reader(year).ReadDirectory(directory, nameByPath: true);
            }
            catch (ReturnFormatException e)
            {
                throw new UserErrorException(e.Message, e);
            }
            error.WriteLine("outcomes: note: --903-history " + directory + " read as " + year + ": " + data.Table("Episodes").Length + " episodes, "
                + data.Accounts.Sum(a => a.RowsRejected) + " rows rejected, " + data.ProblemCounts.Values.Sum() + " reader notes.");
            returns.Add(data);
        }
        return returns;
    }

    /// <summary>The collection year and directory of a --903-history value: YEAR=DIR, or a DIR whose own name holds one year.</summary>
    internal static (CollectionYear Year, string Directory) HistoryYear(string value)
    {
        var equals = value.IndexOf('=', StringComparison.Ordinal);
        if (equals > 0 && CollectionYear.TryParse(value.Substring(0, equals), out var given))
        {
            return (given, value.Substring(equals + 1));
        }
        var name = Path.GetFileName(value.TrimEnd(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar));
        var years = YearInName.Matches(name).Select(m => CollectionYear.TryParse(m.Value.Replace('_', '-'), out var y) ? (CollectionYear?)y : null)
            .Where(y => y is not null).Select(y => y!.Value).Distinct().ToList();
        if (years.Count != 1)
        {
            throw new UserErrorException("Cannot tell which collection year the 903 return in '" + value + "' is from its name; give it as YEAR=DIR, for example 2024=" + value + " or 2023/24=" + value + " (the year ending 31 March 2024).");
        }
        return (years[0], value);
    }

    /// <summary>The collection year asked for (or the year ending on the last 31 March), once at least one return is given.</summary>
    private static CollectionYear Year(string? ssdaPath, string? cinPath, string? yearText)
    {
        if (ssdaPath is null && cinPath is null)
        {
            throw new UserErrorException("Give --903 DIR, --cin FILE or both.");
        }
        CollectionYear year;
        if (yearText is null)
        {
            var today = DateTime.UtcNow;
            year = new CollectionYear(today.Month >= 4 ? today.Year : today.Year - 1);
        }
        else if (!CollectionYear.TryParse(yearText, out year))
        {
            throw new UserErrorException("'" + yearText + "' is not a collection year; write 2025 or 2024/25.");
        }
        return year;
    }

    private static (ReturnData? Ssda903, ReturnData? Cin) Read(string? ssdaPath, string? cinPath, CollectionYear year)
    {
        try
        {
            // Side by side when both are given; errors as reading the 903 first, then the census.
            return ReturnsReader.ReadBoth(year, ssdaPath, cinPath);
        }
        catch (ReturnFormatException e)
        {
            throw new UserErrorException(e.Message, e);
        }
    }

    /// <summary>
    /// Says on standard error what the readers tolerated or rejected, a line per kind with its count and first case, so
    /// that a padded or lower-cased return is seen, not only counted; with <paramref name="path"/> writes the listed
    /// problems as CSV through the one table writer.
    /// </summary>
    private static void ReaderNotes(IEnumerable<ReturnData?> returns, string? path, TextWriter error)
    {
        var all = returns.Where(r => r is not null).Select(r => r!).ToList();
        foreach (var data in all)
        {
            foreach (var pair in data.ProblemCounts)
            {
                var first = data.Problems.First(p => p.Kind == pair.Key);
                error.WriteLine("outcomes: note: " + (data.Kind == ReturnKind.Ssda903 ? "SSDA903 " : "CIN census ") + data.Year + ": " + pair.Value.ToString(CultureInfo.InvariantCulture) + " "
                    + NoteKind(pair.Key) + (first.RejectsRecord ? " (rejected)" : string.Empty) + "; the first: " + first);
            }
        }
        var omitted = all.Sum(d => d.OmittedProblemCount);
        if (path is null)
        {
            if (all.Any(d => d.ProblemCounts.Count > 0))
            {
                error.WriteLine("outcomes: note: --notes FILE lists them (the first " + ReturnData.MaxListedProblemsPerKind.ToString(CultureInfo.InvariantCulture) + " of each kind).");
            }
            return;
        }
        var rows = all.SelectMany(d => d.Problems).Select(p => new[]
        {
            OutputCell.OfText(p.Kind.ToString()), OutputCell.OfText(p.RejectsRecord ? "yes" : "no"), OutputCell.OfText(p.Location.Source),
            OutputCell.OfWhole(p.Location.Line), OutputCell.OfText(p.Location.XmlPath),
            OutputCell.OfText(p.ChildId), OutputCell.OfText(p.Field), OutputCell.OfText(p.Message),
        });
        var table = new OutputTable(null, NoteColumns, rows);
        using (var writer = new StreamWriter(path, false, new UTF8Encoding(false)))
        {
            OutputTable.Formats.Find("csv")!.Write(table, writer);
        }
        error.WriteLine("outcomes: wrote " + path + ": " + table.Rows.Length.ToString(CultureInfo.InvariantCulture) + " reader notes"
            + (omitted == 0 ? "." : " (" + omitted.ToString(CultureInfo.InvariantCulture) + " more of the same kinds not listed: the first " + ReturnData.MaxListedProblemsPerKind.ToString(CultureInfo.InvariantCulture) + " of each kind are)."));
    }

    /// <summary>A kind of reader note in words, for a count before it ("3 lower-case codes").</summary>
    private static string NoteKind(ReturnProblemKind kind) => kind switch
    {
        ReturnProblemKind.BlankFile => "blank files or tables",
        ReturnProblemKind.UnknownField => "fields the year's schema does not know",
        ReturnProblemKind.NotInCollectionYear => "tables or fields not in this collection year",
        ReturnProblemKind.InvalidDate => "values that are not dates",
        ReturnProblemKind.LowerCaseCode => "lower-case codes",
        ReturnProblemKind.DecimalIdentifier => "identifiers ending in .0",
        ReturnProblemKind.WrongFieldCount => "rows of the wrong number of fields",
        ReturnProblemKind.StrayText => "stray texts in the XML",
        ReturnProblemKind.UnknownTable => "files that match no table",
        ReturnProblemKind.CollectionYearMismatch => "statements of another collection year",
        ReturnProblemKind.Whitespace => "values padded with white space",
        _ => kind.ToString(),
    };

    private static readonly string[] NoteColumns = { "kind", "rejected", "source", "line", "xml_path", "child", "field", "message" };

    private static void Emit(string? path, TextWriter console, string text)
    {
        if (path is null)
        {
            console.Write(text);
            return;
        }
        File.WriteAllText(CliInputs.OutputFile(path), text, new UTF8Encoding(false));
        console.WriteLine("Wrote " + path);
    }
}
