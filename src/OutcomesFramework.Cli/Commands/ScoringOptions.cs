using System;
using System.Collections.Generic;
using System.CommandLine;
using System.Globalization;
using System.IO;
using System.Linq;
using OutcomesFramework.Areas;
using OutcomesFramework.England;
using OutcomesFramework.Evidence;
using OutcomesFramework.Evidence.Ees;
using OutcomesFramework.Frameworks;
using OutcomesFramework.Indicators;
using OutcomesFramework.Scoring;
using OutcomesFramework.Scoring.Overlays;

namespace OutcomesFramework.Cli.Commands;

/// <summary>
/// The options <c>score</c>, <c>league</c> and <c>explain</c> share, and the engine they build from them: the embedded
/// England data and default framework, adjusted by a local overlay and a council's own tidy CSV files.
/// </summary>
internal sealed class ScoringOptions
{
    internal static readonly string[] Formats = Outputs.ScorecardOutput.Formats.Names.ToArray();

    /// <summary>The scorecard's formats with the HTML report (<c>score --format html</c>), which the CLI composes in: the core knows no HTML.</summary>
    internal static readonly string[] FormatsWithHtml = Formats.Append(Reports.ReportOutput.Name).ToArray();

    public ScoringOptions(bool withLa, bool withFormat, bool withHtml = false)
    {
        if (withLa)
        {
            La = new Option<string>("--la") { Description = "The council: a name in any common spelling, its 3-digit DfE code or its 9-character ONS code.", Required = true };
        }
        if (withFormat)
        {
            Format = new Option<string>("--format")
            {
                Description = "Output: " + string.Join("; ", Outputs.ScorecardOutput.Formats.Formats.Select(f => f.Name + " (" + f.Description + ")"))
                    + (withHtml ? "; " + Reports.ReportOutput.Name + " (" + Reports.ReportOutput.Description + "; the same file as `outcomes report --la`)" : string.Empty)
                    + ". With csv and --out, a second file <name>.outcomes.csv holds the outcome rows. Default: table.",
                DefaultValueFactory = _ => "table",
            };
            Out = new Option<string?>("--out") { Description = "Write the output to this file instead of the console." };
        }
    }

    public Option<string>? La { get; }

    public Option<int?> Period { get; } = CliInputs.Period("The year (for example 2025): each indicator uses its period ending in that year, or its latest before it (flagged stale). Default: the latest year with data.");

    public Option<bool> Strict { get; } = new("--strict") { Description = "Treat any rejected row of a --data file as an error (exit 2) instead of a note." };

    public Option<string?> Comparator { get; } = new("--comparator") { Description = "What values are judged against: england (default), region or neighbours (the statistical neighbours' mean, or median if the overlay says so)." };

    public Option<string?> Overlay { get; } = new("--overlay") { Description = "A local overlay (docs/overlay-format.md): your weights, targets, thresholds, methods and local indicators." };

    public Option<string[]> Data { get; } = new("--data") { Description = "Your own tidy CSV files (EES layout), named as the indicators' sources name them, or observations written by `outcomes returns derive`; they replace published figures and feed local indicators.", AllowMultipleArgumentsPerToken = true, DefaultValueFactory = _ => Array.Empty<string>() };

    public Option<string?> Returns { get; } = new("--returns") { Description = "Observations derived from your own SSDA903 and CIN census returns by `outcomes returns derive` (docs/returns.md); they replace published figures." };

    public Option<string>? Format { get; }

    public Option<string?>? Out { get; }

    /// <summary>Adds the options to a command.</summary>
    public void AddTo(Command command)
    {
        if (La is not null)
        {
            command.Options.Add(La);
        }
        command.Options.Add(Period);
        command.Options.Add(Comparator);
        command.Options.Add(Overlay);
        command.Options.Add(Data);
        command.Options.Add(Strict);
        command.Options.Add(Returns);
        if (Format is not null)
        {
            command.Options.Add(Format);
            command.Options.Add(Out!);
        }
    }

    /// <summary>Reads the format, refusing values other than <paramref name="allowed"/>.</summary>
    public string FormatOf(ParseResult parse, params string[] allowed)
    {
        var format = (parse.GetValue(Format!) ?? "table").Trim().ToLowerInvariant();
        if (Array.IndexOf(allowed, format) < 0)
        {
            throw new UserErrorException("Unknown --format '" + format + "'; use " + string.Join(", ", allowed) + ".");
        }
        return format;
    }

    /// <summary>Builds the engine the options describe, and reports on <paramref name="error"/> any rows of the council's files that were rejected.</summary>
    public ScoringEngine Engine(ParseResult parse, TextWriter error)
    {
        var england = EnglandData.Default;
        var framework = england.Framework;
        var policy = ScoringPolicy.Default;
        CliInputs.NoteYearAlias(parse, error);
        var dataFiles = new List<string>(parse.GetValue(Data) ?? Array.Empty<string>());
        if (parse.GetValue(Overlay) is { } overlayPath)
        {
            CliInputs.ExistingFile(overlayPath, "The overlay");
            var overlay = LocalOverlayJson.ReadFile(overlayPath);
            (framework, policy) = overlay.Apply(framework, policy);
            var directory = Path.GetDirectoryName(Path.GetFullPath(overlayPath)) ?? ".";
            dataFiles.AddRange(overlay.DataFiles.Select(f => Path.Combine(directory, f)));
        }
        if (parse.GetValue(Comparator) is { } comparatorText)
        {
            policy = policy.WithComparator(comparatorText.Trim().ToLowerInvariant() switch
            {
                "england" => Scoring.Comparator.England,
                "region" => Scoring.Comparator.Region,
                "neighbours" or "neighbors" or "sn" => Scoring.Comparator.StatisticalNeighbours,
                _ => throw new UserErrorException("Unknown --comparator '" + comparatorText + "'; use england, region or neighbours."),
            });
        }
        var observations = england.Observations;
        // A file written by `outcomes returns derive` may be given with --data too: it is known by its header.
        var derivedFiles = dataFiles.Where(IsDerivedObservations).ToList();
        dataFiles.RemoveAll(derivedFiles.Contains);
        if (dataFiles.Count > 0)
        {
            observations = observations.OverriddenBy(ReadCouncilFiles(england.Areas, framework, dataFiles, error, parse.GetValue(Strict)));
        }
        else if (framework.Indicators.Any(i => i.Source is not null && england.Framework.FindIndicator(i.Id) is null))
        {
            error.WriteLine("outcomes: note: the overlay's local indicators have no data; pass the council's files with --data.");
        }
        if (parse.GetValue(Returns) is { } returnsPath)
        {
            derivedFiles.Add(returnsPath);
        }
        foreach (var path in derivedFiles)
        {
            observations = observations.OverriddenBy(ReadReturns(path, framework));
        }
        if (derivedFiles.Count > 0 || dataFiles.Count > 0)
        {
            // The council's own figures may be for a year England has not published yet (the point of deriving them from
            // its returns): compare such a year with the latest published one rather than with nothing.
            policy = policy.WithLatestPublishedComparators(true);
        }
        return new ScoringEngine(framework, observations, england.Areas, england.StatisticalNeighbours, policy);
    }

    /// <summary>Finds the council, refusing a region or England.</summary>
    public static Area LocalAuthority(ScoringEngine engine, string text)
    {
        var area = engine.Areas.Get(CliInputs.AreaName(text));
        if (area.Level != AreaLevel.LocalAuthority)
        {
            throw new UserErrorException("'" + text + "' is " + area.Name + ", not a local authority. Give a council's name or code.");
        }
        return area;
    }

    /// <summary>Runs <paramref name="score"/>, turning a year without data into a user error.</summary>
    public static T ForYear<T>(Func<T> score)
    {
        try
        {
            return score();
        }
        catch (PeriodNotCoveredException e)
        {
            throw new UserErrorException(e.Message + " Leave out --period for the latest year.", e);
        }
    }

    /// <summary>Writes <paramref name="text"/> to the output, or to the --out file (UTF-8, no byte order mark).</summary>
    public void Emit(ParseResult parse, TextWriter output, string text, string? secondText = null)
    {
        var path = Out is null ? null : parse.GetValue(Out);
        if (path is null)
        {
            output.Write(text);
            return;
        }
        CliInputs.OutputFile(path);
        File.WriteAllText(path, text, new System.Text.UTF8Encoding(false));
        output.WriteLine("Wrote " + path);
        if (secondText is not null)
        {
            var second = Path.Combine(Path.GetDirectoryName(path) ?? string.Empty, Path.GetFileNameWithoutExtension(path) + ".outcomes.csv");
            File.WriteAllText(second, secondText, new System.Text.UTF8Encoding(false));
            output.WriteLine("Wrote " + second);
        }
    }

    /// <summary>True when the file's first line is the header `outcomes returns derive` writes.</summary>
    private static bool IsDerivedObservations(string path)
    {
        if (!File.Exists(path))
        {
            return false;
        }
        using var reader = new StreamReader(path, new System.Text.UTF8Encoding(false), true);
        return string.Equals(reader.ReadLine()?.Trim(), OutcomesFramework.Returns.Scoring.DerivedObservations.CsvHeader, StringComparison.Ordinal);
    }

    /// <summary>Reads `outcomes returns derive` output, keeping the indicators the framework has.</summary>
    private static ObservationSet ReadReturns(string path, Framework framework)
    {
        if (!File.Exists(path))
        {
            throw new UserErrorException("The returns file '" + path + "' does not exist.");
        }
        try
        {
            using var reader = new StreamReader(path, new System.Text.UTF8Encoding(false), true);
            var derived = OutcomesFramework.Returns.Scoring.DerivedObservations.Read(Path.GetFileName(path), reader);
            return ObservationSet.Create(derived.Where(o => framework.FindIndicator(o.IndicatorId) is not null));
        }
        catch (OutcomesFramework.Returns.ReturnFormatException e)
        {
            throw new UserErrorException(e.Message, e);
        }
    }

    private static ObservationSet ReadCouncilFiles(AreaCatalogue areas, Framework framework, List<string> paths, TextWriter error, bool strict)
    {
        var byName = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var path in paths)
        {
            CliInputs.ExistingFile(path, "The data file");
            byName[Path.GetFileName(path)] = path;
        }
        // The indicators whose every file was given are read; a local indicator whose file is missing is a user error.
        var wanted = new List<Indicator>();
        foreach (var indicator in framework.Indicators.Where(i => i.Source is not null))
        {
            var needed = EesReader.FilesNeeded(new[] { indicator });
            if (needed.All(byName.ContainsKey))
            {
                wanted.Add(indicator);
            }
            else if (needed.Any(byName.ContainsKey))
            {
                throw new UserErrorException("Indicator '" + indicator.Id + "' also needs " + string.Join(", ", needed.Where(n => !byName.ContainsKey(n))) + "; pass it with --data.");
            }
        }
        var unused = byName.Keys.Where(name => !wanted.Any(i => EesReader.FilesNeeded(new[] { i }).Contains(name))).ToList();
        if (unused.Count > 0)
        {
            throw new UserErrorException("No indicator reads " + string.Join(", ", unused) + ": a data file must be named as an indicator's source names it (see the framework or the overlay's local indicators).");
        }
        var ingest = new EesReader(areas).Read(wanted, name => new StreamReader(byName[name], new System.Text.UTF8Encoding(false), true));
        var rejected = RejectionReport.Write(ingest.Report.Files, error);
        if (strict && rejected > 0)
        {
            throw new UserErrorException(string.Format(CultureInfo.InvariantCulture,
                "{0} problem{1} in the --data files (listed above); --strict treats any rejected row as an error.", rejected, rejected == 1 ? string.Empty : "s"));
        }
        return ingest.Observations;
    }
}
